// Development probe for the claim and framing stages: runs the analysis pipeline over a corpus
// in memory (no store, no corpus linking) and scores the layers with the shared scorer, so a
// stage can be measured while it is being written. With --show LAYER, prints every gold item
// and prediction of that layer line by line, misses marked, to see what goes wrong.
//
//   node dist/bench/probe.js [--only timex,quantities,quotes,events,techniques] [--show timex]
//                            [--corpus FILE --gold DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import type { EventItem, QuantityItem, QuoteItem, TechniqueItem, TimexItem } from '../src/nlp/claims/types.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import type { ArticleEntity } from '../src/nlp/entities/article-resolver.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.DOSSIER_SHARED ?? path.resolve(ROOT, '..', 'shared');
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const corpus = arg('corpus') ?? path.join(SHARED, 'corpus', '000_47d8ce2904932a8f.txt');
const gold = arg('gold') ?? path.join(SHARED, 'gold', 'dev');
const only = arg('only') ?? 'timex,quantities,quotes,events,techniques';
const show = arg('show');

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-probe-'));
  const repo = openSqliteRepository(path.join(dir, 'probe.db'));
  await ingest(repo, await expandSources([corpus], () => {}), {});
  const pipeline = createDefaultPipeline();
  const out = { schema: 'dossier/1', articles: [] as unknown[], entities: [] as unknown[], mentions: [] as unknown[], timex: [] as unknown[], quantities: [] as unknown[], quotes: [] as unknown[], events: [] as unknown[], techniques: [] as unknown[] };
  const t0 = performance.now();
  let words = 0;
  for await (const a of repo.iterateArticles()) {
    out.articles.push({ id: a.id, title: a.title, subtitle: a.subtitle, outlet: a.outlet, authors: a.authors, published: a.published, url: a.url, language: a.language, origin: a.origin, text: a.text, duplicate_of: a.duplicate_of });
    words += a.words;
    const layers = pipeline.run(a);
    const entities = (layers.entities as ArticleEntity[]) ?? [];
    const eid = (i: number | null) => (i == null ? null : `${a.id}:${i}`);
    entities.forEach((e, i) => {
      out.entities.push({ id: eid(i), type: e.type, name: e.name, aliases: e.forms, wikidata: e.kb?.wikidata ?? null, geo: e.kb?.geo ?? null });
      for (const m of e.mentions) out.mentions.push({ article: a.id, entity: eid(i), ...m });
    });
    const quantities = (layers.quantities as QuantityItem[]) ?? [];
    for (const t of (layers.timex as TimexItem[]) ?? []) out.timex.push({ article: a.id, ...t });
    quantities.forEach((q, i) => out.quantities.push({
      id: `${a.id}:q${i}`, article: a.id, ...q, place: eid(q.place), as_of: q.asOf,
      attributed_to: q.attributedTo != null ? eid(q.attributedTo) : q.attributedText,
    }));
    (layers.quotes as QuoteItem[] ?? []).forEach((q, i) => out.quotes.push({ id: `${a.id}:u${i}`, article: a.id, ...q, speaker: eid(q.speaker), speaker_text: q.speakerText }));
    (layers.events as EventItem[] ?? []).forEach((e, i) => out.events.push({ id: `${a.id}:e${i}`, article: a.id, ...e, actors: e.actors.map(eid), place: eid(e.place), quantities: e.quantities.map((q) => `${a.id}:q${q}`) }));
    for (const t of (layers.techniques as TechniqueItem[]) ?? []) out.techniques.push({ article: a.id, ...t });
  }
  const seconds = (performance.now() - t0) / 1000;
  await repo.close();
  const file = path.join(dir, 'probe.json');
  writeFileSync(file, JSON.stringify(out));
  const scorer = path.join(SHARED, 'tools', 'score.mjs');
  console.log(execFileSync(process.execPath, [scorer, '--export', file, '--gold', gold, '--corpus', corpus, '--only', only], { encoding: 'utf8' }));
  console.log(`pipeline: ${words} words in ${seconds.toFixed(2)} s (${Math.round(words / seconds)} words/s, resources loaded before)`);
  if (show) showLayer(show, out as unknown as Record<string, Record<string, unknown>[]>);
  rmSync(dir, { recursive: true, force: true });
}

/** Gold items and predictions of one layer, side by side by corpus line. */
function showLayer(layer: string, out: Record<string, Record<string, unknown>[]>): void {
  const lines = readFileSync(corpus, 'utf8').split('\n');
  const goldFile = { timex: 'time', events: 'time', quantities: 'claims', quotes: 'claims', techniques: 'techniques' }[layer] ?? layer;
  const g = JSON.parse(readFileSync(path.join(gold, `${goldFile}.json`), 'utf8')) as Record<string, Record<string, unknown>[]>;
  const goldItems = g[layer === 'techniques' ? 'spans' : layer] ?? [];
  const byLine = new Map<number, { gold: string[]; pred: string[] }>();
  const at = (n: number) => { if (!byLine.has(n)) byLine.set(n, { gold: [], pred: [] }); return byLine.get(n)!; };
  for (const item of goldItems) at(item.line as number).gold.push(JSON.stringify(item));
  const articles = out.articles as unknown as { id: string; text: string }[];
  for (const item of out[layer] ?? []) {
    const a = articles.find((x) => x.id === item.article)!;
    if (item.field === 'title') continue;
    const prefix = a.text.slice(0, item.start as number);
    const lineInArticle = a.text.slice(0, a.text.indexOf('\n', item.start as number) < 0 ? undefined : a.text.indexOf('\n', item.start as number)).split('\n').pop() ?? '';
    const corpusLine = lines.findIndex((l) => l.length > 0 && lineInArticle.length > 0 && l === lineInArticle) + 1;
    void prefix;
    at(corpusLine).pred.push(JSON.stringify(Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'article' && k !== 'field'))));
  }
  const goldArticles = new Set(goldItems.map((x) => x.line as number));
  for (const [line, v] of [...byLine].sort((x, y) => x[0] - y[0])) {
    if (!goldArticles.has(line) && v.gold.length === 0 && line !== 0 && !process.argv.includes('--all')) { /* predictions on lines without gold */ }
    console.log(`\n--- line ${line}: ${(lines[line - 1] ?? '').slice(0, 160)}`);
    for (const x of v.gold) console.log(`  GOLD ${x}`);
    for (const x of v.pred) console.log(`  PRED ${x}`);
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
