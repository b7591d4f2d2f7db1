import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs, splitSentences } from '../nlp/segment.js';
import { anchorGeo, canAnchor, type Anchor } from './place-anchor.js';

// Invented text; the anchors stand for places the gazetteer located.
function setUp(text: string, located: { name: string; region?: boolean; lat: number }[]) {
  const sentences = splitSentences(text, splitParagraphs(text));
  const at = (name: string) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length }));
  const anchors: Anchor[] = located.map((l) => ({ name: l.name, region: l.region ?? false, geo: { lat: l.lat, lon: 0, country: 'XX' }, mentions: at(l.name) }));
  return { place: (name: string, statedOnly = false) => anchorGeo(at(name), anchors, text, sentences, statedOnly) };
}

test('a place beside a located one borrows its point and names it', () => {
  const { place } = setUp('Shelling hit Dolna Reka, Varna Province, and the prison in Kastel’s Old Quarter.', [
    { name: 'Varna Province', region: true, lat: 43 },
    { name: 'Kastel', lat: 44 },
  ]);
  assert.deepEqual(place('Dolna Reka'), { lat: 43, lon: 0, country: 'XX', near: 'Varna Province' });
  assert.equal(place('Old Quarter')?.near, 'Kastel');
});

test('a place listed beside a located one borrows its point', () => {
  const { place } = setUp('Patrols returned to Kastel and Dolna Reka after the vote.', [{ name: 'Kastel', lat: 44 }]);
  assert.equal(place('Dolna Reka')?.near, 'Kastel');
});

test('a region lends its point to any place of its sentence; a distant city does not', () => {
  const { place } = setUp('In Varna Province, rebels took Dolna Reka. Men who fought at Gorno Pole later spoke in Kastel.', [
    { name: 'Varna Province', region: true, lat: 43 },
    { name: 'Kastel', lat: 44 },
  ]);
  assert.equal(place('Dolna Reka')?.near, 'Varna Province');
  assert.equal(place('Gorno Pole'), null);
});

test('a place a stated distance and bearing from a located one borrows its point', () => {
  const { place } = setUp('Troops entered Kamen, about 5 kilometres west of Kastel, on Monday.', [{ name: 'Kastel', lat: 44 }]);
  assert.equal(place('Kamen')?.near, 'Kastel');
});

test('asked for stated neighbours only, a list or a region elsewhere in the sentence lends nothing', () => {
  const { place } = setUp('In Varna Province, rebels took Dolna Reka and Kastel. Gorno Pole, near Kastel, fell.', [
    { name: 'Varna Province', region: true, lat: 43 },
    { name: 'Kastel', lat: 44 },
  ]);
  assert.equal(place('Dolna Reka', true), null);
  assert.equal(place('Dolna Reka')?.near, 'Kastel');
  assert.equal(place('Gorno Pole', true)?.near, 'Kastel');
});

test('countries and borrowed points lend nothing', () => {
  assert.equal(canAnchor('country', { lat: 1, lon: 1, country: 'XX' }), false);
  assert.equal(canAnchor('city', { lat: 1, lon: 1, country: 'XX', near: 'Kastel' }), false);
  assert.equal(canAnchor(null, { lat: 1, lon: 1, country: 'XX' }), true);
});
