// A learned layer for the words the lexicon lacks: a linear model that reads each word with its
// neighbours, its sentiment load, its ending and the techniques the rules found around it, and
// says whether the word belongs to a persuasion span, and of which kind. Loaded words and labels
// are an open class ("ghoulish", "warmongers", "gutted"): a hand lexicon names the common ones,
// the model learns the rest from how they are used. Runs of flagged words become spans.
// The weights are data (word-model.json), trained offline by bench/train-word-model.ts on the
// public SemEval-2020 Task 11 training articles; every span names the features that weighed most.
import { readFileSync } from 'node:fs';
import type { TechniqueItem } from '../claims/types.js';
import { extendNoun, type FieldView } from './detector.js';
import { afinnScore } from './lexicon.js';
import { classifyFeatures, loadLinearModel, softmax, type LinearModel } from './linear-model.js';
import { NAME } from './sentence-model.js';

/** The word layer's model: classes, flagging threshold and weights (see linear-model.ts). */
export type WordModel = LinearModel;

/** Words a span may not start or end on: a flagged run is trimmed of them. */
const EDGE_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'as', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'it', 'its', 'their', 'his', 'her']);

export function loadWordModel(file: URL | string): WordModel {
  return loadLinearModel(file, 'dossier-word-model/1');
}

/** Word → its classes among GloVe vectors at three sizes (256, 1,024, 4,096; bench/word-clusters.py): "outrageous" and "shameful" share one. */
export function loadWordClusters(file: URL | string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, ...levels] = line.split('\t');
    if (levels.length) out.set(word, levels);
  }
  return out;
}

let clusters: ReadonlyMap<string, string[]> | null = null;
/** Loaded on first use: 120,000 words, about 15 MB of heap. */
function wordClusters(): ReadonlyMap<string, string[]> {
  clusters ??= loadWordClusters(new URL('../../../../src/nlp/data/framing/word-clusters.tsv', import.meta.url));
  return clusters;
}

export const WORD_MODEL: WordModel = loadWordModel(new URL('../../../../src/nlp/data/framing/word-model.json', import.meta.url));

/** The word as the model sees it: a capitalised word inside a sentence is a name, and names weigh nothing. */
function wordAt(v: FieldView, k: number): string {
  if (k < 0 || k >= v.tokens.length) return '<edge>';
  return v.upper[k] && !v.tokens[k].sentenceStart && v.tokens[k].word ? NAME : v.lower[k];
}

/** Per token: the techniques of the rule spans covering it. */
export function ruleCover(v: FieldView, found: readonly TechniqueItem[]): string[][] {
  // Most words lie under no rule span: they share one empty list.
  const none: string[] = [];
  const out: string[][] = new Array<string[]>(v.tokens.length).fill(none);
  let k = 0;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const it of sorted) {
    while (k < v.tokens.length && v.tokens[k].end <= it.start) k++;
    for (let j = k; j < v.tokens.length && v.tokens[j].start < it.end; j++) {
      if (out[j] === none) out[j] = [];
      if (!out[j].includes(it.technique)) out[j].push(it.technique);
    }
  }
  return out;
}

/** Features of a word that depend on it alone (`w` as the model sees it, `lower` as written). */
function ownFeatures(w: string, lower: string, isWord: boolean): string[] {
  const f = [`w=${w}`];
  if (!isWord) f.push('punct');
  else if (w !== NAME && w.length > 4) f.push(`suf=${w.slice(-3)}`);
  // Coarse, middle and fine clusters of the word; middle ones of its neighbours.
  const c = wordClusters().get(w);
  if (c) f.push(`c0=${c[0]}`, `c1=${c[1]}`, `c2=${c[2]}`);
  const a = afinnScore(lower);
  if (a) f.push(`a=${Math.max(-4, Math.min(4, a))}`);
  return f;
}

function prevFeatures(prev: string): string[] {
  const c = wordClusters().get(prev);
  return c ? [`p=${prev}`, `cp=${c[1]}`] : [`p=${prev}`];
}

function nextFeatures(next: string): string[] {
  const c = wordClusters().get(next);
  return c ? [`n=${next}`, `cn=${c[1]}`] : [`n=${next}`];
}

