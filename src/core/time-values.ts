// The calendar span a normalised time value covers, so values of different precision
// (a day, an ISO week, a month, a decade, a range) can be ordered, filtered and compared.

export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** First and last day of `value` (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, NNNNs, start/end); null if unreadable. */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  if (slash > 0) {
    const a = dayRange(value.slice(0, slash));
    const b = dayRange(value.slice(slash + 1));
    return a && b ? { from: a.from, to: b.to } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { from: value, to: value };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000);
    return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(Number(m[1]), Number(m[2])))}` };
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(\d{3})0s$/.exec(value);
  if (m) return { from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` };
  return null;
}
