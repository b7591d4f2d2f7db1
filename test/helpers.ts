// Shared by the whole-pipeline tests: paths, temporary stores, and running the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/core/diagnostics.js';
import { ingest, type IngestResult } from '../src/ingest/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import type { Repository } from '../src/store/repository.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.js';

/** The repository root (tests run from dist/test). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE = path.join(ROOT, 'sample');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus', '000_47d8ce2904932a8f.txt');
export const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed when the test process exits. */
export function tempDir(prefix = 'dossier-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function tempStore(): { repo: Repository; db: string } {
  const db = path.join(tempDir(), 'dossier.db');
  return { repo: openSqliteRepository(db), db };
}

export async function ingestPaths(repo: Repository, inputs: string[], workers = 0): Promise<{ result: IngestResult; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const sources = await expandSources(inputs, (d) => diagnostics.push(d));
  const result = await ingest(repo, sources, { onDiagnostic: (d) => diagnostics.push(d), workers });
  return { result, diagnostics };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function cliAsync(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}
