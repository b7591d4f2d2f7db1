// API latency on a large store: `node dist/bench/api-latency.js [--articles 10000] [--requests 200]`.
// Builds (once, then reuses) a store of generated articles ingested and analysed through the
// library, then times the JSON API through app.request() — no socket, so the figures are the
// server's own work — each endpoint beside a reference measured in the same run: the bare
// repository call behind it, and a trivial route through the same middleware. Then times the
// UI's first screen on localhost in headless chromium, when one is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { analyzeStore } from '../src/analysis/analyze.js';
import { createApp } from '../src/api/app.js';
import { events } from '../src/api/claims.js';
import { entityPage, network } from '../src/api/entities.js';
import { overview } from '../src/api/overview.js';
import { search } from '../src/api/search.js';
import { ingest } from '../src/ingest/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { loadEntityResources } from '../src/nlp/entities/resources.js';
import type { Repository } from '../src/store/repository.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.js';
import { generateCorpus, type GeneratedCorpus } from './generate-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'bench', 'out');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ARTICLES = Number(arg('articles', '10000'));
const REQUESTS = Number(arg('requests', '200'));
const WARMUP = Math.max(5, Math.round(REQUESTS / 10));
/** A slow endpoint stops early rather than holding the bench for minutes; it still gets this many. */
const MIN_REQUESTS = 20;
const MAX_SECONDS_PER_ENDPOINT = Number(arg('max-seconds', '30'));
const GOAL_MS = 50;
const FIRST_SCREEN_GOAL_MS = 1000;
/** Generated articles average about 2,580 bytes; the corpus is regrown until it holds enough. */
const BYTES_PER_ARTICLE = 2600;

interface StoreMeta extends GeneratedCorpus {
  db: string;
  target: number;
  analysed: boolean;
}

