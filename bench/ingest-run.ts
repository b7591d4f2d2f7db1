// One measured ingest, run as its own process by bench.ts so that peak memory (maxRSS) is
// this run's alone: `node dist/bench/ingest-run.js DIR DB WORKERS` prints one JSON line.
import { ingest } from '../src/ingest/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.js';

const [dir, db, workers] = process.argv.slice(2);
const started = performance.now();
const repo = openSqliteRepository(db);
const result = await ingest(repo, await expandSources([dir], () => {}), { workers: Number(workers) });
await repo.close();
console.log(JSON.stringify({
  seconds: (performance.now() - started) / 1000,
  articles: result.inserted,
  skipped: result.skipped,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
