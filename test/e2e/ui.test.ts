// The UI in a real headless Chromium over the bundled sample plus hostile articles: every view
// renders, filters change what is shown, an entity highlight leads to its entity page, the
// offline report works from a file, and no markup or script from article data ever runs.
// Screenshots of each view go to test-results/screenshots/. Skipped only without a chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { buildReportData } from '../../src/api/report-data.js';
import { analysedStore, ROOT } from '../../src/api/fixture-store.js';
import type { ArticleListResponse } from '../../src/api/types.js';
import { reportHtml } from '../../src/cli/commands/report.js';
import type { Repository } from '../../src/store/repository.js';
import { tempDir } from '../helpers.js';

const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const WEB = path.join(ROOT, 'dist', 'web');

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const c of candidates) {
    if (!c) continue;
    if (c.includes('/')) { if (existsSync(c)) return c; continue; }
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (dir && existsSync(path.join(dir, c))) return path.join(dir, c);
    }
  }
  return null;
}

const executablePath = findChromium();
let repo: Repository;
let server: ReturnType<typeof serve> | null = null;
let base = '';
let browser: Browser | null = null;

before(async () => {
  if (!executablePath) return;
  if (!existsSync(path.join(WEB, 'app.js'))) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'web', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
  }
  mkdirSync(SHOTS, { recursive: true });
  repo = (await analysedStore()).repo;
  const app = createApp({ repo, webDir: WEB });
  const listening = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  server = listening;
  base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await repo?.close();
});

interface Watched { page: Page; problems: string[] }

/** A page that records script errors, CSP refusals and dialogs: any of them fails the test. */
async function watchedPage(): Promise<Watched> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { page, problems };
}