/** The corpus and the analysed store for this size, made once and reused while the size is unchanged. */
async function prepareStore(target: number): Promise<{ repo: Repository; meta: StoreMeta }> {
  mkdirSync(OUT, { recursive: true });
  const metaFile = path.join(OUT, `api-${target}.json`);
  const db = path.join(OUT, `api-${target}.db`);
  if (existsSync(metaFile) && existsSync(db)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as StoreMeta;
    if (meta.analysed && meta.target === target) {
      const repo = openSqliteRepository(db);
      if ((await repo.stats()).articles === meta.articles) return { repo, meta };
      await repo.close();
    }
  }
  const dir = path.join(OUT, `corpus-api-${target}`);
  let bytes = target * BYTES_PER_ARTICLE;
  let corpus: GeneratedCorpus;
  for (;;) {
    rmSync(dir, { recursive: true, force: true });
    corpus = generateCorpus(path.join(ROOT, 'sample'), dir, bytes);
    if (corpus.articles >= target) break;
    bytes = Math.ceil(bytes * (target / corpus.articles) * 1.01);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const started = performance.now();
  log(`building the store: ${corpus.articles} generated articles (${(corpus.bytes / 1e6).toFixed(1)} MB) into ${path.relative(ROOT, db)} …`);
  const repo = openSqliteRepository(db);
  await ingest(repo, await expandSources([dir], () => {}), { workers: Math.max(0, Math.min(4, availableParallelism() - 1)) });
  log(`  ingested in ${((performance.now() - started) / 1000).toFixed(0)} s; analysing …`);
  await analyzeStore(repo, createDefaultPipeline(), loadEntityResources(), {
    onProgress: (n) => { if (n % 2000 === 0) log(`  analysed ${n}`); },
  });
  log(`  store ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const meta: StoreMeta = { ...corpus, db, target, analysed: true };
  writeFileSync(metaFile, JSON.stringify(meta));
  return { repo, meta };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Latency {
  n: number;
  p50: number;
  p95: number;
}

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, p50: at(0.5), p95: at(0.95) };
}

/** Warm-up, then up to REQUESTS timed calls cycling through the variants (different queries, ids, filters). */
async function time(variants: (() => Promise<unknown>)[]): Promise<Latency> {
  for (let i = 0; i < WARMUP; i++) await variants[i % variants.length]();
  const samples: number[] = [];
  const deadline = performance.now() + MAX_SECONDS_PER_ENDPOINT * 1000;
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await variants[i % variants.length]();
    samples.push(performance.now() - t0);
    if (samples.length >= MIN_REQUESTS && performance.now() > deadline) break;
  }
  return percentiles(samples);
}

async function main(): Promise<void> {
  const { repo, meta } = await prepareStore(ARTICLES);
  const app = createApp({ repo, onError: (err) => log(`internal error: ${(err as Error)?.stack ?? err}`) });
  const get = async (url: string) => {
    const res = await app.request(url);
    // The body is read: serialising the JSON is part of the endpoint's cost.
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
    return body;
  };

  const stats = await repo.stats();
  const ranked = await repo.listEntities({ limit: 100_000 });
  const popular = ranked.slice(0, 3);
  // Rare: named in one or two articles, taken from the tail (ties broken by name, so stable).
  const rare = ranked.filter((e) => e.articles <= 2).slice(-3);
  const actor = ranked.find((e) => e.type === 'PLACE' || e.type === 'ORG') ?? popular[0];
  const outlet = stats.outlets.find((o) => o.outlet)?.outlet ?? '';
  const eventTypes = [...new Set((await repo.listEvents({ limit: 300 })).map((e) => e.type))].slice(0, 2);
  const queries = ['dam', 'ceasefire', 'talks NOT dam', '"peace talks"'];
  const q = (s: string) => encodeURIComponent(s);

  const rows: { name: string; api: Latency; cold: Latency; ref: Latency; refName: string }[] = [];
  // Each endpoint three ways: the route (responses kept per data version, see src/api/cache.ts),
  // the same work uncached (the route's function called directly, serialised), and the bare
  // repository call behind it.
  const row = async (name: string, urls: string[], uncached: (() => Promise<unknown>)[], refName: string, refs: (() => Promise<unknown>)[]) => {
    for (const u of urls) await get(u); // fails loudly on a broken route before timing anything
    const api = await time(urls.map((u) => () => get(u)));
    const cold = await time(uncached.map((f) => async () => JSON.stringify(await f())));
    const ref = await time(refs);
    rows.push({ name, api, cold, ref, refName });
    log(`  ${name}: p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms (n ${api.n}); uncached p95 ${cold.p95.toFixed(1)} ms`);
  };

  log(`timing the API on ${stats.articles} articles …`);
  const trivial = await time([async () => (await app.request('/api/no-such-route')).text()]);
  await row('overview', ['/api/overview'], [() => overview(repo)], 'repo.stats()', [() => repo.stats()]);
  await row('search', queries.map((s) => `/api/search?q=${q(s)}`), queries.map((s) => () => search(repo, { q: s })), 'repo.search(q), 20 hits', queries.map((s) => () => repo.search(s, { limit: 20 })));
  await row('search + outlet filter', queries.map((s) => `/api/search?q=${q(s)}&outlet=${q(outlet)}`), queries.map((s) => () => search(repo, { q: s, outlet })), 'repo.search(q, outlet)', queries.map((s) => () => repo.search(s, { outlet, limit: 20 })));
  await row('entity page, popular', popular.map((e) => `/api/entities/${q(e.id)}`), popular.map((e) => () => entityPage(repo, e.id)), 'repo.findEntities(id)', popular.map((e) => () => repo.findEntities(e.id)));
  await row('entity page, rare', rare.map((e) => `/api/entities/${q(e.id)}`), rare.map((e) => () => entityPage(repo, e.id)), 'repo.findEntities(id)', rare.map((e) => () => repo.findEntities(e.id)));
  await row('timeline', ['/api/events'], [() => events(repo, {})], 'repo.listEvents(500)', [() => repo.listEvents({ limit: 500 })]);
  const filters = [
    `type=${q(eventTypes[0] ?? 'attack')}`, `outlet=${q(outlet)}`, 'from=2024-03-05&to=2024-03-12', `actor=${q(actor.id)}`,
  ];
  await row('timeline, filtered', filters.map((f) => `/api/events?${f}`), filters.map((f) => () => events(repo, Object.fromEntries(new URLSearchParams(f)))), 'repo.listEvents(filter)', [
    () => repo.listEvents({ type: eventTypes[0], limit: 500 }), () => repo.listEvents({ outlet, limit: 500 }),
    () => repo.listEvents({ from: '2024-03-05', to: '2024-03-12', limit: 500 }), () => repo.listEvents({ actor: actor.id, limit: 500 }),
  ]);
  await row('network (40 nodes)', ['/api/network'], [() => network(repo, {})], 'repo.listEntities(40)', [() => repo.listEntities({ limit: 40 })]);

  const f = (x: number) => x.toFixed(1);
  const cell = (s: string, w: number) => s.padStart(w);
  console.log(`API latency: ${stats.articles} generated articles (${(meta.bytes / 1e6).toFixed(1)} MB, ${ranked.length} entities), app.request() without a socket;`);
  console.log(`${WARMUP} warm-up requests, then up to ${REQUESTS} per endpoint (at most ${MAX_SECONDS_PER_ENDPOINT} s each); milliseconds.\n`);
  console.log(`${''.padEnd(26)}${cell('route', 23)}   ${cell('uncached', 16)}   references (same run)`);
  console.log(`${'endpoint'.padEnd(26)}${cell('n', 5)}${cell('p50', 9)}${cell('p95', 9)}   ${cell('p50', 8)}${cell('p95', 8)}   ${'bare repository call'.padEnd(26)}${cell('p50', 8)}${cell('p95', 8)}`);
  for (const r of rows) {
    const mark = r.api.p95 < GOAL_MS ? '' : '  over goal';
    console.log(`${r.name.padEnd(26)}${cell(String(r.api.n), 5)}${cell(f(r.api.p50), 9)}${cell(f(r.api.p95), 9)}   ${cell(f(r.cold.p50), 8)}${cell(f(r.cold.p95), 8)}   ${r.refName.padEnd(26)}${cell(f(r.ref.p50), 8)}${cell(f(r.ref.p95), 8)}${mark}`);
  }
  console.log(`${'reference: trivial route'.padEnd(26)}${cell(String(trivial.n), 5)}${cell(f(trivial.p50), 9)}${cell(f(trivial.p95), 9)}   (404 through the same middleware)`);
  console.log(`Goal (issue 6): p95 under ${GOAL_MS} ms for each endpoint (route column; uncached is the first request after a write).`);

  await firstScreen(app);
  await repo.close();
}

/** Time from navigation to the overview's last section on screen, in a fresh browser context each round. */
async function firstScreen(app: ReturnType<typeof createApp>): Promise<void> {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) {
    console.log('\nUI first screen: skipped (no chromium on PATH; Debian: apt-get install chromium).');
    return;
  }
  if (!existsSync(path.join(ROOT, 'dist', 'web', 'app.js'))) {
    console.log('\nUI first screen: skipped (dist/web not built: npm run build).');
    return;
  }
  const { chromium } = await import('playwright-core');
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: found, args: ['--no-sandbox', '--disable-gpu'] });
  const ready: number[] = [];
  const shell: number[] = [];
  try {
    const ROUNDS = 7;
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const t1 = performance.now();
      // Complete: the view is rendered (not busy) and its last section, skipped inputs, is there.
      await page.waitForSelector('main[data-view="overview"]:not([aria-busy]) section.overview h2:last-of-type', { timeout: 30_000 });
      const t2 = performance.now();
      if (i > 0) { shell.push(t1 - t0); ready.push(t2 - t0); } // the first round warms chromium itself
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const r = percentiles(ready);
  const s = percentiles(shell);
  console.log(`\nUI first screen on localhost (headless chromium, fresh context each round, ${ready.length} rounds after one warm-up):`);
  console.log(`${'overview rendered'.padEnd(26)} median ${f1(r.p50)} ms, worst ${f1(Math.max(...ready))} ms`);
  console.log(`${'reference: page shell'.padEnd(26)} median ${f1(s.p50)} ms, worst ${f1(Math.max(...shell))} ms   (DOMContentLoaded of the same page)`);
  console.log(`Goal (issue 6): first screen under ${FIRST_SCREEN_GOAL_MS} ms.`);
}

const f1 = (x: number) => x.toFixed(0);

if (process.argv.includes('--build-only')) {
  const { repo, meta } = await prepareStore(ARTICLES);
  await repo.close();
  log(`store ${meta.db}: ${meta.articles} articles`);
} else {
  await main();
}
