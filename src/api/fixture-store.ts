// For the API and report tests: a temporary store holding the bundled sample and the
// hostile fixtures, ingested and analysed through the library exactly as `dossier ingest` does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeStore } from '../analysis/analyze.js';
import { ingest } from '../ingest/ingest.js';
import { expandSources } from '../ingest/sources.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';
import { loadEntityResources } from '../nlp/entities/resources.js';
import type { Repository } from '../store/repository.js';
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.js';

/** The repository root (this file runs from dist/src/api). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SAMPLE = path.join(ROOT, 'sample');
export const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');

const dirs: string[] = [];
process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export async function analysedStore(inputs: string[] = [SAMPLE, HOSTILE]): Promise<{ repo: Repository; db: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-api-'));
  dirs.push(dir);
  const db = path.join(dir, 'dossier.db');
  const repo = openSqliteRepository(db);
  const sources = await expandSources(inputs, () => {});
  await ingest(repo, sources, { workers: 0 });
  await analyzeStore(repo, createDefaultPipeline(), loadEntityResources());
  return { repo, db };
}

/** GET a JSON route of `app` without a port, asserting a 200 (the body is in the message otherwise). */
export function jsonGetter(app: { request(url: string): Response | Promise<Response> }) {
  return async <T>(url: string): Promise<T> => {
    const res = await app.request(url);
    assert.equal(res.status, 200, `${url}: ${await res.clone().text()}`);
    return res.json() as Promise<T>;
  };
}
