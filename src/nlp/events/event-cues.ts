// The cue lists of data/event-cues.json as sets, loaded once.
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync(new URL('../../../../src/nlp/data/event-cues.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const set = (key: string) => new Set(raw[key]);

export const eventCues = {
  modals: set('modals'),
  negations: set('negations'),
  hypothetical: set('hypothetical'),
  /** Words that make what follows wanted, feared or attempted rather than done ("plans to"). */
  intentions: set('intentions'),
  /** Before "to": the infinitive that follows still happened ("agreed to lay down arms"). */
  factiveBeforeTo: set('factiveBeforeTo'),
  /** Before a noun trigger, one or two words that make the event unreal ("threat of", "future"). */
  nounBlockers: set('nounBlockers'),
  habitual: set('habitual'),
  clauseBreaks: set('clauseBreaks'),
  clauseConjunctions: set('clauseConjunctions'),
  /** Words that introduce a commentator rather than a party ("analyst", "Dr"). */
  commentators: set('commentators'),
  /** Two words before a noun trigger that make it the setting of another event ("killed in the fighting"). */
  circumstantial: set('circumstantial'),
  /** Auxiliaries of the present perfect: "has said" without a date is a stance, not a dated statement. */
  perfect: set('perfect'),
  /** Vague time words that still place an event near publication ("recently"). */
  recency: set('recency'),
};
