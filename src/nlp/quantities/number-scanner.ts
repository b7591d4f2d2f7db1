// Finds the figures of a text that count or measure something and reads each one: its value
// (digits with separators and scale words, number words, vague plurals, fractions, ranges), the
// qualifier written before or after it, and the unit the expression itself carries (percent,
// currency, km, years, a hyphenated modifier like "2,000-strong"). Figures that are dates,
// years, clock times, ordinals, list markers or parts of names are left out here; what a figure
// counts is decided by the finder, which sees the words around it.
import type { Span } from '../../core/article.js';
import type { Qualifier, QuantityCategory } from '../claims/types.js';
import { LEX, fold } from './lexicon.js';

export type FigureKind = 'digits' | 'words' | 'vague' | 'fraction';

export interface NumberExpr {
  /** The whole expression: qualifier, currency, figure(s), unit. */
  start: number;
  end: number;
  /** The figure(s) alone. */
  numStart: number;
  numEnd: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Unit carried by the expression itself, or null when the counted noun must decide. */
  unit: string | null;
  /** Category fixed by the unit or modifier (money, area, duration, ...), else null. */
  category: QuantityCategory | null;
  kind: FigureKind;
  /** Index of the sentence (in the spans given to the scanner). */
  sentence: number;
  rules: string[];
}

export interface ScanOptions {
  /** Treat a capitalised word right before a figure as a name ("Resolution 2334"); off for title-case headlines. */
  capitalRule?: boolean;
}

