import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileLexicon, defaultTriggerLexicon } from './trigger-lexicon.js';

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+|\S/gu) ?? [];
const found = (lexicon: ReturnType<typeof compileLexicon>, s: string) => {
  const w = words(s);
  return lexicon.find(w, 0, w.length).map((m) => `${m.pattern.type}: ${w.slice(m.first, m.last).join(' ')}`);
};

test('alternatives, prefixes and gaps of up to three words', () => {
  const lexicon = compileLexicon({ types: { military_operation: { verbs: ['launch* ... offensive|operation'] }, ceasefire: { nouns: ['truce'] } } });
  assert.deepEqual(found(lexicon, 'They launched a brief winter offensive and a truce'), ['military_operation: launched a brief winter offensive', 'ceasefire: truce']);
  assert.deepEqual(found(lexicon, 'They launched a very long and brutal offensive'), []);
});

test('a gap counts words, so a hyphenated name does not break it', () => {
  const lexicon = compileLexicon({ types: { deployment: { verbs: ['invited ... jets'] } } });
  assert.deepEqual(found(lexicon, 'Baku invited Turkish F-16 jets'), ['deployment: invited turkish f - 16 jets']);
  const sent = compileLexicon({ types: { deployment: { verbs: ['sent ... force'] } } });
  assert.deepEqual(found(sent, 'Russia sent a 2000-strong peacekeeping force'), ['deployment: sent a 2000 - strong peacekeeping force']);
});

test('the longest phrase at a position wins, and the first listed type on a tie', () => {
  const lexicon = defaultTriggerLexicon();
  assert.deepEqual(found(lexicon, 'the sides reached a ceasefire agreement'), ['ceasefire: reached a ceasefire agreement']);
  assert.deepEqual(found(lexicon, 'a complete cessation of hostilities'), ['ceasefire: cessation of hostilities']);
});

test('unknown event types in the data are refused', () => {
  assert.throws(() => compileLexicon({ types: { riot: { nouns: ['riot'] } } }), /unknown event type "riot"/);
});

test('types listed as one happening seen twice are paired both ways; others are distinct', () => {
  const lexicon = compileLexicon({ types: { explosion: { nouns: ['blast'] } }, sameEvent: [['explosion', 'casualty_report']] });
  assert.equal(lexicon.sameEvent('explosion', 'casualty_report'), true);
  assert.equal(lexicon.sameEvent('casualty_report', 'explosion'), true);
  assert.equal(lexicon.sameEvent('explosion', 'blockade'), false);
  assert.throws(() => compileLexicon({ types: {}, sameEvent: [['explosion', 'riot']] }), /unknown event type "riot"/);
});
