import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TechniqueItem } from '../claims/types.js';
import { detectTechniques, makeView } from './detector.js';
import { claimOf, classify, findLearnedSentences, NAME, SENTENCE_MODEL, sentenceFeatures, type SentenceModel } from './sentence-model.js';
import { fieldOf } from './test-helpers.js';

// A hand-made two-class model: "surely" and a question mark push a sentence toward Doubt.
const TOY: SentenceModel = {
  classes: ['none', 'Doubt'],
  threshold: 0.5,
  weights: new Map([
    ['bias', Float32Array.from([1, 0])],
    ['u=surely', Float32Array.from([0, 2])],
    ['u=?', Float32Array.from([0, 0.5])],
  ]),
};

const TEXT = 'The ferry left Korvan at noon. Surely nobody believes the harbour story?';

describe('learned sentence layer', () => {
  it('turns summed weights into class probabilities', () => {
    const p = classify(TOY, ['bias', 'u=surely']);
    assert.ok(Math.abs(p[0] + p[1] - 1) < 1e-9);
    assert.ok(p[1] > 0.7, `Doubt should win, got ${p[1]}`);
  });

  it('flags the whole sentence and says which words weighed', () => {
    const v = makeView(fieldOf(TEXT));
    const out = findLearnedSentences(v, [], TOY);
    assert.equal(out.length, 1);
    assert.equal(out[0].technique, 'Doubt');
    assert.equal(out[0].text, 'Surely nobody believes the harbour story?');
    assert.match(out[0].rule, /^learned\.sentence: p=0\.\d\d; "surely", "\?"$/);
  });

  it('leaves a sentence the rules already cover with the same technique', () => {
    const v = makeView(fieldOf(TEXT));
    const start = TEXT.indexOf('Surely');
    const rule: TechniqueItem = { field: 'text', start, end: TEXT.length, text: TEXT.slice(start), technique: 'Doubt', scareQuote: false, rule: 'doubt: surely' };
    assert.deepEqual(findLearnedSentences(v, [rule], TOY), []);
  });

  it('flags the claim of a sentence, not whom it is attributed to', () => {
    const claim = (text: string) => {
      const v = makeView(fieldOf(text));
      const [a, b] = claimOf(v, v.sentenceFirst[0], v.sentenceEnd[0]);
      return text.slice(v.tokens[a].start, v.tokens[b - 1].end);
    };
    assert.equal(claim('“They are butchers and liars,” the minister said.'), 'They are butchers and liars');
    assert.equal(claim('According to the governor, the rebels want nothing but chaos.'), 'the rebels want nothing but chaos');
    assert.equal(claim('The envoy insisted that nobody could trust the junta.'), 'nobody could trust the junta');
    assert.equal(claim('The junta, a gang of thieves, must go.'), 'The junta, a gang of thieves, must go', 'a comma without a saying verb after it cuts nothing');
  });

  it('flags nothing in a sentence that is only its attribution', () => {
    const loud: SentenceModel = { ...TOY, weights: new Map([...TOY.weights, ['u=ministry', Float32Array.from([0, 5])]]) };
    const v = makeView(fieldOf('According to the ministry,'));
    const spans = findLearnedSentences(v, [], loud);
    assert.ok(spans.every((s) => s.end > s.start), JSON.stringify(spans));
  });

  it('reads names as one placeholder, so no actor weighs for or against a sentence', () => {
    const v = makeView(fieldOf('Officials in Korvan blamed Tessaly for the fire.'));
    const features = sentenceFeatures(v, 0, []);
    assert.ok(features.includes(`u=${NAME}`));
    assert.ok(!features.some((f) => f.includes('korvan') || f.includes('tessaly')));
    assert.ok(features.includes('u=officials'), 'a capital at the start of a sentence is not a name');
  });

  it('counts what the rules found inside the sentence only', () => {
    const v = makeView(fieldOf(TEXT));
    const start = TEXT.indexOf('nobody');
    const found: TechniqueItem = { field: 'text', start, end: start + 6, text: 'nobody', technique: 'Exaggeration,Minimisation', scareQuote: false, rule: 'x' };
    assert.ok(!sentenceFeatures(v, 0, [found]).includes('r=Exaggeration,Minimisation'));
    assert.ok(sentenceFeatures(v, 1, [found]).includes('r=Exaggeration,Minimisation'));
  });

  it('ships a trained model whose weights name no capitalised actor', () => {
    assert.equal(SENTENCE_MODEL.classes[0], 'none');
    assert.ok(SENTENCE_MODEL.classes.length > 5 && SENTENCE_MODEL.weights.size > 1000);
    assert.ok(SENTENCE_MODEL.threshold > 0 && SENTENCE_MODEL.threshold < 1);
    for (const f of ['u=russia', 'u=moscow', 'u=washington', 'u=trump', 'u=obama', 'u=putin']) assert.ok(!SENTENCE_MODEL.weights.has(f), f);
  });
});

describe('learned sentence layer with the shipped model', () => {
  it('flags the same sentences whoever the actors are', () => {
    const story = (a: string, b: string) => `${a} troops shelled the market again. Everyone knows ${b} will never stop lying to the world! The talks resume on Monday.`;
    const flags = (text: string, a: string, b: string) =>
      detectTechniques(fieldOf(text)).map((i) => `${i.technique}: ${i.text.replaceAll(a, 'A').replaceAll(b, 'B')}`);
    const one = flags(story('Northland', 'Southland'), 'Northland', 'Southland');
    const two = flags(story('Southland', 'Northland'), 'Southland', 'Northland');
    assert.deepEqual(one, two);
  });
});
