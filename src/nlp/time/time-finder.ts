// Finds English time expressions in one field of an article and normalises each against the
// publication date. Rules are compiled once from the lexicon (data/time-lexicon.json); each
// rule matches the expression's core words, overlapping candidates are settled longest first,
// and the chosen ones are resolved in reading order so that an expression without a year can
// take it from the narrative ("In late September 2020 … on November 10") and "the same month"
// or "a day earlier" can lean on the expression before it. Without a narrative year, the tense of
// the clause picks between the last and the next such month ("was retaken in November", "is due
// to leave in January").
import type { Span } from '../../core/article.js';
import type { TimexItem, TimexPrecision } from '../claims/types.js';
import type { Field } from '../entities/mention-finder.js';
import {
  addMonths, addMonthsToDay, addYears, coverage, dayNumber, daysInMonth, fromDayNumber, isoDay, monthValue,
  pad4, parseIsoDay, validDate, weekValue, weekday,
} from './calendar.js';
import { alternation, type TimeLexicon } from './lexicon.js';

/** What a rule resolves to. */
interface Resolved {
  value: string | null;
  precision: TimexPrecision;
  anchor: TimexItem['anchor'];
  /** Year this expression places the narrative in, for later dates without a year. */
  narrativeYear?: number | null;
  /** First and last day when narrower than the value ("the early 1990s" is 1990 to 1993). */
  cover?: { from: string; to: string };
}

/** Everything a rule may look at while resolving, in reading order. */
interface Env {
  text: string;
  pub: number | null;
  start: number;
  /** Resolved items before this one in the same paragraph (last is nearest). */
  before: ResolvedItem[];
  lex: TimeLexicon;
  sentenceStart: number;
  /** Index of the sentence (or, without sentences, a count of sentence ends seen). */
  sentence: number;
  /** Span starts with a preposition kept from before the core match. */
  prep: string | null;
  /**
   * Day that "yesterday", "on Tuesday" or "two days ago" count from: the dateline's date when the
   * body opens with a dated dateline (the story is told from there), else the publication date.
   */
  day: number | null;
  dayAnchor: TimexItem['anchor'];
}

/** A year after "in", "since" or "by" sets the scene for later dates; a modifier ("the 2020 war") does not. */
const setsScene = (env: Env): boolean => env.prep === 'in' || env.prep === 'by';

/** Years of a decade that "early", "mid" and "late" cover, as offsets from its first year. */
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

interface ResolvedItem extends Resolved {
  start: number;
  sentence: number;
  rule: string;
}

type Groups = Record<string, string | undefined>;

interface Rule {
  name: string;
  re: RegExp;
  /** Rejects a match before overlaps are settled (so a rejected match hides nothing). */
  accept?: (g: Groups, text: string, start: number, end: number, lex: TimeLexicon) => boolean;
  resolve: (g: Groups, env: Env) => Resolved | null;
}

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  groups: Groups;
}

export interface TimeFinderInput {
  text: string;
  field: Field;
  published: string | null;
  sentences?: Span[];
  paragraphs?: Span[];
}

export type TimeFinder = (input: TimeFinderInput) => TimexItem[];

const B = '\\b';
const E = '(?![A-Za-z0-9])';
const SEP = '\\s*[-–—]\\s*';

const NULL: Resolved = { value: null, precision: 'none', anchor: 'none' };

