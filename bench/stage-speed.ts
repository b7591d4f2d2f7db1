// Words per second of the entity stages (tokens, mentions, article resolution) on one core,
// beside the compromise library's people()/places()/organizations() on the same articles in
// the same run. `node dist/bench/entity-speed.js DIR_OR_FILE [rounds]` prints one JSON line.
import { readFileSync } from 'node:fs';
import { dumpReader } from '../src/ingest/readers/dump.js';
import { prepareArticle } from '../src/ingest/prepare-article.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { compromiseEntities } from './compromise-baseline.js';

const [file, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? '5');
const articles = [...dumpReader.read({ name: file, text: readFileSync(file, 'utf8') }, () => {})].map(prepareArticle);
const words = articles.reduce((n, a) => n + a.words, 0);

const loadStart = performance.now();
const pipeline = createDefaultPipeline();
const loadMs = performance.now() - loadStart;

function time(fn: () => void): number[] {
  fn(); // warm-up
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    fn();
    out.push((performance.now() - t) / 1000);
  }
  return out.sort((x, y) => x - y);
}
const ours = time(() => { for (const a of articles) pipeline.run(a); });
const theirs = time(() => { compromiseEntities(articles); });
const rate = (s: number[]) => ({ median: words / s[Math.floor(s.length / 2)], min: words / s[s.length - 1], max: words / s[0] });
console.log(JSON.stringify({ articles: articles.length, words, rounds, resourcesLoadMs: loadMs, dossier: rate(ours), compromise: rate(theirs) }));
