// Recognises the byline/dateline line that follows a headline in pasted article dumps:
// "Outlet – September 27, 2023", "By A | Outlet | Sep 22, 2023", "By A – Outlet – 14.06.2023",
// "BY A | MAY 23, 2023", "Outlet | April 25, 2023", "By A and B | 2 March 2024".
// The date must be a full calendar date; everything else must look like names.
import * as chrono from 'chrono-node';

export interface Byline {
  outlet: string | null;
  authors: string[];
  /** ISO `YYYY-MM-DD`. */
  published: string;
}

const MAX_LENGTH = 160;
const MAX_DATE_LENGTH = 60;
const SEPARATOR = /\s+[|–—·•]\s+|\s+-\s+|\s*\|\s*/;
const YEAR = /\b(1[89]|20)\d\d\b/;
const BY = /^by\s+/i;
// Words that may stand around a date in a dateline without being part of a name.
const DATE_NOISE = /^(published|updated|posted|last updated|first published)\s*:?\s*/i;
const TIME_TAIL = /^[\s,]*(at\s+)?\d{1,2}[:.]\d{2}(\s*(am|pm))?(\s*[A-Z]{2,5}([+-]\d{1,2})?)?\s*$/i;

export function parseByline(line: string): Byline | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH || !YEAR.test(trimmed)) return null;
  const parts = trimmed.split(SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return null;

  // The date sits at one end of the line; try the end first, as bylines usually close with it.
  // Cheap checks on the names come first: most candidate lines are running text.
  for (const dateIndex of parts.length > 1 ? [parts.length - 1, 0] : [0]) {
    if (parts[dateIndex].length > MAX_DATE_LENGTH || !YEAR.test(parts[dateIndex])) continue;
    const parsed = parseNames(parts.filter((_, i) => i !== dateIndex));
    if (!parsed) continue;
    const published = parseFullDate(parts[dateIndex]);
    if (published) return { ...parsed, published };
  }
  return null;
}

/** A whole string that is one full calendar date (optionally with "Updated" or a time). */
export function parseFullDate(text: string): string | null {
  const cleaned = text.replace(DATE_NOISE, '');
  const common = commonDate(cleaned.trim());
  if (common !== undefined) return common;
  // Dotted numeric dates are day-first wherever they are written (14.06.2023).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cleaned.trim());
  if (dotted) {
    const [d, m, y] = dotted.slice(1).map(Number);
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? isoDate(y, m, d) : null;
  }
  const results = chrono.strict.parse(cleaned, new Date(2000, 0, 1));
  if (results.length !== 1) return null;
  const [r] = results;
  const before = cleaned.slice(0, r.index).trim();
  const after = cleaned.slice(r.index + r.text.length);
  if (before && !/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i.test(before)) return null;
  if (after.trim() && !TIME_TAIL.test(after)) return null;
  const s = r.start;
  if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) return null;
  return isoDate(s.get('year')!, s.get('month')!, s.get('day')!);
}

function parseNames(parts: string[]): { outlet: string | null; authors: string[] } | null {
  if (!parts.every(looksLikeName)) return null;
  let authors: string[] = [];
  const outlets: string[] = [];
  for (const part of parts) {
    if (BY.test(part) && authors.length === 0) authors = splitAuthors(part.replace(BY, ''));
    else outlets.push(part);
  }
  // Two name parts without "By" cannot be told apart reliably; refuse rather than guess.
  if (outlets.length > 1) return null;
  return { outlet: outlets[0] ? tidyCase(outlets[0]) : null, authors };
}

function looksLikeName(part: string): boolean {
  if (part.length > 80) return false;
  if (/[.!?;:,]$/.test(part) && !/\b[A-Z]\.$/.test(part)) return false;
  const words = part.split(/\s+/);
  if (words.length > 9) return false;
  // Names start with a capital (or a digit, as in "7amleh" or "24 News").
  return /^[\p{Lu}\p{N}]/u.test(part.replace(BY, ''));
}

export function splitAuthors(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((a) => tidyCase(a.trim()))
    .filter((a) => a.length > 0);
}

/** "ANDREW KORYBKO" -> "Andrew Korybko"; mixed-case names are left as written. */
function tidyCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  // Short all-caps strings are acronyms (RT, BBC, TASS), not shouted names.
  if (letters.length < 6 || letters !== letters.toUpperCase() || !/\s/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
const DAY_MONTH_YEAR = /^(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})$/i;

/**
 * The two shapes most bylines use ("September 27, 2023", "27 September 2023"), read without
 * chrono, which costs tens of microseconds a call. Undefined means "not this shape: ask chrono".
 */
function commonDate(s: string): string | null | undefined {
  const mdy = MONTH_DAY_YEAR.exec(s);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(s);
  if (!mdy && !dmy) return undefined;
  const [monthName, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : [dmy![2], dmy![1], dmy![3]];
  const key = monthName.toLowerCase();
  const month = MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)];
  if (!month || !isMonthName(key)) return undefined;
  const d = Number(day);
  const y = Number(year);
  return d >= 1 && d <= daysIn(y, month) ? isoDate(y, month, d) : null;
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isMonthName(s: string): boolean {
  return FULL_MONTHS.some((m) => m === s || (s.length >= 3 && m.startsWith(s) && (s.length <= 4 || s === m)));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
