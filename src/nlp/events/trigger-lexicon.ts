// Event trigger phrases (data/event-triggers.json) compiled once into token matchers. A phrase is
// a sequence of word alternatives with optional prefixes and short gaps, so "launched an
// offensive" and "launched a brief military operation" come from one line of data. Matching
// indexes phrases by their first word, so a sentence costs one map look-up per token.
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, type EventType } from '../claims/types.js';
import { LEX } from '../quantities/lexicon.js';

export type TriggerKind = 'verb' | 'noun';

interface Element {
  exact: Set<string>;
  prefixes: string[];
}

/** One compiled phrase: elements, with gaps allowed before elements flagged in `gapBefore`. */
export interface TriggerPattern {
  source: string;
  type: EventType;
  kind: TriggerKind;
  elements: Element[];
  gapBefore: boolean[];
}

export interface TriggerMatch {
  pattern: TriggerPattern;
  /** Token indices, inclusive start and exclusive end. */
  first: number;
  last: number;
}

const GAP = 3;

function compileElement(spec: string): Element {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of spec.split('|')) {
    if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
    else exact.add(alt);
  }
  return { exact, prefixes };
}

const matches = (e: Element, word: string) => e.exact.has(word) || e.prefixes.some((p) => word.startsWith(p));

export function compilePattern(source: string, type: EventType, kind: TriggerKind): TriggerPattern {
  const elements: Element[] = [];
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '...') {
      gap = true;
      continue;
    }
    elements.push(compileElement(part.toLowerCase()));
    gapBefore.push(gap && elements.length > 1);
    gap = false;
  }
  if (!elements.length) throw new Error(`empty trigger pattern for ${type}`);
  return { source, type, kind, elements, gapBefore };
}

export class TriggerLexicon {
  private readonly byWord = new Map<string, TriggerPattern[]>();
  /** Patterns whose first element is a prefix, keyed by the prefix's first three letters. */
  private readonly byStem = new Map<string, TriggerPattern[]>();

  private readonly ranks = new Map<EventType, number>();
  private readonly overlaps = new Set<string>();

  /**
   * `precedence`: event types, most specific first, for choosing among a sentence's candidates.
   * `sameEvent`: pairs of types that, found together in one clause, name one happening twice
   * (an air strike that killed five is one military operation, not also a casualty report).
   */
  constructor(readonly patterns: TriggerPattern[], precedence: readonly EventType[] = EVENT_TYPES, sameEvent: readonly [EventType, EventType][] = []) {
    precedence.forEach((t, i) => this.ranks.set(t, i));
    for (const [a, b] of sameEvent) {
      this.overlaps.add(`${a} ${b}`);
      this.overlaps.add(`${b} ${a}`);
    }
    for (const p of patterns) {
      const head = p.elements[0];
      for (const w of head.exact) push(this.byWord, w, p);
      for (const pre of head.prefixes) {
        if (pre.length < 3) throw new Error(`trigger prefix "${pre}*" is shorter than three letters`);
        push(this.byStem, pre.slice(0, 3), p);
      }
    }
  }

  /** Whether two types found in one clause are read as the same happening. */
  sameEvent(a: EventType, b: EventType): boolean {
    return a === b || this.overlaps.has(`${a} ${b}`);
  }

  /**
   * The one type of the verb patterns that open with `word` ("seized" opens only capture
   * patterns), or null when none or several types do: a bare verb the lexicon knows only with
   * an object still says what kind of act it is.
   */
  verbType(word: string): EventType | null {
    let type: EventType | null = null;
    for (const p of this.verbPatterns(word)) {
      if (type && type !== p.type) return null;
      type = p.type;
    }
    return type;
  }

  /**
   * The type of the verb at `verb` read with the words of its clause [from, to): the verb
   * patterns opening with it whose other words all stand in the clause, on either side ("Resolution
   * 2602, adopted on October 29" is a vote though "adopted" alone may be a declaration). Falls
   * back to `verbType` when no such pattern, or patterns of several types, fit.
   */
  verbTypeIn(words: string[], verb: number, from: number, to: number): EventType | null {
    const word = words[verb];
    let type: EventType | null = null;
    for (const p of this.verbPatterns(word)) {
      if (p.elements.length < 2) continue;
      const fits = p.elements.slice(1).every((e) => {
        for (let k = from; k < to; k++) if (k !== verb && matches(e, words[k])) return true;
        return false;
      });
      if (!fits) continue;
      if (type && type !== p.type) return this.verbType(word);
      type = p.type;
    }
    return type ?? this.verbType(word);
  }

