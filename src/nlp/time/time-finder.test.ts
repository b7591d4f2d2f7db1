import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimexItem } from '../claims/types.js';
import { loadTimeLexicon } from './lexicon.js';
import { createTimeFinder } from './time-finder.js';

const find = createTimeFinder(loadTimeLexicon());

/** Time expressions of `text` as [surface, value] pairs, the surface taken from the offsets. */
function tag(text: string, published: string | null = '2023-09-27'): [string, string | null][] {
  return find({ text, field: 'text', published }).map((t) => {
    assert.equal(text.slice(t.start, t.end), t.text);
    return [t.text, t.value];
  });
}
const one = (text: string, published: string | null = '2023-09-27'): TimexItem => {
  const items = find({ text, field: 'text', published });
  assert.equal(items.length, 1, JSON.stringify(items));
  return items[0];
};

// 2023-09-27 is a Wednesday in ISO week 39.
test('weekdays look back from the publication day, that day included', () => {
  assert.deepEqual(tag('On Wednesday the council met.'), [['On Wednesday', '2023-09-27']]);
  assert.deepEqual(tag('The bridge reopened on Monday.'), [['on Monday', '2023-09-25']]);
  assert.deepEqual(tag('Talks ended on Thursday night.'), [['on Thursday night', '2023-09-21']]);
  assert.deepEqual(tag('Friday was a holiday in Verania.'), [['Friday', '2023-09-22']]);
});

test('weekdays with last/next, or after a future cue, move accordingly', () => {
  assert.deepEqual(tag('The envoy left last Wednesday.'), [['last Wednesday', '2023-09-20']]);
  assert.deepEqual(tag('They meet again next Monday.'), [['next Monday', '2023-10-02']]);
  assert.deepEqual(tag('The delegation will travel to Osterby on Friday.'), [['on Friday', '2023-09-29']]);
  assert.deepEqual(tag('Officials who will meet the mayor said on Friday that prices rose.'), [['on Friday', '2023-09-22']]);
});