/** Opens a hash route and waits until that route has been rendered. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && main.dataset.route === location.hash && !main.hasAttribute('aria-busy');
  }, undefined, { timeout: 15_000 });
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

const VIEWS: [string, string, RegExp][] = [
  ['overview', '#/', /Overview/],
  ['articles', '#/articles', /Articles/],
  ['search', '#/search?q=dam', /Search/],
  ['entities', '#/entities', /Entities/],
  ['entity', '#/entity/Mali', /Mali/],
  ['map', '#/map', /Map/],
  ['network', '#/network', /Network/],
  ['timeline', '#/timeline', /Timeline/],
  ['claims', '#/claims', /Claims/],
  ['quotes', '#/quotes', /Quotes/],
  ['outlets', '#/outlets', /Outlets/],
];

test('every view renders without errors, and each is photographed', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found (install Debian chromium: .ci/install-browser)');
  const { page, problems } = await watchedPage();
  for (const [name, hash, heading] of VIEWS) {
    await open(page, base + hash);
    assert.match(await page.locator('main h1').first().textContent() ?? '', heading, name);
    assert.equal(await page.locator('main .error').count(), 0, `${name}: ${await page.locator('main').textContent()}`);
    if (name === 'map') assert.ok(await page.locator('svg.map .place').count() > 0, 'places on the map');
    if (name === 'network') assert.ok(await page.locator('canvas.network').count() === 1);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a filter changes what is shown, and is kept in the address', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found');
  const { page, problems } = await watchedPage();
  await open(page, `${base}#/articles`);
  const before = await page.locator('main tbody tr').count();
  const outlet = 'Meridian Wire';
  await page.locator('select[name="outlet"]').selectOption(outlet);
  await page.waitForFunction(() => document.querySelector('main')?.dataset.route?.includes('outlet='));
  await page.waitForFunction(() => !document.querySelector('main')?.hasAttribute('aria-busy'));
  const rows = await page.locator('main tbody tr td:nth-child(2)').allTextContents();
  assert.ok(rows.length > 0 && rows.length < before, `${rows.length} of ${before}`);
  assert.ok(rows.every((r) => r === outlet), rows.join(' | '));
  assert.match(page.url(), /outlet=Meridian/);

  await open(page, `${base}#/search?q=dam`);
  const hits = await page.locator('ol.hits > li').count();
  await page.locator('.facet a').first().click();
  await page.waitForFunction(() => /outlet=/.test(document.querySelector('main')?.dataset.route ?? '') && !document.querySelector('main')?.hasAttribute('aria-busy'));
  const narrowed = await page.locator('ol.hits > li').count();
  assert.ok(narrowed > 0 && narrowed < hits, `${narrowed} of ${hits}`);
  assert.ok(await page.locator('ol.hits mark').count() > 0, 'snippet matches marked');
  await page.screenshot({ path: path.join(SHOTS, 'search-faceted.png'), fullPage: true });

  // "/" from any view goes to search with the query field focused.
  await open(page, `${base}#/entities`);
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'q');
  assert.match(page.url(), /#\/search/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking an entity highlight in the reader reaches its entity page; layers switch off', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found');
  const { page, problems } = await watchedPage();
  const list = await (await fetch(`${base}api/articles?entity=Mali&limit=1`)).json() as ArticleListResponse;
  await open(page, `${base}#/article/${list.articles[0].id}`);
  await page.screenshot({ path: path.join(SHOTS, 'reader.png'), fullPage: true });
  const places = page.locator('.article-text a.hl.ent-PLACE');
  assert.ok(await places.count() > 0);
  await page.locator('fieldset.layers input[value="PLACE"]').uncheck();
  assert.equal(await places.count(), 0, 'PLACE highlights switched off');
  assert.match(page.url(), /layers=/);
  await page.locator('fieldset.layers input[value="PLACE"]').check();
  const mali = page.locator('.article-text a.hl.ent-PLACE', { hasText: /^Mali$/ }).first();
  await mali.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main')?.dataset.view === 'entity' && !document.querySelector('main')?.hasAttribute('aria-busy'));
  assert.equal(await page.locator('main h1').textContent(), 'Mali');
  const hit = page.locator('.kwic a.kwic-hit').first();
  const words = await hit.textContent();
  // A mention in context leads back to its exact characters in the reader.
  await hit.click();
  await page.waitForFunction(() => document.querySelector('main')?.dataset.view === 'article' && !document.querySelector('main')?.hasAttribute('aria-busy'));
  assert.match(page.url(), /at=(title:)?\d+-\d+/);
  assert.equal(await page.locator('main .focus').first().textContent(), words);
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile article text and metadata show as text, and nothing in them runs', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found');
  const { page, problems } = await watchedPage();
  const all = await (await fetch(`${base}api/articles?limit=1000`)).json() as ArticleListResponse;
  const hostile = all.articles.filter((a) => /Lantern|Bold/.test(a.outlet ?? ''));
  assert.equal(hostile.length, 2);
  for (const a of hostile) {
    await open(page, `${base}#/article/${a.id}`);
    const main = page.locator('main');
    assert.equal(await main.locator('script, img, iframe, svg, b').count(), 0, 'no element made from article data');
    assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, 'no javascript: link');
    await page.screenshot({ path: path.join(SHOTS, `hostile-${a.id.slice(0, 8)}.png`), fullPage: true });
  }
  const dump = hostile.find((a) => /Lantern/.test(a.outlet ?? ''))!;
  await open(page, `${base}#/article/${dump.id}`);
  assert.match(await page.locator('main h1').textContent() ?? '', /<img src=x onerror=/);
  assert.match(await page.locator('.article-text').textContent() ?? '', /<script>window.__pwned='dump-body'<\/script>/);
  // The other views show the same hostile strings: list, search, outlets, entity pages.
  for (const hash of ['#/articles', '#/search?q=Riverside', '#/outlets', '#/entity/Bamako', '#/']) {
    await open(page, base + hash);
    assert.equal(await page.locator('main script, main img, main iframe, main b').count(), 0, hash);
  }
  assert.equal(await pwned(page), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the report file works offline, with the same views and no executed payload', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found');
  const { readFileSync } = await import('node:fs');
  const html = reportHtml(await buildReportData(repo), readFileSync(path.join(WEB, 'app.js'), 'utf8'), readFileSync(path.join(WEB, 'app.css'), 'utf8'));
  const file = path.join(tempDir(), 'report.html');
  writeFileSync(file, html);
  const { page, problems } = await watchedPage();
  const requests: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  const url = pathToFileURL(file).href;
  for (const [name, hash, heading] of [...VIEWS, ['report-search', '#/search?q=dam', /Search/] as [string, string, RegExp]]) {
    await open(page, url + hash);
    assert.match(await page.locator('main h1').first().textContent() ?? '', heading, name);
    assert.equal(await page.locator('main .error').count(), 0, `${name}: ${await page.locator('main').textContent()}`);
  }
  await page.screenshot({ path: path.join(SHOTS, 'report-search.png'), fullPage: true });
  assert.ok(await page.locator('ol.hits > li').count() > 0);
  const all = await (await fetch(`${base}api/articles?limit=1000`)).json() as ArticleListResponse;
  for (const a of all.articles.filter((x) => /Lantern|Bold/.test(x.outlet ?? ''))) {
    await open(page, `${url}#/article/${a.id}`);
    assert.equal(await page.locator('main script, main img, main iframe').count(), 0);
  }
  assert.equal(await pwned(page), undefined);
  assert.deepEqual(requests, [], 'the report fetches nothing');
  assert.deepEqual(problems, []);
  await page.close();
});