export function createTimeFinder(lex: TimeLexicon): TimeFinder {
  const rules = compileRules(lex);
  const prepBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${lex.alt.preposition})\\s+$`, 'diu');
  const futureRe = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lex.futureCues)})(?![A-Za-z])`, 'giu');
  const wordRe = /[\p{L}’']+/gu;

  return ({ text, field, published, sentences, paragraphs }) => {
    const candidates: Candidate[] = [];
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const g = (m.groups ?? {}) as Groups;
        const start = m.index, end = m.index + m[0].length;
        if (!rule.accept || rule.accept(g, text, start, end, lex)) candidates.push({ rule, start, end, groups: g });
      }
    }
    const chosen = settle(candidates);
    const pub = parseIsoDay(published);
    // A dateline's date is itself resolved against publication; what follows counts days from it.
    const datelineEnd = field === 'text' ? datelineLength(text, lex) : 0;
    let day = pub;
    let dayAnchor: TimexItem['anchor'] = 'publication';
    const out: TimexItem[] = [];
    let before: ResolvedItem[] = [];
    let para = 0;
    let sent = 0;
    let scanned = 0;
    let lastEnd = 0;
    for (let i = 0; i < chosen.length; i++) {
      const c = chosen[i];
      if (paragraphs) {
        let p = para;
        while (p < paragraphs.length - 1 && c.start >= paragraphs[p].end) p++;
        if (p !== para) { para = p; before = []; }
      }
      let sentenceStart: number;
      if (sentences?.length) {
        while (sent < sentences.length - 1 && c.start >= sentences[sent].end) sent++;
        sentenceStart = sentences[sent].start;
      } else {
        // Without segmentation, a full stop, question mark or line break ends a sentence.
        for (SENTENCE_END.lastIndex = scanned; SENTENCE_END.exec(text) && SENTENCE_END.lastIndex <= c.start; ) { sent++; lastEnd = SENTENCE_END.lastIndex; }
        scanned = Math.max(scanned, lastEnd);
        sentenceStart = lastEnd;
      }
      // Keep a preposition written just before the expression, unless an earlier item owns it.
      let start = c.start;
      let prep: string | null = null;
      const lookFrom = Math.max(0, c.start - 16);
      const pm = prepBefore.exec(text.slice(lookFrom, c.start));
      if (pm?.indices?.[1]) {
        const s = lookFrom + pm.indices[1][0];
        const prevEnd = out.length ? out[out.length - 1].end : 0;
        const cut = s === lookFrom && s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]);
        if (!cut && s >= prevEnd && s >= sentenceStart) { start = s; prep = pm[1].toLowerCase().replace(/\s+/g, ' '); }
      }
      const env: Env = { text, pub, start: c.start, before, lex, sentenceStart, sentence: sent, prep, day, dayAnchor };
      const r = c.rule.resolve(c.groups, env) ?? NULL;
      if (c.end <= datelineEnd && r.precision === 'day' && r.value && dayAnchor === 'publication') {
        day = parseIsoDay(r.value);
        dayAnchor = 'text';
      }
      // "three years ago, on October 4, 2021": a date restating a publication-anchored one sets no scene.
      const last = before[before.length - 1];
      const restates = last?.anchor === 'publication' && out.length > 0 && /^\s*,\s*(?:on|in)?\s*$/i.test(text.slice(out[out.length - 1].end, start));
      before.push({ ...r, ...(restates ? { narrativeYear: null } : {}), start: c.start, sentence: sent, rule: c.rule.name });
      const cover = r.cover ?? coverage(r.value);
      out.push({
        field, start, end: c.end, text: text.slice(start, c.end),
        value: r.value, precision: r.value ? r.precision : 'none', from: cover.from, to: cover.to,
        anchor: r.anchor, rule: c.rule.name,
      });
    }
    return out;
  };

  /** Does the clause before `pos` point to the future ("will meet on Friday")? */
  function futureBefore(env: Env): boolean {
    const from = Math.max(env.sentenceStart, env.start - 80);
    const slice = env.text.slice(from, env.start);
    futureRe.lastIndex = 0;
    let last = -1;
    for (let m = futureRe.exec(slice); m; m = futureRe.exec(slice)) last = m.index + m[0].length;
    if (last < 0) return false;
    const rest = slice.slice(last);
    wordRe.lastIndex = 0;
    for (let m = wordRe.exec(rest); m; m = wordRe.exec(rest)) if (env.lex.pastCues.has(m[0].toLowerCase())) return false;
    return true;
  }

  /**
   * Year of a date written without one: the year the last sentences are narrating, or the
   * publication year (the year before when the date would otherwise lie more than half a
   * year ahead of publication and nothing in the clause points to the future).
   */
  function yearFor(env: Env, month: number, day: number | null): { y: number; anchor: Resolved['anchor'] } | null {
    // "is due to leave in January": a clause about the future is told from the publication date.
    const future = futureBefore(env);
    // "X told reporters on November 16": a wire's reporting is news of the last weeks, whatever
    // year the sentences before were narrating.
    if (!future && env.pub != null && reportedJustBefore(env)) {
      const p = fromDayNumber(env.pub);
      const first = dayNumber(p.y, month, day ?? 1);
      if (first <= env.pub && env.pub - first <= 62) return { y: p.y, anchor: 'publication' };
    }
    if (!future) {
      for (let i = env.before.length - 1; i >= 0; i--) {
        const b = env.before[i];
        if (b.anchor === 'publication' || env.sentence - b.sentence > 2) break;
        if (b.narrativeYear == null) continue;
        // "created in September 2023 and turned into a confederation in July": a narrative told in
        // order within one sentence moves on to the next July, unless that lies past publication.
        const bm = b.value && /^\d{4}-(\d\d)/.exec(b.value);
        // The same holds for the sentences after it: a story told in order rarely steps back without a year.
        if (bm && month < +bm[1] && (env.pub == null || dayNumber(b.narrativeYear + 1, month, day ?? 1) <= env.pub)) {
          return { y: b.narrativeYear + 1, anchor: 'text' };
        }
        return { y: b.narrativeYear, anchor: 'text' };
      }
    }
    if (env.pub == null) return null;
    const p = fromDayNumber(env.pub);
    const first = dayNumber(p.y, month, day ?? 1);
    if (future) return { y: first < env.pub - 31 ? p.y + 1 : p.y, anchor: 'publication' };
    // "was retaken in November" in a May article: the last November, not the coming one.
    if (first - env.pub > 183 || (first > env.pub + 31 && pastBefore(env))) return { y: p.y - 1, anchor: 'publication' };
    return { y: p.y, anchor: 'publication' };
  }

  /** Is the date part of a reporting clause ("told reporters in Algiers on November 16")? */
  function reportedJustBefore(env: Env): boolean {
    const words: string[] = env.text.slice(Math.max(env.sentenceStart, env.start - 60), env.start).toLowerCase().match(wordRe) ?? [];
    for (let i = words.length - 1; i >= 0 && words[i] !== 'that'; i--) if (env.lex.reportingVerbs.has(words[i])) return true;
    return false;
  }

  /** Does the clause before `pos` tell of the past ("was retaken in November")? */
  function pastBefore(env: Env): boolean {
    const from = Math.max(env.sentenceStart, env.start - 80);
    const slice = env.text.slice(from, env.start);
    wordRe.lastIndex = 0;
    // Past cues, or a verb in -ed ("collapsed on Sept. 3"); future cues were ruled out before.
    // What follows a reporting verb is its content, with a tense of its own ("said talks would resume in May").
    let past = false;
    for (let m = wordRe.exec(slice); m; m = wordRe.exec(slice)) {
      const w = m[0].toLowerCase();
      if (env.lex.reportingVerbs.has(w) || w === 'that') past = false;
      else if (env.lex.pastCues.has(w) || (w.length > 4 && w.endsWith('ed'))) past = true;
    }
    return past;
  }

  function compileRules(L: TimeLexicon): Rule[] {
    const fullMonths = [...L.months.keys()].filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
    const abbrMonths = [...L.months.keys()].filter((k) => !fullMonths.includes(k));
    const MON = (n: string) => `(?<${n}>(?:${alternation(fullMonths)})(?![A-Za-z])|(?:${alternation(abbrMonths)})(?![A-Za-z])\\.?)`;
    const DAY = (n: string) => `(?<${n}>[0-3]?\\d)(?:st|nd|rd|th)?${E}`;
    const YEAR = (n: string) => `(?<${n}>1\\d{3}|20\\d{2})${E}(?![.,]\\d)`;
    const WD = `(?:(?<wd>${L.alt.weekday}),?\\s+)?`;
    const NIGHT = `(?:the\\s+(?:${L.alt.dayPart}|eve)\\s+of\\s+)?`;
    const NUM = `(?<n>\\d{1,3}|${L.alt.number})`;
    const VN = `(?<vn>${L.alt.vagueCount})`;
    const UNIT = `(?<unit>${L.alt.unit})`;
    const PART = '(?:(?<part>early|late|mid)[-\\s]+|(?:the\\s+)?(?<edge>end|beginning|start|middle|turn)\\s+of\\s+)';
    // No `u` flag: ASCII boundaries suffice for English and compile several times faster.
    const re = (s: string) => new RegExp(s, 'gi');

    const monthNum = (s: string | undefined) => (s ? L.months.get(s.toLowerCase().replace(/\.$/, '')) ?? 0 : 0);
    const capital = (s: string | undefined) => !!s && s[0] !== s[0].toLowerCase();
    const capsOk = (g: Groups) => capital(g.mon) && (g.mon2 === undefined || capital(g.mon2)) && (g.wd === undefined || capital(g.wd));
    const num = (s: string | undefined) => (s === undefined ? null : /^\d+$/.test(s) ? +s : L.numbers.get(s.toLowerCase().replace(/\s+/g, ' ')) ?? null);

    const day = (y: number, m: number, d: number, anchor: Resolved['anchor'], narrativeYear: number | null): Resolved | null =>
      validDate(y, m, d) ? { value: isoDay(dayNumber(y, m, d)), precision: 'day', anchor, narrativeYear } : null;
    const month = (y: number, m: number, anchor: Resolved['anchor'], narrativeYear: number | null): Resolved =>
      ({ value: monthValue(y, m), precision: 'month', anchor, narrativeYear });
    const range = (a: number, b: number, anchor: Resolved['anchor'], narrativeYear: number | null = null): Resolved =>
      ({ value: `${isoDay(a)}/${isoDay(b)}`, precision: 'range', anchor, narrativeYear });
    const monthEnd = (y: number, m: number) => dayNumber(y, m, daysInMonth(y, m));

    /** Day, month or year value `n` units away from day `base`. */
    const shift = (base: number, unit: string, n: number, anchor: Resolved['anchor']): Resolved | null => {
      const p = fromDayNumber(base);
      switch (unit) {
        case 'day': return { value: isoDay(base + n), precision: 'day', anchor };
        case 'week': return { value: weekValue(base + 7 * n), precision: 'week', anchor };
        case 'month': { const t = addMonths(p.y, p.m, n); return { value: monthValue(t.y, t.m), precision: 'month', anchor }; }
        case 'year': return { value: pad4(p.y + n), precision: 'year', anchor };
        case 'decade': return { value: pad4(p.y + 10 * n), precision: 'year', anchor };
        case 'century': return { value: pad4(p.y + 100 * n), precision: 'year', anchor };
        default: return null;
      }
    };
    /** Range covering `n` units back from (or forward to) day `base`. */
    const span = (base: number, unit: string, n: number, anchor: Resolved['anchor']): Resolved | null => {
      const other = unit === 'day' ? base + n : unit === 'week' ? base + 7 * n : unit === 'month' ? addMonthsToDay(base, n)
        : unit === 'year' ? addYears(base, n) : unit === 'decade' ? addYears(base, 10 * n) : unit === 'century' ? addYears(base, 100 * n) : null;
      if (other == null) return null;
      return n < 0 ? range(other, base, anchor) : range(base, other, anchor);
    };
    /** The nearest earlier item in the paragraph that can serve as base for a unit. */
    const baseFor = (env: Env, unit: string): ResolvedItem | undefined => {
      const fine: Record<string, TimexPrecision[]> = { day: ['day'], week: ['day', 'week'], month: ['day', 'week', 'month'], year: ['day', 'week', 'month', 'year'] };
      const ok = fine[unit] ?? fine.year;
      for (let i = env.before.length - 1; i >= 0; i--) if (env.before[i].value && ok.includes(env.before[i].precision)) return env.before[i];
      return undefined;
    };
    const startDay = (r: Resolved) => parseIsoDay(coverage(r.value).from);

    // One pattern per word order; the year is optional and decides how the date is anchored.
    const dateRule = (name: string, pattern: string): Rule => ({
      name, re: re(pattern), accept: (g) => capsOk(g),
      resolve: (g, env) => {
        const m = monthNum(g.mon), d = +g.day!;
        if (g.year) return day(+g.year, m, d, 'absolute', +g.year);
        // "October 7 last year" names the year from the publication date.
        if (g.ofrel && env.pub != null) {
          const rel = g.ofrel.toLowerCase();
          return day(fromDayNumber(env.pub).y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), m, d, 'publication', null);
        }
        const y = yearFor(env, m, d);
        return y ? day(y.y, m, d, y.anchor, y.anchor === 'text' ? y.y : null) : NULL;
      },
    });

    const rules: Rule[] = [
      dateRule('date-md', `${B}${WD}${NIGHT}${MON('mon')}\\s+${DAY('day')}(?:,?\\s+${YEAR('year')}|(?:,?\\s+(?:of\\s+)?(?<ofrel>this|last|next)\\s+year${E})?)?`),
      dateRule('date-dm', `${B}${WD}${NIGHT}(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)))?${DAY('day')}\\s+(?:of\\s+)?${MON('mon')}(?:,?\\s+${YEAR('year')}|(?:,?\\s+(?:of\\s+)?(?<ofrel>this|last|next)\\s+year${E})?)?`),
      {
        // 20.09.2023 (day first, as in most of the world) and 2023-09-20.
        name: 'date-numeric',
        re: re(`${B}(?:(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<y>(?:19|20)\\d\\d)|(?<y2>(?:19|20)\\d\\d)-(?<m2>[01]\\d)-(?<d2>[0-3]\\d))${E}(?![.,]\\d)`),
        resolve: (g) => {
          const y = +(g.y ?? g.y2)!, m = +(g.m ?? g.m2)!, d = +(g.d ?? g.d2)!;
          return day(y, m, d, 'absolute', y);
        },
      },
      {
        // 9/20/2023 or 20/9/2023: month first unless that is impossible.
        name: 'date-slash',
        re: re(`${B}(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>(?:19|20)\\d\\d)${E}`),
        resolve: (g) => {
          const a = +g.a!, b = +g.b!, y = +g.y!;
          return a <= 12 ? day(y, a, b, 'absolute', y) : day(y, b, a, 'absolute', y);
        },
      },
      {
        name: 'day-range',
        re: re(`${B}(?:(?:from|between)\\s+)?(?:${MON('mon')}\\s+${DAY('day')}(?:${SEP}|\\s+(?:to|and|until|till|through)\\s+)(?:${MON('mon3')}\\s+)?${DAY('day2')}|${DAY('d1')}(?:${SEP}|\\s+(?:to|and|until|till|through)\\s+)${DAY('d2')}\\s+(?:of\\s+)?${MON('mon2')})(?:,?\\s+${YEAR('year')})?`),
        accept: (g) => capital(g.mon ?? g.mon2) && (g.mon3 === undefined || capital(g.mon3)),
        resolve: (g, env) => {
          const m = monthNum(g.mon ?? g.mon2);
          const m2 = g.mon3 ? monthNum(g.mon3) : m;
          const a = +(g.day ?? g.d1)!, b = +(g.day2 ?? g.d2)!;
          const y = g.year ? { y: +g.year, anchor: 'absolute' as const } : yearFor(env, m, a);
          if (!y || !validDate(y.y, m, a)) return NULL;
          // "December 28 to January 3" crosses into the next year.
          const y2 = m2 < m ? y.y + 1 : y.y;
          const y1 = g.year && m2 < m ? y.y - 1 : y.y;
          if (!validDate(y2, m2, b) || !validDate(y1, m, a)) return NULL;
          const from = dayNumber(y1, m, a), to = dayNumber(g.year ? y.y : y2, m2, b);
          if (to <= from) return NULL;
          return range(from, to, y.anchor, g.year ? y.y : null);
        },
      },
      {
        name: 'month-range',
        re: re(`${B}(?:(?:from|between)\\s+)?${MON('mon')}(?:\\s+(?<y1>1\\d{3}|20\\d{2}))?(?:${SEP}|\\s+(?:to|and|until|till|through)\\s+)${MON('mon2')}(?:,?\\s+(?:of\\s+)?${YEAR('year')})?`),
        accept: (g) => capital(g.mon) && capital(g.mon2),
        resolve: (g, env) => {
          const a = monthNum(g.mon), b = monthNum(g.mon2);
          if (g.year || g.y1) {
            const y2 = +(g.year ?? g.y1)!;
            const y1 = g.y1 ? +g.y1 : a <= b ? y2 : y2 - 1;
            if (y1 > y2 || (y1 === y2 && a >= b)) return NULL;
            return range(dayNumber(y1, a, 1), monthEnd(y2, b), 'absolute', y2);
          }
          const y = yearFor(env, a, 1);
          if (!y || a >= b) return NULL;
          return range(dayNumber(y.y, a, 1), monthEnd(y.y, b), y.anchor);
        },
      },
      {
        name: 'month-year',
        re: re(`${B}${PART}?${MON('mon')},?\\s+(?:of\\s+)?${YEAR('year')}`),
        accept: (g) => capsOk(g),
        resolve: (g) => month(+g.year!, monthNum(g.mon), 'absolute', +g.year!),
      },
      {
        // early May, late September, the end of June, late May of this year
        name: 'month-part',
        re: re(`${B}${PART}${MON('mon')}(?:,?\\s+(?:of\\s+)?(?<ofrel>this|last|next)\\s+year${E})?`),
        accept: (g) => capsOk(g),
        resolve: (g, env) => monthRelative(g, env),
      },
      {
        name: 'month-relative',
        re: re(`${B}(?<rel>last|this|next|this\\s+past|this\\s+coming)\\s+${MON('mon')}`),
        accept: (g) => capsOk(g),
        resolve: (g, env) => monthRelative(g, env),
      },
      {
        // A month alone needs a preposition before it ("in October"): "May" and "March" are also words.
        name: 'month',
        re: re(`${B}(?:in|since|until|till|by|from|through|throughout|during|before|after|for|with|of|around|to)\\s+${MON('mon')}(?!\\s*\\d)(?:,?\\s+(?:of\\s+)?(?<ofrel>this|last|next)\\s+year${E})?`),
        accept: (g) => capsOk(g) && !/\.$/.test(g.mon!),
        resolve: (g, env) => monthRelative(g, env),
      },
      {
        // "January’s election": a month in the possessive (not "Theresa May’s", after a capitalised word).
        name: 'month-possessive',
        re: re(`${B}${MON('mon')}(?=['’]s${E})`),
        accept: (g, text, s) => capsOk(g) && !/\.$/.test(g.mon!) && !/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, s - 30), s)),
        resolve: (g, env) => monthRelative(g, env),
      },
      {
        // New Year's Day, Christmas Eve: a day of the calendar by its name.
        name: 'fixed-day',
        re: re(`${B}(?<fd>${L.alt.fixedDay})${E}`),
        accept: (g) => capital(g.fd),
        resolve: (g, env) => {
          const [m, d] = L.fixedDays.get(g.fd!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) ?? [0, 0];
          const y = m ? yearFor(env, m, d) : null;
          return y ? day(y.y, m, d, y.anchor, y.anchor === 'text' ? y.y : null) : NULL;
        },
      },
      {
        name: 'year-range',
        re: re(`${B}(?:(?<from>from|between)\\s+)?${YEAR('year')}(?:(?<dash>${SEP})|\\s+(?<conj>to|and|until|till|through)\\s+)(?<year2>1\\d{3}|20\\d{2}|\\d{2})${E}(?![.,]\\d)`),
        accept: (g, text, s, e, lex) => {
          if (g.conj === 'and' && g.from?.toLowerCase() !== 'between') return false;
          // "between 2006-2019" is sloppy but common; "between 2006 to 2019" is not a range we trust.
          if (g.from?.toLowerCase() === 'between' && g.conj !== 'and' && !g.dash) return false;
          if (!g.dash && !g.from && g.conj === 'to' && !isYearContext(text, s, lex)) return false;
          const y1 = +g.year!, y2 = g.year2!.length === 2 ? Math.floor(y1 / 100) * 100 + +g.year2! : +g.year2!;
          return y2 > y1 && y2 - y1 < 200 && !countFollows(text, e, lex);
        },
        resolve: (g, env) => {
          const y1 = +g.year!, y2 = g.year2!.length === 2 ? Math.floor(y1 / 100) * 100 + +g.year2! : +g.year2!;
          // As for a single year: "from 1992 to 1994" sets the scene, "the war of 1998 to 2003" names a war.
          const scene = g.from !== undefined || setsScene(env);
          return range(dayNumber(y1, 1, 1), dayNumber(y2, 12, 31), 'absolute', scene ? y2 : null);
        },
      },
      {
        name: 'decade',
        re: re(`${B}(?:the\\s+)?(?:(?<part>early|late|mid)[-\\s]+)?(?:(?<dec>1\\d{2}0|20\\d0)['’]?s|['’](?<dd>\\d0)s)${E}`),
        resolve: (g) => {
          const dec = g.dec ? g.dec : (+g.dd! <= 10 ? '20' : '19') + g.dd!;
          const part = DECADE_PARTS[g.part?.toLowerCase() ?? ''];
          const cover = part ? { from: `${+dec + part[0]}-01-01`, to: `${+dec + part[1]}-12-31` } : undefined;
          return { value: `${dec}s`, precision: 'decade', anchor: 'absolute', cover };
        },
      },
      {
        name: 'century',
        re: re(`${B}(?:the\\s+)?(?:(?<part>early|late|mid)[-\\s]+)?(?<c>1\\d|20|21|[1-9])(?:st|nd|rd|th)[-\\s]+century${E}`),
        resolve: (g) => {
          const c = +g.c!;
          return range(dayNumber((c - 1) * 100 + 1, 1, 1), dayNumber(c * 100, 12, 31), 'absolute');
        },
      },
      {
        // mid-2021, early 2021, the end of 2021, the summer of 2021, the first half of 2021
        name: 'year-part',
        re: re(`${B}(?:${PART}|(?:the\\s+)?(?<half>first|second|latter)\\s+half\\s+of\\s+|(?:the\\s+)?(?<season>${L.alt.season})\\s+(?:of\\s+)?)${YEAR('year')}`),
        resolve: (g) => {
          const y = +g.year!;
          const edge = g.edge?.toLowerCase();
          if (edge === 'end') return month(y, 12, 'absolute', y);
          if (edge === 'beginning' || edge === 'start') return month(y, 1, 'absolute', y);
          if (g.half) return g.half.toLowerCase() === 'first' ? range(dayNumber(y, 1, 1), dayNumber(y, 6, 30), 'absolute', y) : range(dayNumber(y, 7, 1), dayNumber(y, 12, 31), 'absolute', y);
          if (g.season) return season(g.season, y, 'absolute');
          return { value: pad4(y), precision: 'year', anchor: 'absolute', narrativeYear: y };
        },
      },
      {
        name: 'year',
        re: re(`${B}(?:the\\s+year\\s+)?${YEAR('year')}`),
        accept: (g, text, s, e, lex) => {
          const y = +g.year!;
          if (/[$€£#№+\-/:.]$|\d[,.]$/.test(text.slice(Math.max(0, s - 2), s))) return false;
          if (/^(?:[-–/:%]|\s*(?:%|[-–]\s*\d))/.test(text.slice(e, e + 4))) return false;
          const prev = wordBefore(text, s);
          if (prev && lex.yearBlockersBefore.has(prev)) return false;
          if (/up\s+to\s*$/i.test(text.slice(Math.max(0, s - 8), s))) return false;
          if (countFollows(text, e, lex)) return false;
          // A bare number before a plural noun is a count ("deployed 2000 peacekeepers") unless a
          // determiner or possessive makes it a modifier ("the 2020 elections", "Russia's 2022 invasion").
          const raw = /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, s - 24), s))?.[1];
          if (prev && raw && /^[a-z]/.test(raw) && !STRONG_PREPOSITIONS.has(prev) && !DETERMINERS.has(prev)
            && /^\s+[a-z]{2,}[^s\W]s\b/.test(text.slice(e, e + 30)) && !/['’]s\s*$|s['’]\s*$/.test(text.slice(Math.max(0, s - 4), s))) return false;
          return y >= 1900 || isYearContext(text, s, lex);
        },
        resolve: (g, env) => {
          const y = +g.year!;
          return { value: pad4(y), precision: 'year', anchor: 'absolute', narrativeYear: setsScene(env) ? y : null };
        },
      },
      {
        name: 'day-word',
        re: re(`${B}(?<w>today|yesterday|tomorrow|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+night|(?:earlier|later)\\s+(?:today|tonight)|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|(?:earlier|later)\\s+in\\s+(?:the\\s+)?day)${E}`),
        resolve: (g, env) => {
          if (env.day == null) return NULL;
          const w = g.w!.toLowerCase().replace(/\s+/g, ' ');
          const delta = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : w === 'the day before yesterday' ? -2 : w === 'the day after tomorrow' ? 2 : 0;
          return { value: isoDay(env.day + delta), precision: 'day', anchor: env.dayAnchor };
        },
      },
      {
        name: 'weekday',
        re: re(`${B}(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|coming|past)\\s+)?(?<wd>${L.alt.weekday})(?:\\s+(?:${L.alt.dayPart}))?${E}`),
        accept: (g) => capital(g.wd),
        resolve: (g, env) => {
          if (env.day == null) return NULL;
          const target = L.weekdays.get(g.wd!.toLowerCase())!;
          const today = weekday(env.day);
          const back = (today - target + 7) % 7;
          const ahead = (target - today + 7) % 7;
          const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
          let n: number;
          if (rel === 'last' || rel === 'past' || rel === 'this past') n = env.day - (back || 7);
          else if (rel === 'next' || rel === 'coming' || rel === 'this coming') n = env.day + (ahead || 7);
          else if (rel === 'this') n = env.day - today + target;
          else n = futureBefore(env) ? env.day + ahead : env.day - back;
          return { value: isoDay(n), precision: 'day', anchor: env.dayAnchor };
        },
      },
      {
        name: 'ago',
        re: re(`${B}(?:(?:${NUM}|${VN})(?<half1>\\s+and\\s+a\\s+half)?\\s+)?${UNIT}(?<half2>\\s+and\\s+a\\s+half)?\\s+ago(?<thisMonth>\\s+this\\s+month)?${E}`),
        resolve: (g, env) => {
          const n = num(g.n);
          const unit = L.units.get(g.unit!.toLowerCase())!;
          if (env.pub == null || n == null) return NULL;
          // "two and a half years ago": half a year is told in months.
          if (g.half1 || g.half2) {
            if (unit === 'year') return shift(env.pub, 'month', -(n * 12 + 6), 'publication');
            if (unit === 'month') return shift(env.pub, 'week', -Math.round((n + 0.5) * 4.35), 'publication');
            return NULL;
          }
          // "three years ago this month": the publication month, that many years back.
          if (g.thisMonth && unit === 'year') {
            const p = fromDayNumber(env.pub);
            return month(p.y - n, p.m, 'publication', null);
          }
          // Days count from the dateline; weeks and longer are told from publication.
          if (unit === 'day' && env.day != null) return shift(env.day, unit, -n, env.dayAnchor);
          return shift(env.pub, unit, -n, 'publication');
        },
      },
      {
        // "a day earlier", "two years later": counted from the expression before. "Later" and
        // "earlier" may open the clause they date ("A day later India shut the border").
        name: 'offset',
        re: re(`${B}${NUM}\\s+${UNIT}\\s+(?<dir>earlier|later|before|after)(?=\\s*[,.;:)]|\\s+(?:that|this)\\b|$|(?<=earlier|later)\\s+(?!than\\b)[a-z])`),
        resolve: (g, env) => {
          const n = num(g.n);
          const unit = L.units.get(g.unit!.toLowerCase())!;
          const base = baseFor(env, unit);
          const from = base ? startDay(base) : null;
          if (n == null || from == null) return NULL;
          const dir = /^(?:earlier|before)$/i.test(g.dir!) ? -1 : 1;
          return shift(from, unit, dir * n, 'text');
        },
      },
      {
        // over the past 35 years, in the last two months, the next ten years; the past few weeks (vague)
        // "over the last 24 hours": the day of the news, or the days the hours cover.
        name: 'hours',
        re: re(`${B}(?:(?:over|in|during|within|throughout)\\s+)?the\\s+(?:past|last|previous)\\s+(?<n>\\d{1,3}|${L.alt.number})\\s+hours${E}`),
        resolve: (g, env) => {
          const n = num(g.n);
          const base = env.day ?? env.pub;
          if (base == null || n == null) return NULL;
          const days = Math.ceil(n / 24);
          return days <= 1 ? { value: isoDay(base), precision: 'day', anchor: env.day != null ? env.dayAnchor : 'publication' } : span(base, 'day', -days, 'publication');
        },
      },
      {
        name: 'span',
        re: re(`${B}(?:(?:over|in|during|for|within|throughout)\\s+)?the\\s+(?<dir>past|last|previous|next|coming|following)\\s+(?:${NUM}|${VN})\\s+(?<unit>days|weeks|months|years|decades|centuries)${E}`),
        resolve: (g, env) => {
          const n = num(g.n);
          const unit = L.units.get(g.unit!.toLowerCase())!;
          if (env.pub == null || n == null) return NULL;
          const back = /^(?:past|last|previous)$/i.test(g.dir!);
          return span(env.pub, unit, back ? -n : n, 'publication');
        },
      },
      {
        name: 'relative',
        re: re(`${B}(?<rel>last|this|next|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next|the\\s+coming|this\\s+past|the\\s+past|the\\s+last|earlier\\s+this|later\\s+this|(?:earlier|later)\\s+in\\s+the|(?:the\\s+)?(?:end|beginning|start|middle|turn)\\s+of\\s+(?:the|this|last|next)|over\\s+the)\\s+(?<unit>day|week|weekend|month|year|decade|${L.alt.season})${E}`),
        accept: (g) => {
          const rel = g.rel!.toLowerCase();
          if (/^over\s+the$/.test(rel)) return g.unit!.toLowerCase() === 'weekend';
          if (g.unit!.toLowerCase() === 'day') return /^the\s+(?:next|following|previous|preceding)$/.test(rel);
          return true;
        },
        resolve: (g, env) => relativeUnit(g, env),
      },
      {
        name: 'same',
        re: re(`${B}(?:the\\s+same|that)\\s+(?<unit>day|week|month|year)${E}`),
        resolve: (g, env) => {
          const unit = g.unit!.toLowerCase();
          const base = baseFor(env, unit);
          const from = base ? startDay(base) : null;
          if (from == null) return NULL;
          const r = shift(from, unit, 0, 'text');
          return r && { ...r, narrativeYear: fromDayNumber(from).y };
        },
      },
      {
        name: 'vague',
        re: re(`${B}(?:${L.alt.vague})${E}`),
        resolve: () => ({ value: null, precision: 'none', anchor: 'publication' }),
      },
    ];
    return rules;

    function season(name: string, y: number, anchor: Resolved['anchor']): Resolved {
      const [a, b] = L.seasons.get(name.toLowerCase())!;
      const y2 = b < a ? y + 1 : y;
      return range(dayNumber(y, a, 1), monthEnd(y2, b), anchor, y);
    }

    /** A month with a relative or missing year: "late May", "last October", "in December". */
    function monthRelative(g: Groups, env: Env): Resolved {
      const m = monthNum(g.mon);
      const rel = (g.rel ?? g.ofrel)?.toLowerCase().replace(/\s+/g, ' ');
      if (!rel) {
        const r = yearFor(env, m, null);
        return r ? month(r.y, m, r.anchor, r.anchor === 'text' ? r.y : null) : NULL;
      }
      if (env.pub == null) return NULL;
      const p = fromDayNumber(env.pub);
      let y: number;
      // "late May of last year" names the year; "last May" is the latest May before publication.
      if (g.ofrel) y = p.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      else if (rel === 'this') y = p.y;
      else if (rel === 'last' || rel === 'this past') y = m < p.m ? p.y : p.y - 1;
      else y = m > p.m ? p.y : p.y + 1;
      return month(y, m, 'publication', null);
    }

    /** last week, this year, earlier this month, the end of the year, the previous day, … */
    function relativeUnit(g: Groups, env: Env): Resolved {
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
      const unit = g.unit!.toLowerCase();
      const narrative = /^the (?:previous|preceding|following|next)$/.test(rel);
      let base = env.pub;
      let anchor: Resolved['anchor'] = 'publication';
      if (narrative) {
        const b = baseFor(env, unit === 'weekend' ? 'week' : unit);
        const from = b ? startDay(b) : null;
        if (from != null) { base = from; anchor = 'text'; }
      }
      if (base == null) return NULL;
      const p = fromDayNumber(base);
      const step = /^(?:last|the previous|the preceding|this past)$/.test(rel) || /of last$/.test(rel) ? -1
        : /^(?:next|the following|the next|the coming)$/.test(rel) || /of next$/.test(rel) ? 1 : 0;
      if (rel === 'over the') return relativeUnit({ rel: weekday(base) >= 6 ? 'this' : 'last', unit }, env);
      if (/^the (?:past|last)$/.test(rel)) {
        if (unit === 'weekend' || L.seasons.has(unit)) return relativeUnit({ rel: 'last', unit }, env);
        return span(base, unit, -1, 'publication') ?? NULL;
      }
      const edge = /^(?:the )?(end|beginning|start|middle|turn) of/.exec(rel)?.[1];
      if (unit === 'weekend') {
        const saturday = base - weekday(base) + 6 + 7 * step;
        return range(saturday, saturday + 1, anchor);
      }
      if (L.seasons.has(unit)) {
        const [a, b] = L.seasons.get(unit)!;
        let y = p.y;
        if (step < 0) y = b >= a && b < p.m ? p.y : p.y - 1;
        if (step > 0) y = a > p.m ? p.y : p.y + 1;
        return season(unit, y, anchor);
      }
      if (unit === 'year' && edge) {
        const y = p.y + step;
        if (edge === 'end') return month(y, 12, anchor, null);
        if (edge === 'beginning' || edge === 'start') return month(y, 1, anchor, null);
        return { value: pad4(y), precision: 'year', anchor };
      }
      if (unit === 'month' && edge) {
        const t = addMonths(p.y, p.m, step);
        return month(t.y, t.m, anchor, null);
      }
      if (unit === 'decade') {
        const d = Math.floor(p.y / 10) * 10 + 10 * step;
        return { value: `${d}s`, precision: 'decade', anchor };
      }
      if (unit === 'week' && edge) return { value: weekValue(base + 7 * step), precision: 'week', anchor };
      return shift(base, unit, step, anchor) ?? NULL;
    }
  }
}

