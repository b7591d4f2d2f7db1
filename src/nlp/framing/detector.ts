// Persuasion techniques (the 14 labels of SemEval-2020 Task 11) on spans of one field of an
// article: lexicon cues with a span extent per rule, scare quotes, appeals to authority by
// pattern, and repetition of a flagged phrase. One pass over the tokens; every item names the
// rule, pattern or lexicon entry that flagged it, and the same rules apply to every actor.
import type { Span } from '../../core/article.js';
import type { QuoteItem, TechniqueItem } from '../claims/types.js';
import type { Field } from '../entities/mention-finder.js';
import type { Token } from '../tokenize.js';
import { findAuthorityAppeals } from './authority.js';
import { afinnScore, CUES, fold, isNegative, LEXICON, matchesAt, type CompiledLexicon, type Pattern } from './lexicon.js';
import { findRhetoricalQuestions } from './rhetorical-questions.js';
import { findScareQuotes } from './scare-quotes.js';
import { findLearnedSentences } from './sentence-model.js';
import { findLearnedWords } from './word-model.js';

export interface FieldInput {
  field: Field;
  text: string;
  tokens: readonly Token[];
  /** Sentences of the field; the tokens' `sentence` indices point into it. */
  sentences: readonly Span[];
  /** Real quotations of the field (the quotes layer): never scare quotes. */
  quotes: readonly QuoteItem[];
}

/** Token-level view shared by the rules of one field. */
export interface FieldView extends FieldInput {
  lower: string[];
  upper: boolean[];
  /** Each token's AFINN-165 valence (0 when unrated), looked up once for every layer that reads it. */
  valence: Int8Array;
  /** First and last-plus-one token index of each sentence. */
  sentenceFirst: number[];
  sentenceEnd: number[];
}

const CLAUSE_BOUNDARY = new Set([',', ';', ':', '–', '—', '(', ')', '…']);
/** Words after which a new clause (and its subject) begins: "… accepts that our land is not for sale". */
const CLAUSE_OPENERS = new Set(['that', 'if', 'because', 'when', 'while', 'and', 'but', 'so', 'unless', 'until', 'whether']);
const REPEATABLE = new Set(['Loaded_Language', 'Name_Calling,Labeling']);
/** Words a modifier takes after it ("massive exodus"): one, as a second is as often a verb. */
const MAX_NOUN_WORDS = 1;
/** Adjectives a label or loaded noun takes between its determiner and itself ("the hired foreign …"). */
const MAX_LEFT_ADJECTIVES = 2;
/** Words of a verb cue's object ("exploited the ethnic grievances"). */
const MAX_OBJECT_WORDS = 2;

export function makeView(input: FieldInput): FieldView {
  const n = input.tokens.length;
  const lower = new Array<string>(n);
  const upper = new Array<boolean>(n);
  const sentenceFirst: number[] = [];
  const sentenceEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = input.tokens[i];
    lower[i] = fold(t.text);
    upper[i] = t.upper;
    if (sentenceFirst[t.sentence] === undefined) sentenceFirst[t.sentence] = i;
    sentenceEnd[t.sentence] = i + 1;
  }
  return { ...input, lower, upper, valence: Int8Array.from(lower, afinnScore), sentenceFirst, sentenceEnd };
}

export interface DetectOptions {
  /**
   * Also flag strongly valenced AFINN-165 adjectives and adverbs as Loaded_Language (default on).
   * Beside the lexicon it adds little on the conflict corpus and costs nothing there; on the
   * SemEval-2020 PTC development set it lifts span F1 from 0.253 to 0.260.
   */
  afinn?: boolean;
  /**
   * Also flag what the learned layers find (default on): whole sentences the sentence model reads
   * as mostly persuasion, and runs of words the word model reads as loaded. Off when training
   * them, as their features include what the rules found.
   */
  learned?: boolean;
}

