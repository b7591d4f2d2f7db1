import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, KbEntry } from '../../core/entity.js';
import type { QuantityItem, TimexItem, TimexPrecision } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { tokenize } from '../tokenize.js';
import { findEvents, type EventInput } from './event-finder.js';

const PUBLISHED = '2031-04-16';

/** A time expression as the timex stage would give it, found by its text. */
function timex(text: string, surface: string, value: string, precision: TimexPrecision, from: string, to: string): TimexItem {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, `no "${surface}" in the text`);
  return { field: 'text', start, end: start + surface.length, text: surface, value, precision, from, to, anchor: 'absolute', rule: 'test' };
}

/** An entity with a mention at every occurrence of its name. */
function entity(text: string, name: string, type: EntityType, kind = 'country'): ArticleEntity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ field: 'text' as const, start: at, end: at + name.length, text: name, rule: 'test' });
  const kb = { id: name, type, name, aliases: [], wikidata: null, geo: null, kind } as KbEntry;
  return { key: `kb:${name}`, type, name, kb, forms: [name], mentions };
}

/** A death toll as the quantities stage would give it, found by its text. */
function killed(text: string, surface: string, value: number): QuantityItem {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, `no "${surface}" in the text`);
  return {
    field: 'text', start, end: start + surface.length, text: surface, value, low: null, high: null, qualifier: 'exact', unit: 'people',
    category: 'killed', counted: surface.split(' ').pop()!, place: null, asOf: null, attributedTo: null, attributedText: null, rule: 'test',
  };
}

function input(text: string, extra: Partial<EventInput> = {}): EventInput {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return { text, published: PUBLISHED, paragraphs, sentences, tokens: tokenize(text, sentences), entities: [], timex: [], quantities: [], quotes: [], ...extra };
}

const brief = (text: string, extra: Partial<EventInput> = {}) =>
  findEvents(input(text, extra)).map((e) => `${e.type} ${e.date.value} [${text.slice(e.trigger.start, e.trigger.end)}]`);

test('each kind of event is typed by its trigger', () => {
  const cases: [string, string][] = [
    ['Velmora launched an offensive against the border villages.', 'military_operation'],
    ['Rebels and soldiers clashed near the dam.', 'armed_clash'],
    ['The two sides agreed to a ceasefire.', 'ceasefire'],
    ['The ministers signed a trade agreement.', 'agreement'],
    ['Both delegations began negotiating a new border line.', 'negotiation'],
    ['The two foreign ministers met in Port Ilia.', 'diplomatic_meeting'],
    ['The president held a telephone conversation with his counterpart.', 'diplomatic_meeting'],
    ['The army answered with strikes on three rebel camps.', 'military_operation'],
    ['The militia burned villages along the river.', 'military_operation'],
    ['A drone struck the minister’s home in the capital.', 'military_operation'],
    ['The invaders began their ground operation in the south.', 'military_operation'],
    ['Eleven soldiers drowned crossing the flooded river.', 'casualty_report'],
    ['The defence ministry announced a curfew.', 'statement'],
    ['On Monday, village elders were already warning that the bridge would fail.', 'statement'],
    ['Thousands of villagers fled across the river.', 'displacement'],
    ['An explosion tore through the depot.', 'explosion'],
    ['Militias blocked the only mountain road.', 'blockade'],
    ['Students held protests outside parliament.', 'protest'],
    ['The province declared independence from the federation.', 'declaration_of_independence'],
    ['The navy deployed two frigates to the strait.', 'deployment'],
    ['Both armies held joint military drills in the desert.', 'military_exercise'],
    ['The governor resigned after the scandal.', 'election_or_political_change'],
    ['Parliament voted to dissolve the council.', 'vote'],
    ['The republic delivered howitzers and drones to its ally.', 'arms_transfer'],
    ['Twelve soldiers were killed at the checkpoint.', 'casualty_report'],
    ['The two cities established a joint water board.', 'other'],
    ['Border troops crossed into the valley and dug trenches.', 'military_operation'],
    ['The garrison repelled a night landing on the island.', 'armed_clash'],
    ['The navy sent two destroyers through the strait.', 'deployment'],
    ['The cabinet approved the sale of radar systems to its neighbour.', 'arms_transfer'],
    ['Norland armed its neighbour with about $300 million in armaments.', 'arms_transfer'],
    ['Parliament passed the Border Relations Act.', 'vote'],
    ['A smuggling boat capsized off the cape.', 'other'],
  ];
  for (const [sentence, type] of cases) {
    const text = `On 3 March, ${sentence[0].toLowerCase()}${sentence.slice(1)}`;
    const events = findEvents(input(text, { timex: [timex(text, 'On 3 March', '2031-03-03', 'day', '2031-03-03', '2031-03-03')] }));
    assert.equal(events.length, 1, sentence);
    assert.equal(events[0].type, type, sentence);
    assert.deepEqual(events[0].date, { value: '2031-03-03', precision: 'day' }, sentence);
  }
});

