import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanNumbers } from './number-scanner.js';

/** The figures of one sentence as [text, value, low, high, qualifier, unit]. */
const scan = (text: string) =>
  scanNumbers(text, [{ start: 0, end: text.length }]).map((e) => [text.slice(e.start, e.end), e.value, e.low, e.high, e.qualifier, e.unit]);

test('digits with separators, decimals and scale words', () => {
  assert.deepEqual(scan('Crews cleared 2,261 mines and 1.5 million tonnes of debris.'), [
    ['2,261', 2261, null, null, 'exact', null],
    ['1.5 million tonnes', 1_500_000, null, null, 'exact', 'tonnes'],
  ]);
});

test('currencies before and after the figure', () => {
  assert.deepEqual(scan('The fund got $2.5bn, then €300 million, then 40 million rubles.'), [
    ['$2.5bn', 2_500_000_000, null, null, 'exact', 'USD'],
    ['€300 million', 300_000_000, null, null, 'exact', 'EUR'],
    ['40 million rubles', 40_000_000, null, null, 'exact', 'RUB'],
  ]);
});

test('two amounts joined by "or" in different currencies stay two amounts', () => {
  assert.deepEqual(scan('It cost $2bn or €1.8bn.').map((r) => r[0]), ['$2bn', '€1.8bn']);
});

test('percentages and shares', () => {
  assert.deepEqual(scan('Turnout rose 30% while nearly half of the voters and one in five farmers stayed home.'), [
    ['30%', 30, null, null, 'exact', 'percent'],
    ['nearly half', 50, null, 50, 'nearly', 'percent'],
    ['one in five', 20, null, null, 'exact', 'percent'],
  ]);
});

test('number words, compounds and vague plurals (at least two of the unit)', () => {
  assert.deepEqual(scan('Three boats, twenty-five nets, a dozen ropes, dozens of gulls, thousands of fish and tens of thousands of shells.'), [
    ['Three', 3, null, null, 'exact', null],
    ['twenty-five', 25, null, null, 'exact', null],
    ['a dozen', 12, null, null, 'exact', null],
    ['dozens', 24, 24, null, 'approximately', null],
    ['thousands', 2000, 2000, null, 'approximately', null],
    ['tens of thousands', 20_000, 20_000, null, 'approximately', null],
  ]);
});

test('qualifiers set the open bound', () => {
  assert.deepEqual(scan('At least 200 came, more than 100 left, up to 30,000 waited, fewer than 40 stayed, about 70 ate and 500 or more slept.'), [
    ['At least 200', 200, 200, null, 'at_least', null],
    ['more than 100', 100, 100, null, 'more_than', null],
    ['up to 30,000', 30_000, null, 30_000, 'up_to', null],
    ['fewer than 40', 40, null, 40, 'less_than', null],
    ['about 70', 70, null, null, 'approximately', null],
    ['500 or more', 500, 500, null, 'at_least', null],
  ]);
});

test('ranges keep their bounds and take the midpoint as value', () => {
  assert.deepEqual(scan('Between 20 and 30 villages, 40-60 wells and 2-3 million trees, for over two or three days.'), [
    ['Between 20 and 30', 25, 20, 30, 'exact', null],
    ['40-60', 50, 40, 60, 'exact', null],
    ['2-3 million', 2_500_000, 2_000_000, 3_000_000, 'exact', null],
    ['over two or three days', 2.5, 2, 3, 'more_than', 'days'],
  ]);
});

test('hyphenated modifiers measure time or size a force', () => {
  assert.deepEqual(scan('A three-decade-old feud, a nine-month siege, a 1,500 troop-strong unit and a 700-strong battalion.'), [
    ['three-decade-old', 30, null, null, 'exact', 'years'],
    ['nine-month', 9, null, null, 'exact', 'months'],
    ['1,500 troop-strong', 1500, null, null, 'exact', 'troops'],
    ['700-strong', 700, null, null, 'exact', 'troops'],
  ]);
});

test('durations with words, halves and fractions of a unit', () => {
  assert.deepEqual(scan('It took one day, then two and a half years, a month and a half, and nearly a quarter of a century.').map((r) => [r[0], r[1], r[5]]), [
    ['one day', 1, 'days'],
    ['two and a half years', 2.5, 'years'],
    ['a month and a half', 1.5, 'months'],
    ['nearly a quarter of a century', 25, 'years'],
  ]);
});

test('dates, years, decades, clock times and ordinals are not figures', () => {
  assert.deepEqual(scan('On September 20, on 12 December 2021, in 2020, in the 1990s, from 1992-1994, on 20.09.2023, at 10:30, at 5 p.m., for the 21st time.'), []);
});

test('parts of names and list markers are not figures', () => {
  assert.deepEqual(scan('Under Resolution 2334 and Article 5, Su-25 and F-16 jets, COVID-19, a 5G mast, the Group of Seven, steps 1) and 2) and flight No. 7.'), []);
});

test('"one" and "a" count only with a unit or qualifier; small numbers after "the" are references', () => {
  assert.deepEqual(scan('One expert said one of the two sides signed a year ago, and the three envoys agreed.'), []);
  assert.deepEqual(scan('At least one soldier died.').map((r) => r[0]), ['At least one']);
});

test('a year-like number is a count when people or troops follow it', () => {
  assert.deepEqual(scan('In 2020 the army sent 2000 peacekeepers and nearly 1900 Polish troops.').map((r) => r[0]), ['2000', 'nearly 1900']);
});

test('long digit strings before a capitalised word name an event; written amounts keep their commas', () => {
  assert.deepEqual(scan('Veterans of the 4417 Rising met 3,200 Osterby pensioners and 2500 others.').map((r) => r[0]), ['3,200', '2500']);
});

test('a qualified fraction closing a list item is a share without its "of"', () => {
  assert.deepEqual(scan('Boats carry half of the catch, lorries about a quarter, and trains the rest.').map((r) => [r[0], r[1], r[5]]), [
    ['half', 50, 'percent'], ['about a quarter', 25, 'percent'],
  ]);
});
