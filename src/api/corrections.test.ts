// The corrections routes: writes are refused unless they are JSON, carry X-Dossier-Request and
// come from the server's own origin; bad bodies are 400s; a merge made through the API and
// undone through it leaves both entities as they were, mentions included.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Hono } from 'hono';
import type { EntitySummary, Repository } from '../store/repository.js';
import { createApp } from './app.js';
import { analysedStore } from './fixture-store.js';

let repo: Repository;
let app: Hono;
const BASE = 'http://127.0.0.1:4477';
before(async () => {
  repo = (await analysedStore()).repo;
  app = createApp({ repo });
});

const json = { 'Content-Type': 'application/json', 'X-Dossier-Request': '1' };
const post = (path: string, body: unknown, headers: Record<string, string> = json) =>
  app.request(`${BASE}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
const people = async () => (await repo.listEntities({ type: 'PERSON', limit: 1000 })).filter((e) => e.mentions >= 2);

test('a write without the request header, as another content type, or from another origin is refused', async () => {
  const [a] = await people();
  const body = { kind: 'reject', entity: a.id };
  const cases: [string, Record<string, string>][] = [
    ['no X-Dossier-Request', { 'Content-Type': 'application/json' }],
    ['a form post', { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Dossier-Request': '1' }],
    ['text/plain, as a cross-site fetch without preflight would send', { 'Content-Type': 'text/plain', 'X-Dossier-Request': '1' }],
    ['another site', { ...json, Origin: 'https://news.example' }],
    ['another port of this host', { ...json, Origin: 'http://127.0.0.1:9999' }],
  ];
  for (const [why, headers] of cases) {
    const res = await post('/api/corrections', body, headers);
    assert.equal(res.status, 403, why);
    const undo = await post('/api/corrections/1/undo', {}, headers);
    assert.equal(undo.status, 403, `undo: ${why}`);
  }
  assert.deepEqual(await repo.listCorrections(), [], 'nothing was recorded');
  assert.ok((await repo.findEntities(a.id)).length === 1);
});

test('the token still applies to writes', async () => {
  const guarded = createApp({ repo, token: 's3cret' });
  const res = await guarded.request(`${BASE}/api/corrections`, { method: 'POST', headers: json, body: JSON.stringify({ kind: 'reject', entity: 'x' }) });
  assert.equal(res.status, 401);
});

test('bad bodies are 400s, unknown entities 404s', async () => {
  const [a] = await people();
  const cases: [unknown, number][] = [
    [{ kind: 'explode', entity: a.id }, 400],
    [{ kind: 'merge', from: a.id }, 400],
    [{ kind: 'type', entity: a.id, type: 'ALIEN' }, 400],
    [{ kind: 'reject', entity: a.id, extra: 1 }, 400],
    [{ kind: 'merge', from: a.id, into: a.id }, 400],
    [{ kind: 'reject', entity: 'Nobody Anywhere' }, 404],
    [{ kind: 'quote_speaker', quote: 'u-none', speaker: null }, 404],
  ];
  for (const [body, status] of cases) {
    const res = await post('/api/corrections', body);
    assert.equal(res.status, status, JSON.stringify(body));
    assert.equal(typeof ((await res.json()) as { error: string }).error, 'string');
  }
  const notJson = await app.request(`${BASE}/api/corrections`, { method: 'POST', headers: json, body: '{nope' });
  assert.equal(notJson.status, 400);
  assert.equal((await post('/api/corrections/abc/undo', {})).status, 400);
  assert.equal((await post('/api/corrections/999999/undo', {})).status, 404);
});

test('a merge through the API, then its undo: both entities are back with their own mentions', async () => {
  const [a, b] = await people();
  const count = async (id: string) => (await repo.findEntities(id)).find((e) => e.id === id)?.mentions ?? 0;
  const res = await post('/api/corrections', { kind: 'merge', from: a.name, into: b.id }, { ...json, Origin: BASE, 'X-Dossier-User': 'lena' });
  assert.equal(res.status, 201, await res.clone().text());
  const { correction } = (await res.json()) as { correction: { id: number; author: string; payload: { from: string; into: string } } };
  assert.deepEqual([correction.author, correction.payload.from, correction.payload.into], ['lena', a.id, b.id]);
  assert.equal(await count(a.id), 0);
  assert.equal(await count(b.id), a.mentions + b.mentions);
  const page = (await (await app.request(`${BASE}/api/entities/${b.id}`)).json()) as { entity: EntitySummary };
  assert.ok(page.entity.aliases.includes(a.name), 'the merged name is an alias');

  const listed = (await (await app.request(`${BASE}/api/corrections?entity=${b.id}`)).json()) as { corrections: { id: number }[] };
  assert.deepEqual(listed.corrections.map((c) => c.id), [correction.id]);

  const undo = await post(`/api/corrections/${correction.id}/undo`, {});
  assert.equal(undo.status, 200, await undo.clone().text());
  const undone = (await undo.json()) as { correction: { undone_by: string }; reanalyzed: number };
  assert.equal(undone.correction.undone_by, 'web', 'without X-Dossier-User the author is "web"');
  assert.ok(undone.reanalyzed >= 1);
  assert.equal(await count(a.id), a.mentions);
  assert.equal(await count(b.id), b.mentions);
  assert.equal((await post(`/api/corrections/${correction.id}/undo`, {})).status, 400, 'undone already');
  const all = (await (await app.request(`${BASE}/api/corrections`)).json()) as { corrections: { id: number; undone_at: string | null }[] };
  assert.ok(all.corrections.some((c) => c.id === correction.id && c.undone_at), 'undone corrections stay listed');
  const active = (await (await app.request(`${BASE}/api/corrections?all=false`)).json()) as { corrections: unknown[] };
  assert.deepEqual(active.corrections, []);
});
