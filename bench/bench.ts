// `npm run bench`: ingest throughput and peak memory on generated corpora of 1, 10 and 50 MB,
// each beside a reference measured in the same run (the bare SQLite FTS5 floor, see
// fts-floor.ts). Every measurement is its own process; single-core figures are pinned to one
// CPU with taskset when it exists. Options: --sizes 1,10,50  --repeat 3
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedCorpus } from './generate-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'bench', 'out');
const DIST = path.join(ROOT, 'dist', 'bench');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '1,10,50').split(',').filter(Boolean).map(Number);
const REPEAT = Number(arg('repeat', '3'));
const TASKSET = spawnSync('taskset', ['--version']).status === 0;

interface Run {
  seconds: number;
  maxRssMb: number;
}

function corpus(mb: number): GeneratedCorpus {
  const dir = path.join(OUT, `corpus-${mb}mb`);
  const meta = path.join(OUT, `corpus-${mb}mb.json`);
  if (existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as GeneratedCorpus;
  rmSync(dir, { recursive: true, force: true });
  const c = generateCorpus(path.join(ROOT, 'sample'), dir, mb * 1e6);
  writeFileSync(meta, JSON.stringify(c));
  return c;
}

function measure(script: string, args: string[], oneCore: boolean): Run {
  const db = path.join(OUT, 'bench.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const node = [process.execPath, path.join(DIST, script), ...args.map((a) => (a === '$DB' ? db : a))];
  const cmd = oneCore && TASKSET ? ['taskset', '-c', '0', ...node] : node;
  const out = execFileSync(cmd[0], cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

function repeat(fn: () => Run): { median: Run; min: number; max: number } {
  const runs = Array.from({ length: REPEAT }, fn).sort((a, b) => a.seconds - b.seconds);
  return { median: runs[Math.floor(runs.length / 2)], min: runs[0].seconds, max: runs[runs.length - 1].seconds };
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(28) : String(c).padStart(i === 2 ? 22 : 13))).join('');
}

mkdirSync(OUT, { recursive: true });
const workers = Math.max(0, Math.min(4, availableParallelism() - 1));
console.log(`Ingest benchmark: generated corpora (bench/generate-corpus.ts), ${REPEAT} runs each, median [min–max].`);
console.log(`Machine: ${availableParallelism()} cores; single-core runs ${TASKSET ? 'pinned with taskset -c 0' : 'NOT pinned (no taskset)'}; parallel runs use ${workers} worker thread(s).\n`);
console.log(row(['scenario', 'MB', 'seconds', 'MB/s', 'articles/s', 'words/s', 'peak RSS MB']));

measure('ingest-run.js', [corpus(SIZES[0]).dir, '$DB', '0'], true); // warm-up: file cache, code cache
for (const mb of SIZES) {
  const c = corpus(mb);
  const megabytes = c.bytes / 1e6;
  const line = (name: string, r: ReturnType<typeof repeat>, articles = true) => {
    const s = r.median.seconds;
    console.log(row([
      name, megabytes.toFixed(1), `${s.toFixed(2)} [${r.min.toFixed(2)}–${r.max.toFixed(2)}]`,
      (megabytes / s).toFixed(1), articles ? Math.round(c.articles / s) : '—', articles ? Math.round(c.words / s) : '—',
      r.median.maxRssMb.toFixed(0),
    ]));
  };
  line(`dossier ingest, 1 core`, repeat(() => measure('ingest-run.js', [c.dir, '$DB', '0'], true)));
  if (workers > 0) line(`dossier ingest, ${workers + 1} thr`, repeat(() => measure('ingest-run.js', [c.dir, '$DB', String(workers)], false)));
  line('reference: FTS5 floor', repeat(() => measure('fts-floor.js', [c.dir, '$DB'], true)), false);
}
console.log('\nGoal (issue 2): 20 MB/s end to end on one core; peak RSS under 300 MB at every size.');

// Analysis stages: the real corpus when ../shared is there (else the bundled sample), repeated
// to about 200,000 words so a round takes long enough to time.
const seed = path.resolve(ROOT, '..', 'shared', 'corpus', '000_47d8ce2904932a8f.txt');
const source = existsSync(seed) ? seed : path.join(ROOT, 'sample', 'dumps', 'roundup.txt');
const once = readFileSync(source, 'utf8');
const repeated = path.join(OUT, 'stage-bench.txt');
writeFileSync(repeated, Array.from({ length: Math.max(1, Math.ceil(200_000 / once.split(/\s+/).length)) }, () => once).join('\n'));
const cmd = [...(TASKSET ? ['taskset', '-c', '0'] : []), process.execPath, path.join(DIST, 'stage-speed.js'), repeated, String(Math.max(3, REPEAT))];
type Rate = { median: number; min: number; max: number };
const speed = JSON.parse(execFileSync(cmd[0], cmd.slice(1), { encoding: 'utf8' }).trim()) as {
  words: number; articles: number; resourcesLoadMs: number; pipeline: Rate; stages: Record<string, number>; entityStages: number; compromise: Rate;
};
const k = (x: number) => `${Math.round(x / 1000)}k`;
console.log(`\nAnalysis stages, one core, ${speed.articles} articles / ${speed.words} words from ${path.basename(source)}:`);
console.log(row(['scenario', 'words/s', 'min', 'max']));
console.log(row(['whole pipeline', k(speed.pipeline.median), k(speed.pipeline.min), k(speed.pipeline.max)]));
for (const [name, rate] of Object.entries(speed.stages)) console.log(row([`  stage ${name}`, k(rate), '', '']));
console.log(row(['entity stages (tokens+mentions+entities)', k(speed.entityStages), '', '']));
console.log(row(['reference: compromise entities', k(speed.compromise.median), k(speed.compromise.min), k(speed.compromise.max)]));
console.log(`entity stages / compromise: ${(speed.entityStages / speed.compromise.median).toFixed(1)}x; knowledge base and word lists load once in ${Math.round(speed.resourcesLoadMs)} ms`);
console.log('Goals: entity stages at least 100,000 words/s and 5 times compromise (issue 3); whole pipeline at least 50,000 words/s (issues 4, 5).');

// API latency and the UI's first screen on a store of 10,000 generated articles (built once
// under bench/out/ and reused); its own process, it prints its table and goal lines.
console.log('');
execFileSync(process.execPath, [path.join(DIST, 'api-latency.js')], { stdio: ['ignore', 'inherit', 'inherit'] });
