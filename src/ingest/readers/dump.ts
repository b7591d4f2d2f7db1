// Reads text dumps: articles pasted one after another, each opened by a headline, an
// optional subtitle and a byline/dateline line. A file with no byline at all is one article
// whose first line is its title. Sub-headings, captions and author bios stay in the body of
// the article they sit in, because only a byline starts a new article.
import type { ArticleDraft } from '../../core/article.js';
import type { Report } from '../../core/diagnostics.js';
import { DiagnosticCode } from '../../core/errors.js';
import { parseByline, type Byline } from '../byline.js';
import type { Input, Reader } from '../reader.js';

interface Header {
  titleLine: number;
  subtitleLine: number | null;
  bylineLine: number;
  byline: Byline;
}

export const dumpReader: Reader = {
  format: 'dump',
  *read(input: Input, report: Report): Iterable<ArticleDraft> {
    const lines = input.text.split('\n');
    const headers = findHeaders(lines);
    if (headers.length === 0) {
      const single = readUnmarked(lines, input);
      if (single) yield single;
      else report({ severity: 'error', code: DiagnosticCode.noArticle, message: 'no article text found', file: input.name });
      return;
    }
    const firstTitle = headers[0].titleLine;
    if (lines.slice(0, firstTitle).some((l) => l.trim())) {
      report({
        severity: 'warning', code: DiagnosticCode.preamble, file: input.name, line: 1,
        message: `${firstTitle} line(s) before the first headline belong to no article and were not stored`,
      });
    }
    for (let i = 0; i < headers.length; i++) {
      const h = headers[i];
      const bodyEnd = i + 1 < headers.length ? headers[i + 1].titleLine : lines.length;
      const draft = draftFrom(lines, h, bodyEnd, input);
      if (draft.text) yield draft;
      else report({ severity: 'warning', code: DiagnosticCode.noArticle, file: input.name, line: h.titleLine + 1, message: `article "${draft.title}" has a byline but no body` });
    }
  },
};

/** Finds every title/subtitle/byline group; line numbers are 0-based here. */
function findHeaders(lines: string[]): Header[] {
  const headers: Header[] = [];
  let previousBody = 0; // first line that may belong to a title (after the last byline)
  for (let b = 0; b < lines.length; b++) {
    if (!mayBeByline(lines[b])) continue;
    const byline = parseByline(lines[b]);
    if (!byline || (byline.outlet === null && byline.authors.length === 0)) continue;
    const titleAt = previousNonBlank(lines, b - 1, previousBody);
    if (titleAt < 0 || !mayBeTitle(lines[titleAt])) continue;
    let titleLine = titleAt;
    let subtitleLine: number | null = null;
    // A subtitle sits directly under its title, with no blank line between them.
    const before = titleAt - 1 >= previousBody && lines[titleAt - 1].trim() ? titleAt - 1 : -1;
    // A second headline-like line above is a subtitle only when the line above it ends a
    // paragraph (or nothing is there): otherwise it may be the last line of the previous article.
    if (before >= 0 && isHeadlineLike(lines[before]) && lines[before].trim().length >= 20) {
      const above = previousNonBlank(lines, before - 1, previousBody);
      if (above < 0 ? headers.length === 0 : !isHeadlineLike(lines[above])) {
        titleLine = before;
        subtitleLine = titleAt;
      }
    }
    headers.push({ titleLine, subtitleLine, bylineLine: b, byline });
    previousBody = b + 1;
  }
  return headers;
}

function draftFrom(lines: string[], h: Header, bodyEnd: number, input: Input): ArticleDraft {
  let start = h.bylineLine + 1;
  let end = bodyEnd;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return {
    title: tidy(lines[h.titleLine]),
    subtitle: h.subtitleLine === null ? null : tidy(lines[h.subtitleLine]),
    outlet: h.byline.outlet,
    authors: h.byline.authors,
    published: h.byline.published,
    url: input.url ?? null,
    text: lines.slice(start, end).join('\n'),
    origin: { file: input.name, line_start: h.titleLine + 1, line_end: Math.max(end, h.bylineLine + 1) },
  };
}

/** A file without bylines: first non-blank line is the title, a dateline may follow it. */
function readUnmarked(lines: string[], input: Input): ArticleDraft | null {
  const first = firstNonBlank(lines);
  if (first < 0) return null;
  let start = first + 1;
  let published: string | null = null;
  const next = firstNonBlank(lines, start);
  const dateline = next >= 0 && mayBeByline(lines[next]) ? parseByline(lines[next]) : null;
  if (dateline) {
    published = dateline.published;
    start = next + 1;
  }
  const titled = isHeadlineLike(lines[first]);
  if (!titled) start = first;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  const text = lines.slice(start, end).join('\n');
  if (!text.trim()) return null;
  return {
    title: titled ? tidy(lines[first]) : '',
    subtitle: null,
    outlet: dateline?.outlet ?? null,
    authors: dateline?.authors ?? [],
    published,
    url: input.url ?? null,
    text,
    origin: { file: input.name, line_start: first + 1, line_end: end },
  };
}

const MAX_BYLINE = 160;

/** The line above a byline is its headline unless it is plainly a paragraph of running text. */
function mayBeTitle(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= 300 && s.split(/\s+/).length <= 40;
}

function mayBeByline(line: string): boolean {
  return line.length > 0 && line.length <= MAX_BYLINE && /\d/.test(line);
}

/**
 * Headlines are short, start with a capital, digit or quote, and do not end like a
 * sentence of running text. Question and exclamation marks are allowed; a final period is not.
 */
export function isHeadlineLike(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 250) return false;
  if (CAPTION.test(s)) return false;
  if (/[.,;:]["”’)]?$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  if (s.split(/\s+/).length > 35) return false;
  return /^[\p{Lu}\p{N}"“‘'«(]/u.test(s);
}

// Photo captions and credits end without a period too, but they close a body, not open one.
const CAPTION = /^(photo|image|picture|pictured|file photo|video|illustration|credit|source)\b[^:|]{0,40}[:|]|©/i;

function previousNonBlank(lines: string[], from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (lines[i].trim()) return i;
  return -1;
}

function firstNonBlank(lines: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim()) return i;
  return -1;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
