import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayRange } from './time-values.js';

test('each precision covers its calendar span', () => {
  assert.deepEqual(dayRange('2023-09-20'), { from: '2023-09-20', to: '2023-09-20' });
  assert.deepEqual(dayRange('2023-02'), { from: '2023-02-01', to: '2023-02-28' });
  assert.deepEqual(dayRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(dayRange('1994'), { from: '1994-01-01', to: '1994-12-31' });
  assert.deepEqual(dayRange('1980s'), { from: '1980-01-01', to: '1989-12-31' });
  assert.deepEqual(dayRange('1992-01-01/1994-12-31'), { from: '1992-01-01', to: '1994-12-31' });
});

test('ISO weeks start on Monday, week 1 holds January 4th', () => {
  assert.deepEqual(dayRange('2023-W38'), { from: '2023-09-18', to: '2023-09-24' });
  assert.deepEqual(dayRange('2021-W01'), { from: '2021-01-04', to: '2021-01-10' });
});

test('vague or unreadable values have no span', () => {
  assert.equal(dayRange(null), null);
  assert.equal(dayRange('soon'), null);
});
