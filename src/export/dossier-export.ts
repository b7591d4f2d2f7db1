// Writes the `dossier/1` export contract (see DESIGN.md) as a stream, so exporting an
// archive of any size keeps memory flat. Arrays filled by later stages are present and empty
// until those stages exist. Items found in a title carry `field: "title"`; body items carry
// no field, as the contract says.
import type { Article } from '../core/article.js';
import type { Located, MentionRecord, QuantityRecord, Repository } from '../store/repository.js';

export const SCHEMA = 'dossier/1';

/** Top-level arrays of the contract, in the order they are written. */
export const EXPORT_ARRAYS = [
  'articles', 'entities', 'mentions', 'timex', 'quantities', 'quotes', 'events',
  'techniques', 'relations', 'comparisons', 'stories', 'corrections',
] as const;
export type ExportArray = (typeof EXPORT_ARRAYS)[number];

export interface Sink {
  write(chunk: string): Promise<void> | void;
}

/** The article record of the contract, plus segmentation as flat [start, end] pairs. */
export function exportArticle(a: Article) {
  return {
    id: a.id,
    title: a.title,
    subtitle: a.subtitle,
    outlet: a.outlet,
    authors: a.authors,
    published: a.published,
    url: a.url,
    language: a.language,
    origin: a.origin,
    text: a.text,
    duplicate_of: a.duplicate_of,
    words: a.words,
    paragraphs: a.paragraphs.map((s) => [s.start, s.end]),
    sentences: a.sentences.map((s) => [s.start, s.end]),
  };
}

export async function* records(repo: Repository, array: ExportArray): AsyncIterable<unknown> {
  if (array === 'articles') for await (const a of repo.iterateArticles()) yield exportArticle(a);
  if (array === 'entities') for await (const e of repo.iterateEntities()) yield e;
  if (array === 'mentions') for await (const m of repo.iterateMentions()) yield exportMention(m);
  if (array === 'timex') for await (const t of repo.iterateLayer('timex')) yield located(t);
  if (array === 'quantities') for await (const q of repo.iterateLayer('quantities')) yield exportQuantity(q);
  if (array === 'quotes') for await (const q of repo.iterateLayer('quotes')) yield located(q);
  if (array === 'events') for await (const e of repo.iterateLayer('events')) yield located(e);
  if (array === 'techniques') for await (const t of repo.iterateLayer('techniques')) yield located(t);
  if (array === 'relations') yield* aggregateRelations(repo);
  if (array === 'stories') {
    for (let offset = 0; ; offset += 500) {
      const page = await repo.listStories({ limit: 500, offset });
      yield* page;
      if (page.length < 500) break;
    }
  }
  if (array === 'corrections') {
    // The user's layer, oldest first, undone ones included: who changed what, when, and who undid it.
    const all = await repo.listCorrections();
    for (let i = all.length - 1; i >= 0; i--) yield all[i];
  }
  if (array === 'comparisons') {
    for (let offset = 0; ; offset += 500) {
      const page = await repo.listComparisons({ limit: 500, offset });
      yield* page;
      if (page.length < 500) break;
    }
  }
}

/**
 * The contract's relations: one per (source, target, type) with every span that asserts it,
 * and which outlets assert it (a quotation's speaker asserts, not the outlet: `quoted`).
 */
export async function* aggregateRelations(repo: Repository): AsyncIterable<ExportedRelation> {
  const outletOf = new Map<string, string | null>();
  for (let offset = 0; ; offset += 5000) {
    const page = await repo.listRelations({ limit: 5000, offset });
    for (const r of page) outletOf.set(r.article, r.outlet);
    if (page.length < 5000) break;
  }
  const byKey = new Map<string, ExportedRelation>();
  for await (const r of repo.iterateLayer('relations')) {
    const key = `${r.source}\u0000${r.target}\u0000${r.type}`;
    let x = byKey.get(key);
    if (!x) byKey.set(key, (x = { source: r.source, target: r.target, type: r.type, evidence: [], outlets: [] }));
    x.evidence.push({ article: r.article, start: r.start, end: r.end, ...(r.field === 'title' ? { field: 'title' } : {}), text: r.text, cue: r.cue.text, quoted: r.quoted });
    const outlet = outletOf.get(r.article) ?? null;
    if (outlet && !x.outlets.includes(outlet)) x.outlets.push(outlet);
  }
  yield* byKey.values();
}

export interface ExportedRelation {
  source: string;
  target: string;
  type: string;
  evidence: { article: string; start: number; end: number; field?: string; text: string; cue: string; quoted: boolean }[];
  outlets: string[];
}

/** A located record with `field` only when it sits in the title. */
function located<T extends Located>(r: T) {
  const { field, ...rest } = r;
  return field === 'title' ? { ...rest, field } : rest;
}

/** `attributed_to` is the source's entity id when resolved, else the words that name it. */
function exportQuantity(q: QuantityRecord) {
  return { ...located(q), attributed_to: q.attributed_entity ?? q.attributed_text };
}

/** The contract's mention fields; `field` only when the mention is in the title. */
function exportMention(m: MentionRecord) {
  return { article: m.article, entity: m.entity, start: m.start, end: m.end, text: m.text, ...(m.field === 'title' ? { field: 'title' } : {}), rule: m.rule };
}

/** One JSON object holding every array. */
export async function writeJsonExport(repo: Repository, sink: Sink): Promise<void> {
  await sink.write(`{"schema":${JSON.stringify(SCHEMA)}`);
  for (const array of EXPORT_ARRAYS) {
    await sink.write(`,\n${JSON.stringify(array)}:[`);
    let first = true;
    for await (const r of records(repo, array)) {
      await sink.write((first ? '\n' : ',\n') + JSON.stringify(r));
      first = false;
    }
    await sink.write(first ? ']' : '\n]');
  }
  await sink.write('}\n');
}

/**
 * JSON Lines, one record a line. With one sink per array (a folder export) records are
 * written as they are; on a single stream each line names its array in `record_type`.
 */
export async function writeJsonlExport(repo: Repository, sinkFor: (array: ExportArray) => Sink | Promise<Sink>, tagged: boolean): Promise<Record<ExportArray, number>> {
  const counts = {} as Record<ExportArray, number>;
  for (const array of EXPORT_ARRAYS) {
    const sink = await sinkFor(array);
    counts[array] = 0;
    for await (const r of records(repo, array)) {
      const line = tagged ? { record_type: array, ...(r as object) } : r;
      await sink.write(`${JSON.stringify(line)}\n`);
      counts[array]++;
    }
  }
  return counts;
}
