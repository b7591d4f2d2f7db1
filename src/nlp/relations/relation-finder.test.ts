import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, KbEntry } from '../../core/entity.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { tokenize } from '../tokenize.js';
import { findRelations } from './relation-finder.js';
import type { RelationItem } from './types.js';

// Invented places, bodies and people: what matters is the shape of the sentence.
interface Spec {
  type: EntityType;
  name: string;
  kind?: string;
  adjectives?: string[];
  forms?: string[];
}

const SPECS: Spec[] = [
  { type: 'PLACE', name: 'Freedonia', kind: 'country', adjectives: ['Freedonian'] },
  { type: 'PLACE', name: 'Sylvania', kind: 'country', adjectives: ['Sylvanian'] },
  { type: 'PLACE', name: 'Ruritania', kind: 'country', adjectives: ['Ruritanian'] },
  { type: 'PLACE', name: 'Port Vell', kind: 'city' },
  { type: 'ORG', name: 'Northern Compact', kind: 'alliance' },
  { type: 'PERSON', name: 'Mara Lind', kind: 'head_of_state' },
];

/** The entities layer for `text`: every occurrence of each name is a mention. */
function entitiesOf(text: string): ArticleEntity[] {
  return SPECS.map((s) => {
    const kb = s.kind ? ({ id: `test:${s.name}`, type: s.type, kind: s.kind, name: s.name, aliases: [], wikidata: null, geo: null, adjectives: s.adjectives } as KbEntry) : null;
    const mentions = [];
    for (const form of s.forms ?? [s.name]) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) mentions.push({ field: 'text' as const, start: i, end: i + form.length, text: form, rule: 'test' });
    }
    return { key: s.name, type: s.type, name: s.name, kb, forms: [s.name], mentions };
  });
}

function relations(text: string): RelationItem[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return findRelations({
    text,
    title: '',
    paragraphs,
    sentences,
    tokens: { text: tokenize(text, sentences), title: [] },
    entities: entitiesOf(text),
    quotes: [],
  });
}

const name = (i: number) => SPECS[i].name;
const brief = (r: RelationItem) => `${name(r.source)} ${r.type} ${name(r.target)}`;

test('each relation type, with its cue and evidence sliced exactly from the text', () => {
  const cases: [string, string, string][] = [
    ['Freedonia shelled Sylvania before dawn.', 'Freedonia adversary Sylvania', 'shelled'],
    ['Freedonia and Sylvania signed a strategic partnership in the spring.', 'Freedonia ally Sylvania', 'signed a strategic partnership'],
    ['Ruritania delivered combat drones to Sylvania last year.', 'Ruritania arms_supplier Sylvania', 'delivered'],
    ['Sylvania, a founding member of the Northern Compact, objected.', 'Sylvania member_of Northern Compact', 'member'],
    ['Freedonian President Mara Lind arrived late.', 'Mara Lind leader_of Freedonia', 'President'],
    ['Crowds gathered in Port Vell, Sylvania, on Sunday.', 'Port Vell located_in Sylvania', ','],
    ['The clashes between Freedonia and Sylvania resumed.', 'Freedonia adversary Sylvania', 'clashes'],
  ];
  for (const [text, expected, cue] of cases) {
    const found = relations(`Some background first. ${text}`);
    assert.deepEqual(found.map(brief), [expected], text);
    const r = found[0];
    const full = `Some background first. ${text}`;
    assert.equal(full.slice(r.start, r.end), text);
    assert.equal(r.text, text);
    assert.equal(full.slice(r.cue.start, r.cue.end), cue);
    assert.equal(r.cue.text, cue);
    assert.equal(r.quoted, false);
    assert.ok(r.rule.length > 0);
  }
});

test('a mediator relates to both parties', () => {
  const found = relations('Ruritania brokered a ceasefire between Freedonia and Sylvania on Friday.');
  assert.deepEqual(found.map(brief), ['Ruritania mediates Freedonia', 'Ruritania mediates Sylvania']);
  assert.equal(found[0].cue.text, 'brokered');
});

test('negated, future, conditional, wished and questioned relations are not asserted', () => {
  for (const text of [
    'Freedonia did not attack Sylvania.',
    'Freedonia has never attacked Sylvania.',
    'Ruritania could supply drones to Sylvania.',
    'Ruritania will deliver drones to Sylvania next year.',
    'If Freedonia attacks Sylvania, the region will burn.',
    'Has Freedonia shelled Sylvania again?',
    'Officials fear a war between Freedonia and Sylvania.',
    'Freedonia wants to join the Northern Compact.',
  ]) {
    assert.deepEqual(relations(text).map(brief), [], text);
  }
});

test('inside a quotation the relation is the speaker’s, and marked so', () => {
  const text = 'The envoy said: “Freedonia invaded Sylvania last night and nobody stopped it.”';
  const [r] = relations(text);
  assert.equal(brief(r), 'Freedonia adversary Sylvania');
  assert.equal(r.quoted, true);
  assert.equal(text.slice(r.cue.start, r.cue.end), 'invaded');
});

test('a scare-quoted cue is the outlet keeping its distance, not an assertion', () => {
  assert.deepEqual(relations('Ruritania has been “mediating” between Freedonia and Sylvania.').map(brief), []);
  assert.deepEqual(relations('Ruritania has been mediating between Freedonia and Sylvania.').map(brief), ['Ruritania mediates Freedonia', 'Ruritania mediates Sylvania']);
});

test('a former office is not a current leadership', () => {
  assert.deepEqual(relations('The former Freedonian President Mara Lind spoke.').map(brief), []);
});

test('an actor named after a preposition is not the subject', () => {
  assert.deepEqual(relations('Troops from Ruritania shelled Sylvania.').map(brief), []);
});