test('predictions, conditionals, questions and denials are not events', () => {
  const text = [
    'Velmora will launch an offensive in the spring.',
    'The rebels could declare independence.',
    'If talks fail, the army plans to blockade the port.',
    'Did the militia block the road?',
    'The ministry denied that troops were not deployed, and no ceasefire was agreed.',
    'Officials fear a new explosion.',
  ].join(' ');
  assert.deepEqual(brief(text), ['statement 2031-04 [denied]']);
});

test('a negated event is not reported', () => {
  assert.deepEqual(brief('The garrison did not surrender. Soldiers never fought near the bridge.'), []);
});

test('an undated sentence inherits the date of the narration before it', () => {
  const text = 'On 9 February, gunmen attacked a convoy near Tarsel. Four drivers were killed.';
  const events = findEvents(input(text, { timex: [timex(text, 'On 9 February', '2031-02-09', 'day', '2031-02-09', '2031-02-09')] }));
  assert.deepEqual(events.map((e) => [e.type, e.date.value, e.rule.split('; ')[1]]), [
    ['military_operation', '2031-02-09', 'date:timex:test'],
    ['casualty_report', '2031-02-09', 'date:carried:timex:test'],
  ]);
  assert.equal(text.slice(events[1].start, events[1].end), 'Four drivers were killed.');
});

test('with no date in sight, a fresh report takes the publication month', () => {
  const [event] = findEvents(input('The mayor of Dunmere resigned amid the scandal.'));
  assert.deepEqual(event.date, { value: '2031-04', precision: 'month' });
});

test('historical background keeps its year, and its undated sequel is not given the publication date', () => {
  const text = 'In 1967, the highlands declared independence. The council then lobbied abroad.';
  const events = brief(text, { timex: [timex(text, 'In 1967', '1967', 'year', '1967-01-01', '1967-12-31')] });
  assert.deepEqual(events, ['declaration_of_independence 1967 [declared independence]', 'protest 1967 [lobbied]']);
  const vague = 'In the 1960s, the highlands declared independence. The council then lobbied abroad.';
  assert.deepEqual(brief(vague, { timex: [timex(vague, 'In the 1960s', '1960s', 'decade', '1960-01-01', '1969-12-31')] }), ['declaration_of_independence 1960s [declared independence]']);
});

test('a period running up to publication is a duration, not a date', () => {
  const text = 'Over the past decade, several wars were fought over the valley.';
  const t = timex(text, 'Over the past decade', '2021-04-16/2031-04-16', 'range', '2021-04-16', '2031-04-16');
  assert.deepEqual(brief(text, { timex: [t] }), ['armed_clash 2031-04 [fought]']);
});

test('a saying whose own words give a toll of dead is a casualty report, and one without is a statement', () => {
  const toll = 'On Tuesday the army said it had neutralised 70 fighters.';
  const quantity = killed(toll, '70 fighters', 70);
  const tuesday = (text: string) => [timex(text, 'On Tuesday', '2031-04-15', 'day', '2031-04-15', '2031-04-15')];
  assert.deepEqual(brief(toll, { timex: tuesday(toll), quantities: [quantity] }), ['casualty_report 2031-04-15 [said]']);
  const plain = 'On Tuesday the army said it had neutralised the threat.';
  assert.deepEqual(brief(plain, { timex: tuesday(plain) }), ['statement 2031-04-15 [said]']);
});

test('the figures of a clause are linked to its event, and its actors and place found', () => {
  const text = 'On 2 May, a blast at a fuel depot in Orvik killed 31 people, Kestrel officials said.';
  const quantity = killed(text, '31 people', 31);
  const events = findEvents(input(text, {
    timex: [timex(text, 'On 2 May', '2031-05-02', 'day', '2031-05-02', '2031-05-02')],
    quantities: [quantity],
    entities: [entity(text, 'Orvik', 'PLACE', 'city'), entity(text, 'Kestrel', 'PLACE')],
  }));
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e.type, 'explosion');
  assert.equal(e.trigger.text, 'blast');
  assert.deepEqual(e.quantities, [0]);
  assert.equal(e.place, 0);
  assert.deepEqual(e.actors, [1]);
  assert.equal(text.slice(e.start, e.end), text);
});

test('a statement is dated by its own time, not by the time of what was said', () => {
  const text = 'On Tuesday, the envoy said the two sides had met in 2029.';
  const events = brief(text, {
    timex: [
      timex(text, 'On Tuesday', '2031-04-15', 'day', '2031-04-15', '2031-04-15'),
      timex(text, 'in 2029', '2029', 'year', '2029-01-01', '2029-12-31'),
    ],
  });
  assert.deepEqual(events, ['statement 2031-04-15 [said]', 'diplomatic_meeting 2029 [met]']);
  const said = 'The envoy said on Tuesday that rain would fall in 2032.';
  assert.deepEqual(brief(said, { timex: [timex(said, 'on Tuesday', '2031-04-15', 'day', '2031-04-15', '2031-04-15'), timex(said, 'in 2032', '2032', 'year', '2032-01-01', '2032-12-31')] }),
    ['statement 2031-04-15 [said]']);
});