/** The word as the model sees it, and its neighbours in the sentence (or the sentence's edges). */
function around(v: FieldView, k: number): { w: string; prev: string; next: string } {
  return {
    w: wordAt(v, k),
    prev: v.tokens[k - 1]?.sentence === v.tokens[k].sentence ? wordAt(v, k - 1) : '<s>',
    next: v.tokens[k + 1]?.sentence === v.tokens[k].sentence ? wordAt(v, k + 1) : '</s>',
  };
}

/** Features of token `k` that depend on its place: pairs, nearby sentiment, capitals, rule spans. */
function placeFeatures(v: FieldView, k: number, cover: readonly string[][], w: string, prev: string, next: string): string[] {
  const f = ['bias', `pw=${prev}|${w}`, `wn=${w}|${next}`];
  const c = wordClusters().get(w);
  const cn = next === '</s>' ? undefined : wordClusters().get(next);
  if (c && cn) f.push(`ccn=${c[1]}|${cn[1]}`);
  const ap = v.valence[k - 1] ?? 0;
  const an = v.valence[k + 1] ?? 0;
  if (ap <= -2 || an <= -2) f.push('a-near');
  if (v.tokens[k].allCaps) f.push('caps');
  if (v.tokens[k].sentenceStart) f.push('first');
  return [...f, ...ruleFeatures(cover, k)];
}

/** The techniques of rule spans over token `k`, and those only beside it. */
function ruleFeatures(cover: readonly string[][], k: number): string[] {
  const f = cover[k].map((t) => `r=${t}`);
  for (const t of cover[k - 1] ?? []) if (!cover[k].includes(t)) f.push(`rp=${t}`);
  for (const t of cover[k + 1] ?? []) if (!cover[k].includes(t)) f.push(`rn=${t}`);
  return f;
}

/**
 * Features of token `k`: the word, its neighbours and the pairs it forms with them, its ending,
 * its word classes and its neighbours', the sentiment of it and its neighbours, capitals, its
 * place in the sentence and the techniques of rule spans over it and beside it (`cover`).
 */
export function wordFeatures(v: FieldView, k: number, cover: readonly string[][]): string[] {
  const { w, prev, next } = around(v, k);
  return [...ownFeatures(w, v.lower[k], v.tokens[k].word), ...prevFeatures(prev), ...nextFeatures(next), ...placeFeatures(v, k, cover, w, prev, next)];
}

/**
 * The model rearranged for speed: one record per word seen, holding the word's number among the
 * words of pair features, its middle class and the summed weights of the parts of a token's
 * features that depend on that word alone; pairs are keyed by small integers, not strings.
 */
interface WordInfo {
  id: number;
  middle: number;
  own?: Float64Array;
  before?: Float64Array;
  after?: Float64Array;
}

interface Compiled {
  words: Map<string, WordInfo>;
  /** Names' own parts, by the name as written (only its sentiment differs). */
  names: Map<string, Float64Array>;
  ids: Map<string, number>;
  /** pw, wn and ccn features keyed by a * PAIR_BASE + b. */
  pairs: Map<number, Float64Array>[];
  /** Other features' weights, as Float64Array rows, converted once. */
  rows: Map<string, Float64Array | undefined>;
}

const COMPILED = new WeakMap<WordModel, Compiled>();
/** Distinct words kept before the records start again (bounds memory on huge archives). */
const MAX_MEMO = 200_000;
const PAIR_KINDS = ['pw', 'wn', 'ccn'];
/** Pair keys stay small integers while fewer words than this carry pair weights. */
const PAIR_BASE = 1 << 15;

function compile(model: WordModel): Compiled {
  const c = COMPILED.get(model);
  if (c && c.words.size + c.names.size < MAX_MEMO) return c;
  const ids = c?.ids ?? new Map<string, number>();
  const pairs = c?.pairs ?? PAIR_KINDS.map(() => new Map<number, Float64Array>());
  if (!c) {
    const id = (word: string) => {
      let n = ids.get(word);
      if (n === undefined) ids.set(word, (n = ids.size));
      return n;
    };
    for (const [f, w] of model.weights) {
      const kind = PAIR_KINDS.indexOf(f.slice(0, f.indexOf('=')));
      if (kind < 0) continue;
      const [a, b] = f.slice(f.indexOf('=') + 1).split('|');
      const [x, y] = kind === 2 ? [Number(a), Number(b)] : [id(a), id(b)];
      if (x >= PAIR_BASE || y >= PAIR_BASE) throw new Error(`word model: more than ${PAIR_BASE} words or classes in pair features`);
      pairs[kind].set(x * PAIR_BASE + y, Float64Array.from(w));
    }
  }
  const out = { words: new Map<string, WordInfo>(), names: new Map<string, Float64Array>(), ids, pairs, rows: c?.rows ?? new Map<string, Float64Array | undefined>() };
  COMPILED.set(model, out);
  return out;
}

