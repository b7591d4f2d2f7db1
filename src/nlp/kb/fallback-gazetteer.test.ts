import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackPlace, skeleton } from './fallback-gazetteer.js';

test('transliterations of one name share a consonant skeleton', () => {
  assert.equal(skeleton('Inda Selassie'), skeleton('Inda Silasē'));
  assert.equal(skeleton('Qadarif'), skeleton('Gedaref'));
  assert.ok(skeleton('Gao').length < 4, 'skeletons this short are too ambiguous and are never indexed');
});

const mentioned = (...codes: string[]) => new Map(codes.map((c, i) => [c, codes.length - i]));

test('small settlements are found by name; skeletons only inside the article\'s countries', () => {
  const srebrenica = fallbackPlace('Srebrenica', mentioned());
  assert.equal(srebrenica?.country, 'BA');
  assert.equal(fallbackPlace('Inda Selassie', mentioned('ET'))?.country, 'ET');
  assert.equal(fallbackPlace('Inda Selassie', mentioned()), null, 'no fuzzy match without a country to confine it');
  assert.equal(fallbackPlace('Inda Selassie', mentioned('FR')), null);
});

test('a skeleton match keeps the first letter, and the article\'s most named country wins', () => {
  assert.notEqual(skeleton('Ocheretyne').charAt(0), 'o', 'vowels are dropped from skeletons…');
  assert.equal(fallbackPlace('Ocheretyne', mentioned('US')), null, '…so the first letter guards against "Chariton"-like names');
  assert.equal(fallbackPlace('Inda Selassie', mentioned('ET', 'FR'))?.country, 'ET');
});

test('a spelling guess stays in the two countries the article names most', () => {
  assert.equal(fallbackPlace('Inda Selassie', mentioned('AM', 'ET', 'AZ'))?.country, 'ET');
  assert.equal(fallbackPlace('Inda Selassie', mentioned('AM', 'AZ', 'ET')), null, 'a country named least lends no guessed spelling');
  assert.equal(fallbackPlace('Inda Selassie', new Map([['AM', 2], ['AZ', 1], ['ET', 1]]))?.country, 'ET', 'ties for second place count');
});
