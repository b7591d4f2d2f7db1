import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TechniqueItem } from '../claims/types.js';
import { detectTechniques, makeView } from './detector.js';
import { NAME } from './sentence-model.js';
import { classifyWord, findLearnedWords, ruleCover, WORD_MODEL, wordFeatures, wordLogits, type WordModel } from './word-model.js';
import { fieldOf } from './test-helpers.js';

// A hand-made two-class model: "ghoulish" and the word after it are loaded language.
const TOY: WordModel = {
  classes: ['none', 'Loaded_Language'],
  threshold: 0.5,
  weights: new Map([
    ['bias', Float32Array.from([1, 0])],
    ['w=ghoulish', Float32Array.from([0, 3])],
    ['p=ghoulish', Float32Array.from([0, 2])],
  ]),
};

const TEXT = 'The council called the raid a ghoulish spectacle on Tuesday.';

describe('learned word layer', () => {
  it('joins flagged words into one span and says which feature weighed', () => {
    const out = findLearnedWords(makeView(fieldOf(TEXT)), [], TOY);
    assert.equal(out.length, 1);
    assert.equal(out[0].technique, 'Loaded_Language');
    assert.equal(out[0].text, 'ghoulish spectacle');
    assert.match(out[0].rule, /^learned\.word: p=0\.\d\d; "ghoulish"/);
  });

  it('gives a flagged modifier the noun it loads, even when the model flags the modifier alone', () => {
    const model: WordModel = { ...TOY, weights: new Map([...TOY.weights].filter(([f]) => f !== 'p=ghoulish')) };
    const out = findLearnedWords(makeView(fieldOf(TEXT)), [], model);
    assert.deepEqual(out.map((i) => i.text), ['ghoulish spectacle']);
    assert.deepEqual(findLearnedWords(makeView(fieldOf('They were ghoulish in 2019.')), [], model).map((i) => i.text), ['ghoulish'], 'no noun, nothing taken');
  });

  it('leaves a run the rules already cover to them', () => {
    const start = TEXT.indexOf('a ghoulish');
    const rule: TechniqueItem = { field: 'text', start, end: start + 'a ghoulish spectacle'.length, text: 'a ghoulish spectacle', technique: 'Loaded_Language', scareQuote: false, rule: 'loaded: ghoulish' };
    assert.deepEqual(findLearnedWords(makeView(fieldOf(TEXT)), [rule], TOY), []);
  });

  it('never begins or ends a span on a name, a number or a function word', () => {
    const model: WordModel = { ...TOY, weights: new Map([...TOY.weights, ['p=<s>', Float32Array.from([0, 2])], ['w=in', Float32Array.from([0, 3])], ['w=2019', Float32Array.from([0, 3])]]) };
    const text = 'Ghoulish Korvan in 2019 and the ghoulish spectacle.';
    assert.deepEqual(findLearnedWords(makeView(fieldOf(text)), [], model).map((i) => i.text), ['Ghoulish', 'ghoulish spectacle']);
  });

  it('reads names as one placeholder and sees the rule spans around a word', () => {
    const text = 'Officials in Korvan blamed the vile Tessaly regime.';
    const v = makeView(fieldOf(text));
    const start = text.indexOf('vile');
    const rule: TechniqueItem = { field: 'text', start, end: start + 4, text: 'vile', technique: 'Loaded_Language', scareQuote: false, rule: 'loaded: vile' };
    const cover = ruleCover(v, [rule]);
    const at = (word: string) => v.tokens.findIndex((t) => t.text === word);
    assert.ok(wordFeatures(v, at('Korvan'), cover).includes(`w=${NAME}`));
    assert.ok(!v.tokens.some((_, k) => wordFeatures(v, k, cover).some((f) => /korvan|tessaly/.test(f))));
    assert.ok(wordFeatures(v, at('vile'), cover).includes('r=Loaded_Language'));
    assert.ok(wordFeatures(v, at('the'), cover).includes('rn=Loaded_Language'));
  });

  it('ships a trained model whose weights name no capitalised actor', () => {
    assert.equal(WORD_MODEL.classes[0], 'none');
    assert.ok(WORD_MODEL.classes.includes('Loaded_Language') && WORD_MODEL.weights.size > 1000);
    assert.ok(WORD_MODEL.threshold > 0 && WORD_MODEL.threshold < 1);
    for (const f of ['w=russia', 'w=moscow', 'w=washington', 'w=trump', 'w=obama', 'w=putin']) assert.ok(!WORD_MODEL.weights.has(f), f);
  });
});

describe('learned word layer with the shipped model', () => {
  it('sums each word once per distinct word yet scores every token as its own features say', () => {
    const text = 'The brutal regime, the brutal siege: NOBODY in Korvan trusts the brutal regime.';
    const v = makeView(fieldOf(text));
    const cover = ruleCover(v, []);
    const fast = wordLogits(v, cover, WORD_MODEL);
    v.tokens.forEach((_, k) => {
      const z = fast.subarray(k * WORD_MODEL.classes.length, (k + 1) * WORD_MODEL.classes.length);
      const max = Math.max(...z);
      const total = z.reduce((a, x) => a + Math.exp(x - max), 0);
      const slow = classifyWord(WORD_MODEL, wordFeatures(v, k, cover));
      for (let c = 0; c < z.length; c++) assert.ok(Math.abs(Math.exp(z[c] - max) / total - slow[c]) < 1e-9, `token ${k}, class ${c}`);
    });
  });

  it('flags the same words whoever the actors are', () => {
    const story = (a: string, b: string) => `${a} officials called the ${b} leadership a gang of shameless, bloodthirsty thugs. Talks resume on Monday.`;
    const flags = (text: string, a: string, b: string) =>
      detectTechniques(fieldOf(text)).map((i) => `${i.technique}: ${i.text.replaceAll(a, 'A').replaceAll(b, 'B')}`);
    assert.deepEqual(flags(story('Northland', 'Southland'), 'Northland', 'Southland'), flags(story('Southland', 'Northland'), 'Southland', 'Northland'));
  });
});
