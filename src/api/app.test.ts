// The API as a whole: every path the OpenAPI document lists answers with JSON, unknown API
// paths are JSON 404s, and the claim routes answer (empty lists until the layers are stored).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { OPENAPI } from './openapi.js';
import { analysedStore } from './fixture-store.js';

let app: Hono;
before(async () => {
  app = createApp({ repo: (await analysedStore()).repo });
});

test('every documented path answers 200 with JSON', async () => {
  const examples: Record<string, string> = { '{id}': 'Mali' };
  const doc = await (await app.request('/api/openapi.json')).json() as typeof OPENAPI;
  assert.equal(doc.openapi, '3.1.0');
  for (const [p, ops] of Object.entries(doc.paths)) {
    if (!('get' in ops)) continue;
    let url = p.replace('{id}', examples['{id}']);
    if (p === '/api/articles/{id}') {
      const list = await (await app.request('/api/articles?limit=1')).json() as { articles: { id: string }[] };
      url = `/api/articles/${list.articles[0].id}`;
    }
    if (p === '/api/search') url += '?q=ceasefire';
    const res = await app.request(url);
    assert.equal(res.status, 200, `${url}: ${await res.clone().text()}`);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, url);
  }
});

test('an unknown API path is a JSON 404', async () => {
  const res = await app.request('/api/nope');
  assert.equal(res.status, 404);
  assert.match(((await res.json()) as { error: string }).error, /no route/);
});
