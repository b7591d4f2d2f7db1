import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KbEntry } from '../../core/entity.js';
import { choosePlace, distanceKm } from './geocode.js';
import { loadKnowledgeBase } from './knowledge-base.js';

const kb = loadKnowledgeBase();

/** The most likely place of that name, as the resolver would have settled it. */
function place(name: string, country?: string): KbEntry {
  const e = kb.lookup(name).find((p) => p.type === 'PLACE' && (!country || p.geo?.country === country));
  assert.ok(e, `${name} ${country ?? ''}`);
  return e;
}

/** Context as an article naming these places gives it. */
function context(...places: KbEntry[]) {
  const countries = new Map<string, number>();
  for (const p of places) if (p.geo?.country) countries.set(p.geo.country, (countries.get(p.geo.country) ?? 0) + 1);
  return { countries, places };
}

const choose = (name: string, ctx = context()) => choosePlace(kb.lookup(name), ctx);

test('without context a country or capital beats a town of the same name', () => {
  const cases: [string, string, string][] = [
    ['Georgia', 'GE', 'country'],
    ['Paris', 'FR', 'capital'],
    ['Moscow', 'RU', 'capital'],
    ['Tripoli', 'LY', 'capital'],
    ['Alexandria', 'EG', 'city'],
  ];
  for (const [name, country, kind] of cases) {
    const p = choose(name);
    assert.equal(p?.geo?.country, country, name);
    assert.equal(p?.kind, kind, name);
  }
});

test('Georgia: the country beside Tbilisi and Armenia, the US state beside Atlanta and Texas', () => {
  const caucasus = choose('Georgia', context(place('Tbilisi'), place('Armenia'), place('Russia')));
  assert.equal(caucasus?.kind, 'country');
  assert.equal(caucasus?.geo?.country, 'GE');
  const state = choose('Georgia', context(place('Atlanta'), place('Texas'), place('United States')));
  assert.equal(state?.kind, 'region');
  assert.equal(state?.geo?.country, 'US');
});

test('Paris, Texas when the article is about Texas', () => {
  const p = choose('Paris', context(place('Texas'), place('Dallas')));
  assert.equal(p?.geo?.country, 'US');
  assert.ok(p && p.geo && distanceKm(p.geo.lat, p.geo.lon, 33.66, -95.55) < 20, 'Paris, Texas');
});

test('Tripoli in Libya or in Lebanon', () => {
  assert.equal(choose('Tripoli', context(place('Libya'), place('Benghazi')))?.geo?.country, 'LY');
  assert.equal(choose('Tripoli', context(place('Lebanon'), place('Beirut')))?.geo?.country, 'LB');
});

test('Alexandria in Egypt or in Virginia', () => {
  assert.equal(choose('Alexandria', context(place('Egypt')))?.geo?.country, 'EG');
  const va = choose('Alexandria', context(place('Virginia')));
  assert.equal(va?.geo?.country, 'US');
  assert.equal((va as { admin?: string } | null)?.admin, 'US-VA');
});

test('a mention of its country alone does not make a small town outweigh a big city of the same name', () => {
  assert.equal(choose('Geneva', context(place('United States'), place('India')))?.geo?.country, 'CH');
  assert.equal(choose('Geneva', context(place('United States'), place('Chicago')))?.geo?.country, 'US');
});

test('co-mentioned countries alone decide between towns', () => {
  const ctx = { countries: new Map([['LB', 3]]), places: [] };
  assert.equal(choosePlace(kb.lookup('Tripoli'), ctx)?.geo?.country, 'LB');
});

test('no place among the candidates: null', () => {
  assert.equal(choosePlace(kb.lookup('CSTO'), context()), null);
  assert.equal(choosePlace([], context()), null);
});

test('a state beats a small homonymous town that lies near the capital the article names', () => {
  const p = choose('California', context(place('Washington', 'US'), place('United States'), place('Hawaii')));
  assert.equal(p?.kind, 'region');
  assert.ok(p && p.geo && distanceKm(p.geo.lat, p.geo.lon, 37.2, -119.5) < 300, 'the state of California');
});

test('a town dwarfed by a city of its name needs a place at its gates, not one a few hours away', () => {
  assert.equal(choose('London', context(place('Toronto'), place('Canada'), place('Sri Lanka')))?.geo?.country, 'GB');
  assert.equal(choose('Geneva', context(place('Toronto'), place('Canada'), place('Sri Lanka')))?.geo?.country, 'CH');
});

test('a country beats small towns of its name though the article names the towns\' country more', () => {
  const p = choose('Jordan', context(place('United States'), place('United States'), place('Iraq'), place('Syria')));
  assert.equal(p?.kind, 'country');
  assert.equal(p?.geo?.country, 'JO');
});

test('a government building named for its government lends no nearness: Korenevo beside the Kremlin and Sudzha is the Kursk one', () => {
  const ctx = context(place('Kremlin'), place('Sudzha'), place('Sumy'), place('Ukraine'), place('Russia'));
  const p = choose('Korenevo', ctx);
  assert.ok(p?.geo && distanceKm(p.geo.lat, p.geo.lon, 51.41, 34.91) < 20, JSON.stringify(p?.geo));
});