/**
 * Length of the dateline the body opens with ("OSTERBY, 4 May —", "Lindholm (Coast Wire) -"), or 0.
 * Before the dash, every word outside parentheses is capitalised or a number, the first segment
 * names a place, and one of an all-capital place, an outlet in parentheses or a digit marks it as a
 * dateline rather than a sentence that opens with a dash ("Ukraine — a country …").
 */
function datelineLength(text: string, lex: TimeLexicon): number {
  const head = text.slice(0, lex.dateline.maxLength + 4);
  let cut = -1;
  let dashLen = 0;
  for (const d of lex.dateline.dashes) {
    const i = head.indexOf(d);
    if (i > 0 && i <= lex.dateline.maxLength && (cut < 0 || i < cut)) { cut = i; dashLen = d.length; }
  }
  if (cut < 0) return 0;
  const prefix = head.slice(0, cut);
  if (/[.!?;:\n]\s/.test(prefix)) return 0;
  const bare = prefix.replace(/\([^()]*\)/g, ' ');
  const words = bare.match(/[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu) ?? [];
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return 0;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return 0;
  const first = bare.split(/[,(]/)[0].trim().split(/\s+/);
  if (first.length > lex.dateline.maxPlaceWords) return 0;
  const marked = first.some((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) || bare !== prefix || /\d/.test(prefix);
  return marked ? cut + dashLen : 0;
}

const SENTENCE_END = /[.!?]["”’)]*\s+|\n/g;
const STRONG_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those']);

/** Settles overlapping candidates: longest first, then earliest; the result in text order. */
function settle(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** Lower-cased word right before `pos` (with a trailing dot kept, as in "No."). */
function wordBefore(text: string, pos: number): string | null {
  const m = /([\p{L}]+\.?)\s*$/u.exec(text.slice(Math.max(0, pos - 24), pos));
  return m ? m[1].toLowerCase() : null;
}

/** Is the number at `end` followed by a counted noun or a unit ("2000 troops")? */
function countFollows(text: string, end: number, lex: TimeLexicon): boolean {
  const m = /^\s*([\p{L}%]+)/u.exec(text.slice(end, end + 24));
  return !!m && lex.countNouns.has(m[1].toLowerCase());
}

/** Does a preposition that introduces dates stand before `pos` ("in 1828", "since 1991")? */
function isYearContext(text: string, pos: number, lex: TimeLexicon): boolean {
  const w = wordBefore(text, pos);
  return !!w && (lex.prepositions.includes(w) || ['of', 'before', 'after', 'around', 'circa', 'c.', 'year'].includes(w));
}
