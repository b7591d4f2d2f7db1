import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../core/article.js';
import { countWords, splitParagraphs, splitSentences } from './segment.js';

const slices = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

test('one paragraph per line in dumps and extracted HTML', () => {
  const text = 'First paragraph here.\nSecond one, longer.\n\nThird.';
  assert.deepEqual(slices(text, splitParagraphs(text)), ['First paragraph here.', 'Second one, longer.', 'Third.']);
});

test('hard-wrapped text: blank lines separate paragraphs', () => {
  const text = 'The convoy left at dawn and\nreached the border by noon.\n\nOfficials said the road\nwas open again.';
  assert.deepEqual(slices(text, splitParagraphs(text)), [
    'The convoy left at dawn and\nreached the border by noon.',
    'Officials said the road\nwas open again.',
  ]);
});

test('sentences end at terminal punctuation, not at abbreviations or initials', () => {
  const cases: [string, string[]][] = [
    ['Dr. Amina Diallo arrived. She spoke.', ['Dr. Amina Diallo arrived.', 'She spoke.']],
    ['The U.S. envoy met Gen. Keita on Sept. 5. Talks failed!', ['The U.S. envoy met Gen. Keita on Sept. 5.', 'Talks failed!']],
    ['J. R. Okafor wrote it. “We will return,” he said. Why? Nobody knows.', ['J. R. Okafor wrote it.', '“We will return,” he said.', 'Why?', 'Nobody knows.']],
    ['“Enough.” The minister left.', ['“Enough.”', 'The minister left.']],
    ['Air Marshal A.K. Bharti spoke. He left.', ['Air Marshal A.K. Bharti spoke.', 'He left.']],
    ['Prices rose 3.5 percent. Fuel ran out.', ['Prices rose 3.5 percent.', 'Fuel ran out.']],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(slices(text, splitSentences(text, splitParagraphs(text))), expected, text);
  }
});

test('sentence spans are exact slices that never cross a paragraph', () => {
  const text = 'One. Two\nThree. Four.';
  assert.deepEqual(slices(text, splitSentences(text, splitParagraphs(text))), ['One.', 'Two', 'Three.', 'Four.']);
});

test('words are whitespace-separated runs', () => {
  assert.equal(countWords('  Two  words\nand three '), 4);
  assert.equal(countWords(''), 0);
});
