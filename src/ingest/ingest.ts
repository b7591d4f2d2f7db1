// The ingest job: sources -> drafts -> prepared articles -> deduplicated batches -> store.
// Each batch is one transaction, and ids are content hashes, so an ingest killed at any
// point leaves whole batches behind and re-running the same command completes it.
import type { ArticleDraft } from '../core/article.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { DiagnosticCode } from '../core/errors.js';
import type { DuplicateCandidate, Repository, SkippedInput, StoredArticle } from '../store/repository.js';
import { MIN_WORDS, NEAR_DUPLICATE_SIMILARITY, similarity } from './near-duplicates.js';
import { prepareArticle } from './prepare-article.js';
import { readSource, type ReadOptions } from './read-source.js';
import { sourceName, type Source } from './sources.js';

export interface IngestProgress {
  sourcesDone: number;
  sourcesTotal: number;
  bytesDone: number;
  /** Known sizes of file sources; URLs and stdin count as zero. */
  bytesTotal: number;
  articlesRead: number;
  currentSource: string | null;
}

export interface IngestOptions extends ReadOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /** Text characters per transaction, whichever limit is reached first. */
  batchChars?: number;
  onProgress?: (p: IngestProgress) => void;
  onDiagnostic?: (d: Diagnostic) => void;
}

export interface IngestResult {
  sources: number;
  articlesRead: number;
  inserted: number;
  alreadyStored: number;
  nearDuplicates: number;
  /** Inputs (or lines of inputs) skipped with an error. */
  skipped: number;
  warnings: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
}

export async function ingest(repo: Repository, sources: Source[], options: IngestOptions = {}): Promise<IngestResult> {
  const batchSize = options.batchSize ?? 250;
  const batchChars = options.batchChars ?? 4_000_000;
  const result: IngestResult = {
    sources: sources.length, articlesRead: 0, inserted: 0, alreadyStored: 0, nearDuplicates: 0,
    skipped: 0, warnings: 0, outlets: [], firstPublished: null, lastPublished: null,
  };
  const outlets = new Set<string>();
  const progress: IngestProgress = {
    sourcesDone: 0, sourcesTotal: sources.length, articlesRead: 0, currentSource: null, bytesDone: 0,
    bytesTotal: sources.reduce((n, s) => n + (s.kind === 'file' ? s.size : 0), 0),
  };
  let batch: StoredArticle[] = [];
  let skipped: SkippedInput[] = [];
  let chars = 0;

  const report = (d: Diagnostic) => {
    if (d.severity === 'error') {
      result.skipped++;
      skipped.push({ file: d.file, line: d.line ?? null, code: d.code, message: d.message });
    } else result.warnings++;
    options.onDiagnostic?.(d);
  };

  const flush = async () => {
    if (batch.length === 0 && skipped.length === 0) return;
    const counts = await saveDeduplicated(repo, batch, skipped);
    result.inserted += counts.inserted;
    result.alreadyStored += counts.alreadyStored;
    result.nearDuplicates += counts.nearDuplicates;
    for (const a of counts.saved) {
      if (a.outlet) outlets.add(a.outlet);
      if (a.published) {
        if (!result.firstPublished || a.published < result.firstPublished) result.firstPublished = a.published;
        if (!result.lastPublished || a.published > result.lastPublished) result.lastPublished = a.published;
      }
    }
    batch = [];
    skipped = [];
    chars = 0;
  };

  for (const source of sources) {
    progress.currentSource = sourceName(source);
    options.onProgress?.(progress);
    let n = 0;
    for await (const draft of readSource(source, report, options)) {
      n++;
      const problem = validate(draft);
      if (problem) {
        report({ severity: 'error', code: DiagnosticCode.missingField, message: problem, file: draft.origin?.file ?? sourceName(source), line: draft.origin?.line_start });
        continue;
      }
      const article = prepareArticle(draft);
      batch.push(article);
      chars += article.text.length;
      result.articlesRead++;
      progress.articlesRead++;
      if (batch.length >= batchSize || chars >= batchChars) await flush();
      if (n % 200 === 0) options.onProgress?.(progress);
    }
    progress.sourcesDone++;
    if (source.kind === 'file') progress.bytesDone += source.size;
    options.onProgress?.(progress);
  }
  await flush();
  progress.currentSource = null;
  options.onProgress?.(progress);
  result.outlets = [...outlets].sort();
  return result;
}

function validate(d: ArticleDraft): string | null {
  if (!d.text.trim()) return 'article has no text';
  if (d.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.published)) return `publication date "${d.published}" is not YYYY-MM-DD`;
  return null;
}

interface SaveCounts {
  inserted: number;
  alreadyStored: number;
  nearDuplicates: number;
  saved: StoredArticle[];
}

/**
 * Drops articles already stored (or repeated inside the batch) and marks reposts of earlier
 * articles with `duplicate_of`, pointing at the first of their family, then saves atomically.
 */
async function saveDeduplicated(repo: Repository, batch: StoredArticle[], skipped: SkippedInput[]): Promise<SaveCounts> {
  const existing = await repo.existingIds(batch.map((a) => a.id));
  const fresh: StoredArticle[] = [];
  const seen = new Set<string>();
  let alreadyStored = 0;
  let nearDuplicates = 0;
  for (const a of batch) {
    if (existing.has(a.id) || seen.has(a.id)) {
      alreadyStored++;
      continue;
    }
    seen.add(a.id);
    const stored = await repo.duplicateCandidates(a.text_hash, a.bandKeys);
    const inBatch: DuplicateCandidate[] = fresh
      .filter((b) => b.text_hash === a.text_hash || b.bandKeys.some((k) => a.bandKeys.includes(k)))
      .map((b) => ({ id: b.id, duplicate_of: b.duplicate_of, text_hash: b.text_hash, signature: b.signature }));
    const original = [...stored, ...inBatch].find((c) => isRepost(a, c));
    const marked = original ? { ...a, duplicate_of: original.duplicate_of ?? original.id } : a;
    if (original) nearDuplicates++;
    fresh.push(marked);
  }
  const { inserted } = await repo.saveBatch({ articles: fresh, skipped });
  return { inserted, alreadyStored, nearDuplicates, saved: fresh };
}

function isRepost(a: StoredArticle, c: DuplicateCandidate): boolean {
  if (c.text_hash === a.text_hash) return true;
  return a.words >= MIN_WORDS && similarity(a.signature, c.signature) >= NEAR_DUPLICATE_SIMILARITY;
}