export function detectTechniques(input: FieldInput, lexicon: CompiledLexicon = LEXICON, options: DetectOptions = {}): TechniqueItem[] {
  const v = makeView(input);
  const items: TechniqueItem[] = [];
  findLexiconCues(v, lexicon, items);
  if (options.afinn ?? true) findAfinnWords(v, items);
  items.push(...findScareQuotes(v, lexicon));
  items.push(...findAuthorityAppeals(v));
  items.push(...findRhetoricalQuestions(v));
  items.push(...findRepeatedSentences(v));
  const kept = dropContained(items);
  addRepetitions(kept);
  if (options.learned ?? true) {
    const rules = [...kept];
    kept.push(...findLearnedSentences(v, rules), ...findLearnedWords(v, rules));
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.technique.localeCompare(b.technique));
}

function findLexiconCues(v: FieldView, lex: CompiledLexicon, out: TechniqueItem[]): void {
  const { tokens, lower, upper } = v;
  // Longest match per (first token, technique): "almost universally" wins over "universally".
  const best = new Map<string, { pattern: Pattern; from: number; to: number }>();
  const neutral = neutralMask(v, lex);
  for (let i = 0; i < tokens.length; i++) {
    const byWord = lex.byWord.get(lower[i]);
    const byPrefix = lower[i].length >= 3 && lex.byPrefix.size ? lex.byPrefix.get(lower[i].slice(0, 3)) : undefined;
    for (let l = 0; l < 2; l++) {
      const list = l === 0 ? byWord : byPrefix;
      if (!list) continue;
      for (const p of list) {
        const from = i - p.anchor;
        const to = from + p.elements.length;
        if (!matchesAt(p.elements, from, lower, upper, lex.stopAfter)) continue;
        if (tokens[from].sentence !== tokens[to - 1].sentence) continue;
        if (insideCompound(v, from, to)) continue;
        if (neutral && covered(neutral, from, to)) continue;
        if (!p.rule.nameOk && partOfName(v, from, to)) continue;
        if (p.rule.needsNeg && !negativeAfter(v, to)) continue;
        if (p.rule.notInName && from > 0 && upper[from - 1] && !tokens[from - 1].sentenceStart) continue;
        if (p.rule.lowerCase && capitalisedLiteral(v, p, from)) continue;
        const key = `${from}|${p.rule.technique}`;
        const prev = best.get(key);
        if (!prev || to - from > prev.to - prev.from || (to - from === prev.to - prev.from && p.order < prev.pattern.order)) best.set(key, { pattern: p, from, to });
      }
    }
  }
  const found = [...best.values()].sort((a, b) => a.from - b.from || a.pattern.order - b.pattern.order);
  for (const { pattern, from, to } of found) {
    const span = extent(v, pattern, from, to);
    if (!span) continue;
    out.push(item(v, span.start, span.end, pattern.rule.technique, `${pattern.rule.id}: ${pattern.phrase}`));
  }
}

function findAfinnWords(v: FieldView, out: TechniqueItem[]): void {
  for (let i = 0; i < v.tokens.length; i++) {
    if (!CUES.afinnLoaded.has(v.lower[i]) || insideCompound(v, i, i + 1)) continue;
    const end = v.lower[i].endsWith('ly') ? i + 1 : extendNoun(v, i + 1);
    out.push(item(v, v.tokens[i].start, v.tokens[end - 1].end, 'Loaded_Language', `loaded.afinn: ${v.lower[i]}`));
  }
}

/** Tokens inside a neutral term of law or record; null when the field has none. */
function neutralMask(v: FieldView, lex: CompiledLexicon): Uint8Array | null {
  if (lex.neutral.size === 0) return null;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < v.lower.length; i++) {
    const list = lex.neutral.get(v.lower[i]);
    if (!list) continue;
    for (const elements of list) {
      if (!matchesAt(elements, i, v.lower, v.upper, lex.stopAfter)) continue;
      mask ??= new Uint8Array(v.lower.length);
      mask.fill(1, i, i + elements.length);
    }
  }
  return mask;
}

function covered(mask: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (mask[k]) return true;
  return false;
}