const WORD_STARTS = [...LEX.numberWords.keys(), ...LEX.vaguePlurals.keys(), 'half'];
const AHEAD_OF_ARTICLE = [...LEX.multiplierWords.keys(), ...LEX.dozenWords.keys(), ...LEX.fractions.keys(), ...[...LEX.unitOf.entries()].filter(([, u]) => u.category === 'duration').map(([f]) => f)];
const START = new RegExp(
  `\\d|(?<![\\p{L}\\p{N}])(?:(?:${WORD_STARTS.join('|')})(?![\\p{L}])|an?(?=\\s+(?:${AHEAD_OF_ARTICLE.join('|')})(?![\\p{L}]))|(?:several|a\\s+few)(?=\\s+(?:${[...LEX.multiplierWords.keys(), ...LEX.dozenWords.keys()].join('|')})(?![\\p{L}])))`,
  'giu',
);
const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const WORD = /[\p{L}]+/uy;
const GAP = /[ \t\u00a0]+/y;
const HYPHEN_UNIT = /[-‐]([a-z]+)(?![\p{L}])/iuy;
const FRACTION = new RegExp(`[\\s\\-‐]+(${[...LEX.fractions.keys()].join('|')})(?![\\p{L}])`, 'iuy');
const TIME_UNIT_FORMS = [...LEX.unitOf.entries()].filter(([, u]) => u.category === 'duration').map(([f]) => f);
const OF_A_TIME_UNIT = new RegExp(`\\s+of\\s+an?\\s+(${TIME_UNIT_FORMS.join('|')})(?![\\p{L}])`, 'iuy');
const A_TIME_UNIT = new RegExp(`\\s+an?\\s+(${TIME_UNIT_FORMS.join('|')})(?![\\p{L}])`, 'iuy');
const OF_AHEAD = /\s+of(?![\p{L}])/iuy;
const HALF_OBJECT = /\s+(?:the|its|their|his|her|our|all)(?![\p{L}])/iuy;
// "Serbs about a third and Croats roughly 15 percent": a qualified fraction that ends a list item
// is a share whose "of …" was said once for the whole list.
const LIST_ITEM_END = /\s*(?:[,;.]|and(?![\p{L}])|or(?![\p{L}])|while(?![\p{L}]))/iuy;
const ONE_IN = /\s+in\s+(?:every\s+)?/iy;
const RANGE_SEP = /(?:\s*[-–—‐]\s*|\s+(?:to|or|and)\s+)/iy;
const VAGUE_INNER = new RegExp(`\\s+of\\s+(${[...LEX.vaguePlurals.keys()].join('|')})(?![\\p{L}])`, 'iuy');
const SUFFIX_REJECT = /(?:st|nd|rd|th|s|['’]s)(?![\p{L}])/iuy;
const PREV_WORD = /([\p{L}][\p{L}\p{N}.’'-]*)[ \t\u00a0]+$/u;
const NEXT_WORDS = /^[ \t\u00a0]+([\p{L}][\p{L}’'-]*)(?:[ \t\u00a0]+([\p{L}][\p{L}’'-]*))?(?:[ \t\u00a0]+([\p{L}][\p{L}’'-]*))?/u;
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

interface Figure { start: number; end: number; value: number; kind: FigureKind; raw: string; article: boolean; scaled: boolean; fractionUnit: string | null; percentFraction: boolean }

const isAlnum = (c: string | undefined) => c !== undefined && ALNUM.test(c);
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Figures of `text` sentence by sentence, in order. */
export function scanNumbers(text: string, sentences: Span[], options: ScanOptions = {}): NumberExpr[] {
  const out: NumberExpr[] = [];
  sentences.forEach((s, si) => {
    START.lastIndex = s.start;
    for (let m = START.exec(text); m && m.index < s.end; m = START.exec(text)) {
      const r = readExpression(text, m.index, s, si, options);
      if (r.expr) out.push(r.expr);
      START.lastIndex = Math.max(r.next, m.index + 1);
    }
  });
  return out;
}

/** Reads the expression starting at `at`; `next` is where scanning resumes. */
function readExpression(text: string, at: number, s: Span, si: number, options: ScanOptions): { expr: NumberExpr | null; next: number } {
  const first = readFigure(text, at, s.end, null);
  if (!first) return { expr: null, next: at + 1 };
  if ('reject' in first) return { expr: null, next: first.reject };
  const rules: string[] = [first.kind];
  let numStart = first.start;
  let pos = first.end;
  let currency: string | null = null;

  // Currency written before the figure ("$2.5bn", "US$ 40", "EUR 300").
  const before = text.slice(Math.max(s.start, numStart - 5), numStart);
  const cm = first.kind === 'digits' ? LEX.currencyBefore.exec(before) : null;
  let start = numStart;
  if (cm) {
    currency = cm[1] ? LEX.currencySymbols.get(cm[1]) ?? null : cm[2] ? LEX.currencySymbols.get(cm[2]) ?? null : cm[3];
    start = numStart - cm[0].length;
  }
  let value = first.value;
  // Scale written after a digit figure ("1.5 million", "$300m").
  if (first.kind === 'digits') {
    const sc = sticky(LEX.scale, text, pos) ?? (currency ? sticky(LEX.scaleCurrencyOnly, text, pos) : null);
    if (sc) {
      value *= LEX.scaleSuffixes.get(sc[1].toLowerCase()) ?? LEX.scaleWithCurrencyOnly.get(sc[1].toLowerCase()) ?? 1;
      pos = sc.index + sc[0].length;
      first.scaled = true;
      rules.push('scale');
    }
  }
  let low: number | null = null;
  let high: number | null = null;
  let isRange = false;

  // "two and a half years": the half belongs to the figure.
  const half = first.kind === 'words' || first.kind === 'digits' ? sticky(LEX.andAHalf, text, pos) : null;
  if (half && !first.article) {
    value += 0.5;
    pos = half.index + half[0].length;
  }

  // Ranges: "20-30", "20 to 30", "between 20 and 30", "two or three", "2-3 million".
  if (first.kind === 'digits' || first.kind === 'words') {
    const sep = sticky(RANGE_SEP, text, pos);
    if (sep) {
      const word = sep[0].trim().toLowerCase();
      const bFrom = Math.max(s.start, start - 9);
      const between = /between\s+$/i.exec(text.slice(bFrom, start));
      const okSep = word === 'and' ? between !== null : true;
      let p2 = sep.index + sep[0].length;
      const sym = text[p2] && LEX.currencySymbols.has(text[p2]) ? 1 : 0;
      // "$2bn to $3bn" is a range; "$2bn or €3bn" names two amounts.
      const crossCurrency = sym === 1 && (word === 'or' || LEX.currencySymbols.get(text[p2]) !== currency);
      const second = okSep && !crossCurrency ? readFigure(text, p2 + sym, s.end, first.kind) : null;
      if (second && !('reject' in second) && second.kind === first.kind && !second.article) {
        p2 = second.end;
        let v2 = second.value;
        const sc = first.kind === 'digits' ? sticky(LEX.scale, text, p2) ?? (currency ? sticky(LEX.scaleCurrencyOnly, text, p2) : null) : null;
        let scale2 = 1;
        if (sc) {
          scale2 = LEX.scaleSuffixes.get(sc[1].toLowerCase()) ?? LEX.scaleWithCurrencyOnly.get(sc[1].toLowerCase()) ?? 1;
          v2 *= scale2;
          p2 = sc.index + sc[0].length;
        }
        const yearLike = (f: Figure) => f.kind === 'digits' && /^\d{4}$/.test(f.raw) && f.value >= 1000 && f.value <= 2100;
        if (yearLike(first) && (yearLike(second) || /^\d{2}$/.test(second.raw))) return { expr: null, next: p2 };
        let v1 = value;
        if (!first.scaled && scale2 > 1 && v1 * scale2 <= v2) v1 *= scale2; // "2-3 million"
        if (v1 < v2 || (word === 'or' && v1 !== v2)) {
          low = Math.min(v1, v2);
          high = Math.max(v1, v2);
          value = (low + high) / 2;
          pos = p2;
          isRange = true;
          rules.push('range');
          if (between) start = bFrom + between.index;
        }
      }
    }
  }
  const numEnd = pos;

  // What the expression itself says about the unit.
  let unit: string | null = currency;
  let category: QuantityCategory | null = currency ? 'money' : null;
  let factor = 1;
  if (first.fractionUnit) {
    const u = LEX.unitOf.get(first.fractionUnit.toLowerCase())!;
    unit = u.unit;
    category = 'duration';
    factor = u.factor;
    rules.push('fraction-of-unit');
  } else if (first.percentFraction) {
    unit = 'percent';
    rules.push('share');
  } else if (!unit) {
    const pc = sticky(LEX.percent, text, pos);
    if (pc && first.kind !== 'vague') {
      unit = 'percent';
      pos = pc.index + pc[0].length;
      rules.push('percent');
    } else {
      // "millions of dollars": a vague plural counts money through its "of".
      const of = first.kind === 'vague' ? sticky(OF_AHEAD, text, pos) : null;
      const cw = first.kind !== 'vague' ? sticky(LEX.currencyAfter, text, pos) : of ? sticky(LEX.currencyAfter, text, of.index + of[0].length) : null;
      if (cw) {
        // With a nationality before it, the currency is as written: "dinars" alone names no country.
        unit = cw[1] ? `${cw[1]}${cw[2]}` : LEX.currencyWordOf.get(fold(cw[2])) ?? cw[2].toUpperCase();
        category = 'money';
        pos = cw.index + cw[0].length;
        rules.push('currency');
      } else {
        const mu = first.kind !== 'vague' ? sticky(LEX.measureAfter, text, pos) : null;
        if (mu) {
          const u = LEX.unitOf.get(fold(mu[1]))!;
          unit = u.unit;
          category = u.category;
          factor = u.factor;
          pos = mu.index + mu[0].length;
          const age = sticky(LEX.ageAfter, text, pos);
          if (age) pos = age.index + age[0].length;
          rules.push(`unit:${u.unit}`);
        } else {
          const hm = first.kind !== 'vague' ? sticky(LEX.hyphenModifier, text, pos) : null;
          if (hm) {
            const mod = LEX.hyphenModifiers.get(fold(hm[1]))!;
            unit = mod.unit;
            category = mod.category;
            pos = hm.index + hm[0].length;
            rules.push(`modifier:${fold(hm[1])}`);
          }
        }
      }
    }
  } else if (currency) {
    const cw = sticky(LEX.currencyAfter, text, pos); // "$5 million dollars" is rare; "USD" after a symbol is not
    if (cw && LEX.currencyWordOf.has(fold(cw[2]))) pos = cw.index + cw[0].length;
    rules.push('currency');
  }
  // "a month and a half"
  if (first.article && category === 'duration') {
    const h = sticky(LEX.andAHalf, text, pos);
    if (h) {
      value += 0.5;
      pos = h.index + h[0].length;
    }
  }

  // A letter or a hyphenated word glued to the figure that no rule read: "5G", "one-sided", "two-state".
  const after = text[pos];
  if (isLetter(after) || ((after === '-' || after === '‐') && isLetter(text[pos + 1]) && !/^[-‐]plus/i.test(text.slice(pos, pos + 5)))) {
    return { expr: null, next: skipWord(text, pos) };
  }

  // Qualifiers: before ("at least 200") or after ("200 or more").
  let qualifier: Qualifier = 'exact';
  const qFrom = Math.max(s.start, start - 30);
  let qb = LEX.qualifierBefore.exec(text.slice(qFrom, start));
  // "killed over three days": before a span of time "over" means "during", unless "for" asks how long ("for over a decade").
  if (qb && category === 'duration' && LEX.temporalPrepositions.has(fold(qb[1]))) {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(qFrom, qFrom + qb.index + qb[0].indexOf(qb[1])));
    if (!before || !LEX.durationOpeners.has(fold(before[1]))) qb = null;
  }
  if (qb) {
    qualifier = LEX.qualifierOf.get(fold(qb[1]))!;
    start = qFrom + qb.index + qb[0].indexOf(qb[1]);
    rules.push(`qualifier:${fold(qb[1])}`);
  }
  const tq = sticky(LEX.trailingQualifier, text, pos);
  if (tq && qualifier === 'exact') {
    qualifier = LEX.trailingOf.get(fold(tq[1]))!;
    pos = tq.index + tq[0].length;
    rules.push(`qualifier:${fold(tq[1])}`);
  }
  if (first.kind === 'vague') {
    if (qualifier === 'exact') qualifier = 'approximately';
    low = value;
  }

  const hasUnit = unit !== null;
  const prev = prevWord(text, first.kind === 'digits' && cm ? start : numStart, s.start);
  const prevLower = prev ? fold(prev.word).replace(/[’'-]+$/, '') : '';
  const prevBare = prevLower.replace(/\.$/, '');
  const sentenceInitial = prev !== null && firstWordStart(text, s) === prev.start;

  // Dates: a month name next to the figure ("September 20", "12 December").
  const next = NEXT_WORDS.exec(text.slice(numEnd, numEnd + 60));
  const isMonth = (w: string | undefined) => w !== undefined && UPPER.test(w) && LEX.months.has(fold(w).replace(/\.$/, ''));
  if (first.kind === 'digits' && !hasUnit && (isMonth(prev?.word) || isMonth(next?.[1]))) return { expr: null, next: numEnd };

  // Identifiers: "Resolution 2334", "Article 5", "Day 100".
  if (!qb && prev && (LEX.nameTriggers.has(prevLower) || LEX.nameTriggers.has(prevBare)) && !hasUnit) return { expr: null, next: numEnd };
  const possessive = prev !== null && /['’]s$/i.test(prev.word);
  if (!qb && prev && options.capitalRule !== false && UPPER.test(prev.word) && !sentenceInitial && !possessive && !LEX.months.has(prevBare) && !hasUnit) {
    return { expr: null, next: numEnd };
  }
  // "the 8888 Uprising": four or more digits without separators before a capitalised word name
  // an event or a body; an amount that size is written "8,888".
  if (!qb && first.kind === 'digits' && /^\d{4,}$/.test(first.raw) && !hasUnit && !first.scaled && next?.[1] !== undefined && UPPER.test(next[1]) && !isMonth(next[1])) {
    return { expr: null, next: numEnd };
  }
  // Number words capitalised inside a sentence are names ("the Big Three").
  if ((first.kind === 'words' || first.kind === 'vague') && options.capitalRule !== false && UPPER.test(text[first.start]) && !qb && !atSentenceStart(text, s, start)) {
    return { expr: null, next: numEnd };
  }

  // Years: a bare four-digit figure from 1000 to 2100 is a year unless a unit or a counted noun follows.
  if (first.kind === 'digits' && !isRange && /^\d{4}$/.test(first.raw) && first.value >= 1000 && first.value <= 2100 && !hasUnit && !first.scaled) {
    const countNoun = [next?.[1], next?.[2]].some((w) => w !== undefined && (LEX.peopleNouns.has(fold(w)) || LEX.troopNouns.has(fold(w))));
    if (LEX.yearTriggers.has(prevBare) || !countNoun) return { expr: null, next: numEnd };
    rules.push('not-a-year');
  }

  if (first.kind === 'words' && !isRange) {
    // "the two sides", "its three members": a reference to a known set, not a figure.
    // But "the three states", "its two neighbours" count the members of a grouping the text is about.
    const memberSet = !!next && LEX.memberSetNouns.has(fold(next[1]));
    if (value <= 10 && !hasUnit && !qb && prev && LEX.referenceDeterminers.has(prevBare)) {
      if (!memberSet) return { expr: null, next: numEnd };
      category = 'members';
      rules.push('member-set');
    }
    // "one expert", "one of the", "a year ago": 'one' counts only with a unit or a qualifier, a bare 'a' only with a qualifier.
    // "for a decade", "lasting a week": after these a bare article measures a span of time.
    const measured = first.article && category === 'duration' && !!prev && LEX.durationOpeners.has(prevBare);
    if (value === 1 && !qb && !measured && (first.article || !hasUnit)) return { expr: null, next: numEnd };
  }

  if (!isRange) {
    if (qualifier === 'at_least' || qualifier === 'more_than') low = value;
    if (qualifier === 'nearly' || qualifier === 'up_to' || qualifier === 'less_than') high = value;
  }
  const scaleAll = (x: number | null) => (x === null ? null : round(x * factor));
  return {
    expr: {
      start,
      end: pos,
      numStart,
      numEnd,
      value: round(value * factor),
      low: scaleAll(low),
      high: scaleAll(high),
      qualifier,
      unit,
      category,
      kind: first.kind,
      sentence: si,
      rules,
    },
    next: pos,
  };
}

/** One figure at `at`: digits, number words, a vague plural or a fraction. */
function readFigure(text: string, at: number, limit: number, want: FigureKind | null): Figure | { reject: number } | null {
  const c = text[at];
  if (c >= '0' && c <= '9') return readDigits(text, at, limit, want !== null);
  if (want === 'digits') return null;
  const w = sticky(WORD, text, at);
  if (!w) return null;
  const lw = w[0].toLowerCase();
  // Vague plurals: "dozens", "thousands", "tens of thousands", "several hundred".
  if (LEX.vaguePlurals.has(lw) || lw === 'several' || lw === 'a') {
    let base: number;
    let end = at + w[0].length;
    if (lw === 'several' || (lw === 'a' && /^a\s+few\s/i.test(text.slice(at, at + 7)))) {
      const m = /^(?:several|a\s+few)\s+([a-z]+)/i.exec(text.slice(at, at + 30));
      if (!m) return null;
      base = LEX.multiplierWords.get(m[1].toLowerCase()) ?? LEX.dozenWords.get(m[1].toLowerCase()) ?? 0;
      if (!base) return null;
      end = at + m[0].length;
    } else if (lw !== 'a') {
      base = LEX.vaguePlurals.get(lw)!;
      if (LEX.vagueNeedOf.has(lw) && !sticky(OF_AHEAD, text, end)) return null;
      const inner = sticky(VAGUE_INNER, text, end);
      if (inner) {
        base *= LEX.vaguePlurals.get(inner[1].toLowerCase())!;
        end = inner.index + inner[0].length;
      }
    } else {
      return readWords(text, at, limit);
    }
    if (want !== null) return null;
    return { start: at, end, value: 2 * base, kind: 'vague', raw: text.slice(at, end), article: false, scaled: true, fractionUnit: null, percentFraction: false };
  }
  if (lw === 'half') return readFraction(text, at, at + 4, 1, 0.5);
  return readWords(text, at, limit);
}

function readDigits(text: string, at: number, limit: number, second: boolean): Figure | { reject: number } | null {
  const m = sticky(DIGITS, text, at);
  if (!m) return null;
  let end = at + m[0].length;
  const before = text[at - 1];
  const skip = () => ({ reject: skipToken(text, end) });
  // Glued to letters or digits before ("G7", "F-16", "Su-25", "24/7") or a hash ("#5").
  if (!second && (isAlnum(before) || before === '#' || before === '_')) return skip();
  if (!second && (before === '-' || before === '‐' || before === '/' || before === '.') && isAlnum(text[at - 2])) return skip();
  // Dates, times, versions and ratios: "20.09.2023", "10:30", "3/4".
  if (/[.:/]/.test(text[end] ?? '') && /\d/.test(text[end + 1] ?? '')) return skip();
  if (sticky(SUFFIX_REJECT, text, end)) return skip();
  if (LEX.clockAfter.test(text.slice(end, end + 12))) return skip();
  // List markers: "1)", "(2)".
  if (!second && text[end] === ')' && (before !== '(' || m[0].length <= 2)) return skip();
  const raw = m[1];
  const value = Number(raw.replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
  if (!Number.isFinite(value)) return skip();
  // "1 in 5": a share.
  const oneIn = sticky(ONE_IN, text, end);
  if (oneIn) {
    const d = sticky(DIGITS, text, oneIn.index + oneIn[0].length);
    if (d && !m[2]) {
      const n2 = Number(d[0].replace(/,/g, ''));
      if (n2 > value && n2 <= 1000 && !(n2 >= 1000 && n2 <= 2100)) {
        return { start: at, end: d.index + d[0].length, value: Math.round((value / n2) * 1000) / 10, kind: 'fraction', raw, article: false, scaled: false, fractionUnit: null, percentFraction: true };
      }
    }
  }
  if (end > limit) end = limit;
  return { start: at, end, value, kind: 'digits', raw: m[0], article: false, scaled: false, fractionUnit: null, percentFraction: false };
}

/** Number words: "three", "twenty-five", "one hundred and fifty", "a dozen", "two thousand". */
function readWords(text: string, at: number, limit: number): Figure | { reject: number } | null {
  let pos = at;
  let total = 0;
  let cur = 0;
  let last: 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'mult' | 'and' = 'start';
  let end = at;
  let article = false;
  for (;;) {
    if (pos > at) {
      const g = sticky(GAP, text, pos);
      if (!g) break;
      pos = g.index + g[0].length;
    }
    const w = sticky(WORD, text, pos);
    if (!w || pos >= limit) break;
    const lw = w[0].toLowerCase();
    const n = LEX.numberWords.get(lw);
    const mult = LEX.multiplierWords.get(lw);
    const doz = LEX.dozenWords.get(lw);
    if (last === 'start' && (lw === 'a' || lw === 'an')) {
      article = true;
      cur = 1;
      last = 'a';
    } else if (n !== undefined && (last === 'start' || last === 'mult' || last === 'and' || (last === 'tens' && n < 10 && n > 0))) {
      cur += n;
      last = n >= 20 ? 'tens' : n >= 10 ? 'teen' : 'unit';
      // "twenty-five"
      if (n >= 20) {
        const h = sticky(HYPHEN_UNIT, text, pos + w[0].length);
        const u = h ? LEX.numberWords.get(h[1].toLowerCase()) : undefined;
        if (h && u !== undefined && u > 0 && u < 10) {
          cur += u;
          pos = h.index + h[0].length;
          end = pos;
          last = 'unit';
          continue;
        }
      }
    } else if (mult !== undefined && last !== 'start' && last !== 'and') {
      if (mult === 100) cur = (cur || 1) * 100;
      else {
        total += (cur || 1) * mult;
        cur = 0;
      }
      last = 'mult';
      article = false;
    } else if (doz !== undefined && (last === 'a' || last === 'unit' || last === 'teen' || last === 'tens')) {
      cur = (cur || 1) * doz;
      last = 'mult';
      article = false;
    } else if (lw === 'and' && last === 'mult') {
      const nx = /^\s+([a-z]+)/i.exec(text.slice(pos + 3, pos + 20));
      if (!nx || !LEX.numberWords.has(nx[1].toLowerCase())) break;
      last = 'and';
      pos += 3;
      continue;
    } else break;
    pos += w[0].length;
    end = pos;
  }
  if (end === at) return null;
  const value = total + cur;
  // Fractions: "a third of", "two-thirds of", "a quarter of a century", "one half".
  if (value <= 10 && !text.slice(at, end).match(/hundred|thousand|million|billion|dozen/i)) {
    const fr = sticky(FRACTION, text, end);
    if (fr) {
      const f = LEX.fractions.get(fr[1].toLowerCase())!;
      const plural = /s$/i.test(fr[1]);
      if (plural === value > 1 || fr[1].toLowerCase() === 'half') return readFraction(text, at, fr.index + fr[0].length, value, f);
    }
  }
  // "one in five": a share.
  const oneIn = value > 0 && value < 10 && !article ? sticky(ONE_IN, text, end) : null;
  if (oneIn) {
    const second = readWords(text, oneIn.index + oneIn[0].length, limit);
    if (second && !('reject' in second) && second.kind === 'words' && second.value > value && second.value <= 1000) {
      return { start: at, end: second.end, value: Math.round((value / second.value) * 1000) / 10, kind: 'fraction', raw: text.slice(at, second.end), article: false, scaled: false, fractionUnit: null, percentFraction: true };
    }
  }
  if (article && last === 'a') {
    // "a month", "a decade": one of a time unit; the caller decides whether it is a figure.
    return { start: at, end: at + (text[at + 1] === 'n' || text[at + 1] === 'N' ? 2 : 1), value: 1, kind: 'words', raw: 'a', article: true, scaled: false, fractionUnit: null, percentFraction: false };
  }
  return { start: at, end, value, kind: 'words', raw: text.slice(at, end), article, scaled: false, fractionUnit: null, percentFraction: false };
}

/** A fraction ending at `end`, kept only when it is a share of something ("half of", "a third of a century"). */
function readFraction(text: string, at: number, end: number, n: number, f: number): Figure | null {
  const ofUnit = sticky(OF_A_TIME_UNIT, text, end) ?? (f === 0.5 ? sticky(A_TIME_UNIT, text, end) : null);
  if (ofUnit) {
    return { start: at, end: ofUnit.index + ofUnit[0].length, value: n * f, kind: 'fraction', raw: text.slice(at, end), article: false, scaled: false, fractionUnit: ofUnit[1], percentFraction: false };
  }
  const elliptic = LEX.qualifierBefore.test(text.slice(Math.max(0, at - 24), at)) && sticky(LIST_ITEM_END, text, end) !== null;
  if (!sticky(OF_AHEAD, text, end) && !(f === 0.5 && sticky(HALF_OBJECT, text, end)) && !elliptic) return null;
  return { start: at, end, value: Math.round(n * f * 1000) / 10, kind: 'fraction', raw: text.slice(at, end), article: false, scaled: false, fractionUnit: null, percentFraction: true };
}

function skipToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\p{L}\p{N}.,:/\-‐]/u.test(text[i])) i++;
  return Math.max(i, from + 1);
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\p{L}\p{N}\-‐]/u.test(text[i])) i++;
  return Math.max(i, from + 1);
}

/** The word right before `pos` with only spaces between, trailing dot kept ("No."). */
function prevWord(text: string, pos: number, lo: number): { word: string; start: number } | null {
  const from = Math.max(lo, pos - 40);
  const m = PREV_WORD.exec(text.slice(from, pos));
  return m ? { word: m[1], start: from + m.index } : null;
}

/** Offset of the first word of the sentence (after opening quotes and brackets). */
function firstWordStart(text: string, s: Span): number {
  let i = s.start;
  while (i < s.end && !isAlnum(text[i])) i++;
  return i;
}

function atSentenceStart(text: string, s: Span, pos: number): boolean {
  return firstWordStart(text, s) >= pos;
}
