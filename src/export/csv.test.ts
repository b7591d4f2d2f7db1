import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, toCsv } from './csv.js';

test('cells with commas, quotes or line breaks are quoted, quotes doubled', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('he said "no"'), '"he said ""no"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(null), '');
});

test('spreadsheet formulas from article text are defused, negative numbers are not', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-12), '-12');
  assert.equal(csvCell('-3.5'), '-3.5');
});

test('rows follow the header order', () => {
  assert.equal(toCsv(['b', 'a'], [{ a: 1, b: 'x' }]), 'b,a\r\nx,1\r\n');
});