/** A literal word of the pattern written with a capital inside its sentence. */
function capitalisedLiteral(v: FieldView, p: Pattern, from: number): boolean {
  return p.elements.some((e, k) => (e.kind === 'word' || e.kind === 'prefix') && v.upper[from + k] && !v.tokens[from + k].sentenceStart);
}

/**
 * A cue written in capitals inside a sentence and next to another capitalised word is a piece
 * of a proper name ("the National Unity Council", "Freedom Party"), not the speaker's wording.
 */
function partOfName(v: FieldView, from: number, to: number): boolean {
  const { tokens, upper } = v;
  for (let k = from; k < to; k++) if (tokens[k].word && (!upper[k] || tokens[k].sentenceStart)) return false;
  const before = from > 0 && upper[from - 1] && tokens[from - 1].word && !tokens[from - 1].sentenceStart && tokens[from - 1].sentence === tokens[from].sentence;
  const after = to < tokens.length && upper[to] && tokens[to].word && tokens[to].sentence === tokens[to - 1].sentence;
  return before || after;
}

/** A cue word that is only part of a hyphenated word ("anti-terrorist", "regime-backed") is not the cue. */
function insideCompound(v: FieldView, from: number, to: number): boolean {
  const { tokens, text } = v;
  const before = from > 0 && tokens[from - 1].text === '-' && tokens[from - 1].end === tokens[from].start && tokens[from - 1].start === tokens[from - 2]?.end;
  const after = to < tokens.length && tokens[to].text === '-' && tokens[to].start === tokens[to - 1].end && text.charCodeAt(tokens[to].end) > 32;
  return before || after;
}

function negativeAfter(v: FieldView, to: number): boolean {
  const s = v.tokens[to - 1].sentence;
  for (let j = to; j < v.sentenceEnd[s]; j++) if (isNegative(v.lower[j], -1)) return true;
  return false;
}

/** Character span a rule flags for a match of tokens [from, to). */
function extent(v: FieldView, p: Pattern, from: number, to: number): Span | null {
  const { tokens } = v;
  const s = tokens[from].sentence;
  const first = v.sentenceFirst[s];
  const last = v.sentenceEnd[s] - 1;
  switch (p.rule.span) {
    case 'match':
      return { start: tokens[from].start, end: tokens[to - 1].end };
    case 'match+noun':
      return { start: tokens[from].start, end: tokens[extendNoun(v, to) - 1].end };
    case 'match+name':
      return { start: tokens[from].start, end: tokens[extendName(v, to) - 1].end };
    case 'np':
      return { start: tokens[extendLeft(v, from, to)].start, end: tokens[to - 1].end };
    case 'match+object':
      return { start: tokens[from].start, end: tokens[extendObject(v, to) - 1].end };
    case 'sentence':
      return { start: tokens[first].start, end: tokens[last].end };
    case 'sentence-to-match':
      return { start: tokens[to - from > 0 && from - first <= p.rule.maxTokens ? first : from].start, end: tokens[to - 1].end };
    case 'subject-to-match': {
      // Back to the start of the clause the match ends: a clause mark or a word that opens one.
      let a = from;
      while (a > first && from - a < p.rule.maxTokens && !CLAUSE_BOUNDARY.has(tokens[a - 1].text) && !CLAUSE_OPENERS.has(v.lower[a - 1])) a--;
      return { start: tokens[a].start, end: tokens[to - 1].end };
    }
    case 'clause': {
      let a = from;
      while (a > first && !CLAUSE_BOUNDARY.has(tokens[a - 1].text)) a--;
      let b = to;
      while (b <= last && !CLAUSE_BOUNDARY.has(tokens[b].text)) b++;
      return { start: tokens[a].start, end: tokens[b - 1].end };
    }
    case 'to-clause-end': {
      let b = to;
      while (b <= last && !CLAUSE_BOUNDARY.has(tokens[b].text)) b++;
      return { start: tokens[from].start, end: tokens[b - 1].end };
    }
  }
}

/** "that" before a plural noun is the conjunction ("said that rebels …"), not a determiner. */
function plural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}