test('two events governed by two dates in one sentence are both reported', () => {
  const text = 'The rebels stormed the airport in 2028 and signed a truce in 2030.';
  const events = brief(text, {
    timex: [timex(text, 'in 2028', '2028', 'year', '2028-01-01', '2028-12-31'), timex(text, 'in 2030', '2030', 'year', '2030-01-01', '2030-12-31')],
  });
  assert.deepEqual(events, ['military_operation 2028 [stormed]', 'ceasefire 2030 [signed a truce]']);
});

test('a second date types its verb by the words around it, and never re-dates an event already dated', () => {
  const text = 'The envoy said on 3 March that the militia must disarm, since Resolution 5120, adopted on 12 January, names the militia.';
  const events = brief(text, { timex: [day(text, 'on 3 March', '2031-03-03'), day(text, 'on 12 January', '2031-01-12')] });
  // "adopted" alone may be a declaration; with "Resolution" in its clause it is a vote.
  assert.deepEqual(events, ['statement 2031-03-03 [said]', 'vote 2031-01-12 [adopted]']);
  const fired = 'On 26 March the army fired 200 rockets at the port, and since January its drones have hit power lines.';
  const once = brief(fired, { timex: [day(fired, 'On 26 March', '2031-03-26'), timex(fired, 'since January', '2031-01', 'month', '2031-01-01', '2031-01-31')] });
  assert.equal(once.filter((e) => e.endsWith('[fired]') || e.includes('[fired 200 rockets]')).length, 1, once.join('; '));
});

test('quoted words and commentators are not the narration', () => {
  const text = '“We fought for every street and every house in that town,” the commander said. Analyst Mira Solt said the army was tired.';
  assert.deepEqual(brief(text), []);
});

test('a definite noun naming an event already reported refers back to it', () => {
  const text = 'On 4 April, protesters blocked the highway. The blockade angered truck drivers.';
  assert.deepEqual(brief(text, { timex: [timex(text, 'On 4 April', '2031-04-04', 'day', '2031-04-04', '2031-04-04')] }), ['blockade 2031-04-04 [blocked]']);
  const future = 'On 4 June, protesters blocked the highway.';
  assert.deepEqual(brief(future, { timex: [timex(future, 'On 4 June', '2031-06-04', 'day', '2031-06-04', '2031-06-04')] }), ['blockade 2031-04 [blocked]'], 'a date after publication does not date a past event');
});

const day = (text: string, surface: string, value: string) => timex(text, surface, value, 'day', value, value);
const year = (text: string, surface: string, value: string) => timex(text, surface, value, 'year', `${value}-01-01`, `${value}-12-31`);

test('common kinds of news event are recognised and typed', () => {
  const cases: [string, string, string][] = [
    ['gunmen ambushed a fuel convoy near Tarsel.', 'armed_clash', 'ambushed'],
    ['militiamen killed eleven villagers at the well.', 'armed_clash', 'killed'],
    ['eleven villagers were killed at the well.', 'casualty_report', 'were killed'],
    ['the army recaptured the river port of Ossa.', 'military_operation', 'recaptured'],
    ['artillery units were shelling the northern suburbs of Ossa.', 'military_operation', 'shelling'],
    ['colonel Varn seized power in the capital.', 'election_or_political_change', 'seized power'],
    ['the last foreign troops left Ossa.', 'deployment', 'troops left'],
    ['the monitoring mission completed its withdrawal.', 'deployment', 'withdrawal'],
    ['the junta terminated the fisheries accord.', 'other', 'terminated the fisheries accord'],
    ['the council declared a state of emergency in the delta.', 'other', 'declared a state of emergency'],
    ['police arrested the opposition leader.', 'other', 'arrested'],
    ['the two republics signed a defence pact.', 'agreement', 'signed a defence pact'],
    ['the assembly passed a resolution on the strait.', 'vote', 'passed a resolution'],
    ['the ministry acknowledged heavy losses.', 'statement', 'acknowledged'],
    ['ceasefire talks between the two militias were held in Ossa.', 'negotiation', 'ceasefire talks'],
    ['the interim president transferred the executive powers of the state to the army chief.', 'election_or_political_change', 'transferred the executive'],
    ['the president visited the flooded delta.', 'diplomatic_meeting', 'visited'],
    ['the supreme court ruled that the decree was void.', 'other', 'court ruled'],
    ['the union imposed sanctions on three commanders.', 'other', 'imposed sanctions'],
    ['the brigade withdrew its troops from Ossa.', 'deployment', 'withdrew its troops'],
  ];
  for (const [sentence, type, trigger] of cases) {
    const text = `On 3 March, ${sentence}`;
    assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), [`${type} 2031-03-03 [${trigger}]`], sentence);
  }
});

