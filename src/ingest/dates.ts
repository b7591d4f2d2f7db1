// Publication dates to `YYYY-MM-DD` as written: a timestamp's own calendar date is kept,
// never shifted into the local (or UTC) timezone, so 23:30-05:00 stays on its day.
import * as chrono from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const RFC822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})\b/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const EPOCH = /^-?\d{9,13}(?:\.\d+)?$/;

/** `YYYY-MM-DD` from an ISO, RFC 822 or free-text date string or unix seconds/milliseconds. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  if (EPOCH.test(s)) return fromEpoch(Number(s));
  return fromPatterns(s) ?? fromChrono(s);
}

function fromPatterns(s: string): string | null {
  let m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const year = m[3].length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
    return month > 0 ? ymd(year, month, Number(m[1])) : null;
  }
  m = DOTTED.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function fromChrono(s: string): string | null {
  const found = chrono.strict.parse(s)[0];
  if (!found) return null;
  const { start } = found;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return ymd(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  // Seconds until the year 5138; anything larger is milliseconds.
  const ms = Math.abs(n) >= 1e11 ? n : n * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function twoDigitYear(y: number): number {
  return y < 50 ? 2000 + y : 1900 + y;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
