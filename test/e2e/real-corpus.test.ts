// The UI in headless Chromium on real text and on the sample's claims: every view of a store
// made from the real seed corpus loads without an error (skipped when ../shared is absent);
// on the bundled sample, the claims view shows figures that disagree and a timeline filter
// narrows the events shown. Every view is photographed into test-results/screenshots/.
// Skipped without a chromium binary.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { analysedStore, SAMPLE } from '../../src/api/fixture-store.js';
import type { ArticleListResponse, EntityListResponse } from '../../src/api/types.js';
import type { Repository } from '../../src/store/repository.js';
import { CORPUS } from '../helpers.js';
import { findChromium, launchBrowser, open, prepareWeb, serveStore, settled, SHOTS, watchedPage, type Served } from './browser.js';

const executablePath = findChromium();
const NO_BROWSER = 'no chromium binary found (install Debian chromium: .ci/install-browser)';
let browser: Browser | null = null;

before(async () => {
  if (!executablePath) return;
  prepareWeb();
  browser = await launchBrowser(executablePath);
});

after(async () => {
  await browser?.close();
});

/** A store of these inputs, served; closed by the caller's after(). */
async function served(inputs: string[]): Promise<{ repo: Repository; server: Served }> {
  const { repo } = await analysedStore(inputs);
  return { repo, server: await serveStore(repo) };
}

const getJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

describe('the real seed corpus', () => {
  const skip = !executablePath ? NO_BROWSER : !existsSync(CORPUS) ? `the real corpus is not here (${CORPUS}): run beside ../shared` : false;
  let store: Awaited<ReturnType<typeof served>> | null = null;

  before(async () => {
    if (!skip) store = await served([CORPUS]);
  });
  after(async () => {
    await store?.server.close();
    await store?.repo.close();
  });

  test('every view loads without an error, and each is photographed', { skip }, async () => {
    const base = store!.server.base;
    // Routes that need a value take it from the store itself: its most mentioned entity,
    // the first word of that entity's name as a search, and the newest article.
    const [top] = (await getJson<EntityListResponse>(`${base}api/entities?limit=1`)).entities;
    const [article] = (await getJson<ArticleListResponse>(`${base}api/articles?limit=1`)).articles;
    assert.ok(top && article, 'the corpus yields entities and articles');
    const word = top.name.split(/\s+/)[0];
    const views: [string, string][] = [
      ['overview', '#/'], ['articles', '#/articles'], ['search', `#/search?q=${encodeURIComponent(word)}`], ['entities', '#/entities'],
      ['entity', `#/entity/${encodeURIComponent(top.id)}`], ['reader', `#/article/${article.id}`], ['map', '#/map'], ['network', '#/network'],
      ['timeline', '#/timeline'], ['claims', '#/claims'], ['quotes', '#/quotes'], ['outlets', '#/outlets'],
    ];
    const { page, problems } = await watchedPage(browser!);
    for (const [name, hash] of views) {
      await open(page, base + hash);
      const heading = (await page.locator('main h1').first().textContent()) ?? '';
      assert.ok(heading.trim().length > 0, `${name}: a heading`);
      assert.equal(await page.locator('main .error').count(), 0, `${name}: ${await page.locator('main').textContent()}`);
      await page.screenshot({ path: path.join(SHOTS, `real-${name}.png`), fullPage: true });
    }
    // Content, not just headings: the real text yields articles, hits, actors and a timeline.
    await open(page, `${base}#/articles`);
    assert.ok(await page.locator('main tbody tr').count() > 1, 'articles listed');
    await open(page, `${base}#/search?q=${encodeURIComponent(word)}`);
    assert.ok(await page.locator('ol.hits > li').count() > 0, `hits for "${word}"`);
    await open(page, `${base}#/timeline`);
    assert.ok(await page.locator('ol.timeline > li').count() > 0, 'dated events on the timeline');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the bundled sample', () => {
  const skip = !executablePath ? NO_BROWSER : false;
  let store: Awaited<ReturnType<typeof served>> | null = null;

  before(async () => {
    if (!skip) store = await served([SAMPLE]);
  });
  after(async () => {
    await store?.server.close();
    await store?.repo.close();
  });

  test('the claims view shows figures that disagree, side by side', { skip }, async () => {
    const base = store!.server.base;
    const { page, problems } = await watchedPage(browser!);
    await open(page, `${base}#/claims?disagree=true`);
    const rows = page.locator('main table').first().locator('tbody tr');
    assert.ok(await rows.count() > 0, 'compared figures listed');
    // With "only disagreements" on, every row is a disagreement with at least two figures.
    assert.equal(await page.locator('main table').first().locator('tbody tr', { has: page.locator('strong.disagree') }).count(), await rows.count());
    const figures = await rows.first().locator('ol.figures > li').allTextContents();
    assert.ok(figures.length >= 2, figures.join(' | '));
    assert.equal(await page.locator('main input[type="checkbox"]').isChecked(), true);
    await page.screenshot({ path: path.join(SHOTS, 'sample-claims-disagree.png'), fullPage: true });
    // Switching the filter off shows at least as many comparisons, agreeing ones among them.
    await page.locator('main input[type="checkbox"]').uncheck();
    await settled(page, /^#\/claims$/);
    assert.ok(await page.locator('main table').first().locator('tbody tr').count() >= await rows.count());
    await page.screenshot({ path: path.join(SHOTS, 'sample-claims.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a timeline filter changes which events are shown', { skip }, async () => {
    const base = store!.server.base;
    const { page, problems } = await watchedPage(browser!);
    await open(page, `${base}#/timeline`);
    const events = page.locator('ol.timeline ul > li');
    const all = await events.count();
    assert.ok(all > 1, `${all} events`);
    await page.screenshot({ path: path.join(SHOTS, 'sample-timeline.png'), fullPage: true });
    // The least frequent event type: choosing it must leave fewer events, all of that type.
    const types = await page.locator('select[name="type"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const tags = (await page.locator('ol.timeline .tag').allTextContents()).map((t) => t.replace(/ /g, '_'));
    const rarest = types.map((t) => [t, tags.filter((x) => x === t).length] as const).filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1])[0];
    assert.ok(rarest, `a type to filter by among ${types.join(', ')}`);
    await page.locator('select[name="type"]').selectOption(rarest[0]);
    await settled(page, /type=/);
    const shown = await page.locator('ol.timeline .tag').allTextContents();
    assert.equal(shown.length, rarest[1]);
    assert.ok(shown.length < all, `${shown.length} of ${all}`);
    assert.ok(shown.every((t) => t.replace(/ /g, '_') === rarest[0]), shown.join(' | '));
    assert.match(page.url(), /type=/);
    await page.screenshot({ path: path.join(SHOTS, 'sample-timeline-filtered.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
