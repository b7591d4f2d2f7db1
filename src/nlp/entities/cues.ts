// The cue lists of data/entity-cues.json as sets, loaded once.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../core/entity.js';

const raw = JSON.parse(readFileSync(new URL('../../../../src/nlp/data/entity-cues.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const set = (key: string) => new Set(raw[key] as string[]);
const suffix = (words: string[]) => new RegExp(`\\s+(${words.join('|')})$`, 'i');

export const cues = {
  /** Fields of government that name a ministry written in lower case ("health ministry", "ministry of defense"). */
  ministryDomains: set('ministryDomains'),
  /** Words before such a ministry that make it a definite one ("the", "its"). */
  ministryOpeners: set('ministryOpeners'),
  /** Nouns after such a ministry that make it a definite one without an opener ("defence ministry spokesman Wu"). */
  ministryRoles: set('ministryRoles'),
  orgHeads: set('orgHeads'),
  /** Bodies whose missions are named after the place they serve ("United Nations ... Mission in Libya"). */
  missionOpeners: set('missionOpeners'),
  /** Words that make such a body's name a mission's, which goes on with "in" and its place ("Interim Force", "Mission for the Referendum"). */
  missionHeads: set('missionHeads'),
  placeHeads: set('placeHeads'),
  eventHeads: set('eventHeads'),
  /** Capitalised institutions and seasons that follow "in" without being places ("in Congress", "in Ramadan"). */
  notPlacesAfterPreposition: set('notPlacesAfterPreposition'),
  workHeads: set('workHeads'),
  connectors: set('connectors'),
  nameParticles: set('nameParticles'),
  /** Words after a hyphen that make a compound an adjective ("Beijing-based"), not a given name's syllable. */
  notNameSyllables: set('notNameSyllables'),
  /** Common nouns whose possessive stays inside a name ("Tigray People’s Liberation Front"). */
  possessiveInside: set('possessiveInside'),
  /** A capitalised article opening a place name ("El Geneina"). */
  arabicArticles: set('arabicArticles'),
  compass: set('compass'),
  /** "Yangon Region", "Lachin corridor": a division that is the same place as its bare name (a "... Republic" is not). */
  placeDivisionSuffix: suffix(raw.placeDivisions as string[]),
  /** Heads of military formations numbered by an ordinal ("18th Brigade", "33rd Front", "5th Fleet"). */
  ordinalUnitHeads: set('ordinalUnitHeads'),
  /** Bodies named by who leads them ("the Saudi-led coalition", "the Kenyan-led mission"). */
  ledBodies: set('ledBodies'),
  /** Divisions and features ("Naf River", "Insein Prison"): stripped to geocode the name. */
  placeWordSuffix: suffix([...(raw.placeDivisions as string[]), ...(raw.placeFeatures as string[]), ...(raw.facilityPhrases as string[]), 'plant']),
  /** "the Union Territory of Ladakh", "Province of Cabo Delgado": stripped to geocode the bare name. */
  placeOfPrefix: new RegExp(`^(the\\s+)?(${(raw.placeOfPrefixes as string[]).join('|')})\\s+of\\s+(the\\s+)?`, 'i'),
  /** First words that type what follows: "Operation Barkhane" (EVENT), "Lake Chad" (PLACE). */
  leadingHeads: new Map(Object.entries(raw.leadingHeads as unknown as Record<string, EntityType>)),
  /** Lower-case nouns that complete a name before them: "the Lachin corridor", "the Pretoria agreement". */
  lowercaseHeads: new Map(Object.entries(raw.lowercaseHeads as unknown as Record<string, EntityType>)),
  /** Lower-case nouns that make a town named before them an event ("the Pahalgam attack"). */
  attackHeads: set('attackHeads'),
  attackMeans: set('attackMeans'),
  ofTakers: set('ofTakers'),
  titles: set('titles'),
  titleCores: set('titleCores'),
  personContext: set('personContext'),
  notNames: set('notNames'),
  /** Acronyms naming no organisation ("VIP", "GMT", "HIMARS"), lower-cased. */
  notOrganisationAcronyms: set('notOrganisationAcronyms'),
  /** Capitalised words that alone name a legislature or party ("Congress passed the act"), lower-cased. */
  bodiesNamedAlone: set('bodiesNamedAlone'),
  /** Before an unknown single name, make it a place ("fighting near Humera"). */
  placePrepositions: set('placePrepositions'),
  groupCounters: set('groupCounters'),
  titlesInPlaceNames: set('titlesInPlaceNames'),
  hyphenPlaceSuffixes: set('hyphenPlaceSuffixes'),
  nationalSocieties: set('nationalSocieties'),
  facilityPhrases: (raw.facilityPhrases as string[]).map((p) => p.split(' ')),
  /** Before an unknown two-word name no given name opens, make it a place ("patrols near Rezang La"); "from" and "between" also open people. */
  placePrepositionsBeforeNames: set('placePrepositionsBeforeNames'),
  /** Words before an unknown name that make it a place ("the town of X", "villages such as X"), as word lists. */
  placeIntroducers: (raw.placeIntroducers as string[]).map((p) => p.split(' ')),
  /** Singular nouns heading ", a … <noun>" after an unknown name, which make it a place ("Kirants, an Armenian village"). */
  placeNounsInApposition: set('placeNounsInApposition'),
  /** Lower-case nouns after which a name is a place, named without the noun ("the Ibar river"). */
  placeNounsAfterName: set('placeNounsAfterName'),
  placeDivisions: set('placeDivisions'),
  groupNounsAfterName: set('groupNounsAfterName'),
  titlePairs: set('titlePairs'),
  vagueNounsAfterPlace: set('vagueNounsAfterPlace'),
  factionNounsAfterPlace: set('factionNounsAfterPlace'),
  /** Lower-case nouns after which an unknown name is an organisation ("the Internews platform"). */
  orgNounsAfterName: set('orgNounsAfterName'),
  /** Words of standing between the determiner and an organisation's name: "the ruling Kamsa party". */
  orgStandings: set('orgStandings'),
  /** Compass points of travel ("east to", "south-west to"); "upper" or "central" of the compass list name parts of places instead. */
  bearings: set('bearings'),
  /** Heads of laws: a year after a comma ("Act, 1971") and an "of" before the head ("Commissions of Inquiry Act") belong to the name. */
  statuteHeads: set('statuteHeads'),
  /** Words for a country's provinces, which "of" and the country may follow ("Yunnan Province of China"). */
  provinceWords: set('provinceWords'),
  /** Capitalised words after "in" that end a body's name ("… Movement in Opposition", "Government in Exile"). */
  bodyStandings: set('bodyStandings'),
  sentenceStarters: set('sentenceStarters'),
  /** Adjectives of a faith: "the Orthodox monastery" names no building. */
  creedAdjectives: set('creedAdjectives'),
  /** First parts of hyphenated adjectives ("Neo-Ottoman", "Russo-Armenian"). */
  adjectivePrefixes: set('adjectivePrefixes'),
  /** Nouns after two hyphen-joined names that make the pair a route or work ("Neelum-Jhelum hydropower project"). */
  worksAfterCompound: set('worksAfterCompound'),
  /** Nouns after two hyphen-joined unknown names that make each a place ("the Chushul-Moldo meeting point"). */
  placesAfterCompound: set('placesAfterCompound'),
  /** Lower-case nouns after which a name is a person's ("the Obama administration"). */
  personNounsAfterName: set('personNounsAfterName'),
  /** Endings of a capitalised word describing the person named after it ("Sorosite"). */
  adjectiveEnding: new RegExp(`(${(raw.adjectiveSuffixes as string[]).join('|')})$`, 'i'),
};