  /** The verb patterns whose first word is `word`. */
  private verbPatterns(word: string): TriggerPattern[] {
    const listed = [...(this.byWord.get(word) ?? []), ...(word.length >= 3 ? this.byStem.get(word.slice(0, 3)) ?? [] : [])];
    return listed.filter((p) => p.kind === 'verb' && matches(p.elements[0], word));
  }

  /** Lower ranks win when one sentence holds several candidate events. */
  rank(type: EventType): number {
    return this.ranks.get(type) ?? this.ranks.size;
  }

  /**
   * Every phrase matched inside words[from, to), as token ranges; overlapping matches are
   * settled in favour of the earlier, then the longer one.
   */
  find(words: string[], from: number, to: number): TriggerMatch[] {
    const found: TriggerMatch[] = [];
    for (let i = from; i < to; i++) {
      const w = words[i];
      let best: TriggerMatch | null = null;
      for (const list of [this.byWord.get(w), w.length >= 3 ? this.byStem.get(w.slice(0, 3)) : undefined]) {
        if (!list) continue;
        for (const p of list) {
          const end = matchAt(p, words, i, to);
          if (end > 0 && (!best || end > best.last)) best = { pattern: p, first: i, last: end };
        }
      }
      if (best) {
        found.push(best);
        i = best.last - 1;
      }
    }
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** End token index (exclusive) of `p` matched from token `at`, or 0. */
function matchAt(p: TriggerPattern, words: string[], at: number, to: number): number {
  if (!matches(p.elements[0], words[at])) return 0;
  let pos = at + 1;
  for (let k = 1; k < p.elements.length; k++) {
    // A gap counts words only: "F-16" is three tokens but one word of the gap.
    let skipped = 0;
    let hit = -1;
    for (let j = pos; j < to; j++) {
      if (matches(p.elements[k], words[j])) {
        hit = j;
        break;
      }
      if (!p.gapBefore[k] || words[j] === '.' || words[j] === ';' || words[j] === ',') break;
      // The part after a hyphen continues the word before it ("full-scale", "2000-strong").
      // "$825 million" is one amount however it is written, so it costs the gap one word.
      if (/[\p{L}\p{N}]/u.test(words[j]) && words[j - 1] !== '-' && !scaleOfNumber(words, j) && ++skipped > GAP) break;
    }
    if (hit < 0) return 0;
    pos = hit + 1;
  }
  return pos;
}

/** "million" after "825": the scale words the quantity finder reads ("hundred", "bn", "lakh"). */
function scaleOfNumber(words: string[], j: number): boolean {
  const w = words[j].toLowerCase();
  return (LEX.multiplierWords.has(w) || LEX.scaleSuffixes.has(w)) && /\d/.test(words[j - 1] ?? '');
}

interface TriggerFile {
  types: Record<string, { verbs?: string[]; nouns?: string[] }>;
  precedence?: string[];
  sameEvent?: [string, string][];
}

export function compileLexicon(file: TriggerFile): TriggerLexicon {
  const patterns: TriggerPattern[] = [];
  for (const [type, lists] of Object.entries(file.types)) {
    if (!(EVENT_TYPES as readonly string[]).includes(type)) throw new Error(`unknown event type "${type}" in trigger lexicon`);
    for (const s of lists.verbs ?? []) patterns.push(compilePattern(s, type as EventType, 'verb'));
    for (const s of lists.nouns ?? []) patterns.push(compilePattern(s, type as EventType, 'noun'));
  }
  const precedence = (file.precedence ?? []).map((t) => {
    if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new Error(`unknown event type "${t}" in trigger precedence`);
    return t as EventType;
  });
  const known = (t: string) => {
    if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new Error(`unknown event type "${t}" in trigger sameEvent`);
    return t as EventType;
  };
  const sameEvent = (file.sameEvent ?? []).map(([a, b]) => [known(a), known(b)] as [EventType, EventType]);
  return new TriggerLexicon(patterns, precedence.length ? precedence : EVENT_TYPES, sameEvent);
}

let shared: TriggerLexicon | null = null;

/** The shipped lexicon, loaded on first use. */
export function defaultTriggerLexicon(): TriggerLexicon {
  shared ??= compileLexicon(JSON.parse(readFileSync(new URL('../../../../src/nlp/data/event-triggers.json', import.meta.url), 'utf8')) as TriggerFile);
  return shared;
}
