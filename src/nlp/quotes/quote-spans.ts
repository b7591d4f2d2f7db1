// Pairs quotation marks into spans: curly, straight and angle marks, double and single, nested
// marks kept as inner spans. Apostrophes (don’t, Armenians’, ’80s) are told apart from single
// quotes by the letters around them; a quote whose paragraph ends without a closing mark goes on
// when the next paragraph opens with a mark again (the convention for quotes of several
// paragraphs), and a paragraph that opens with a mark and never closes it is a quote to its end.
import type { Span } from '../../core/article.js';

export interface QuoteSpan {
  /** Offsets of the opening and closing marks (close === end of text when the mark is missing). */
  open: number;
  close: number;
  /** The words inside the marks, trimmed. */
  start: number;
  end: number;
  kind: 'double' | 'single';
  /** Inside another quotation. */
  nested: boolean;
  /** Closed by the end of a paragraph rather than by a mark. */
  unclosed: boolean;
}

type Mark = { kind: 'double' | 'single'; role: 'open' | 'close' | 'either' };

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«:]/;

/** What a mark at `i` may do, from the characters around it; null for an apostrophe. */
function classify(text: string, i: number, singleOpen: boolean): Mark | null {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (c) {
    case '“':
    case '„':
      return { kind: 'double', role: 'open' };
    case '”':
      return { kind: 'double', role: 'close' };
    case '«':
      return { kind: 'double', role: 'open' };
    case '»':
      return { kind: 'double', role: 'close' };
    case '"':
      if (prev === undefined || OPEN_CONTEXT.test(prev)) return isSpace(next) ? null : { kind: 'double', role: 'open' };
      return { kind: 'double', role: isSpace(next) || !isLetter(next) ? 'close' : 'either' };
    case '‘':
      return isLetter(prev) ? null : { kind: 'single', role: 'open' };
    case '’':
    case "'": {
      if (isLetter(prev) && isLetter(next)) return null; // don’t, Tabataba’i
      const opens = prev === undefined || OPEN_CONTEXT.test(prev);
      if (opens && !isSpace(next)) {
        if (/\d/.test(next ?? '') && /\d\ds\b/.test(text.slice(i + 1, i + 4))) return null; // ’80s
        return c === "'" || !singleOpen ? { kind: 'single', role: 'open' } : null;
      }
      if (!singleOpen) return null; // Armenians’ rights: a possessive when nothing is open
      // "the Armenians’ rights" inside an open single quote: a possessive when a later mark closes.
      if (prev === 's' && next === ' ' && isLetter(text[i + 2]) && text[i + 2] === text[i + 2].toLowerCase()) {
        const later = text.slice(i + 1, text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
        if (/[\p{L}.,!?][’'](?![\p{L}])/u.test(later)) return null;
      }
      return { kind: 'single', role: 'close' };
    }
    default:
      return null;
  }
}

const MARKS = /[“”„«»"‘’']/g;

export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let carried: { open: number; kind: 'double' | 'single' } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: { open: number; kind: 'double' | 'single'; atParaStart: boolean }[] = [];
    let skipFirstOpen = false;
    if (carried) {
      stack.push({ ...carried, atParaStart: true });
      skipFirstOpen = true;
      carried = null;
    }
    const paraText = text.slice(para.start, para.end);
    const lead = para.start + (paraText.length - paraText.trimStart().length);
    MARKS.lastIndex = para.start;
    for (let m = MARKS.exec(text); m && m.index < para.end; m = MARKS.exec(text)) {
      const i = m.index;
      const singleOpen = stack.some((s) => s.kind === 'single');
      const mark = classify(text, i, singleOpen);
      if (!mark) continue;
      // A continued quote's paragraph repeats the opening mark: it belongs to the carried quote.
      if (skipFirstOpen && i === lead && mark.role !== 'close') {
        skipFirstOpen = false;
        continue;
      }
      skipFirstOpen = false;
      const openIdx = findLast(stack, mark.kind);
      const closes = mark.role === 'close' || (mark.role === 'either' && openIdx >= 0) || (mark.kind === 'double' && text[i] === '“' && openIdx >= 0 && !isLetter(text[i + 1]));
      if (closes && openIdx >= 0) {
        const [o] = stack.splice(openIdx);
        out.push(span(text, o.open, i, o.kind, false));
      } else if (mark.role !== 'close') {
        stack.push({ open: i, kind: mark.kind, atParaStart: i === lead });
      }
    }
    // Unclosed at the end of the paragraph: continued, or quoted to its end, or a stray mark.
    const bottom = stack[0];
    if (bottom && bottom.atParaStart) {
      const next = paras[p + 1];
      const nextLead = next ? text.slice(next.start, next.end).trimStart()[0] : undefined;
      if (nextLead && (nextLead === text[bottom.open] || (bottom.kind === 'double' && /[“"«„]/.test(nextLead)))) carried = { open: bottom.open, kind: bottom.kind };
      else out.push(span(text, bottom.open, trimEnd(text, para.end), bottom.kind, true));
    }
  }
  out.sort((a, b) => a.open - b.open);
  // Mark spans that sit inside another.
  const tops: QuoteSpan[] = [];
  for (const s of out) {
    while (tops.length && tops[tops.length - 1].close < s.open) tops.pop();
    if (tops.length && s.close <= tops[tops.length - 1].close) s.nested = true;
    tops.push(s);
  }
  return out.filter((s) => s.end > s.start);
}

function findLast(stack: { kind: string }[], kind: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].kind === kind) return k;
  return -1;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  return end;
}

function span(text: string, open: number, close: number, kind: 'double' | 'single', unclosed: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { open, close, start, end, kind, nested: false, unclosed };
}