test('a date closing a relative clause dates that clause, not the main verb', () => {
  const text = 'General Orsk, who seized power in 2029, said the border would reopen.';
  assert.deepEqual(brief(text, { timex: [year(text, 'in 2029', '2029')] }), ['election_or_political_change 2029 [seized power]', 'statement 2031-04 [said]']);
});

test('a date inside a relative clause is not carried to the next sentence', () => {
  const text = 'Velmora, whose militia burned the granary in 2029, is isolated. Its envoy said talks were over.';
  const events = brief(text, { timex: [year(text, 'in 2029', '2029')] });
  // The relative clause's own act keeps its year; the next sentence is the news of the day.
  assert.deepEqual(events, ['military_operation 2029 [burned]', 'statement 2031-04 [said]']);
});

test('a definite event noun with no date of its own points back, not to a new event', () => {
  const text = 'The rebel front claimed the attack. Regional envoys met after the coup.';
  assert.deepEqual(brief(text), ['statement 2031-04 [claimed]', 'diplomatic_meeting 2031-04 [met]']);
  const participants = 'The protesters gathered outside the palace.';
  assert.deepEqual(brief(participants), ['protest 2031-04 [protesters]'], 'people taking part are not an anaphor');
});

test('an allegation reports the accusation, not the deed', () => {
  const text = 'On 3 March, the ministry accused Velmora of shelling the dam.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['statement 2031-03-03 [accused]']);
});

test('passive verbs of saying are not statements', () => {
  const text = 'On 3 March, a blast hit the depot in Orvik, leaving nine people reported missing.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['explosion 2031-03-03 [blast]']);
});

test('a statement after an event with words of its own is reported too; a closing attribution is not', () => {
  const text = 'On 3 March, militias shelled Ossa as aid agencies warned that food was running out.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['military_operation 2031-03-03 [shelled]', 'statement 2031-03-03 [warned]']);
  const closing = 'On 3 March, militias shelled Ossa, local officials said.';
  assert.deepEqual(brief(closing, { timex: [day(closing, 'On 3 March', '2031-03-03')] }), ['military_operation 2031-03-03 [shelled]']);
});

test('two distinct happenings in one clause are both reported; one happening named twice is not', () => {
  const text = 'On 3 March, the exodus began after Velmora lifted its blockade of the valley.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['displacement 2031-03-03 [exodus]', 'blockade 2031-03-03 [lifted its blockade]']);
  const same = 'On 3 March, drones struck the depot and killed four guards.';
  assert.deepEqual(brief(same, { timex: [day(same, 'On 3 March', '2031-03-03')] }), ['military_operation 2031-03-03 [struck the depot]']);
});

test('a bare month read after publication is last year’s month in a past report', () => {
  const text = 'The army retook the oasis in November.';
  const t = timex(text, 'in November', '2031-11', 'month', '2031-11-01', '2031-11-30');
  assert.deepEqual(brief(text, { timex: [t] }), ['military_operation 2030-11 [retook]']);
});

test('narration that goes on under a carried date keeps it into the next paragraph', () => {
  const text = 'On 9 February, gunmen attacked a convoy near Tarsel.\n\nFour drivers were killed.\n\nThe rebel front later ambushed the column.';
  const events = brief(text, { timex: [day(text, 'On 9 February', '2031-02-09')] });
  assert.deepEqual(events, ['military_operation 2031-02-09 [attacked]', 'casualty_report 2031-02-09 [were killed]', 'armed_clash 2031-02-09 [ambushed]']);
});

test('a year modifying a noun dates that noun only, not the verbs around it', () => {
  const text = 'On 2 April, the council met under the 1990 charter. Orvan forces captured the port under the 2019 border rules.';
  const events = findEvents(
    input(text, {
      timex: [
        timex(text, 'On 2 April', '2031-04-02', 'day', '2031-04-02', '2031-04-02'),
        timex(text, '1990', '1990', 'year', '1990-01-01', '1990-12-31'),
        timex(text, '2019', '2019', 'year', '2019-01-01', '2019-12-31'),
      ],
    }),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date.value, text.slice(e.trigger.start, e.trigger.end)]),
    [
      ['diplomatic_meeting', '2031-04-02', 'met'],
      ['military_operation', '2031-04-02', 'captured the port'],
    ],
  );
});

test('a modified year still dates its own event noun, and a verb governing that noun', () => {
  const text = 'Tarn’s 2027 declaration of independence is still disputed. The envoy, ousted in the 2029 coup, left.';
  const events = findEvents(
    input(text, {
      timex: [timex(text, '2027', '2027', 'year', '2027-01-01', '2027-12-31'), timex(text, '2029', '2029', 'year', '2029-01-01', '2029-12-31')],
    }),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date.value, text.slice(e.trigger.start, e.trigger.end)]),
    [
      ['declaration_of_independence', '2027', 'declaration of independence'],
      ['election_or_political_change', '2029', 'ousted'],
    ],
  );
});

