// /api/entities, one entity's page, the map and the network.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { analysedStore, jsonGetter } from './fixture-store.js';
import type { EntityListResponse, EntityResponse, MapResponse, NetworkResponse } from './types.js';

let app: Hono;
before(async () => {
  app = createApp({ repo: (await analysedStore()).repo });
});

const get = <T>(url: string) => jsonGetter(app)<T>(url);

test('the list filters by type and by name', async () => {
  const people = await get<EntityListResponse>('/api/entities?type=PERSON');
  assert.ok(people.entities.length > 0 && people.entities.every((e) => e.type === 'PERSON'));
  const named = await get<EntityListResponse>('/api/entities?name=mal');
  assert.ok(named.entities.some((e) => e.name === 'Mali'));
});

test('an entity page, by name or by id, has its articles, co-mentions and mentions in context', async () => {
  const byName = await get<EntityResponse>('/api/entities/Mali');
  const page = await get<EntityResponse>(`/api/entities/${encodeURIComponent(byName.entity.id)}`);
  assert.equal(page.entity.id, byName.entity.id);
  assert.equal(page.entity.type, 'PLACE');
  assert.equal(page.articles.length, page.entity.articles);
  assert.ok(page.co_mentioned.length > 0);
  assert.equal(page.mentions.length, page.entity.mentions);
  assert.ok(page.mentions.every((m) => m.text.length > 0));
  assert.equal((await app.request('/api/entities/No%20Such%20Thing')).status, 404);
});

test('the map lists geocoded places; the network links entities among its nodes only', async () => {
  const map = await get<MapResponse>('/api/map');
  assert.ok(map.places.some((p) => p.name === 'Mali'));
  assert.ok(map.places.every((p) => p.type === 'PLACE' && p.geo));
  const net = await get<NetworkResponse>('/api/network?limit=10');
  assert.equal(net.nodes.length, 10);
  const ids = new Set(net.nodes.map((n) => n.id));
  assert.ok(net.edges.length > 0);
  assert.ok(net.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.source < e.target && e.articles > 0));
});
