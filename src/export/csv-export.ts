// The dossier/1 arrays as CSV files, one per array, for spreadsheets: nested values are
// flattened (lists joined with "; ", an event's date split into value and precision).
import type { CsvValue } from './csv.js';
import { csvLine } from './csv.js';
import { EXPORT_ARRAYS, records, type ExportArray, type Sink } from './dossier-export.js';
import type { Repository } from '../store/repository.js';

type Row = Record<string, unknown>;
const list = (x: unknown) => (Array.isArray(x) ? x.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ') : (x as CsvValue));
const col = (name: string) => (r: Row) => list(r[name]);

export const CSV_COLUMNS: Record<ExportArray, [string, (r: Row) => CsvValue][]> = {
  articles: ['id', 'title', 'subtitle', 'outlet', 'authors', 'published', 'url', 'language', 'duplicate_of', 'words'].map((c) => [c, col(c)]),
  entities: [
    ...['id', 'type', 'name', 'aliases', 'wikidata'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
    ['lat', (r) => (r.geo as { lat?: number } | null)?.lat],
    ['lon', (r) => (r.geo as { lon?: number } | null)?.lon],
    ['country', (r) => (r.geo as { country?: string } | null)?.country],
    ['placed_near', (r) => (r.geo as { near?: string } | null)?.near],
  ],
  mentions: ['article', 'entity', 'field', 'start', 'end', 'text'].map((c) => [c, col(c)]),
  timex: ['article', 'field', 'start', 'end', 'text', 'value', 'precision', 'date_from', 'date_to'].map((c) => [c, col(c)]),
  quantities: ['id', 'article', 'field', 'start', 'end', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'category', 'counted', 'place', 'as_of', 'attributed_to'].map((c) => [c, col(c)]),
  quotes: ['id', 'article', 'field', 'start', 'end', 'text', 'kind', 'speaker', 'speaker_text'].map((c) => [c, col(c)]),
  events: [
    ...['id', 'article', 'field', 'start', 'end', 'type'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
    ['date', (r) => (r.date as { value: string | null }).value],
    ['precision', (r) => (r.date as { precision: string }).precision],
    ...['actors', 'place', 'quantities', 'summary'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
  ],
  techniques: ['article', 'field', 'start', 'end', 'text', 'technique', 'scare_quote', 'rule'].map((c) => [c, col(c)]),
  relations: [
    ...['source', 'target', 'type', 'outlets'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
    ['evidence', (r) => (r.evidence as { article: string; start: number; end: number }[]).map((e) => `${e.article}:${e.start}-${e.end}`).join('; ')],
  ],
  comparisons: ['id', 'category', 'counted', 'place', 'event', 'disagree', 'values', 'quantities'].map((c) => [c, col(c)]),
  stories: ['id', 'type', 'place', 'from', 'to', 'articles', 'events'].map((c) => [c, col(c)]),
  corrections: [
    ...['id', 'kind'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
    ['payload', (r) => JSON.stringify(r.payload)],
    ...['author', 'created_at', 'undone_at', 'undone_by'].map((c): [string, (r: Row) => CsvValue] => [c, col(c)]),
  ],
};

export async function writeCsvExport(repo: Repository, sinkFor: (array: ExportArray) => Sink | Promise<Sink>): Promise<Record<ExportArray, number>> {
  const counts = {} as Record<ExportArray, number>;
  for (const array of EXPORT_ARRAYS) {
    const sink = await sinkFor(array);
    const columns = CSV_COLUMNS[array];
    await sink.write(csvLine(columns.map(([name]) => name)));
    counts[array] = 0;
    for await (const r of records(repo, array)) {
      await sink.write(csvLine(columns.map(([, get]) => get(r as Row))));
      counts[array]++;
    }
  }
  return counts;
}
