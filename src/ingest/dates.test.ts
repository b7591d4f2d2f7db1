import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  const cases: Array<[string, unknown, string | null]> = [
    ['ISO date', '2023-09-27', '2023-09-27'],
    ['ISO timestamp keeps its own calendar day, not UTC', '2023-09-27T23:30:00-05:00', '2023-09-27'],
    ['ISO timestamp just after midnight east of UTC', '2023-09-28T01:00:00+04:00', '2023-09-28'],
    ['RFC 822 with weekday and offset', 'Wed, 27 Sep 2023 23:30:00 -0500', '2023-09-27'],
    ['RFC 822 with two-digit year', '1 Jan 21 10:00 GMT', '2021-01-01'],
    ['unix seconds', 1695800000, '2023-09-27'],
    ['unix milliseconds', 1695800000000, '2023-09-27'],
    ['unix seconds as a string', '1695800000', '2023-09-27'],
    ['compact YYYYMMDD', '20230927', '2023-09-27'],
    ['European dotted date', '27.09.2023', '2023-09-27'],
    ['written-out date', 'September 27, 2023', '2023-09-27'],
    ['month and year only has no day', 'September 2023', null],
    ['impossible day', '2023-02-30', null],
    ['not a date', 'yesterday-ish', null],
    ['not a string or number', { date: '2023-09-27' }, null],
  ];
  for (const [intent, input, expected] of cases) {
    it(intent, () => assert.equal(toIsoDate(input), expected));
  }
});
