// `npm run eval`: ingest the real corpus into a fresh store, export it in dossier/1, and score
// the export against the dev gold with the project's shared scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonExport } from '../src/export/dossier-export.js';
import { ingest } from '../src/ingest/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.DOSSIER_SHARED ?? path.resolve(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus', '000_47d8ce2904932a8f.txt');
const GOLD = path.join(SHARED, 'gold', 'dev');
const SCORER = path.join(SHARED, 'tools', 'score.mjs');

async function main(): Promise<void> {
  for (const p of [CORPUS, GOLD, SCORER]) {
    if (!existsSync(p)) throw new Error(`missing ${p}: eval needs ../shared (set DOSSIER_SHARED to its path)`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-eval-'));
  const repo = openSqliteRepository(path.join(dir, 'eval.db'));
  const diagnostics: string[] = [];
  await ingest(repo, await expandSources([CORPUS], () => {}), { onDiagnostic: (d) => diagnostics.push(d.message) });
  const chunks: string[] = [];
  await writeJsonExport(repo, { write: (c) => { chunks.push(c); } });
  await repo.close();
  const exportPath = path.join(dir, 'dossier.json');
  writeFileSync(exportPath, chunks.join(''));
  if (diagnostics.length) console.log(`ingest diagnostics: ${diagnostics.join('; ')}`);

  const json = process.argv.includes('--json');
  const out = execFileSync(process.execPath, [SCORER, '--export', exportPath, '--gold', GOLD, '--corpus', CORPUS, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
  console.log(`Scores on ${path.relative(ROOT, GOLD) || GOLD}`);
  process.stdout.write(out);
  if (process.argv.includes('--keep')) console.log(`export kept at ${exportPath}`);
  else rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`eval failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
