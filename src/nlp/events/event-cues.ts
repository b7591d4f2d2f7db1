// The cue lists of data/event-cues.json as sets, loaded once.
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync(new URL('../../../../src/nlp/data/event-cues.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const set = (key: string) => new Set(raw[key]);
const adjectival = raw.adjectivalNouns as unknown as Record<string, string[]>;

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
  /** Words that introduce a commentator or a witness rather than a party ("analyst", "Dr", "a farmer"). */
  commentators: set('commentators'),
  /** Two words opening a clause that make a verb of saying an idiom ("Enough said.", "That said, …"). */
  sayingIdioms: set('sayingIdioms'),
  /** Two words before a noun trigger that make it the setting of another event ("killed in the fighting"). */
  circumstantial: set('circumstantial'),
  /** Auxiliaries of the present perfect: "has said" without a date is a stance, not a dated statement. */
  perfect: set('perfect'),
  /** Adverbs after that auxiliary that make the perfect today's news ("has now announced", "has since confirmed"). */
  recentPerfect: set('recentPerfect'),
  /** Relative pronouns opening a clause whose date is its own ("X, who seized power in 2023, said"). */
  relatives: set('relatives'),
  /** Words that make what follows someone's allegation rather than the article's report ("accused X of"). */
  allegations: set('allegations'),
  /** Auxiliaries and adverbs of the passive: "was reported", "widely reported" are not someone speaking. */
  passive: set('passive'),
  /** Noun triggers naming the people taking part ("the protesters"): a definite one is new, not anaphoric. */
  participants: set('participants'),
  /** Words after a verb of saying that make it a passive participle ("reported missing"). */
  passiveComplements: set('passiveComplements'),
  /** Vague time words that still place an event near publication ("recently"). */
  recency: set('recency'),
  /** Possessive clitics: "Kosovo's 2008 declaration" makes the year a modifier. */
  possessives: set('possessives'),
  /** Words placing a trigger before or after the narrated moment ("after", "later"): undated, it is dropped. */
  relative: set('relative'),
  /** Units of a span of time ("after months of tensions" is no event before or after). */
  spans: set('spans'),
  /** Just before a trigger, words that put it after the sentence's earlier dates ("later said"). */
  posterior: set('posterior'),
  /** Verbs that report a capture when their object is a named place ("took Kadugli"). */
  captureVerbs: set('captureVerbs'),
  /** Verbs that report a capture when their subject is a named place ("when Avdiivka fell"). */
  fallVerbs: set('fallVerbs'),
  /** Words after such a verb that make it a change of amount or state instead ("fell by", "fell silent"). */
  fallNotCapture: set('fallNotCapture'),
  /** Verbs that report a recognition when their object is a named place ("recognised Kosovo"). */
  recognitionVerbs: set('recognitionVerbs'),
  /** Words opening a time expression after a captured place: a gapped second capture has its own. */
  timeOpeners: set('timeOpeners'),
  /** Function words that may follow a name's last word ("the Dayton Agreement of 1995", "… Accord was"). */
  functionWords: set('functionWords'),
  /** Event nouns that are also adjectives, with the words before them that make them one ("as offensive"). */
  adjectivalNouns: new Map(Object.entries(adjectival).map(([noun, before]) => [noun, new Set(before)])),
  /** Prefixes that turn a hyphen-joined trigger into a modifier ("anti-riot training"). */
  notPrefixes: set('notPrefixes'),
  /** Time expressions pointing back to the narrated date ("At the time, …"), as token sequences. */
  anaphoricTimes: raw.anaphoricTimes.map((p) => p.split(' ')),
  /** Words pointing at the news of the day ("the latest escalation"), as token sequences. */
  currentTimes: raw.currentTimes.map((p) => p.split(' ')),
  /** Prepositions that make "the <year> <noun>" after them the time of the clause ("during the 2020 war"). */
  timeAdjuncts: set('timeAdjuncts'),
  /** Event types whose verbs name discrete acts: two of them with their own objects are two events. */
  discreteActs: set('discreteActs'),
  /** After a comma, words that open a new clause ("…, and President X sent …"). */
  clauseJoiners: set('clauseJoiners'),
  /** First words of a clause that goes on with the same subject ("…, and then bombed …"). */
  notSubjectOpeners: set('notSubjectOpeners'),
  /** Irregular past-tense verbs: a clause with one tells a happening a date may belong to. */
  pastIrregular: set('pastIrregular'),
  /** Words in -ed that are adjectives far more often than past verbs ("armed", "alleged"). */
  notPastVerbs: set('notPastVerbs'),
};