test('an undated statement after background history takes the news date, not the history', () => {
  const text = 'On Monday, judges in Ostrava heard the case. The riverside massacre took place in 2009, when militias held the valley. The ministry dismissed the hearing.';
  const events = findEvents(
    input(text, {
      timex: [timex(text, 'On Monday', '2031-04-14', 'day', '2031-04-14', '2031-04-14'), timex(text, 'in 2009', '2009', 'year', '2009-01-01', '2009-12-31')],
    }),
  );
  const dismissed = events.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'dismissed');
  assert.ok(dismissed);
  assert.equal(dismissed.date.value, '2031-04-14');
  assert.match(dismissed.rule, /news-date/);
});

test('the date right after a verb of saying is the saying’s, and a deed told as coming before it is undated', () => {
  const text = 'The mayor said on Friday that the region would vote again, two weeks after the assembly adopted a resolution on water.';
  const events = findEvents(input(text, { timex: [timex(text, 'on Friday', '2031-04-11', 'day', '2031-04-11', '2031-04-11')] }));
  assert.deepEqual(
    events.map((e) => [e.type, e.date.value, text.slice(e.trigger.start, e.trigger.end)]),
    [['statement', '2031-04-11', 'said']],
  );
});

test('a capture verb whose object is a named place is a military operation', () => {
  const text = 'In March, rebels took Dorvik after a long siege.';
  const events = findEvents(
    input(text, { entities: [entity(text, 'Dorvik', 'PLACE', 'city')], timex: [timex(text, 'In March', '2031-03', 'month', '2031-03-01', '2031-03-31')] }),
  );
  const took = events.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'took');
  assert.equal(took?.type, 'military_operation');
  assert.equal(took?.rule.split('; ')[0], 'verb:capture-verb + place');
});

test('a second place with a date of its own after "and" is a second capture, dated apart', () => {
  const text = 'Its forces took Dorvik in May 2029 and Velmar in February, officials say.';
  const extra = {
    entities: [entity(text, 'Dorvik', 'PLACE', 'city'), entity(text, 'Velmar', 'PLACE', 'city')],
    timex: [timex(text, 'in May 2029', '2029-05', 'month', '2029-05-01', '2029-05-31'), timex(text, 'in February', '2031-02', 'month', '2031-02-01', '2031-02-28')],
  };
  assert.deepEqual(brief(text, extra), ['military_operation 2029-05 [took]', 'military_operation 2031-02 [Velmar]']);
});

test('a capture verb in a relative clause takes the place before "which" as its object', () => {
  const text = 'The dam near Dorvik, which rebel units seized in March, still holds.';
  const extra = { entities: [entity(text, 'Dorvik', 'PLACE', 'city')], timex: [timex(text, 'in March', '2031-03', 'month', '2031-03-01', '2031-03-31')] };
  assert.deepEqual(brief(text, extra), ['military_operation 2031-03 [seized]']);
});

test('recognising a named place is an event of its own; so is an abduction', () => {
  const text = 'In March, Velmora recognised Dorvik. In April, gunmen abducted two engineers.';
  const extra = {
    entities: [entity(text, 'Dorvik', 'PLACE', 'country')],
    timex: [timex(text, 'In March', '2031-03', 'month', '2031-03-01', '2031-03-31'), timex(text, 'In April', '2031-04', 'month', '2031-04-01', '2031-04-30')],
  };
  assert.deepEqual(brief(text, extra), ['other 2031-03 [recognised]', 'other 2031-04 [abducted]']);
});

test('part of a decade dates an event as the span of years it covers', () => {
  const text = 'In the early 1990s militias drove the farmers out of the valley.';
  const extra = { timex: [timex(text, 'In the early 1990s', '1990s', 'decade', '1990-01-01', '1993-12-31')] };
  assert.deepEqual(brief(text, extra), ['displacement 1990-01-01/1993-12-31 [drove the farmers out of]']);
});

test('a capitalised noun ending a name names the event; one inside a longer name does not', () => {
  const text = 'The Velmar Accord of 2011 ended the feud. In 2012, the Velmar Accord Commission met once.';
  const events = findEvents(
    input(text, { timex: [timex(text, '2011', '2011', 'year', '2011-01-01', '2011-12-31'), timex(text, 'In 2012', '2012', 'year', '2012-01-01', '2012-12-31')] }),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date.value, text.slice(e.trigger.start, e.trigger.end)]),
    [
      ['agreement', '2011', 'Accord'],
      ['diplomatic_meeting', '2012', 'met'],
    ],
  );
});

