import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, coverage, dayNumber, isoDay, isoWeek, parseIsoDay, weekValue, weekday } from './calendar.js';

test('weekday is ISO: Monday 1, Sunday 7', () => {
  assert.equal(weekday(dayNumber(2023, 9, 27)), 3); // a Wednesday
  assert.equal(weekday(dayNumber(2023, 9, 24)), 7);
  assert.equal(weekday(dayNumber(1970, 1, 1)), 4);
});

test('ISO weeks follow the Thursday rule across year ends', () => {
  assert.equal(weekValue(dayNumber(2023, 9, 20)), '2023-W38');
  assert.deepEqual(isoWeek(dayNumber(2021, 1, 3)), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek(dayNumber(2024, 12, 30)), { year: 2025, week: 1 });
});

test('day numbers round-trip and reject impossible dates', () => {
  assert.equal(isoDay(parseIsoDay('2024-02-29')!), '2024-02-29');
  assert.equal(parseIsoDay('2023-02-29'), null);
  assert.equal(parseIsoDay('not a date'), null);
  assert.deepEqual(addMonths(2023, 1, -2), { y: 2022, m: 11 });
});

test('coverage gives the first and last day of every value shape', () => {
  const cases: [string, string, string][] = [
    ['2023-09-20', '2023-09-20', '2023-09-20'],
    ['2023-W38', '2023-09-18', '2023-09-24'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2019', '2019-01-01', '2019-12-31'],
    ['1920s', '1920-01-01', '1929-12-31'],
    ['1992-01-01/1994-12-31', '1992-01-01', '1994-12-31'],
  ];
  for (const [value, from, to] of cases) assert.deepEqual(coverage(value), { from, to }, value);
  assert.deepEqual(coverage(null), { from: null, to: null });
});