/**
 * Summed weights of every token's features, as classifyWord sums wordFeatures(), computed for
 * speed (the detector reads every word of every article, and most words recur): one row of
 * `classes` numbers per token, in one array.
 */
export function wordLogits(v: FieldView, cover: readonly string[][], model: WordModel): Float64Array {
  const n = model.classes.length;
  const m = compile(model);
  const tokens = v.tokens;
  const z = new Float64Array(tokens.length * n);
  let row = 0;
  // Every weight row is a Float64Array here, so this hot loop sees one array type.
  const add = (w: Float64Array | undefined) => {
    if (w) for (let c = 0; c < n; c++) z[row + c] += w[c];
  };
  const sum = (features: string[]) => {
    const out = new Float64Array(n);
    for (const f of features) {
      const w = model.weights.get(f);
      if (w) for (let c = 0; c < n; c++) out[c] += w[c];
    }
    return out;
  };
  const known = wordClusters();
  const info = (w: string): WordInfo => {
    let r = m.words.get(w);
    if (!r) {
      const c = known.get(w);
      m.words.set(w, (r = { id: m.ids.get(w) ?? -1, middle: c ? Number(c[1]) : -1 }));
    }
    return r;
  };
  const edgeStart = info('<s>');
  const edgeEnd = info('</s>');
  const words = tokens.map((_, k) => wordAt(v, k));
  const infos = words.map(info);
  const pair = (kind: number, a: number, b: number) => (a < 0 || b < 0 || a >= PAIR_BASE || b >= PAIR_BASE ? undefined : m.pairs[kind].get(a * PAIR_BASE + b));
  const weight = (f: string) => {
    if (!m.rows.has(f)) {
      const w = model.weights.get(f);
      m.rows.set(f, w && Float64Array.from(w));
    }
    return m.rows.get(f);
  };
  const [bias, near, caps, first] = ['bias', 'a-near', 'caps', 'first'].map(weight);
  for (let k = 0; k < tokens.length; k++, row += n) {
    const t = tokens[k];
    const sameBefore = k > 0 && tokens[k - 1].sentence === t.sentence;
    const sameAfter = k + 1 < tokens.length && tokens[k + 1].sentence === t.sentence;
    const w = words[k];
    const me = infos[k];
    const prev = sameBefore ? infos[k - 1] : edgeStart;
    const next = sameAfter ? infos[k + 1] : edgeEnd;
    if (w === NAME) {
      let own = m.names.get(v.lower[k]);
      if (!own) m.names.set(v.lower[k], (own = sum(ownFeatures(w, v.lower[k], t.word))));
      add(own);
    } else add((me.own ??= sum(ownFeatures(w, v.lower[k], t.word))));
    add((prev.before ??= sum(prevFeatures(sameBefore ? words[k - 1] : '<s>'))));
    add((next.after ??= sum(nextFeatures(sameAfter ? words[k + 1] : '</s>'))));
    add(bias);
    add(pair(0, prev.id, me.id));
    add(pair(1, me.id, next.id));
    if (sameAfter) add(pair(2, me.middle, next.middle));
    if ((v.valence[k - 1] ?? 0) <= -2 || (v.valence[k + 1] ?? 0) <= -2) add(near);
    if (t.allCaps) add(caps);
    if (t.sentenceStart) add(first);
    if (cover[k].length || cover[k - 1]?.length || cover[k + 1]?.length) for (const f of ruleFeatures(cover, k)) add(weight(f));
  }
  return z;
}

