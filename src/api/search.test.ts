// /api/search: matches with snippets marked by the store's control characters, facets that
// count every match, and filters that narrow both.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Hono } from 'hono';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/repository.js';
import { createApp } from './app.js';
import { analysedStore } from './fixture-store.js';
import type { SearchResponse } from './types.js';

let app: Hono;
before(async () => {
  app = createApp({ repo: (await analysedStore()).repo });
});

const search = async (qs: string): Promise<SearchResponse> => {
  const res = await app.request(`/api/search?${qs}`);
  assert.equal(res.status, 200, await res.clone().text());
  return res.json() as Promise<SearchResponse>;
};

test('hits come with highlighted snippets and facets over all matches', async () => {
  const r = await search('q=dam');
  assert.ok(r.total >= 2);
  assert.ok(r.hits.every((h) => h.snippet.includes(HIGHLIGHT_START) && h.snippet.includes(HIGHLIGHT_END)));
  assert.equal(r.facets.outlet.reduce((n, f) => n + f.count, 0), r.total);
  assert.equal(r.facets.month.reduce((n, f) => n + f.count, 0), r.total);
  assert.ok(r.facets.entity.length > 0 && r.facets.entity.every((e) => e.count <= r.total));
});

test('a facet value used as a filter narrows the matches to it', async () => {
  const all = await search('q=dam');
  const outlet = all.facets.outlet.find((f) => f.value)!;
  const narrowed = await search(`q=dam&outlet=${encodeURIComponent(outlet.value!)}`);
  assert.equal(narrowed.total, outlet.count);
  const entity = all.facets.entity[all.facets.entity.length - 1];
  const byEntity = await search(`q=dam&entity=${encodeURIComponent(entity.id)}`);
  assert.equal(byEntity.total, entity.count);
});

test('words that are not FTS5 syntax still search; an empty query is a 400', async () => {
  assert.equal((await app.request('/api/search?q=%22unbalanced')).status, 200);
  assert.equal((await app.request('/api/search?q=%20%20')).status, 400);
  const bad = await app.request('/api/search?q=***');
  assert.ok(bad.status === 200 || bad.status === 400, String(bad.status));
});
