// Countries and territories from the world-countries package, with names in several languages,
// and the nationality groups ("Armenians") derived from their demonyms. The curated
// countries.json adds what the package lacks: Wikidata ids, English variants (US, Britain,
// Turkey), irregular plurals (Danes, Czechs) and spellings to drop because they are words.
import { countryAreas, countryCentroids } from './country-centroids.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { CountryFile, CountryPoints } from './curated.js';
import type { KbRecord } from './kb-record.js';
import { fold } from './names.js';

/** Languages whose names for countries are kept as aliases (news in or quoting them). */
const LANGUAGES = ['fra', 'deu', 'spa', 'ita', 'por', 'nld', 'rus', 'tur', 'ara', 'per', 'zho', 'jpn'];
/** Not independent in the package, but states for the purposes of news. */
const STATES = new Set(['XK', 'PS', 'TW']);
/** Letters of phonetic transcriptions, which the package mixes into alternative spellings. */
const IPA = /[\u0250-\u02af]/;

export interface CountrySource {
  countries: KbRecord[];
  groups: KbRecord[];
  /** Capital names per ISO code, as the package spells them. */
  capitals: Map<string, string[]>;
  /** Official names per ISO code ("Republic of Armenia"). */
  officials: Map<string, string>;
}

/** The curated point, else the centroid of the largest landmass, else the package's whole degrees. */
function countryPoint(c: Country, points: CountryPoints, centroids: Map<string, { lat: number; lon: number }>): { lat: number; lon: number } {
  const p = points[c.cca2];
  return p ? { lat: p[0], lon: p[1] } : (centroids.get(c.ccn3) ?? { lat: c.latlng[0], lon: c.latlng[1] });
}

export function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Country[];
}

export const countryId = (iso: string): string => `iso3166:${iso}`;

export function countrySource(data: Country[], curated: CountryFile, points: CountryPoints = {}): CountrySource {
  const drop = new Set(curated.dropAliases.map(fold));
  const countries: KbRecord[] = [];
  const groups: KbRecord[] = [];
  const capitals = new Map<string, string[]>();
  const officials = new Map<string, string>();
  const centroids = countryCentroids();
  const areas = countryAreas();
  for (const c of [...data].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const facts = curated.countries[c.cca2] ?? {};
    const state = c.independent || STATES.has(c.cca2);
    const name = facts.name ?? c.name.common;
    const adjectives = [...demonyms(c), ...(facts.adjectives ?? [])];
    countries.push({
      id: countryId(c.cca2),
      type: 'PLACE',
      kind: state ? 'country' : 'territory',
      name,
      aliases: [c.name.common, ...packageAliases(c, drop), ...(facts.aliases ?? [])],
      wikidata: facts.wikidata ?? null,
      geo: { ...countryPoint(c, points, centroids), country: c.cca2 },
      ...(areas.has(c.ccn3) ? { extentKm: Math.round(Math.sqrt(areas.get(c.ccn3)!)) } : {}),
      adjectives: [...new Set(adjectives)],
    });
    capitals.set(c.cca2, c.capital);
    officials.set(c.cca2, c.name.official);
    // Territories get a group only from the curated file ("Sahrawis"): their package demonyms
    // are often the sovereign's ("American" for the Northern Mariana Islands).
    const plural = facts.groups ?? (state ? [...new Set(demonyms(c).map(pluralise))] : []);
    if (!plural.length) continue;
    groups.push({
      id: `kb:group:${fold(plural[0]).replace(/\W+/g, '-')}`,
      type: 'GROUP',
      kind: 'nationality',
      name: plural[0],
      aliases: plural.slice(1),
      wikidata: null,
      geo: null,
      related: [countryId(c.cca2)],
    });
  }
  removeSharedAliases(countries, curated);
  return { countries, groups, capitals, officials };
}

/** Official names, alternative spellings and translations, less codes, words and ISO inversions. */
function packageAliases(c: Country, drop: Set<string>): string[] {
  const out = [c.name.official, ...c.altSpellings];
  for (const n of Object.values(c.name.native ?? {})) out.push(n.common, n.official);
  for (const lang of LANGUAGES) {
    const t = c.translations[lang];
    if (t) out.push(t.common, t.official);
  }
  return out.filter((a) => a && !/^[A-Z]{2,3}$/.test(a) && !a.includes(', ') && !IPA.test(a) && !drop.has(fold(a)));
}

/** English demonyms: "Antiguan, Barbudan" and "Kittitian or Nevisian" are two each. */
function demonyms(c: Country): string[] {
  const d = c.demonyms?.eng;
  if (!d) return [];
  return [...new Set([d.m, d.f].flatMap((s) => s.split(/,\s*|\s+or\s+/)).filter(Boolean))];
}

/**
 * The people of a nation as a plural noun. Demonyms ending in -ese, -ss, -s, -sh or -ch are
 * their own plural ("the Chinese", "the Swiss", "the British"); irregular ones ("Danes",
 * "Czechs") come from the curated file.
 */
export function pluralise(demonym: string): string {
  if (/(ese|ss|s|sh|ch|x|z)$/.test(demonym)) return demonym;
  return `${demonym}s`;
}

/**
 * An alias that several countries share (a translation equal to another country's name) stays
 * only with the country whose own name it is, or with none, unless the curated file gives it to
 * each of them on purpose ("Congo"): then the article's other places decide, as for any place.
 */
function removeSharedAliases(countries: KbRecord[], curated: CountryFile): void {
  const holders = new Map<string, KbRecord[]>();
  for (const c of countries) {
    for (const a of new Set([c.name, ...c.aliases].map(fold))) {
      const list = holders.get(a) ?? [];
      list.push(c);
      holders.set(a, list);
    }
  }
  const chosen = (c: KbRecord, key: string) => (curated.countries[c.geo?.country ?? '']?.aliases ?? []).some((a) => fold(a) === key);
  for (const [key, list] of holders) {
    if (list.length < 2 || list.every((c) => chosen(c, key))) continue;
    const owners = list.filter((c) => fold(c.name) === key);
    for (const c of list) {
      if (owners.length === 1 && owners[0] === c) continue;
      c.aliases = c.aliases.filter((a) => fold(a) !== key);
    }
  }
}