test('relative weeks, months and years count from the publication date', () => {
  const cases: [string, [string, string | null][]][] = [
    ['Last week, the port closed.', [['Last week', '2023-W38']]],
    ['Prices rose this week.', [['this week', '2023-W39']]],
    ['The mill shut last month.', [['last month', '2023-08']]],
    ['Earlier this month, rain fell.', [['Earlier this month', '2023-09']]],
    ['This year the harvest failed.', [['This year', '2023']]],
    ['Last year the harvest failed.', [['Last year', '2022']]],
    ['A vote is planned next year.', [['next year', '2024']]],
    ['The deal may be signed by the end of the year.', [['by the end of the year', '2023-12']]],
    ['The mayor resigned today.', [['today', '2023-09-27']]],
    ['The mayor resigned yesterday.', [['yesterday', '2023-09-26']]],
    ['A statement came earlier in the day.', [['earlier in the day', '2023-09-27']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(tag(text), want, text);
});

test('"ago" and "the past N years" give a point or a range; vague counts give null', () => {
  assert.deepEqual(tag('The dam was built three years ago.'), [['three years ago', '2020']]);
  assert.deepEqual(tag('It happened two weeks ago.'), [['two weeks ago', '2023-W37']]);
  assert.deepEqual(tag('It happened 5 days ago.'), [['5 days ago', '2023-09-22']]);
  assert.deepEqual(tag('Several wars were fought over the past 10 years.'), [['over the past 10 years', '2013-09-27/2023-09-27']]);
  assert.deepEqual(tag('It happened a few years ago.'), [['a few years ago', null]]);
  assert.deepEqual(tag('The war ended two and a half years ago.'), [['two and a half years ago', '2021-03']]);
  assert.deepEqual(tag('The talks failed a year and a half ago.'), [['a year and a half ago', '2022-03']]);
  assert.deepEqual(tag('Three years ago this month, the dam broke.'), [['Three years ago this month', '2020-09']]);
  assert.deepEqual(tag('Over the last 24 hours, fighting spread.'), [['Over the last 24 hours', '2023-09-27']]);
  assert.deepEqual(tag('In the past 48 hours, fighting spread.'), [['In the past 48 hours', '2023-09-25/2023-09-27']]);
  const vague = one('The past few weeks have been calm.');
  assert.equal(vague.text, 'The past few weeks');
  assert.equal(vague.precision, 'none');
});

test('explicit dates in the common formats', () => {
  const cases: [string, [string, string | null][]][] = [
    ['The treaty was signed on March 3, 2021.', [['on March 3, 2021', '2021-03-03']]],
    ['The treaty was signed on 3 March 2021.', [['on 3 March 2021', '2021-03-03']]],
    ['The treaty was signed on Wednesday, March 3, 2021.', [['on Wednesday, March 3, 2021', '2021-03-03']]],
    ['Filed 14.06.2021 in Lorsk.', [['14.06.2021', '2021-06-14']]],
    ['Filed 2021-06-14 in Lorsk.', [['2021-06-14', '2021-06-14']]],
    ['The fair opens Sept. 5 in Lorsk.', [['Sept. 5', '2023-09-05']]],
    ['They met on the 5th of May.', [['on the 5th of May', '2023-05-05']]],
    ['The ferry sank on May 22.', [['on May 22', '2023-05-22']]],
    ['Protests began in July 2022.', [['in July 2022', '2022-07']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(tag(text), want, text);
});

test('years, decades and parts of years', () => {
  const cases: [string, [string, string | null][]][] = [
    ['The party was founded in 2018.', [['in 2018', '2018']]],
    ['After the 2014 protests the law changed.', [['2014', '2014']]],
    ["Velmar's 2019 reform failed.", [['2019', '2019']]],
    ['The town grew in the early 1960s.', [['in the early 1960s', '1960s']]],
    ['Growth slowed in mid-2019.', [['in mid-2019', '2019']]],
    ['The plant closes at the end of 2025.', [['at the end of 2025', '2025-12']]],
    ['The fort was built in 1828.', [['in 1828', '1828']]],
    ['The uprising of 2018 has faded.', [['2018', '2018']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(tag(text), want, text);
});

test('ranges of years, months and days', () => {
  const cases: [string, [string, string | null][]][] = [
    ['From 2001 to 2003, the line was closed.', [['From 2001 to 2003', '2001-01-01/2003-12-31']]],
    ['Between 2001 and 2003 the line was closed.', [['Between 2001 and 2003', '2001-01-01/2003-12-31']]],
    ['The 2001-2003 drought hit farms.', [['2001-2003', '2001-01-01/2003-12-31']]],
    ['Sales ran between 2006-2019, mostly drones.', [['between 2006-2019', '2006-01-01/2019-12-31']]],
    ['The March-May 2019 floods hit farms.', [['March-May 2019', '2019-03-01/2019-05-31']]],
    ['The fair runs May 5-7.', [['May 5-7', '2023-05-05/2023-05-07']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(tag(text), want, text);
});

test('months without a year take the publication year; parts of months keep month precision', () => {
  assert.deepEqual(tag('In October, the envoy resigned.'), [['In October', '2023-10']]);
  assert.deepEqual(tag('Floods came in late July.'), [['in late July', '2023-07']]);
  assert.deepEqual(tag('In late June of this year, floods came.'), [['In late June of this year', '2023-06']]);
  assert.equal(one('In late July, floods came.').precision, 'month');
});

test('a date without a year follows the year the paragraph narrates', () => {
  assert.deepEqual(tag('In early March 2019, the siege began. On April 2, the town fell.'), [
    ['In early March 2019', '2019-03'], ['On April 2', '2019-04-02'],
  ]);
  // A year used as a modifier does not set the scene.
  assert.deepEqual(tag('Since the 2019 siege, trade fell. On April 2, the town voted.'), [['2019', '2019'], ['On April 2', '2023-04-02']]);
  // Nor does a range naming a war; one opened by "from" does.
  assert.deepEqual(tag('Peace has been rare since the war of 1998 to 2003. The mission left at the end of June.'),
    [['1998 to 2003', '1998-01-01/2003-12-31'], ['at the end of June', '2023-06']]);
  assert.deepEqual(tag('From 1998 to 2003 the war raged. On June 4, the mission left.'),
    [['From 1998 to 2003', '1998-01-01/2003-12-31'], ['On June 4', '2003-06-04']]);
  // "Since 1994" starts a state, not a story: the next date is told from publication.
  assert.deepEqual(tag('The border has been closed since 1994. On May 6 the army arrived.'), [['since 1994', '1994'], ['On May 6', '2023-05-06']]);
  // A reporting clause is recent news even after a story of other years.
  assert.deepEqual(tag('In August 2021 the ties were cut. The minister told reporters on September 16 that nothing had changed.'),
    [['In August 2021', '2021-08'], ['on September 16', '2023-09-16']]);
  // A date restating "N years ago" is an aside: the next date is told from publication again.
  assert.deepEqual(tag('Two years ago, on May 4, 2021, the dam broke. On August 25 the inquiry closed.'),
    [['Two years ago', '2021'], ['on May 4, 2021', '2021-05-04'], ['On August 25', '2023-08-25']]);
  // A month earlier than the one narrated moves on to the next year when that is not past publication.
  assert.deepEqual(tag('The offensive of September 2022 ended the war. On February 13, soldiers died at the border.'),
    [['September 2022', '2022-09'], ['On February 13', '2023-02-13']]);
});

test('a date far after publication is last year\'s, unless the clause looks ahead', () => {
  assert.deepEqual(tag('The mine flooded on December 28.', '2024-01-10'), [['on December 28', '2023-12-28']]);
  assert.deepEqual(tag('Elections will be held on December 28.', '2024-01-10'), [['on December 28', '2024-12-28']]);
});

test('expressions that lean on the one before', () => {
  assert.deepEqual(tag('The strike began on Monday. Just one day earlier, talks failed.'), [
    ['on Monday', '2023-09-25'], ['one day earlier', '2023-09-24'],
  ]);
  assert.deepEqual(tag('The strike began on Monday. A day later the unions walked out, two weeks later than planned.'), [
    ['on Monday', '2023-09-25'], ['A day later', '2023-09-26'],
  ]);
  assert.deepEqual(tag('Talks began in early May. A deal was signed the same month.'), [
    ['in early May', '2023-05'], ['the same month', '2023-05'],
  ]);
});

test('vague expressions are tagged with a null value', () => {
  for (const text of ['In recent days, queues formed.', 'Until recently, the road was open.', 'A meeting is due in the near future.', 'The road was closed at the time.']) {
    const t = one(text);
    assert.equal(t.value, null, text);
    assert.equal(t.precision, 'none', text);
    assert.equal(t.from, null);
  }
});

test('numbers that are not years are left alone', () => {
  const texts = [
    'Some 2,261 residents and 1,049 children were moved.',
    'The army deployed 2000 soldiers to the border.',
    'The mission sent 2000 engineers north.',
    'Up to 1500 people marched.',
    'Resolution 1325 was cited.',
    'The fighting lasted 35 years.',
    'The meeting started at 10:30 on the 3rd floor.',
    'They may call it a victory.',
    'Theresa May said the plan would work.',
  ];
  for (const text of texts) assert.deepEqual(tag(text), [], text);
});

test('the first and last day covered travel with the value', () => {
  const t = one('Last week, the port closed.');
  assert.deepEqual([t.from, t.to, t.precision, t.anchor], ['2023-09-18', '2023-09-24', 'week', 'publication']);
  const d = one('The town grew in the 1960s.');
  assert.deepEqual([d.value, d.precision, d.from, d.to], ['1960s', 'decade', '1960-01-01', '1969-12-31']);
  const early = one('The mill closed in the early 1980s.');
  assert.deepEqual([early.value, early.from, early.to], ['1980s', '1980-01-01', '1983-12-31']);
  const late = one('The road was paved in the late 1950s.');
  assert.deepEqual([late.from, late.to], ['1957-01-01', '1959-12-31']);
});

test('without a publication date, relative expressions get no value and nothing crashes', () => {
  assert.deepEqual(tag('On Monday and last week, and three years ago, and in October, on May 22.', null), [
    ['On Monday', null], ['last week', null], ['three years ago', null], ['in October', null], ['on May 22', null],
  ]);
  assert.deepEqual(tag('The treaty was signed on March 3, 2021.', null), [['on March 3, 2021', '2021-03-03']]);
  assert.deepEqual(tag('Over the past 10 years, today.', null), [['Over the past 10 years', null], ['today', null]]);
});

test('items found in a title carry the title field', () => {
  const title = 'Border reopens on Monday after 2019 closure';
  const items = find({ text: title, field: 'title', published: '2023-09-27' });
  assert.deepEqual(items.map((t) => [t.field, title.slice(t.start, t.end), t.value]), [
    ['title', 'on Monday', '2023-09-25'], ['title', '2019', '2019'],
  ]);
});

test('a month with "last year" or "next year" after it is one expression', () => {
  assert.deepEqual(tag('The dam failed in April last year, and repairs have lasted since August last year.'), [
    ['in April last year', '2022-04'], ['since August last year', '2022-08'],
  ]);
});

test('a bare month follows the tense of its clause', () => {
  // Published 2024-05-13: a November told in the past is last November; one in the future is the coming one.
  assert.deepEqual(tag('The town was retaken in November.', '2024-05-13'), [['in November', '2023-11']]);
  assert.deepEqual(tag('The mission is meant to end in January.', '2024-11-20'), [['in January', '2025-01']]);
  assert.deepEqual(tag('The bloc, formed in October 2022 and renamed in March, is due to dissolve in February.', '2023-09-27'), [
    ['in October 2022', '2022-10'], ['in March', '2023-03'], ['in February', '2024-02'],
  ]);
});

test('a bare month after "with", "of" or "to" is a month too; "May" without one stays a word', () => {
  assert.deepEqual(tag('Compare that with February, when the town fell.', '2024-09-10'), [['with February', '2024-02']]);
  assert.deepEqual(tag('Exports may fall.', '2024-09-10'), []);
});

test('named days of the calendar, and vague "since then"', () => {
  assert.deepEqual(tag('The pact was signed on New Year’s Day. Since then the border has stayed shut.', '2024-11-02'), [
    ['on New Year’s Day', '2024-01-01'], ['Since then', null],
  ]);
});

test('a day with "last year", a past verb in -ed, "scheduled for", and reported plans', () => {
  const pub = '2024-06-12';
  assert.deepEqual(tag('The offensive began on October 7 last year.', pub), [['on October 7 last year', '2023-10-07']]);
  assert.deepEqual(tag('The talks collapsed on 3 September.', pub), [['on 3 September', '2023-09-03']]);
  assert.deepEqual(tag('Elections are scheduled for December.', pub), [['for December', '2024-12']]);
  assert.deepEqual(tag('He said talks would resume in September.', pub), [['in September', '2024-09']]);
});

test('a dated dateline anchors days: "yesterday" is the day before the dateline, not before publication', () => {
  // Published Wednesday 27 Sep; the dateline says Monday 25 Sep.
  const text = 'OSTERBY, 25 Sep — The harbour board met yesterday and will vote on Friday. Pay talks failed two days ago.';
  const items = find({ text, field: 'text', published: '2023-09-27' });
  assert.deepEqual(items.map((t) => [text.slice(t.start, t.end), t.value, t.anchor]), [
    ['25 Sep', '2023-09-25', 'publication'],
    ['yesterday', '2023-09-24', 'text'],
    ['on Friday', '2023-09-29', 'text'],
    ['two days ago', '2023-09-23', 'text'],
  ]);
});

test('datelines with an outlet in parentheses and a month-first date are recognised', () => {
  assert.deepEqual(tag('Lindholm, September 20 (Coast Wire) - Ferries stopped today.'), [
    ['September 20', '2023-09-20'], ['today', '2023-09-20'],
  ]);
});

test('a dateline without a date, or a sentence opening with a dash, leaves days on the publication date', () => {
  assert.deepEqual(tag('GRANVIK (Coast Wire) — The mayor resigned yesterday.'), [['yesterday', '2023-09-26']]);
  assert.deepEqual(tag('Storms — which hit on 20 Sep — closed the port today.'), [['on 20 Sep', '2023-09-20'], ['today', '2023-09-27']]);
});
