// A learned layer over the rules: a linear model that reads one whole sentence (its words, word
// pairs, sentiment load and the techniques the rules already found in it) and says whether most
// of the sentence is persuasion, and of which kind. Doubt, appeals to fear, causal shortcuts and
// flag-waving are argued across a clause rather than carried by one word, so the rules miss them.
// The weights are data (sentence-model.json), trained offline by bench/train-sentence-model.ts on
// the public SemEval-2020 Task 11 training articles; every flagged sentence names the features
// that weighed most, so a user can judge it.
import type { TechniqueItem } from '../claims/types.js';
import type { FieldView } from './detector.js';
import { CUES } from './lexicon.js';
import { classifyFeatures, loadLinearModel, softmax, type LinearModel } from './linear-model.js';

/** The sentence layer's model: classes, flagging threshold and weights (see linear-model.ts). */
export type SentenceModel = LinearModel;

const LENGTH_CUTS = [5, 10, 15, 25, 40, 60];
const SENTIMENT_CUTS = [1, 2, 3, 5];
const RULE_CUTS = [2, 4, 8];
/** Feature prefixes a person can read in an explanation, with how to show them. */
const READABLE: Record<string, (v: string) => string> = {
  'u=': (v) => `"${v}"`,
  'g=': (v) => `"${v.replace('|', ' ')}"`,
  'r=': (v) => `rule ${v}`,
};

export function loadSentenceModel(file: URL | string): SentenceModel {
  return loadLinearModel(file, 'dossier-sentence-model/1');
}

export const SENTENCE_MODEL: SentenceModel = loadSentenceModel(new URL('../../../../src/nlp/data/framing/sentence-model.json', import.meta.url));

function bucket(n: number, cuts: readonly number[]): number {
  let b = 0;
  while (b < cuts.length && n >= cuts[b]) b++;
  return b;
}

/** A capitalised word inside a sentence is a name, and no name may weigh for or against a sentence. */
export const NAME = '#name';

function wordAt(v: FieldView, k: number): string {
  return v.upper[k] && !v.tokens[k].sentenceStart && v.tokens[k].word ? NAME : v.lower[k];
}

/** Receives a sentence's features in order: its words, its word pairs and the rest by name. */
interface FeatureSink {
  word(w: string): void;
  pair(w: string, next: string): void;
  other(f: string): void;
}

/**
 * Features of sentence `s`: its distinct words and word pairs, length, counts of strongly
 * negative and positive words, and the techniques the rules found inside it (`found`).
 */
export function sentenceFeatures(v: FieldView, s: number, found: readonly TechniqueItem[]): string[] {
  const f: string[] = [];
  eachFeature(v, s, found, { word: (w) => f.push(`u=${w}`), pair: (w, next) => f.push(`g=${w}|${next}`), other: (x) => f.push(x) });
  return f;
}

function eachFeature(v: FieldView, s: number, found: readonly TechniqueItem[], sink: FeatureSink): void {
  const first = v.sentenceFirst[s];
  const end = v.sentenceEnd[s];
  sink.other('bias');
  sink.other(`len${bucket(end - first, LENGTH_CUTS)}`);
  const seen = new Set<string>();
  let neg = 0;
  let pos = 0;
  let caps = 0;
  for (let k = first; k < end; k++) {
    const w = wordAt(v, k);
    if (!seen.has(w)) {
      seen.add(w);
      sink.word(w);
    }
    if (k + 1 < end) sink.pair(w, wordAt(v, k + 1));
    const score = v.valence[k];
    if (score <= -2) neg++;
    else if (score >= 2) pos++;
    if (v.tokens[k].allCaps) caps++;
  }
  sink.other(`neg${bucket(neg, SENTIMENT_CUTS)}`);
  sink.other(`pos${bucket(pos, SENTIMENT_CUTS.slice(0, 3))}`);
  if (caps) sink.other(`caps${bucket(caps, [1, 3])}`);
  if (v.lower[first] === '“' || v.lower[first] === '"') sink.other('opens-quote');
  const byTechnique = new Map<string, number>();
  const from = v.tokens[first].start;
  const to = v.tokens[end - 1].end;
  for (const it of found) if (it.start >= from && it.end <= to) byTechnique.set(it.technique, (byTechnique.get(it.technique) ?? 0) + 1);
  for (const [t, n] of byTechnique) {
    sink.other(`r=${t}`);
    sink.other(`r=${t}#${bucket(n, RULE_CUTS)}`);
  }
  sink.other(`rules${bucket(byTechnique.size, [1, 2, 3])}`);
}

/** The model's word and word-pair weights by word, so a sentence is scored without building feature strings. */
interface Compiled {
  words: Map<string, Float32Array>;
  pairs: Map<string, Map<string, Float32Array>>;
}

const COMPILED = new WeakMap<SentenceModel, Compiled>();

