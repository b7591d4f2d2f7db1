import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseByline, parseFullDate } from './byline.js';

test('bylines in the shapes aggregator pages use', () => {
  const cases: [string, ReturnType<typeof parseByline>][] = [
    ['Meridian Wire – March 5, 2024', { outlet: 'Meridian Wire', authors: [], published: '2024-03-05' }],
    ['By Jane Doe | Sahel Ledger | March 6, 2024', { outlet: 'Sahel Ledger', authors: ['Jane Doe'], published: '2024-03-06' }],
    ['By John Roe | March 7, 2024', { outlet: null, authors: ['John Roe'], published: '2024-03-07' }],
    ['Caspian Observer – 08.03.2024', { outlet: 'Caspian Observer', authors: [], published: '2024-03-08' }],
    ['By Ana Petrova – Caspian Observer – 09.03.2024', { outlet: 'Caspian Observer', authors: ['Ana Petrova'], published: '2024-03-09' }],
    ['BY KOFI MENSAH | MARCH 6, 2024', { outlet: null, authors: ['Kofi Mensah'], published: '2024-03-06' }],
    ['TNC | April 25, 2023', { outlet: 'TNC', authors: [], published: '2023-04-25' }],
    ['By Lena Ortiz and Sam Bell - The Ledger - 2 March 2024', { outlet: 'The Ledger', authors: ['Lena Ortiz', 'Sam Bell'], published: '2024-03-02' }],
    ['Radio Horizon | Updated: Tuesday, March 5, 2024 14:05 GMT', { outlet: 'Radio Horizon', authors: [], published: '2024-03-05' }],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parseByline(line), expected, line);
});

test('running text with a date in it is not a byline', () => {
  for (const line of [
    'The ceasefire signed on March 5, 2024 collapsed within hours.',
    'Officials – who spoke on condition of anonymity – said talks resume on March 9, 2024.',
    'March 5, 2024',                       // a date alone names no outlet or author
    'In 2012, the army withdrew | 2013',   // no full date
    'He said the talks were over. | March 5, 2024',
  ]) {
    const b = parseByline(line);
    assert.ok(b === null || (b.outlet === null && b.authors.length === 0), line);
  }
});

test('full dates only: a month or a year alone is not a publication date', () => {
  assert.equal(parseFullDate('27 Sept 2023'), '2023-09-27');
  assert.equal(parseFullDate('2023-09-27'), '2023-09-27');
  assert.equal(parseFullDate('Sept. 5, 2024'), '2024-09-05');
  assert.equal(parseFullDate('5 Sept 2024'), '2024-09-05');
  assert.equal(parseFullDate('February 30, 2024'), null, 'no such day');
  assert.equal(parseFullDate('March 2024'), null);
  assert.equal(parseFullDate('2024'), null);
});
