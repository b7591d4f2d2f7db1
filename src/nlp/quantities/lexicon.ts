// The cue words of data/quantities.json, compiled once at load into sets, maps and regular
// expressions, so the quantity rules never rebuild a pattern per article or per figure.
import { readFileSync } from 'node:fs';
import type { Qualifier, QuantityCategory } from '../claims/types.js';

interface MeasureUnit { forms: string[]; unit: string; category: QuantityCategory; factor: number }
interface CategoryCue { category: QuantityCategory; right: string[]; left: string[]; peopleOnly?: boolean; personsOnly?: boolean; needs?: string[] }

interface RawLexicon {
  numberWords: Record<string, number>;
  multiplierWords: Record<string, number>;
  dozenWords: Record<string, number>;
  scaleSuffixes: Record<string, number>;
  scaleWithCurrencyOnly: Record<string, number>;
  vaguePlurals: Record<string, number>;
  vagueNeedOf: string[];
  vagueMultipliers: string[];
  fractions: Record<string, number>;
  qualifiers: Record<Qualifier, string[]>;
  trailingQualifiers: Record<string, Qualifier>;
  currencySymbols: Record<string, string>;
  currencyCodes: string[];
  currencyWords: Record<string, string>;
  percentForms: string[];
  measureUnits: MeasureUnit[];
  hyphenModifiers: Record<string, { unit: string; category: QuantityCategory }>;
  ageSuffixes: string[];
  months: string[];
  clockAfter: string[];
  nameTriggers: string[];
  yearTriggers: string[];
  referenceDeterminers: string[];
  peopleNouns: string[];
  troopNouns: string[];
  demonymSuffixes: string[];
  categoryCues: CategoryCue[];
  landNouns: string[];
  casualtyCategories: QuantityCategory[];
  partLinks: string[];
  changeVerbs: string[];
  rivalEstimates: string[];
  peopleModifiers: string[];
  moneyNouns: string[];
  moneyAfterShare: string[];
  actorHeads: string[];
  coordinationLinks: string[];
  locatives: string[];
  speechVerbs: string[];
  reportNouns: string[];
  speechVerbsNeedObject: string[];
  invertingVerbs: string[];
  accordingTo: string[];
  pronouns: string[];
  personPronouns: string[];
  sourceNouns: string[];
  subjectConnectors: string[];
  subjectSkips: string[];
  parentheticals: string[];
  sentenceOpeners: string[];
  countedStops: string[];
  notSpeechObjects: string[];
  nounCues: string[];
  weekdays: string[];
  verbSkips: string[];
  durationOpeners: string[];
  appositionOpeners: string[];
  memberSetNouns: string[];
  temporalPrepositions: string[];
  prepositionsBeforeSubject: string[];
  ellipticTimeWords: string[];
}

const raw = JSON.parse(readFileSync(new URL('../../../../src/nlp/data/quantities.json', import.meta.url), 'utf8')) as RawLexicon;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of phrases, longest first so "more than" wins over "more"; spaces match any run of spaces. */
/** A currency symbol written with letters ("Rs"), not a sign ("$"). */
const lettered = (symbol: string) => /\p{L}$/u.test(symbol);
const alt = (phrases: Iterable<string>) =>
  [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '\\s+')).join('|');
