// /api/articles: filters narrow the list and the total; one article comes with its text,
// layers whose offsets slice the text exactly, its entities, and its repost family.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { analysedStore, jsonGetter } from './fixture-store.js';
import type { ArticleListResponse, ArticleResponse } from './types.js';

let app: Hono;
before(async () => {
  app = createApp({ repo: (await analysedStore()).repo });
});

const get = <T>(url: string) => jsonGetter(app)<T>(url);

test('the list is filtered by outlet, dates, reposts and entity, and says how many match', async () => {
  const all = await get<ArticleListResponse>('/api/articles?limit=1000');
  assert.equal(all.total, all.articles.length);
  const outlet = all.articles.find((a) => a.outlet)!.outlet!;
  const one = await get<ArticleListResponse>(`/api/articles?outlet=${encodeURIComponent(outlet.toUpperCase())}`);
  assert.ok(one.total > 0 && one.total < all.total);
  assert.ok(one.articles.every((a) => a.outlet === outlet));
  const march5 = await get<ArticleListResponse>('/api/articles?from=2024-03-05&to=2024-03-05');
  assert.ok(march5.articles.every((a) => a.published === '2024-03-05'));
  const noReposts = await get<ArticleListResponse>('/api/articles?duplicates=false&limit=1000');
  assert.equal(noReposts.total, all.total - all.articles.filter((a) => a.duplicate_of).length);
  const mali = await get<ArticleListResponse>('/api/articles?entity=Mali&limit=1000');
  assert.ok(mali.total > 0 && mali.total < all.total);
  const paged = await get<ArticleListResponse>('/api/articles?limit=2&offset=2');
  assert.deepEqual(paged.articles.map((a) => a.id), all.articles.slice(2, 4).map((a) => a.id));
});

test('an article page carries its text and every layer with offsets that slice it', async () => {
  const { articles } = await get<ArticleListResponse>('/api/articles?entity=Mali&limit=1');
  const page = await get<ArticleResponse>(`/api/articles/${articles[0].id.slice(0, 8)}`);
  assert.equal(page.article.id, articles[0].id);
  assert.ok(page.layers.mentions.length > 0);
  for (const m of page.layers.mentions) {
    const field = m.field === 'title' ? page.article.title : page.article.text;
    assert.equal(field.slice(m.start, m.end), m.text);
    assert.ok(page.entities.some((e) => e.id === m.entity), `entity ${m.entity} listed`);
  }
  for (const layer of ['timex', 'quantities', 'quotes', 'events', 'techniques'] as const) assert.ok(Array.isArray(page.layers[layer]), layer);
});

test('a repost points to its original, and the original lists the repost', async () => {
  const all = await get<ArticleListResponse>('/api/articles?limit=1000');
  const repost = all.articles.find((a) => a.duplicate_of)!;
  const page = await get<ArticleResponse>(`/api/articles/${repost.id}`);
  assert.equal(page.original?.id, repost.duplicate_of);
  const original = await get<ArticleResponse>(`/api/articles/${repost.duplicate_of}`);
  assert.deepEqual(original.reposts.map((r) => r.id), [repost.id]);
});

test('unknown and malformed ids are 404 and 400, as JSON', async () => {
  assert.equal((await app.request('/api/articles/ffffffffffffffff')).status, 404);
  const bad = await app.request('/api/articles/%3Cscript%3E');
  assert.equal(bad.status, 400);
  assert.ok(((await bad.json()) as { error: string }).error);
});