test('“later” keeps a trigger from borrowing the earlier date of its sentence', () => {
  const text = 'Crowds fled the delta in 2014, a flight that inspectors later described as forced.';
  const events = findEvents(input(text, { timex: [timex(text, 'in 2014', '2014', 'year', '2014-01-01', '2014-12-31')] }));
  assert.deepEqual(
    events.map((e) => [e.type, e.date.value, text.slice(e.trigger.start, e.trigger.end)]),
    [['displacement', '2014', 'fled']],
  );
});

test('an event noun that a modal several words back puts in the future is not reported', () => {
  const text = 'On 3 March, the general told the council that the junta would hold free and fair multiparty elections.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['statement 2031-03-03 [told]']);
  const held = 'On 3 March, the junta held elections in the delta.';
  assert.deepEqual(brief(held, { timex: [day(held, 'On 3 March', '2031-03-03')] }), ['election_or_political_change 2031-03-03 [elections]']);
});

test('an undated event noun deep inside what a speaker said is the statement’s content', () => {
  const text = 'The floods reached Ossa on 3 March. The mayor said the governor was emptying the valley through nightly police raids. Wire services reported heavy raids on the port.';
  const timex = [day(text, 'on 3 March', '2031-03-03')];
  assert.deepEqual(brief(text, { timex }), ['other 2031-03-03 [reached]', 'statement 2031-03-03 [said]', 'military_operation 2031-03-03 [raids]']);
  const widely = 'On 5 March, the widely reported raids ended.';
  assert.ok(!brief(widely, { timex: [day(widely, 'On 5 March', '2031-03-05')] }).some((e) => e.startsWith('statement')));
});

test('"Enough said" and "That said" are idioms, not statements', () => {
  assert.deepEqual(brief('The envoy said the talks had failed. Enough said.'), ['statement 2031-04 [said]']);
  assert.deepEqual(brief('That said, the envoy stayed.'), []);
});

test('adjectives, prefixed modifiers and prospects are not events', () => {
  assert.deepEqual(brief('Velmora regards it as offensive for Ostria to hint at that.'), []);
  assert.deepEqual(brief('The drills included anti-riot training for the police.'), []);
  assert.deepEqual(brief('Ostria’s withdrawal might still happen.'), []);
  assert.deepEqual(brief('Ostria’s withdrawal began on Monday.'), [`deployment ${PUBLISHED.slice(0, 7)} [withdrawal]`]);
});

test('"at the time" keeps a statement at the narrated date; "during the <year> war" dates the clause', () => {
  const text = 'In 2027, the ministry launched a media programme. At the time, the government in Port Ilia accused the ministry of meddling.';
  const events = brief(text, { timex: [timex(text, 'In 2027', '2027', 'year', '2027-01-01', '2027-12-31'), timex(text, 'At the time', null as unknown as string, 'none', '', '')] });
  assert.ok(events.includes('statement 2027 [accused]'), events.join('; '));
  const war = 'During the 2029 border war, Velmora sent hundreds of mercenaries to the front.';
  assert.deepEqual(brief(war, { timex: [timex(war, '2029', '2029', 'year', '2029-01-01', '2029-12-31')] }), ['deployment 2029 [sent hundreds of mercenaries]']);
});

test('leaving an organisation is no deployment; leaving a town is', () => {
  const text = 'Velmora announced its withdrawal from the Northern Pact. Ostria began a withdrawal from Port Ilia.';
  const entities = [entity(text, 'Northern Pact', 'ORG', 'alliance'), entity(text, 'Port Ilia', 'PLACE', 'city')];
  assert.deepEqual(brief(text, { entities }).filter((e) => e.startsWith('deployment')), [`deployment ${PUBLISHED.slice(0, 7)} [withdrawal]`]);
});

test('a date after the short object of a verb of saying is the saying’s; after "that" it is what was said', () => {
  const text = 'In March the council met. The envoy condemned the decision on Saturday evening. The envoy said that troops left on Sunday.';
  const events = brief(text, { timex: [timex(text, 'In March', '2031-03', 'month', '2031-03-01', '2031-03-31'), day(text, 'on Saturday evening', '2031-04-12'), day(text, 'on Sunday', '2031-04-13')] });
  assert.ok(events.includes('statement 2031-04-12 [condemned]'), events.join('; '));
  assert.ok(!events.some((e) => e.startsWith('statement 2031-04-13')), events.join('; '));
});

test('a second act told by its own verb in one sentence is a second event', () => {
  const text = 'On 3 March, Velmora placed the water treaty in abeyance and shut the border crossing.';
  assert.deepEqual(brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] }), ['other 2031-03-03 [placed the water treaty in abeyance]', 'blockade 2031-03-03 [shut the border]']);
});

