import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from '../segment.js';
import { findQuoteSpans } from './quote-spans.js';

const inner = (text: string) => findQuoteSpans(text, splitParagraphs(text)).filter((s) => !s.nested).map((s) => text.slice(s.start, s.end));

test('curly, straight and angle marks pair up; the span is the words inside', () => {
  assert.deepEqual(inner('He said “no deal” twice.'), ['no deal']);
  assert.deepEqual(inner('He said "no deal" and "not now".'), ['no deal', 'not now']);
  assert.deepEqual(inner('Elle a dit « non » hier.'), ['non']);
});

test('apostrophes are not single quotes', () => {
  assert.deepEqual(inner('Farmers don’t trust the villagers’ council or the ’90s maps.'), []);
  assert.deepEqual(inner("They can't see the herders' road."), []);
  // A possessive inside a single-quoted quote does not close it.
  assert.deepEqual(inner('She said ‘we will keep our parents’ graves,’ and left.'), ['we will keep our parents’ graves,']);
});

test('inner quotes are nested, not separate quotations', () => {
  const text = '“They called it a ‘clean-up’ again,” she said.';
  const spans = findQuoteSpans(text, splitParagraphs(text));
  assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.nested]), [['They called it a ‘clean-up’ again,', false], ['clean-up', true]]);
});

test('a quote of several paragraphs runs on while each paragraph reopens it', () => {
  const text = 'Pell wrote:\n“The river rose at night.\n“By morning the road was gone.”\nNobody answered.';
  assert.deepEqual(inner(text), ['The river rose at night.\n“By morning the road was gone.']);
});

test('a wrong-way closing mark still closes', () => {
  assert.deepEqual(inner('It was “in the best interest of Dorvik“. Then silence.'), ['in the best interest of Dorvik']);
});
