// The claim layers of one article (time expressions, quantities, quotations, events) and the
// framing layer (persuasion techniques), as plain data. Entities are referred to by their
// index in the article's `entities` layer (ArticleEntity[]); the corpus linker turns those
// indices into entity ids. Every item carries its field and UTF-16 offsets into that field,
// with `text.slice(start, end)` equal to the item's text.
import type { Field } from '../entities/mention-finder.js';

/** Index into the article's `entities` layer. */
export type EntityRef = number;

export type TimexPrecision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'range' | 'none';

export interface TimexItem {
  field: Field;
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, NNNNs (decade), start/end, or null when vague. */
  value: string | null;
  precision: TimexPrecision;
  /** First and last day the value covers (ISO dates), null when vague: for ordering and filters. */
  from: string | null;
  to: string | null;
  /** What anchored the value: the text itself, the publication date, or an earlier expression. */
  anchor: 'absolute' | 'publication' | 'text' | 'none';
  rule: string;
}

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'approximately' | 'nearly' | 'up_to' | 'less_than';

export const QUANTITY_CATEGORIES = [
  'killed', 'injured', 'missing', 'displaced', 'population', 'military_personnel', 'civilians_sheltered',
  'money', 'area', 'distance', 'duration', 'vote_count', 'members', 'other',
] as const;
export type QuantityCategory = (typeof QUANTITY_CATEGORIES)[number];

export interface QuantityItem {
  field: Field;
  start: number;
  end: number;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** people, troops, percent, USD, km2, km, years, months, days, hours, ... or "other". */
  unit: string;
  category: QuantityCategory;
  /** What is counted, in the article's words (the noun phrase the number modifies). */
  counted: string;
  place: EntityRef | null;
  /** ISO date (or coarser timex value) the figure refers to, when the text ties it to one. */
  asOf: string | null;
  /** Who the text says gives the figure: an entity, or only words ("officials"). */
  attributedTo: EntityRef | null;
  attributedText: string | null;
  rule: string;
}

export interface QuoteItem {
  field: Field;
  /** Offsets of the words inside the quotation marks. */
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'partial';
  speaker: EntityRef | null;
  /** The words that name the speaker where the quote is attributed ("the diplomat", "Dacic"). */
  speakerText: string | null;
  rule: string;
}

export const EVENT_TYPES = [
  'military_operation', 'armed_clash', 'ceasefire', 'agreement', 'negotiation', 'diplomatic_meeting', 'statement',
  'displacement', 'explosion', 'blockade', 'protest', 'declaration_of_independence', 'deployment',
  'military_exercise', 'election_or_political_change', 'vote', 'arms_transfer', 'casualty_report', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventItem {
  field: Field;
  /** The evidence: usually the clause or sentence that reports the event. */
  start: number;
  end: number;
  /** The word or phrase that names the event ("launched", "ceasefire"). */
  trigger: { start: number; end: number; text: string };
  type: EventType;
  date: { value: string | null; precision: TimexPrecision };
  actors: EntityRef[];
  place: EntityRef | null;
  /** Indices into the article's `quantities` layer. */
  quantities: number[];
  summary: string;
  rule: string;
}

export interface TechniqueItem {
  field: Field;
  start: number;
  end: number;
  text: string;
  /** One of the 14 SemEval-2020 Task 11 labels. */
  technique: string;
  /** Quotation marks that distance or mock rather than quote. */
  scareQuote: boolean;
  /** The cue, pattern or lexicon entry that flagged the span. */
  rule: string;
}
