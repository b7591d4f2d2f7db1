import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuoteItem } from '../claims/types.js';
import { detect, flagged } from './test-helpers.js';

describe('scare quotes', () => {
  it('flags a quoted label for people as Name_Calling, marks and all', () => {
    const text = 'Dozens of state-funded “eco-activists” blocked the road.';
    const items = detect(text);
    assert.deepEqual(items.map((i) => [i.technique, text.slice(i.start, i.end), i.scareQuote]), [['Name_Calling,Labeling', '“eco-activists”', true]]);
    assert.equal(items[0].rule, 'scare-quote: agent noun -ists');
  });

  it('flags other distancing quotes as Loaded_Language', () => {
    assert.deepEqual(flagged('Their “mediation” efforts went nowhere.'), ['Loaded_Language: “mediation”']);
  });

  it('takes "so-called" and "self-described" for distance, not for reported speech', () => {
    assert.deepEqual(flagged('The road closed after self-described “volunteers” blocked it.'), ['Name_Calling,Labeling: “volunteers”']);
    assert.deepEqual(flagged('The officials called the raids “a measure” on Monday.'), []);
  });

  it('takes a scare-quoted noun for people as a label', () => {
    assert.deepEqual(flagged('The “rebels” took the ridge, helped by so-called “experts”.'), ['Name_Calling,Labeling: “rebels”', 'Name_Calling,Labeling: “experts”']);
  });

  it('flags a quoted word opening a heading', () => {
    assert.deepEqual(flagged('‘Perfect’ Timing'), ['Loaded_Language: ‘Perfect’']);
  });

  it('leaves a partial quotation with its reporting verb alone', () => {
    assert.deepEqual(flagged('The envoy said the talks made “good progress” on Monday.'), []);
    assert.deepEqual(flagged('It is “a turning point”, says one analyst.'), []);
  });

  it('leaves a quoted capitalised name alone', () => {
    assert.deepEqual(flagged('The plan for the “Northern Road” was shelved.'), []);
  });

  it('leaves a phrase that echoes an earlier quotation alone', () => {
    assert.deepEqual(flagged('“We reject this ultimatum in full,” the envoy said. The “ultimatum” expired on Friday.'), []);
  });

  it('leaves a quotation listed by the quotes layer alone', () => {
    const text = 'The mayor promised a “fair deal” to the fishermen.';
    const start = text.indexOf('fair');
    const quote: QuoteItem = { field: 'text', start, end: start + 'fair deal'.length, text: 'fair deal', kind: 'partial', speaker: null, speakerText: 'The mayor', rule: 'test' };
    assert.deepEqual(flagged(text.replace('promised', 'wants')), ['Loaded_Language: “fair deal”']);
    assert.deepEqual(flagged(text.replace('promised', 'wants'), [quote]), []);
  });

  it('does not read an apostrophe as a closing quote', () => {
    assert.deepEqual(flagged('The town’s ‘reform’ plan stalled.'), ['Loaded_Language: ‘reform’']);
  });

  it('holds words handed to someone else’s naming at arm’s length, even when they were said', () => {
    const text = 'The army pressed on with what the ministry calls “stabilisation”, and the council calls this a “sovereign choice”.';
    const rules = (q: string) => detect(text).filter((i) => i.text === q).map((i) => `${i.technique}: ${i.rule}`);
    assert.deepEqual(rules('“stabilisation”'), ['Loaded_Language: scare-quote: named by others']);
    assert.deepEqual(rules('“sovereign choice”'), ['Loaded_Language: scare-quote: named by others']);
  });

  it('counts a passive naming and a name a party gives itself as someone else’s naming', () => {
    assert.deepEqual(flagged('The return of the valley is branded an “occupation” in the capital.'), ['Loaded_Language: “occupation”']);
    assert.deepEqual(flagged('The officers who seized the port call themselves the “rightful authority” now.'), ['Loaded_Language: “rightful authority”']);
    assert.deepEqual(flagged('The officers said the port was “secure” on Monday.'), []);
  });

  it('takes the quoted charge of an accusation for a scare quote', () => {
    assert.deepEqual(flagged('Officials accused the monitors of “sabotage”.'), ['Loaded_Language: “sabotage”']);
    assert.deepEqual(flagged('Officials accused the monitors of harbouring “bandits”.'), ['Name_Calling,Labeling: “bandits”']);
  });

  it('still leaves a plainly reported characterisation alone', () => {
    assert.deepEqual(flagged('The governor called the harvest “promising” on Monday.'), []);
  });
});
