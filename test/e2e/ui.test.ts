// The UI in a real headless Chromium over the bundled sample plus hostile articles: every view
// renders, filters change what is shown, an entity highlight leads to its entity page, the
// offline report works from a file, and no markup or script from article data ever runs.
// Screenshots of each view go to test-results/screenshots/. Skipped only without a chromium.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildReportData } from '../../src/api/report-data.js';
import { analysedStore } from '../../src/api/fixture-store.js';
import type { ArticleListResponse, EntityListResponse, EntityResponse } from '../../src/api/types.js';
import { reportHtml } from '../../src/cli/commands/report.js';
import type { Repository } from '../../src/store/repository.js';
import { tempDir } from '../helpers.js';
import { findChromium, launchBrowser, open, prepareWeb, serveStore, SHOTS, WEB, watchedPage as watched, type Served } from './browser.js';

const executablePath = findChromium();
let repo: Repository;
let server: Served | null = null;
let base = '';
let browser: Browser | null = null;

before(async () => {
  if (!executablePath) return;
  prepareWeb();
  repo = (await analysedStore()).repo;
  server = await serveStore(repo);
  base = server.base;
  browser = await launchBrowser(executablePath);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await repo?.close();
});

const watchedPage = () => watched(browser!);

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

test('two entities merged in the browser, the result seen, then the merge undone: both are back', async (t) => {
  if (!executablePath) return t.skip('no chromium binary found');
  const { page, problems } = await watchedPage();
  const people = (await (await fetch(`${base}api/entities?type=PERSON&limit=200`)).json() as EntityListResponse).entities.filter((e) => e.mentions >= 2);
  const [a, b] = people;
  const mentionsOf = async (id: string) => {
    const res = await fetch(`${base}api/entities/${encodeURIComponent(id)}`);
    return res.status === 404 ? null : ((await res.json()) as EntityResponse).entity.mentions;
  };
  const settled = (hash: string) => page.waitForFunction((h) => {
    const main = document.querySelector('main');
    return main?.dataset.route === h && !main.hasAttribute('aria-busy');
  }, hash, { timeout: 60_000 });

  await open(page, `${base}#/entity/${encodeURIComponent(a.id)}`);
  // Keyboard only: type the target's name, Enter searches, Tab reaches the first choice.
  const search = page.getByLabel(`Merge “${a.name}” into`);
  await search.fill(b.name);
  await search.press('Enter');
  const choice = page.getByRole('button', { name: `Merge into ${b.name} (PERSON, ${b.mentions} mentions)` });
  await choice.waitFor();
  await choice.focus();
  await page.keyboard.press('Enter');
  await settled(`#/entity/${encodeURIComponent(b.id)}`);
  assert.equal(await page.locator('main h1').textContent(), b.name);
  assert.match(await page.locator('main dl.stats').textContent() ?? '', new RegExp(`${a.mentions + b.mentions} in \\d+ article`));
  assert.match(await page.locator('main dl.stats').textContent() ?? '', new RegExp(a.name), 'the merged name is an alias');
  const row = page.locator('main section.corrections tbody tr').first();
  assert.match(await row.textContent() ?? '', new RegExp(`Merge ${a.name} into ${b.name}.*web.*active`));
  assert.equal(await mentionsOf(a.id), null, 'the merged entity is gone');
  await page.screenshot({ path: path.join(SHOTS, 'entity-merged.png'), fullPage: true });

  await row.getByRole('button', { name: /^Undo correction \d+$/ }).click();
  await page.waitForFunction(() => /undone by web/.test(document.querySelector('main section.corrections tbody tr')?.textContent ?? ''), undefined, { timeout: 60_000 });
  assert.equal(await mentionsOf(a.id), a.mentions);
  assert.equal(await mentionsOf(b.id), b.mentions);
  await open(page, `${base}#/entity/${encodeURIComponent(a.id)}`);
  assert.equal(await page.locator('main h1').textContent(), a.name);
  assert.match(await page.locator('main dl.stats').textContent() ?? '', new RegExp(`${a.mentions} in \\d+ article`));

  await open(page, `${base}#/corrections`);
  assert.match(await page.locator('main tbody').textContent() ?? '', /undone by web/);
  assert.equal(await page.locator('main button.undo').count(), 0, 'nothing left to undo');
  await page.screenshot({ path: path.join(SHOTS, 'corrections.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});
