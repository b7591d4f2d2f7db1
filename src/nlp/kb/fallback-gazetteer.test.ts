import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackPlace, skeleton } from './fallback-gazetteer.js';

test('transliterations of one name share a consonant skeleton', () => {
  assert.equal(skeleton('Inda Selassie'), skeleton('Inda Silasē'));
  assert.equal(skeleton('Qadarif'), skeleton('Gedaref'));
  assert.ok(skeleton('Gao').length < 4, 'skeletons this short are too ambiguous and are never indexed');
});

test('small settlements are found by name; skeletons only inside the article\'s countries', () => {
  const srebrenica = fallbackPlace('Srebrenica', new Set());
  assert.equal(srebrenica?.country, 'BA');
  assert.equal(fallbackPlace('Inda Selassie', new Set(['ET']))?.country, 'ET');
  assert.equal(fallbackPlace('Inda Selassie', new Set()), null, 'no fuzzy match without a country to confine it');
  assert.equal(fallbackPlace('Inda Selassie', new Set(['FR'])), null);
});
