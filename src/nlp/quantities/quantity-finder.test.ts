import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../core/entity.js';
import type { QuantityItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { findQuantities } from './quantity-finder.js';

/** Entities named by their surface forms; every occurrence of a form is a mention. */
function entitiesOf(text: string, names: [EntityType, string, string[]][]): ArticleEntity[] {
  return names.map(([type, name, forms]) => ({
    key: `${type}:${name}`, type, name, kb: null, forms,
    mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ field: 'text' as const, start: m.index!, end: m.index! + f.length, text: f, rule: 'test' }))),
  }));
}

function find(text: string, names: [EntityType, string, string[]][] = [], timex: TimexItem[] = []): { items: QuantityItem[]; entities: ArticleEntity[] } {
  const entities = entitiesOf(text, names);
  const items = findQuantities({ field: 'text', text, sentences: splitSentences(text, splitParagraphs(text)), entities, timex });
  for (const q of items) assert.equal(text.slice(q.start, q.end), q.text);
  return { items, entities };
}

const brief = (q: QuantityItem) => ({ text: q.text, value: q.value, qualifier: q.qualifier, unit: q.unit, category: q.category, counted: q.counted });

test('two figures in one sentence, the part taking the category of the whole', () => {
  const { items } = find('The agency said 3,120 civilians, including 1,200 children, are sheltering in a sports hall.');
  assert.deepEqual(items.map(brief), [
    { text: '3,120', value: 3120, qualifier: 'exact', unit: 'people', category: 'civilians_sheltered', counted: 'civilians' },
    { text: '1,200', value: 1200, qualifier: 'exact', unit: 'people', category: 'civilians_sheltered', counted: 'children' },
  ]);
});

test('the verb around the figure decides the category, not only the noun', () => {
  const { items } = find('Nearly 90 soldiers were killed. Some 4,000 troops were deployed. About 60,000 villagers fled to the hills. The valley is home to 15,000 people.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.unit]), [
    ['Nearly 90', 'killed', 'troops'],
    ['Some 4,000', 'military_personnel', 'troops'],
    ['About 60,000', 'displaced', 'people'],
    ['15,000', 'population', 'people'],
  ]);
});

test('injured, missing, money, area, distance and votes', () => {
  const { items } = find('The quake injured 37 people and left 12 missing. Donors pledged $450m. The lake covers 2,000 sq km and lies 300 km away. The motion passed with 61 votes.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.unit]), [
    ['37', 'injured', 'people'],
    ['12', 'missing', 'other'],
    ['$450m', 'money', 'USD'],
    ['2,000 sq km', 'area', 'km2'],
    ['300 km', 'distance', 'km'],
    ['61', 'vote_count', 'other'],
  ]);
});

test('membership of a bloc', () => {
  const { items } = find('The pact is an alliance made up of five states.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['five', 'members']]);
});

test('a source named before the figure, as an entity when a name covers it', () => {
  const text = 'On Friday, Ostrava announced that 8,000 people had arrived in Brenn.';
  const { items, entities } = find(text, [['PLACE', 'Ostrava', ['Ostrava']], ['PLACE', 'Brenn', ['Brenn']]]);
  assert.equal(items.length, 1);
  assert.equal(entities[items[0].attributedTo!].name, 'Ostrava');
  assert.equal(entities[items[0].place!].name, 'Brenn');
  assert.equal(items[0].category, 'displaced');
});

test('a source given only in words, and "according to"', () => {
  const { items } = find('Local officials said at least 14 fishermen drowned. According to the harbour master, 3 boats sank.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['at least 14', 'Local officials'], ['3', 'the harbour master']]);
});

test('a reporting clause after the figure, and "it said" pointing to the sentence subject', () => {
  const text = 'Nearly 300 homes were flooded, the Water Board says. The Kestrel Fire Service, for its part, published a list of 42 crew members who it said were hurt.';
  const { items, entities } = find(text, [['ORG', 'Water Board', ['Water Board']], ['ORG', 'Kestrel Fire Service', ['Kestrel Fire Service']]]);
  assert.equal(entities[items[0].attributedTo!].name, 'Water Board');
  assert.equal(items[1].text, '42');
  assert.equal(items[1].category, 'injured');
  assert.equal(entities[items[1].attributedTo!].name, 'Kestrel Fire Service');
});

test('"the ministry ... adding that" resolves to the ministry named earlier', () => {
  const text = 'The Ruritanian Health Ministry said on Monday that clinics were open. Staff worked through the night, the ministry said, adding that 75 patients were treated.';
  const { items, entities } = find(text, [['ORG', 'Ruritanian Health Ministry', ['Ruritanian Health Ministry']]]);
  assert.equal(items.length, 1);
  assert.equal(entities[items[0].attributedTo!].name, 'Ruritanian Health Ministry');
});

test('"they said" takes the source of the previous sentence', () => {
  const { items } = find('Most roads reopened, the rescue team reported. Ten hikers were still missing, they said.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['Ten', 'missing', 'the rescue team']]);
});

test('a figure with no reporting verb has no source', () => {
  const { items } = find('A landslide claimed 19 lives in the village.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedTo, q.attributedText]), [['19', 'killed', null, null]]);
});

test('figures inside names or time expressions are left out; the date of the sentence is kept as asOf', () => {
  const text = 'Since March 2021, 640 families have left the Block 9 district.';
  const timex: TimexItem[] = [{ field: 'text', start: 6, end: 16, text: 'March 2021', value: '2021-03', precision: 'month', from: null, to: null, anchor: 'absolute', rule: 'test' }];
  const { items } = find(text, [['PLACE', 'Block 9', ['Block 9']]], timex);
  assert.deepEqual(items.map((q) => [q.text, q.category, q.asOf]), [['640', 'displaced', '2021-03']]);
});