/** Words an adjective may stand for when no tagger is at hand: a known ending, or a capitalised
 * word inside the sentence ("the Northern …", "the Vorlanian …"). */
function adjectiveLike(v: FieldView, k: number): boolean {
  const t = v.tokens[k];
  if (!t.word || LEXICON.stopAfter.has(v.lower[k])) return false;
  if (t.upper) return !t.sentenceStart;
  const w = v.lower[k];
  return LEXICON.adjectiveSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s));
}

/**
 * Start of the noun phrase that ends with the cue at `from`: a determiner or a possessor
 * ("the", "their", "the army’s") and the adjectives between it and the cue. Without a
 * determiner the cue stands alone, so a verb before it is never taken in.
 */
function extendLeft(v: FieldView, from: number, to: number): number {
  const { tokens, lower } = v;
  const s = tokens[from].sentence;
  const first = v.sentenceFirst[s];
  let k = from - 1;
  for (let adjectives = 0; k >= first && adjectives <= MAX_LEFT_ADJECTIVES; k--) {
    if (tokens[k].end + 1 < tokens[k + 1].start) break;
    if (LEXICON.determiners.has(lower[k])) return lower[k] === 'that' && plural(lower[to - 1]) ? from : k;
    if ((lower[k] === "'s" || lower[k] === "'") && k > first && tokens[k - 1].word) {
      // The possessor: a name ("Port Vell’s"), or a noun with its determiner ("the council’s").
      let p = k - 1;
      if (tokens[p].upper) while (p > first && tokens[p - 1].upper && tokens[p - 1].word && !tokens[p - 1].sentenceStart) p--;
      else if (p > first && LEXICON.determiners.has(lower[p - 1])) p--;
      return p;
    }
    if (!adjectiveLike(v, k)) break;
    adjectives++;
  }
  return from;
}

/** Words that may join the capitalised words of one name ("Union of Free States"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'de', 'the']);
const MAX_NAME_WORDS = 6;

/** End of the capitalised name a match ends in ("so-called Three Rivers Council"). */
function extendName(v: FieldView, to: number): number {
  const { tokens, upper, lower } = v;
  if (!upper[to - 1]) return to;
  let end = to;
  let k = to;
  for (let words = 0; words < MAX_NAME_WORDS && k < tokens.length; words++) {
    const t = tokens[k];
    if (t.start !== tokens[k - 1].end + 1 || !t.word || t.sentence !== tokens[to - 1].sentence) break;
    // "the so-called March 23 Movement": a number inside a name.
    if (upper[k] || /^\d+$/.test(t.text)) end = k + 1;
    else if (!NAME_JOINERS.has(lower[k])) break;
    k++;
  }
  return end;
}

/** End of the object a verb cue takes: an optional determiner, then its noun ("exploit the unrest"). */
function extendObject(v: FieldView, to: number): number {
  const { tokens, lower } = v;
  let at = to;
  if (tokens[at] && LEXICON.determiners.has(lower[at]) && tokens[at].start === tokens[at - 1].end + 1) at++;
  const end = extendNounAny(v, at, MAX_OBJECT_WORDS);
  return end > at ? end : to;
}

/** Like extendNoun, but takes capitalised words and up to `max` words. */
function extendNounAny(v: FieldView, to: number, max: number): number {
  const { tokens, lower } = v;
  let end = to;
  for (let words = 0; words < max; words++) {
    const t = tokens[end];
    if (!t || !t.word || LEXICON.stopAfter.has(lower[end])) break;
    if (end > 0 && t.start !== tokens[end - 1].end + 1) break;
    end++;
    while (tokens[end]?.text === '-' && tokens[end + 1]?.word && tokens[end].start === tokens[end - 1].end) end += 2;
  }
  return end;
}

/** End of the noun phrase a modifier starts: the next content word, a hyphenated word whole. */
export function extendNoun(v: FieldView, to: number): number {
  const { tokens, lower } = v;
  let end = to;
  for (let words = 0; words < MAX_NOUN_WORDS; words++) {
    const t = tokens[end];
    if (!t || !t.word || t.upper || v.lower[end] === undefined || LEXICON.stopAfter.has(lower[end])) break;
    if (t.start !== tokens[end - 1].end + 1) break;
    end++;
    while (tokens[end]?.text === '-' && tokens[end + 1]?.word && tokens[end].start === tokens[end - 1].end) end += 2;
  }
  return end;
}

