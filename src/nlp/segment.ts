// Paragraph and sentence boundaries as half-open spans into an article's text. Rule-based
// and single-pass so that segmentation costs little next to storage during ingest: it runs on
// every article of archives of hundreds of megabytes.
import type { Span } from '../core/article.js';

/**
 * Paragraphs: one per line, except in hard-wrapped text (short lines, blank lines between
 * blocks), where a paragraph is a block of consecutive non-blank lines.
 */
export function splitParagraphs(text: string): Span[] {
  const lines = lineSpans(text);
  const wrapped = isHardWrapped(text, lines);
  const out: Span[] = [];
  let open: Span | null = null;
  for (const line of lines) {
    const blank = isBlank(text, line.start, line.end);
    if (!wrapped) {
      if (!blank) out.push(trimSpan(text, line));
      continue;
    }
    if (blank) {
      if (open) out.push(trimSpan(text, open));
      open = null;
    } else if (open) open.end = line.end;
    else open = { ...line };
  }
  if (open) out.push(trimSpan(text, open));
  return out.filter((s) => s.end > s.start);
}

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

/** Wrapped text has blank lines between blocks and many lines that stop mid-sentence. */
function isHardWrapped(text: string, lines: Span[]): boolean {
  let blank = 0;
  let nonBlank = 0;
  let midSentence = 0;
  for (const l of lines) {
    if (isBlank(text, l.start, l.end)) {
      blank++;
      continue;
    }
    nonBlank++;
    const t = trimSpan(text, l);
    if (!/[.!?:"'”’»)\]]/.test(text[t.end - 1] ?? '.')) midSentence++;
  }
  return blank > 0 && nonBlank > blank && midSentence >= nonBlank * 0.4;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return { start, end };
}

// Tokens before a period that do not end a sentence. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr', 'adm', 'brig',
  'rep', 'sen', 'gov', 'pres', 'amb', 'rev', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'hon', 'messrs',
  'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'est', 'no', 'nos', 'vol', 'pp', 'fig', 'inc',
  'ltd', 'co', 'corp', 'dept', 'univ', 'assn', 'bros', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'km', 'op', 'rs',
]);
const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«([';

const TERMINATOR = /[.!?…]/g;

/** Sentences inside each paragraph; a sentence never crosses a paragraph boundary. */
export function splitSentences(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    TERMINATOR.lastIndex = p.start;
    for (let m = TERMINATOR.exec(text); m && m.index < p.end; m = TERMINATOR.exec(text)) {
      const i = m.index;
      let end = i + 1;
      while (end < p.end && isTerminator(text.charCodeAt(end))) end++;
      while (end < p.end && CLOSERS.includes(text[end])) end++;
      if (end >= p.end) break;
      const after = text.charCodeAt(end);
      if (after !== 32 && after !== 9 && after !== 10) continue;
      let next = end;
      while (next < p.end && isSpace(text.charCodeAt(next))) next++;
      if (next >= p.end || !startsSentence(text, next)) continue;
      if (text[i] === '.' && end === i + 1 && isAbbreviation(text, p.start, i)) continue;
      out.push({ start, end });
      start = next;
      TERMINATOR.lastIndex = next;
    }
    if (p.end > start) out.push({ start, end: p.end });
  }
  return out;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

function startsSentence(text: string, at: number): boolean {
  let ch = text[at];
  let i = at;
  while (OPENERS.includes(ch) && i + 1 < text.length) ch = text[++i];
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** The word ending at `dot` is an abbreviation or an initial ("J. Smith"). */
function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let s = dot;
  while (s > floor && !/\s/.test(text[s - 1]) && !OPENERS.includes(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  // "A.K. Bharti": initials run together.
  if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Whitespace-separated words: the unit of the words/s figures in benchmarks. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
