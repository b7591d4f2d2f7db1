import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEntityResources } from './resources.js';

test('people are found by surname, family name first where it is written first', () => {
  const res = loadEntityResources();
  assert.deepEqual(res.peopleBySurname('pashinyan').map((e) => e.name), ['Nikol Pashinyan']);
  assert.deepEqual(res.peopleBySurname('xi').map((e) => e.name), ['Xi Jinping']);
  assert.equal(res.peopleBySurname('jinping').length, 0);
});