test('a date before an "and" belongs to the act before it', () => {
  const text = 'Velmora annexed the island in 2027 and launched an invasion of Ostria in February 2030.';
  const events = brief(text, { timex: [year(text, 'in 2027', '2027'), timex(text, 'in February 2030', '2030-02', 'month', '2030-02-01', '2030-02-28')] });
  assert.ok(events.includes('military_operation 2030-02 [launched an invasion]'), events.join('; '));
});

test('a dated statement of a toll is one casualty report, dated by the saying', () => {
  const text = 'The ministry said on Wednesday that at least 18 civilians had been killed around the port.';
  assert.deepEqual(brief(text, { timex: [day(text, 'on Wednesday', '2031-04-09')] }), ['casualty_report 2031-04-09 [been killed]']);
  // A later time belongs to the later happening, not to the toll.
  const two = 'The ministry said on Wednesday that 18 civilians had been killed and that 3,000 people had been displaced since Sunday.';
  assert.deepEqual(brief(two, { timex: [day(two, 'on Wednesday', '2031-04-09'), day(two, 'since Sunday', '2031-04-06')] }),
    ['casualty_report 2031-04-09 [been killed]', 'displacement 2031-04-06 [displaced]']);
});

test('an undated happening told in a dated report takes the report’s month, not a date carried from before', () => {
  const text = 'On 2 March the army moved north.\nThe agency said on Wednesday that 37,000 people were displaced.';
  const events = brief(text, { timex: [day(text, 'On 2 March', '2031-03-02'), day(text, 'on Wednesday', '2031-04-09')] });
  assert.ok(events.includes('displacement 2031-04 [displaced]'), events.join('; '));
});

test('two captures with their own objects are two events; "shelled and bombed" or a participle is one', () => {
  const text = 'On 3 March, rebels took the town of Ferrin within hours, captured dozens of soldiers and shelled and bombed the depot.';
  const events = brief(text, { timex: [day(text, 'On 3 March', '2031-03-03')] });
  assert.deepEqual(events, ['military_operation 2031-03-03 [took the town]', 'military_operation 2031-03-03 [captured]', 'military_operation 2031-03-03 [shelled]']);
  const grip = 'On 3 March, rebels tightened their grip on the valley, shelling farms along the river.';
  assert.equal(brief(grip, { timex: [day(grip, 'On 3 March', '2031-03-03')] }).length, 1);
});

test('"since" a year opens a period up to now: it does not carry into the next sentence', () => {
  const text = 'For the first time since 1943, foreign armour crossed the frontier. The army evacuated the border villages.';
  const events = brief(text, { timex: [year(text, 'since 1943', '1943')] });
  assert.ok(events.includes('displacement 2031-04 [evacuated]'), events.join('; '));
});

test('a named place that fell was captured', () => {
  const text = 'Compare that with February, when Ferrin fell. Prices fell by half.';
  const ferrin = entity(text, 'Ferrin', 'PLACE', 'city');
  const events = brief(text, { entities: [ferrin], timex: [timex(text, 'with February', '2031-02', 'month', '2031-02-01', '2031-02-28')] });
  assert.deepEqual(events, ['military_operation 2031-02 [fell]']);
});

test('a clause with a subject of its own tells a second happening of a related type apart', () => {
  const text = 'In 1996 Velmora fired missiles into the strait, and President Ortan sent two destroyers to the area.';
  const year = timex(text, 'In 1996', '1996', 'year', '1996-01-01', '1996-12-31');
  assert.deepEqual(brief(text, { timex: [year] }), ['military_operation 1996 [fired missiles]', 'deployment 1996 [sent two destroyers]']);
  // The same subject going on ("…, and then sent …") keeps one event.
  const same = 'In 1996 Velmora fired missiles into the strait, and then sent two destroyers to the area.';
  assert.equal(brief(same, { timex: [timex(same, 'In 1996', '1996', 'year', '1996-01-01', '1996-12-31')] }).length, 1);
});

test('a date inside a "since" clause dates that clause, not the act before it nor what follows', () => {
  const text = 'The army said on Tuesday that its troops had taken three districts of Varna, the biggest push since the war with the militia began in April 2029. The militia said it had repelled the attacks and killed dozens of soldiers.';
  const timexes = [timex(text, 'on Tuesday', '2031-04-15', 'day', '2031-04-15', '2031-04-15'), timex(text, 'in April 2029', '2029-04', 'month', '2029-04-01', '2029-04-30')];
  const found = brief(text, { timex: timexes });
  assert.ok(found.includes('armed_clash 2031-04-15 [killed]'), found.join(' | '));
  assert.ok(!found.some((f) => f.startsWith('military_operation 2029')), found.join(' | '));
});

test('a ruled-out ceasefire is not a ceasefire', () => {
  assert.deepEqual(brief('In his speech the general ruled out a ceasefire while the militia held the bridges.').filter((f) => f.startsWith('ceasefire')), []);
});

