// Word tokens with character offsets, made for name finding: hyphens, possessive endings and
// punctuation are tokens of their own ("Armenia-Azerbaijan" -> Armenia, -, Azerbaijan;
// "Baku’s" -> Baku, ’s), dotted acronyms stay whole ("U.S.", "D.C."), and every token knows
// whether it opens a sentence.
import type { Span } from '../core/article.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** First letter upper-case (Armenia, McDonald, US). */
  upper: boolean;
  /** Every letter upper-case and at least two letters (US, CSTO, NKAO). */
  allCaps: boolean;
  /** Letters, digits, or a word with inner apostrophes; false for punctuation. */
  word: boolean;
  /** First token of its sentence (ignoring opening quotes and brackets). */
  sentenceStart: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|\S/gu;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

/** Tokens of `text`, assigned to the given sentences (which must cover the text in order). */
export function tokenize(text: string, sentences: Span[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let atStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    while (s < sentences.length - 1 && start >= sentences[s].end) {
      s++;
      atStart = true;
    }
    const t = m[0];
    const first = t.charCodeAt(0);
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    const upper = word && t[0] !== t[0].toLowerCase();
    const letters = t.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      upper,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word,
      sentenceStart: atStart && (word || first > 127),
      sentence: s,
    });
    if (atStart && !OPENERS.has(t)) atStart = false;
  }
  return tokens;
}

/** Index of the first item starting at or after `offset`, in a list sorted by start (binary search). */
export function firstAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset`. */
export const tokenAt = (tokens: readonly Token[], offset: number): number => firstAt(tokens, offset);
