// Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so that time
// normalisation never depends on the machine's time zone, and the ISO strings a timex value
// is made of (day, ISO week, month, year, decade, range) with the first and last day each covers.

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): YMD {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Day number of a `YYYY-MM-DD` string, or null when it is not a real date. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return validDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

export function weekValue(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function monthValue(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Shifts a (year, month) by `delta` months. */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** The same calendar day `years` later (29 Feb falls back to 28 Feb). */
export function addYears(n: number, years: number): number {
  const { y, m, d } = fromDayNumber(n);
  return dayNumber(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** The same calendar day `months` later, clamped to the month's length. */
export function addMonthsToDay(n: number, months: number): number {
  const { y, m, d } = fromDayNumber(n);
  const t = addMonths(y, m, months);
  return dayNumber(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

/** First and last ISO day a timex value covers, or nulls when it is not a value we know. */
export function coverage(value: string | null): { from: string | null; to: string | null } {
  if (!value) return { from: null, to: null };
  const slash = value.indexOf('/');
  if (slash > 0) return { from: coverage(value.slice(0, slash)).from, to: coverage(value.slice(slash + 1)).to };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { from: value, to: value };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4 = dayNumber(+m[1], 1, 4);
    const monday = jan4 - weekday(jan4) + 1 + (+m[2] - 1) * 7;
    return { from: isoDay(monday), to: isoDay(monday + 6) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad2(daysInMonth(+m[1], +m[2]))}` };
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(\d{3})0s$/.exec(value);
  if (m) return { from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` };
  return { from: null, to: null };
}
