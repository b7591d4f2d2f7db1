import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineAt, lineCount, lineStarts } from './lines.js';

describe('lineCount', () => {
  const cases: Array<[string, string, number]> = [
    ['empty text is one line', '', 1],
    ['no line break', 'a', 1],
    ['a final line break does not start a line', 'a\nb\n', 2],
    ['CRLF and CR count once each', 'a\r\nb\rc', 3],
    ['a blank last line counts', 'a\n\n', 2],
  ];
  for (const [intent, text, expected] of cases) {
    it(intent, () => assert.equal(lineCount(text), expected));
  }
});

describe('lineAt', () => {
  it('maps offsets to 1-based lines', () => {
    const text = 'ab\r\ncd\nef';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 4, 7]);
    assert.deepEqual([0, 3, 4, 6, 7, 8].map((o) => lineAt(starts, o)), [1, 1, 2, 2, 3, 3]);
  });
});