/** Class probabilities (softmax over the classes' summed weights). */
export const classifyWord: (model: WordModel, features: readonly string[]) => Float64Array = classifyFeatures;

/**
 * Runs of words the model reads as persuasion, trimmed of function words and punctuation at
 * their edges and carried on to the noun a flagged modifier loads, labelled with the technique
 * most probable over the run. A run that overlaps a span
 * the rules found is left to them (their cue says why more plainly).
 */
export function findLearnedWords(v: FieldView, found: readonly TechniqueItem[], model: WordModel = WORD_MODEL): TechniqueItem[] {
  const cover = ruleCover(v, found);
  const n = v.tokens.length;
  const z = wordLogits(v, cover, model);
  const k0 = model.classes.length;
  // Flagged when P(none) <= 1 - threshold, that is when the classes' exp(z - z_none) sum to 1 / (1 - threshold).
  const needed = 1 / (1 - model.threshold);
  const probs: (Float64Array | null)[] = v.tokens.map((_, k) => {
    let total = 0;
    for (let c = 0; c < k0; c++) total += Math.exp(z[k * k0 + c] - z[k * k0]);
    return total >= needed ? softmax(z.subarray(k * k0, (k + 1) * k0)) : null;
  });
  const out: TechniqueItem[] = [];
  for (let k = 0; k < n; ) {
    if (!probs[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && probs[end] && v.tokens[end].sentence === v.tokens[k].sentence) end++;
    let from = k;
    let to = end;
    while (from < to && !canEdge(v, from, model)) from++;
    while (to > from && !canEdge(v, to - 1, model)) to--;
    k = end;
    if (from === to) continue;
    // A flagged modifier takes the noun it loads ("ghoulish spectacle"), as a lexicon modifier does.
    const last = Math.max(to, extendNoun(v, to));
    const start = v.tokens[from].start;
    const stop = v.tokens[last - 1].end;
    if (found.some((it) => it.start < stop && it.end > start)) continue;
    const sum = new Float64Array(model.classes.length);
    for (let j = from; j < to; j++) for (let c = 1; c < sum.length; c++) sum[c] += probs[j]![c];
    let best = 1;
    for (let c = 2; c < sum.length; c++) if (sum[c] > sum[best]) best = c;
    const inSpan = Array.from({ length: to - from }, (_, j) => 1 - probs[from + j]![0]);
    const why = reasons(model, wordFeatures(v, from, cover), best, v.lower[from]);
    out.push({
      field: v.field, start, end: stop, text: v.text.slice(start, stop), technique: model.classes[best], scareQuote: false,
      rule: `learned.word: p=${Math.max(...inSpan).toFixed(2)}${why.length ? `; ${why.join(', ')}` : ''}`,
    });
  }
  return out;
}

/**
 * Whether a flagged span may begin or end on token `k`: not on punctuation, a number or a function
 * word, nor on a name (a capitalised word the model has no weight for: names were left out of
 * training, so that no actor is ever the loaded word).
 */
function canEdge(v: FieldView, k: number, model: WordModel): boolean {
  const t = v.tokens[k];
  if (!t.word || /\d/.test(t.text) || EDGE_WORDS.has(v.lower[k])) return false;
  return !t.upper || model.weights.has(`w=${v.lower[k]}`);
}

/** The two readable features that pushed the first word of a run (`word`) most toward class `c`. */
function reasons(model: WordModel, features: readonly string[], c: number, word: string): string[] {
  const scored: { text: string; lift: number }[] = [];
  for (const f of features) {
    const w = model.weights.get(f);
    const text = readable(f, word);
    if (!w || !text) continue;
    const lift = w[c] - w[0];
    if (lift > 0) scored.push({ text, lift });
  }
  scored.sort((a, b) => b.lift - a.lift);
  return [...new Set(scored.map((s) => s.text))].slice(0, 2);
}

function readable(feature: string, word: string): string | null {
  const [kind, value] = [feature.slice(0, feature.indexOf('=')), feature.slice(feature.indexOf('=') + 1)];
  if (kind === 'w' || kind === 'pw' || kind === 'wn') return `"${value.replace('|', ' ')}"`;
  if (kind === 'r') return `rule ${value}`;
  if (/^c\d$/.test(kind)) return `words used like "${word}"`;
  return null;
}
