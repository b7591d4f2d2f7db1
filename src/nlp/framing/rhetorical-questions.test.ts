import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuoteItem } from '../claims/types.js';
import { detect, flagged } from './test-helpers.js';

describe('rhetorical questions', () => {
  it('flags a question in the writer’s own voice as Doubt, the whole sentence', () => {
    const text = 'The ministry says the depot held only food. Why, then, were the trucks loaded at night? Officials declined to comment.';
    assert.deepEqual(flagged(text), ['Doubt: Why, then, were the trucks loaded at night?']);
    assert.equal(detect(text)[0].rule, 'rhetorical question');
  });

  it('takes a question that turns the charge back on the accuser for Whataboutism', () => {
    assert.deepEqual(flagged('They weep now. And where were the protests when our villages burned for a decade?'), [
      'Whataboutism,Straw_Men,Red_Herring: And where were the protests when our villages burned for a decade?',
    ]);
    assert.deepEqual(flagged('The lectures never stop. Is it Valmora that keeps warships off every coast of the continent?').map((f) => f.split(':')[0]), ['Whataboutism,Straw_Men,Red_Herring']);
  });

  it('leaves questions inside quotation marks to their speakers', () => {
    assert.deepEqual(flagged('“Who will pay for the bridge now?” the mayor asked.'), []);
    const text = 'The mayor asked who will pay for the bridge now? Nobody knew.';
    const start = text.indexOf('who');
    const quote: QuoteItem = { field: 'text', start, end: text.indexOf('?') + 1, text: 'who will pay for the bridge now?', kind: 'direct', speaker: null, speakerText: 'The mayor', rule: 'test' };
    assert.deepEqual(flagged(text, [quote]), []);
  });

  it('leaves a question printed twice word for word alone: it is a reader poll, not the writer asking', () => {
    const text = 'The vote is near. Take our poll Should the mayor resign over the canal deal? Should the mayor resign over the canal deal? Results below.';
    assert.deepEqual(flagged(text), []);
  });

  it('leaves a short question on a line of its own alone: it is a section heading', () => {
    assert.deepEqual(flagged('Talks stalled in March.\nIs the valley heading for a new war?\nBoth sides moved artillery.'), []);
  });
});

describe('repeated sentences', () => {
  it('flags a short sentence said again word for word as Repetition', () => {
    const text = 'The river is ours! The crowd sang on. The river is ours!';
    assert.deepEqual(flagged(text), ['Repetition: The river is ours!']);
    assert.equal(detect(text)[0].start, text.lastIndexOf('The river'));
  });

  it('does not take a long sentence met twice for a refrain', () => {
    const long = 'The council met on Monday to discuss the budget for roads, schools, clinics and the new water plant.';
    assert.deepEqual(flagged(`${long} ${long}`), []);
  });

  it('leaves page furniture a scraper repeated: polls, credit lines, sign-up boxes', () => {
    const poll = 'Should the mayor resign over the canal deal? Vote now. Should the mayor resign over the canal deal?';
    assert.equal(detect(poll).filter((i) => i.technique === 'Repetition').length, 0);
    const credit = 'Ana Lind/Harbour Gazette via Wire. The ferry sank. Ana Lind/Harbour Gazette via Wire.';
    assert.equal(detect(credit).filter((i) => i.technique === 'Repetition').length, 0);
    const widget = Array(4).fill('Sign up for our daily brief today.').join(' ');
    assert.equal(detect(widget).filter((i) => i.technique === 'Repetition').length, 0);
  });
});