function compile(model: SentenceModel): Compiled {
  let c = COMPILED.get(model);
  if (c) return c;
  c = { words: new Map(), pairs: new Map() };
  for (const [f, w] of model.weights) {
    if (f.startsWith('u=')) c.words.set(f.slice(2), w);
    else if (f.startsWith('g=')) {
      // A word may itself be "|": file the pair under every split, and a lookup of the exact two words still finds only its own feature.
      const rest = f.slice(2);
      for (let i = rest.indexOf('|'); i >= 0; i = rest.indexOf('|', i + 1)) {
        const a = rest.slice(0, i);
        let row = c.pairs.get(a);
        if (!row) c.pairs.set(a, (row = new Map()));
        row.set(rest.slice(i + 1), w);
      }
    }
  }
  COMPILED.set(model, c);
  return c;
}

/** Class probabilities of sentence `s`: the same sums as classify(model, sentenceFeatures(...)), in the same order. */
function sentenceProbabilities(v: FieldView, s: number, found: readonly TechniqueItem[], model: SentenceModel): Float64Array {
  const c = compile(model);
  const z = new Float64Array(model.classes.length);
  const add = (w: Float32Array | undefined) => {
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  };
  eachFeature(v, s, found, { word: (w) => add(c.words.get(w)), pair: (w, next) => add(c.pairs.get(w)?.get(next)), other: (f) => add(model.weights.get(f)) });
  return softmax(z);
}

/** Class probabilities (softmax over the classes' summed weights). */
export const classify: (model: SentenceModel, features: readonly string[]) => Float64Array = classifyFeatures;

/**
 * Whole sentences the model reads as mostly persuasion, labelled with its likeliest technique.
 * A sentence where the rules already found that technique is left to them (the word they flagged
 * says it more precisely), and so is
 * one where no word, word pair or rule finding pushed toward the technique.
 */
export function findLearnedSentences(v: FieldView, found: readonly TechniqueItem[], model: SentenceModel = SENTENCE_MODEL): TechniqueItem[] {
  const out: TechniqueItem[] = [];
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const first = v.sentenceFirst[s];
    if (first === undefined) continue;
    const [a, b] = claimOf(v, first, v.sentenceEnd[s]);
    // "According to the ministry," and nothing after it: no claim left to flag.
    if (a >= b) continue;
    const start = v.tokens[a].start;
    const end = v.tokens[b - 1].end;
    const p = sentenceProbabilities(v, s, found, model);
    if (1 - p[0] < model.threshold) continue;
    let best = 1;
    for (let c = 2; c < p.length; c++) if (p[c] > p[best]) best = c;
    const technique = model.classes[best];
    if (found.some((it) => it.technique === technique && it.start < end && it.end > start)) continue;
    // Length and sentiment counts alone are no reason a reader could check.
    const why = reasons(model, sentenceFeatures(v, s, found), best);
    if (why.length === 0) continue;
    out.push({
      field: v.field, start, end, text: v.text.slice(start, end), technique, scareQuote: false,
      rule: `learned.sentence: p=${(1 - p[0]).toFixed(2)}; ${why.join(', ')}`,
    });
  }
  return out;
}

/** Words of attribution a flagged sentence leaves out: "…, the minister said." */
const MAX_ATTRIBUTION_WORDS = 8;
const EDGE_MARKS = new Set(['.', ',', ':', ';', '"', '“', '”', '‘', '’', "'"]);

/**
 * Tokens [a, b) of the sentence's own claim: without an attribution that opens it ("According to
 * X, …", "X said that …") or closes it ("…, the minister said."), nor the marks at its edges.
 * The persuasion is in the claim; whom it is attributed to is not part of it.
 */
export function claimOf(v: FieldView, first: number, end: number): [number, number] {
  let a = first;
  let b = end;
  const reporting = (k: number) => CUES.reporting.has(v.lower[k]);
  for (let k = b - 1, words = 0; k > a && words <= MAX_ATTRIBUTION_WORDS; k--) {
    if (v.lower[k] === ',') {
      let says = false;
      for (let j = k + 1; j < b; j++) if (reporting(j)) says = true;
      if (says) b = k;
      break;
    }
    if (v.tokens[k].word) words++;
  }
  if (v.lower[a] === 'according') {
    for (let k = a + 1; k < b && k - a <= MAX_ATTRIBUTION_WORDS + 2; k++) if (v.lower[k] === ',') { a = k + 1; break; }
  } else {
    for (let k = a; k < b - 1 && k - a <= MAX_ATTRIBUTION_WORDS; k++) {
      if (v.lower[k] === ',' || v.lower[k] === '.') break;
      if (reporting(k) && (v.lower[k + 1] === 'that' || v.lower[k + 1] === ':')) { a = k + 2; break; }
    }
  }
  while (a < b - 1 && EDGE_MARKS.has(v.lower[a])) a++;
  while (b > a + 1 && EDGE_MARKS.has(v.lower[b - 1])) b--;
  return [a, b];
}

/** The three readable features that pushed the sentence most toward class `c`. */
function reasons(model: SentenceModel, features: readonly string[], c: number): string[] {
  const scored: { f: string; w: number }[] = [];
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    const lift = w[c] - w[0];
    if (lift > 0) scored.push({ f, w: lift });
  }
  scored.sort((a, b) => b.w - a.w);
  const out: string[] = [];
  for (const { f } of scored) {
    const prefix = Object.keys(READABLE).find((p) => f.startsWith(p));
    if (!prefix) continue;
    out.push(READABLE[prefix](f.slice(prefix.length)));
    if (out.length === 3) break;
  }
  return out;
}
