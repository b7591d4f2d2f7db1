// The ingest job: sources -> drafts -> prepared articles -> deduplicated batches -> store.
// Each batch is one transaction, and ids are content hashes, so an ingest killed at any
// point leaves whole batches behind and re-running the same command completes it.
import { availableParallelism } from 'node:os';
import type { Diagnostic } from '../core/diagnostics.js';
import type { DuplicateCandidate, Repository, SkippedInput, StoredArticle } from '../store/repository.js';
import { MIN_WORDS, NEAR_DUPLICATE_SIMILARITY, similarity } from './near-duplicates.js';
import type { SourceEvents } from './prepare-sources.js';
import type { ReadOptions } from './read-source.js';
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
  /** Worker threads that read and prepare sources; 0 does it all in this thread. */
  workers?: number;
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
  // Large transactions amortise commits and index merges; memory stays bounded by batchChars.
  const batchSize = options.batchSize ?? 1000;
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

  const workers = options.workers ?? defaultWorkers(progress.bytesTotal);
  // Only plain data crosses to workers: the callbacks in `options` stay here.
  const read: ReadOptions = { fieldMap: options.fieldMap, maxFileBytes: options.maxFileBytes, fetchTimeoutMs: options.fetchTimeoutMs, fetchMaxBytes: options.fetchMaxBytes };
  // Loaded on demand: with workers, the readers (and their DOM library) stay out of this thread.
  const events: AsyncIterable<SourceEvents> = workers > 0
    ? (await import('./worker-pool.js')).prepareInWorkers(sources, read, workers)
    : (await import('./prepare-sources.js')).prepareInProcess(sources, read);
  let sinceProgress = 0;
  for await (const chunk of events) {
    const source = sources[chunk.index];
    progress.currentSource = sourceName(source);
    for (const e of chunk.events) {
      if (e.type === 'diagnostic') {
        report(e.diagnostic);
        continue;
      }
      batch.push(e.article);
      chars += e.article.text.length;
      result.articlesRead++;
      progress.articlesRead++;
      if (batch.length >= batchSize || chars >= batchChars) await flush();
    }
    if (chunk.last) {
      progress.sourcesDone++;
      if (source.kind === 'file') progress.bytesDone += source.size;
    }
    if (chunk.last || ++sinceProgress >= 8) {
      sinceProgress = 0;
      options.onProgress?.(progress);
    }
  }
  await flush();
  progress.currentSource = null;
  options.onProgress?.(progress);
  result.outlets = [...outlets].sort();
  return result;
}

/**
 * One worker per spare core (at most 4), none for small inputs, where starting threads costs
 * more than it saves.
 */
export function defaultWorkers(bytes: number): number {
  if (bytes < 4_000_000) return 0;
  return Math.max(0, Math.min(4, availableParallelism() - 1));
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
 * Candidates come from the store (one query per batch) and from earlier articles of the batch.
 */
async function saveDeduplicated(repo: Repository, batch: StoredArticle[], skipped: SkippedInput[]): Promise<SaveCounts> {
  const existing = await repo.existingIds(batch.map((a) => a.id));
  const pending = batch.filter((a) => !existing.has(a.id));
  const stored = await repo.duplicateCandidates(
    [...new Set(pending.map((a) => a.text_hash))],
    [...new Set(pending.flatMap((a) => a.bandKeys))],
  );
  // Key (body hash or band key) -> candidates, oldest first: stored ones, then this batch's.
  const byKey = new Map<string | number, DuplicateCandidate[]>();
  const index = (c: DuplicateCandidate) => {
    for (const key of c.keys) {
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
  };
  stored.forEach(index);

  const fresh: StoredArticle[] = [];
  const seen = new Set<string>();
  let nearDuplicates = 0;
  for (const a of batch) {
    if (existing.has(a.id) || seen.has(a.id)) continue;
    seen.add(a.id);
    const original = firstRepostSource(a, byKey);
    const marked = original ? { ...a, duplicate_of: original.duplicate_of ?? original.id } : a;
    if (original) nearDuplicates++;
    fresh.push(marked);
    index({ id: marked.id, duplicate_of: marked.duplicate_of, text_hash: marked.text_hash, signature: marked.signature, keys: [marked.text_hash, ...marked.bandKeys] });
  }
  const { inserted } = await repo.saveBatch({ articles: fresh, skipped });
  return { inserted, alreadyStored: batch.length - fresh.length, nearDuplicates, saved: fresh };
}

function firstRepostSource(a: StoredArticle, byKey: Map<string | number, DuplicateCandidate[]>): DuplicateCandidate | null {
  const seen = new Set<string>();
  const matches: DuplicateCandidate[] = [];
  for (const key of [a.text_hash, ...a.bandKeys]) {
    for (const c of byKey.get(key) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      if (isRepost(a, c)) matches.push(c);
    }
  }
  // The family's root is the candidate that is itself no repost, else the first match.
  return matches.find((c) => c.duplicate_of === null) ?? matches[0] ?? null;
}

function isRepost(a: StoredArticle, c: DuplicateCandidate): boolean {
  if (c.text_hash === a.text_hash) return true;
  return a.words >= MIN_WORDS && similarity(a.signature, c.signature) >= NEAR_DUPLICATE_SIMILARITY;
}