export function item(v: FieldInput, start: number, end: number, technique: string, rule: string, scareQuote = false): TechniqueItem {
  return { field: v.field, start, end, text: v.text.slice(start, end), technique, scareQuote, rule };
}

/** Of two spans with the same technique where one holds the other, the outer one stays. */
function dropContained(items: TechniqueItem[]): TechniqueItem[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.scareQuote) - Number(a.scareQuote));
  const out: TechniqueItem[] = [];
  const open = new Map<string, TechniqueItem>();
  for (const it of sorted) {
    const o = open.get(it.technique);
    if (o && it.start >= o.start && it.end <= o.end) continue;
    out.push(it);
    if (!o || it.end > o.end) open.set(it.technique, it);
  }
  return out;
}

/** A scare-quoted or multi-word loaded phrase or label used again later is also flagged as Repetition. */
function addRepetitions(items: TechniqueItem[]): void {
  const seen = new Set<string>();
  // Single loaded words recur in any long text; a repeated scare quote or phrase is a device.
  const keyOf = (i: TechniqueItem) => withoutDeterminer(fold(i.text).replace(/[“”‘’"'.,!?]/g, '').trim());
  const ordered = items.filter((i) => REPEATABLE.has(i.technique) && (i.scareQuote || /\s/.test(keyOf(i)))).sort((a, b) => a.start - b.start);
  const counted = new Set<number>();
  for (const it of ordered) {
    const key = keyOf(it);
    if (seen.has(key) && !counted.has(it.start)) {
      items.push({ ...it, technique: 'Repetition', scareQuote: false, rule: `repetition: ${key}` });
      counted.add(it.start);
    }
    seen.add(key);
  }
}


/** Longest sentence, in words, whose second occurrence reads as a refrain rather than a stock phrase. */
const MAX_REFRAIN_WORDS = 12;

/** More copies than this of one sentence are page furniture (a poll, a credit line), not a refrain. */
const MAX_REFRAIN_COPIES = 3;

/**
 * A short sentence said again word for word in the same text ("Our land is not for sale!") is
 * Repetition. Scraped pages repeat their furniture too — poll questions, photo credits, captions —
 * so only a closed statement or exclamation said at most three times counts.
 */
function findRepeatedSentences(v: FieldView): TechniqueItem[] {
  const copies = new Map<string, number[]>();
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const first = v.sentenceFirst[s];
    if (first === undefined) continue;
    const end = v.sentenceEnd[s];
    const words: string[] = [];
    let closed = false;
    let credit = false;
    for (let k = first; k < end; k++) {
      if (v.tokens[k].word) words.push(v.lower[k]);
      else if (v.lower[k] === '/') credit = true;
      else if (v.lower[k] === '.' || v.lower[k] === '!') closed = true;
      else if (v.lower[k] === '?') closed = false;
    }
    if (words.length < 2 || words.length > MAX_REFRAIN_WORDS || !closed || credit) continue;
    const key = words.join(' ');
    const list = copies.get(key);
    if (list) list.push(s);
    else copies.set(key, [s]);
  }
  const out: TechniqueItem[] = [];
  for (const [key, list] of copies) {
    if (list.length < 2 || list.length > MAX_REFRAIN_COPIES) continue;
    for (const s of list.slice(1)) out.push(item(v, v.tokens[v.sentenceFirst[s]].start, v.tokens[v.sentenceEnd[s] - 1].end, 'Repetition', `repetition: sentence "${key}"`));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the regime" is the word "regime" again, not a repeated phrase. */
function withoutDeterminer(key: string): string {
  const space = key.indexOf(' ');
  return space > 0 && LEXICON.determiners.has(key.slice(0, space)) ? key.slice(space + 1) : key;
}