const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
const lowerSet = (xs: string[]) => new Set(xs.map(fold));
/** Whole-word match of any phrase, with a capture group around it. */
const wordsRe = (phrases: Iterable<string>, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(${alt(phrases)})(?![\\p{L}\\p{N}])`, flags);

const qualifierOf = new Map<string, Qualifier>();
for (const [q, phrases] of Object.entries(raw.qualifiers) as [Qualifier, string[]][]) for (const p of phrases) qualifierOf.set(fold(p), q);

const unitOf = new Map<string, MeasureUnit>();
for (const u of raw.measureUnits) for (const f of u.forms) unitOf.set(fold(f), u);
const timeUnits = raw.measureUnits.filter((u) => u.category === 'duration').flatMap((u) => u.forms);

const currencyWordOf = new Map(Object.entries(raw.currencyWords).map(([k, v]) => [fold(k), v]));
const trailingOf = new Map(Object.entries(raw.trailingQualifiers).map(([k, v]) => [fold(k), v]));

export interface CompiledCue {
  category: QuantityCategory;
  /** Null when the cue has only left words (an empty pattern would match everywhere). */
  right: RegExp | null;
  left: RegExp | null;
  peopleOnly: boolean;
  /** The cue counts people or troops only ("lost three fighters", not "lost 30 tanks"). */
  personsOnly: boolean;
  needs: RegExp | null;
}

export const LEX = {
  numberWords: new Map(Object.entries(raw.numberWords)),
  multiplierWords: new Map(Object.entries(raw.multiplierWords)),
  dozenWords: new Map(Object.entries(raw.dozenWords)),
  scaleSuffixes: new Map(Object.entries(raw.scaleSuffixes)),
  scaleWithCurrencyOnly: new Map(Object.entries(raw.scaleWithCurrencyOnly)),
  vaguePlurals: new Map(Object.entries(raw.vaguePlurals)),
  vagueNeedOf: new Set(raw.vagueNeedOf),
  fractions: new Map(Object.entries(raw.fractions)),
  qualifierOf,
  trailingOf,
  currencySymbols: new Map(Object.entries(raw.currencySymbols)),
  currencyCodes: new Set(raw.currencyCodes),
  currencyWordOf,
  unitOf,
  hyphenModifiers: new Map(Object.entries(raw.hyphenModifiers)),
  months: lowerSet(raw.months),
  nameTriggers: lowerSet(raw.nameTriggers),
  yearTriggers: lowerSet(raw.yearTriggers),
  referenceDeterminers: lowerSet(raw.referenceDeterminers),
  peopleNouns: lowerSet(raw.peopleNouns),
  peopleModifiers: lowerSet(raw.peopleModifiers),
  troopNouns: lowerSet(raw.troopNouns),
  demonym: new RegExp(`^\\p{Lu}\\p{Ll}+(?:${raw.demonymSuffixes.join('|')})$`, 'u'),
  casualty: new Set(raw.casualtyCategories),
  locatives: lowerSet(raw.locatives),
  actorHeads: lowerSet(raw.actorHeads),
  pronouns: lowerSet(raw.pronouns),
  personPronouns: lowerSet(raw.personPronouns),
  sourceNouns: lowerSet(raw.sourceNouns),
  subjectConnectors: lowerSet(raw.subjectConnectors),
  subjectSkips: lowerSet(raw.subjectSkips),
  sentenceOpeners: lowerSet(raw.sentenceOpeners),
  reportNouns: lowerSet(raw.reportNouns),
  speechVerbsNeedObject: lowerSet(raw.speechVerbsNeedObject),
  invertingVerbs: lowerSet(raw.invertingVerbs),
  countedStops: lowerSet(raw.countedStops),
  notSpeechObjects: lowerSet(raw.notSpeechObjects),
  nounCues: lowerSet(raw.nounCues),
  weekdays: lowerSet(raw.weekdays),
  durationOpeners: lowerSet(raw.durationOpeners),
  appositionOpeners: lowerSet(raw.appositionOpeners),
  memberSetNouns: lowerSet(raw.memberSetNouns),
  temporalPrepositions: lowerSet(raw.temporalPrepositions),
  prepositionsBeforeSubject: lowerSet(raw.prepositionsBeforeSubject),
  verbSkips: lowerSet([...raw.verbSkips, ...raw.weekdays, ...raw.months, ...raw.subjectSkips]),
  speechVerbs: lowerSet(raw.speechVerbs.filter((v) => v !== 'according')),
  accordingPhrases: raw.accordingTo.map((p) => fold(p).split(' ')),
  /** After a share or ratio: "of GDP", "of its budget", "the country's economic output", "funded". */
  shareOfMoney: new RegExp(`^\\s*(?:percent|per cent|%|times)?\\s*(?:(?:${alt(raw.moneyAfterShare)})(?![\\p{L}])|(?:of\\s+|as\\s+(?:much|high|large)\\s+as\\s+)?(?:(?:the|its|their|his|her|our|this|last)\\s+)?(?:year[’']s\\s+)?(?:\\p{L}[\\p{L}-]*[’']s\\s+)?(?:annual\\s+|yearly\\s+|total\\s+|defence\\s+|defense\\s+|military\\s+|state\\s+|national\\s+)?(?:${alt(raw.moneyNouns)})(?![’'\\p{L}]))`, 'iu'),
  /** A rival estimate that names the figure it rivals: "put the toll at", "puts it at", "the number is". */
  figureReferenceBefore: /\b(?:the\s+(?:figure|number|toll|total|tally)|it)\s+(?:(?:is|was|at|as)\s+)?$/iu,
  /** A boundary between two clauses with subjects of their own: ", while", "; ", ", whereas", ", but". */
  clauseJoin: /(?:[,;]\s*(?:while|whereas|but|although|though)\b|;)/iu,
  /** Before a share: "revenue had fallen by ". */
  moneyChangeBefore: new RegExp(`\\b(?:${alt(raw.moneyNouns)})\\s+(?:(?:has|have|had)\\s+)?(?:fallen|fell|dropped|risen|rose|grown|grew|increased|decreased|declined|jumped|climbed|shrunk|shrank|slumped)\\s+(?:by\\s+)?$`, 'iu'),
  /** "percent of the territory", "of Georgia's land": what a share of area is a share of. */
  shareOfLand: new RegExp(`^\\s*(?:percent|per cent|%)?\\s*of\\s+(?:(?:the|its|their|his|her|our)\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?[’']s\\s+)?(?:${alt(raw.landNouns)})(?![’'\\p{L}])`, 'iu'),
  cues: raw.categoryCues.map((c): CompiledCue => ({
    category: c.category,
    right: c.right.length ? wordsRe(c.right, 'giu') : null,
    left: c.left.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.left)})(?![\\p{L}\\p{N}])`, 'giu') : null,
    peopleOnly: c.peopleOnly ?? false,
    personsOnly: c.personsOnly ?? false,
    needs: c.needs ? wordsRe(c.needs) : null,
  })),

  // Compiled patterns used by the scanner and the finder.
  /** A qualifier ending just before a figure ("at least ", "nearly "). */
  qualifierBefore: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alt(qualifierOf.keys())})\\s+$`, 'iu'),
  /** A trailing qualifier right after a figure ("200 or more", "200-plus"). */
  trailingQualifier: new RegExp(`\\s?(${alt(trailingOf.keys())})(?![\\p{L}\\p{N}])`, 'iuy'),
  percent: new RegExp(`\\s?(${alt(raw.percentForms)})(?![\\p{L}])`, 'iuy'),
  changeVerbBefore: new RegExp(`\\b(?:${alt(raw.changeVerbs)})\\s+$`, 'iu'),
  /** Words before a bare figure that make it another estimate of one already given. */
  rivalEstimateBefore: new RegExp(`\\b(?:${alt(raw.rivalEstimates)})\\s+$`, 'iu'),
  // "50 million Libyan dinars": a nationality adjective may stand between figure and currency.
  currencyAfter: new RegExp(`\\s((?:\\p{Lu}\\p{Ll}+\\s)?)(${alt([...Object.keys(raw.currencyWords), ...raw.currencyCodes])})(?![\\p{L}])`, 'uy'),
  // Symbols written as letters ("Rs 2,000") may stand a space before the figure.
  currencyBefore: new RegExp(`(?:(${alt(Object.keys(raw.currencySymbols).filter((k) => !lettered(k)))})|(?<![\\p{L}])(${alt(Object.keys(raw.currencySymbols).filter(lettered))})\\.?\\s?|(?<![\\p{L}])(${raw.currencyCodes.join('|')})\\s?)$`, 'u'),
  measureAfter: new RegExp(`(?:\\s|[-‐](?=\\p{L}))?(${alt(unitOf.keys())})(?![\\p{L}\\p{N}²])`, 'iuy'),
  ageAfter: new RegExp(`[-‐](${raw.ageSuffixes.join('|')})(?![\\p{L}])`, 'iuy'),
  hyphenModifier: new RegExp(`(?:[-‐]|\\s(?=troop-strong))(${alt(Object.keys(raw.hyphenModifiers))})(?![\\p{L}‐-])`, 'iuy'),
  scale: new RegExp(`(?:\\s?(${alt(Object.keys(raw.scaleSuffixes))}))(?![\\p{L}\\p{N}])`, 'iuy'),
  scaleCurrencyOnly: new RegExp(`(${alt(Object.keys(raw.scaleWithCurrencyOnly))})(?![\\p{L}\\p{N}])`, 'iuy'),
  clockAfter: new RegExp(`^(?::\\d\\d|\\s?(?:${alt(raw.clockAfter)})(?![\\p{L}]))`, 'iu'),
  timeUnitAhead: new RegExp(`^\\s+(?:${alt(timeUnits)})(?![\\p{L}])`, 'iu'),
  andAHalf: /\s+and\s+a\s+half(?![\p{L}])/iuy,
  vagueMultiplier: new RegExp(`(?:^|[^\\p{L}])(${alt(raw.vagueMultipliers)})\\s+$`, 'iu'),
  partLink: new RegExp(`(?:^|[^\\p{L}])(?:${alt(raw.partLinks)})[\\s,:]*$`, 'iu'),
  coordination: new RegExp(`(?:^|[^\\p{L}])(?:${alt(raw.coordinationLinks.filter((w) => w !== ','))})\\s*$|,\\s*$`, 'iu'),
  speechVerb: new RegExp(`(?<![\\p{L}\\p{N}])(${alt(raw.speechVerbs.filter((v) => v !== 'according'))})(?![\\p{L}\\p{N}])`, 'giu'),
  accordingTo: new RegExp(`(?<![\\p{L}\\p{N}])(${alt(raw.accordingTo)})\\s+`, 'giu'),
  /** A coordinating word anywhere between two figures ("Serbs a third and Croats 15 percent"). */
  listLink: new RegExp(`(?<![\\p{L}])(?:${alt(raw.coordinationLinks.filter((w) => w !== ','))})(?![\\p{L}])`, 'iu'),
  ellipticTimeAfter: new RegExp(`^\\s+(?:${alt(raw.ellipticTimeWords)})(?![\\p{L}])`, 'iu'),
  parenthetical: new RegExp(`^\\s*(?:${alt(raw.parentheticals)})\\s*$`, 'iu'),
};

export { fold };
