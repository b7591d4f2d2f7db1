import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs, splitSentences } from './segment.js';
import { tokenize } from './tokenize.js';

const tok = (text: string) => tokenize(text, splitSentences(text, splitParagraphs(text)));

test('hyphens and possessives are tokens of their own; offsets slice the text', () => {
  const text = 'The Armenia-Azerbaijan border and Baku’s gas.';
  const tokens = tok(text);
  assert.deepEqual(tokens.map((t) => t.text), ['The', 'Armenia', '-', 'Azerbaijan', 'border', 'and', 'Baku', '’s', 'gas', '.']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('dotted acronyms and inner apostrophes stay whole', () => {
  assert.deepEqual(tok('U.S. envoys met in Washington, D.C. at Allameh Tabataba’i University.').map((t) => t.text).slice(0, 7),
    ['U.S.', 'envoys', 'met', 'in', 'Washington', ',', 'D.C.']);
  assert.ok(tok('at Allameh Tabataba’i University').some((t) => t.text === 'Tabataba’i'));
});

test('case flags and sentence starts', () => {
  const tokens = tok('“Talks failed,” he said. The CSTO met.');
  const by = (s: string) => tokens.find((t) => t.text === s)!;
  assert.equal(by('Talks').sentenceStart, true);
  assert.equal(by('The').sentenceStart, true);
  assert.equal(by('he').sentenceStart, false);
  assert.deepEqual([by('CSTO').allCaps, by('CSTO').upper, by('The').allCaps], [true, true, false]);
  assert.equal(by('CSTO').sentence, 1);
});
