// The time lexicon (data/time-lexicon.json) loaded once, with the regex alternations the
// patterns are compiled from. Longer alternatives come first so "September" wins over "Sep".
import { readFileSync } from 'node:fs';

interface RawLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  dayParts: string[];
  numbers: Record<string, number>;
  vagueCounts: string[];
  units: Record<string, string>;
  seasons: Record<string, [number, number]>;
  fixedDays: Record<string, [number, number]>;
  prepositions: string[];
  vague: string[];
  futureCues: string[];
  pastCues: string[];
  reportingVerbs: string[];
  yearBlockersBefore: string[];
  countNouns: string[];
  dateline: { dashes: string[]; maxLength: number; maxPlaceWords: number };
}

export interface TimeLexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  vagueCounts: Set<string>;
  units: Map<string, string>;
  seasons: Map<string, [number, number]>;
  /** Named days with a fixed date ("New Year's Day"), keys lower-case with a straight apostrophe. */
  fixedDays: Map<string, [number, number]>;
  prepositions: string[];
  futureCues: string[];
  pastCues: Set<string>;
  /** Verbs whose complement has a tense of its own ("said talks would resume in May"). */
  reportingVerbs: Set<string>;
  yearBlockersBefore: Set<string>;
  countNouns: Set<string>;
  /** Shape of the dateline a body may open with (its date anchors "yesterday" and the like). */
  dateline: { dashes: string[]; maxLength: number; maxPlaceWords: number };
  /** Alternations (no capture groups) for building patterns. */
  alt: { month: string; weekday: string; dayPart: string; number: string; vagueCount: string; unit: string; season: string; vague: string; preposition: string; fixedDay: string };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of phrases, longest first, spaces matching any run of blanks. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

export function loadTimeLexicon(file = new URL('../../../../src/nlp/data/time-lexicon.json', import.meta.url)): TimeLexicon {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawLexicon;
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  return {
    months: new Map(Object.entries(raw.months)),
    weekdays: new Map(Object.entries(raw.weekdays)),
    numbers: new Map(Object.entries(raw.numbers)),
    vagueCounts: new Set(lower(raw.vagueCounts)),
    units: new Map(Object.entries(raw.units)),
    seasons: new Map(Object.entries(raw.seasons)),
    fixedDays: new Map(Object.entries(raw.fixedDays).map(([k, v]) => [k.toLowerCase(), v])),
    prepositions: lower(raw.prepositions),
    futureCues: lower(raw.futureCues),
    pastCues: new Set(lower(raw.pastCues)),
    reportingVerbs: new Set(lower(raw.reportingVerbs)),
    yearBlockersBefore: new Set(lower(raw.yearBlockersBefore)),
    countNouns: new Set(lower(raw.countNouns)),
    dateline: raw.dateline,
    alt: {
      month: alternation(Object.keys(raw.months)),
      weekday: alternation(Object.keys(raw.weekdays)),
      dayPart: alternation(raw.dayParts),
      number: alternation(Object.keys(raw.numbers)),
      vagueCount: alternation(raw.vagueCounts),
      unit: alternation(Object.keys(raw.units)),
      season: alternation(Object.keys(raw.seasons)),
      vague: alternation(raw.vague),
      preposition: alternation(raw.prepositions),
      fixedDay: alternation(Object.keys(raw.fixedDays)).replace(/'/g, "['’]"),
    },
  };
}
