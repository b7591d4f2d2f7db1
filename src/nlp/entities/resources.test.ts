import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEntityResources } from './resources.js';

test('people are found by surname, family name first where it is written first', () => {
  const res = loadEntityResources();
  assert.deepEqual(res.peopleBySurname('pashinyan').map((e) => e.name), ['Nikol Pashinyan']);
  assert.deepEqual(res.peopleBySurname('xi').map((e) => e.name), ['Xi Jinping']);
  assert.equal(res.peopleBySurname('jinping').length, 0);
});

test('a town of a named country settles an unknown word, but an English word or an English given name never does', () => {
  const res = loadEntityResources();
  const lebanon = new Map([['LB', 2]]);
  assert.equal(res.settlementIn?.('Marjayoun', lebanon), true);
  assert.equal(res.settlementIn?.('Marjayoun', new Map([['FR', 2]])), false);
  // Villages called Peace or Nelson exist somewhere; the words still name no place.
  assert.equal(res.settlementIn?.('Peace', new Map([['US', 2]])), false);
  assert.equal(res.settlementIn?.('Nelson', new Map([['GB', 2]])), false);
});

test('frequent words are everyday vocabulary, rarer dictionary words that are names are not', () => {
  const res = loadEntityResources();
  assert.equal(res.frequentWords?.has('peace'), true);
  assert.equal(res.frequentWords?.has('agar'), false);
  assert.equal(res.commonWords.has('agar'), true);
});

test('given names come from many languages, without everyday English words or big places', () => {
  const res = loadEntityResources();
  for (const name of ['mohamed', 'kwame', 'mehmet', 'john']) assert.equal(res.givenNames.has(name), true, name);
  for (const word of ['said', 'paris']) assert.equal(res.givenNames.has(word), false, word);
});

test('a given name written with accents the list lacks is still a given name', () => {
  const res = loadEntityResources();
  for (const name of ['cláudio', 'fátima', 'josé']) assert.equal(res.givenNames.has(name), true, name);
  assert.equal(res.givenNames.has('pärís'), false);
});
