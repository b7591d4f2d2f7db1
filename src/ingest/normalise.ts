// Normalise a draft so offsets computed later stay true to the stored text: NFC, LF line
// endings, no trailing spaces on lines. Curly quotes and dashes are kept as written.
import type { ArticleDraft } from '../core/article.js';

export function normaliseText(text: string): string {
  let t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  t = t.normalize('NFC');
  return /[ \t\u00a0]\n/.test(t) ? t.replace(/[ \t\u00a0]+\n/g, '\n') : t;
}

/** Drops leading blank lines and trailing whitespace without a backtracking regex. */
function trimBody(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 10) start++;
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function normaliseField(s: string | null): string | null {
  if (s === null) return null;
  const t = s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

export function normaliseDraft(d: ArticleDraft): ArticleDraft {
  const authors = [...new Set(d.authors.map((a) => normaliseField(a)).filter((a): a is string => a !== null))];
  return {
    ...d,
    title: normaliseField(d.title) ?? '',
    subtitle: normaliseField(d.subtitle),
    outlet: normaliseField(d.outlet),
    authors,
    url: normaliseField(d.url),
    text: trimBody(normaliseText(d.text)),
  };
}