test('an act with a closing attribution is the act; a saying that opens the sentence stays the event', () => {
  const closing = 'On 3 March border guards detained two shepherds near the fence, the security service said.';
  assert.deepEqual(brief(closing, { timex: [day(closing, 'On 3 March', '2031-03-03')] }), ['other 2031-03-03 [detained]']);
  const opening = 'On 3 March the security service said border guards had detained two shepherds near the fence.';
  assert.deepEqual(brief(opening, { timex: [day(opening, 'On 3 March', '2031-03-03')] }), ['statement 2031-03-03 [said]']);
});

test('troops a preposition governs, with a participle after them, are described, not deployed', () => {
  const described = 'In 2031 the new base became a hazard for the foreign troops deployed in the valley.';
  assert.deepEqual(brief(described, { timex: [year(described, 'In 2031', '2031')] }), ['other 2031 [became]']);
  const deployed = 'In 2031 the foreign troops deployed in the valley.';
  assert.deepEqual(brief(deployed, { timex: [year(deployed, 'In 2031', '2031')] }), ['deployment 2031 [deployed]']);
});

test('"the latest" escalation after a paragraph of history is dated as the news, not by the carried year', () => {
  const text = 'In 2027, Velmora attacked the enclave. However, the latest escalation began when Velmoran forces attacked Ostria proper.';
  const events = brief(text, { timex: [year(text, 'In 2027', '2027')] });
  assert.deepEqual(events, ['military_operation 2027 [attacked]', `military_operation ${PUBLISHED.slice(0, 7)} [attacked]`]);
});

test('"after weeks of fighting" is a span of time, not an earlier event: the act keeps the narrated date', () => {
  const text = 'In 2027, the army attacked the enclave. After weeks of fighting, rebels seized the town.';
  assert.deepEqual(brief(text, { timex: [year(text, 'In 2027', '2027')] }), ['military_operation 2027 [attacked]', 'military_operation 2027 [seized the town]']);
  const after = 'In 2027, the army attacked the enclave. After the talks failed, rebels seized the town.';
  assert.deepEqual(brief(after, { timex: [year(after, 'In 2027', '2027')] }), ['military_operation 2027 [attacked]']);
});

test('an event named as the time of another act is no report of it, unless its own date follows it', () => {
  const text = 'In 2027, the ministry launched a media fund right before the elections.';
  // The year dates the launch, a past act the lexicon has no type for; the elections are only its time.
  assert.deepEqual(brief(text, { timex: [year(text, 'In 2027', '2027')] }), ['other 2027 [launched]']);
  const own = 'Two days after the referendum in May, troops entered the city.';
  const events = brief(own, { timex: [timex(own, 'in May', '2031-05', 'month', '2031-05-01', '2031-05-31')] });
  // May after an April publication is last year's May.
  assert.ok(events.includes('vote 2030-05 [referendum]'), events.join('; '));
});

test('"has now announced" and "has since confirmed" are the day’s news; a bare "has said" is a standing position', () => {
  const types = (text: string) => findEvents(input(text)).map((e) => `${e.type} ${e.date?.value}`);
  assert.deepEqual(types('Norland has now announced that it will build a new road to the border.'), ['statement 2031-04']);
  assert.deepEqual(types('The government has since confirmed that it requested help from its allies.'), ['statement 2031-04']);
  assert.deepEqual(types('The government has said for years that it wants a settlement.'), []);
});

test('"revealed" reports a statement; "is revealing" describes something', () => {
  const types = (text: string) => findEvents(input(text)).map((e) => e.type);
  assert.deepEqual(types('Its deputy foreign minister revealed that the country had weighed leaving the bloc.'), ['statement']);
  assert.deepEqual(types('The list of sponsors for the portal is revealing.'), []);
});

test('a date no trigger takes dates the past-tense verb of its own clause', () => {
  const text = 'Customs officers reopened the Harbin Ford crossing on 3 March, and the old toll bridge collapsed in 1998.';
  const dates = [
    timex(text, 'on 3 March', '2031-03-03', 'day', '2031-03-03', '2031-03-03'),
    timex(text, 'in 1998', '1998', 'year', '1998-01-01', '1998-12-31'),
  ];
  assert.deepEqual(brief(text, { timex: dates }), ['other 2031-03-03 [reopened]', 'other 1998 [collapsed]']);
});

test('a second date with no past-tense verb in its clause, or reaching up to now, dates nothing', () => {
  const text = 'Customs officers reopened the crossing on 3 March; traders hope for calmer weeks in May. The bridge has stood since 1998.';
  const dates = [
    timex(text, 'on 3 March', '2031-03-03', 'day', '2031-03-03', '2031-03-03'),
    timex(text, 'in May', '2030-05', 'month', '2030-05-01', '2030-05-31'),
    timex(text, 'since 1998', '1998', 'year', '1998-01-01', '1998-12-31'),
  ];
  assert.deepEqual(brief(text, { timex: dates }), ['other 2031-03-03 [reopened]']);
});
