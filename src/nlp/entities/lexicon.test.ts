import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KbEntry } from '../../core/entity.js';
import { Lexicon } from './lexicon.js';

const place = (id: string, name: string, aliases: string[] = []): KbEntry => ({ id, type: 'PLACE', name, aliases, wikidata: null, geo: null, kind: 'region' });
const lexicon = new Lexicon([place('kc', 'Kongo Central'), place('nk', 'Nagorno-Karabakh'), place('ar', 'Armenia'), place('us', 'United States', ['US'])]);
/** The names found at the start of a text already split into tokens. */
const at = (...tokens: string[]) => {
  const m = lexicon.matchAt(tokens, 0);
  return m ? `${m.entries.map((e) => e.id).join(',')}/${m.length}` : null;
};

test('the longest alias wins, whatever the case of the words', () => {
  assert.equal(at('kongo', 'CENTRAL', 'province'), 'kc/2');
  assert.equal(at('Nagorno', '-', 'Karabakh'), 'nk/3');
});

test('a hyphen inside a name stands for the space of an alias written without one', () => {
  assert.equal(at('Kongo', '-', 'Central'), 'kc/3');
  assert.equal(at('Armenia', '-', 'Azerbaijan'), 'ar/1', 'two names joined by a hyphen stay two');
  assert.equal(at('Kongo', '-'), null, 'a trailing hyphen completes nothing');
});

test('short acronyms match only in their own case', () => {
  assert.equal(at('US'), 'us/1');
  assert.equal(at('us'), null);
});
