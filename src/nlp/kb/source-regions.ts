// First-level regions (states, provinces, oblasts, governorates, ...) from country-state-city.
// News drops the generic word ("Syunik", "Donetsk region"), so the bare name is an alias.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { distanceKm } from './geocode.js';
import type { KbRecord } from './kb-record.js';

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude?: string | null;
  longitude?: string | null;
}

// "Gorno-Badakhshan Autonomous Province", "Chukotka Autonomous Okrug": the press drops both words.
const GENERIC = /^(.+?)\s+(?:Autonomous\s+(?:Region|Province|Oblast|Okrug)|Region|Province|Oblast|oblast|Governorate|Prefecture|Department|County|District|Municipality|Krai|Kray|Voivodeship|State|Division|Emirate)$/;

export function loadRegions(): CscState[] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('country-state-city').replace(/lib[\\/]cjs[\\/]index\.js$/, '');
  return JSON.parse(readFileSync(`${dir}lib/assets/state.json`, 'utf8')) as CscState[];
}

export const regionId = (country: string, code: string): string => `csc:${country}-${code}`;

/** Region names that are everyday words once the generic word is gone ("North Governorate"). */
const PLAIN = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'est', 'nord', 'sud', 'ouest', 'capital', 'upper', 'lower', 'middle', 'coast', 'coastal', 'islands', 'island',
  'free', 'new', 'old', 'great', 'grand', 'first', 'second', 'high', 'federal', 'national', 'special', 'city', 'jewish',
]);

/** An Arabic article opening a name, and the rest of it when that is a name of some length ("Al Anbar", "Al-Jazirah"). */
const ARABIC_ARTICLE = /^(?:Al|El|Ad|Ar|As|Ash|At|Az)[ -](\p{Lu}\p{L}{3,}(?: \p{Lu}\p{L}+)*)$/u;

/** Countries whose provinces carry Arabic names ("El Progreso" in Honduras keeps its article). */
const ARABIC_SPEAKING = new Set(['AE', 'BH', 'DJ', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TD', 'TN', 'YE']);

/** Whether a country (ISO 3166-1 alpha-2) holds a point, when its outline is known; null when not. */
export type CountryHolds = (country: string, lat: number, lon: number) => boolean | null;

/** A country's own point (its centroid), when known. */
export type CountryPoint = (country: string) => { lat: number; lon: number } | null;

/** Farther than this from its country's point, a region's point that the country's outline does not hold is a stray. */
const STRAY_KM = 1000;

/** The country (ISO 3166-1 alpha-2) whose outline holds a point, if any. */
export type CountryHolder = (lat: number, lon: number) => string | null;

export function regionSource(states: CscState[], holds: CountryHolds = () => null, countryPoint: CountryPoint = () => null, holder: CountryHolder = () => null): KbRecord[] {
  return dropStrayPoints(holds, countryPoint, holder, dropBorrowedPoints(holds, states.map((s) => {
    const generic = GENERIC.exec(s.name);
    const bare = generic && !PLAIN.has(generic[1].toLowerCase()) ? generic[1] : null;
    const aliases = bare ? [bare, `${bare} region`] : [];
    // "Al Anbar" is "Anbar" as often: the press drops the Arabic article of a province's name.
    const unarticled = ARABIC_SPEAKING.has(s.countryCode) ? ARABIC_ARTICLE.exec(bare ?? s.name)?.[1] : undefined;
    if (unarticled && !PLAIN.has(unarticled.toLowerCase())) aliases.push(unarticled, `${unarticled} province`);
    // "Sistan-Baluchestan" for "Sistan and Baluchestan": a province named for two lands is written
    // with a hyphen as often (a hyphen separates words in the alias index).
    const pair = /^(\p{L}+) and (\p{L}+)$/u.exec(bare ?? s.name);
    if (pair) aliases.push(`${pair[1]} ${pair[2]}`);
    // "Araucanía" for "La Araucanía", "Guajira" for "La Guajira": the press drops a Spanish
    // region's article too (only before a long word: "La Paz" is not "Paz", a surname).
    const romance = /^La (\p{Lu}\p{L}{6,})$/u.exec(bare ?? s.name);
    if (romance) aliases.push(romance[1]);
    const name = PLAIN.has(s.name.toLowerCase()) ? `${s.name} Region` : s.name;
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    const e: KbRecord = {
      id: regionId(s.countryCode, s.isoCode),
      type: 'PLACE',
      kind: 'region',
      name,
      aliases,
      wikidata: null,
      geo: s.latitude && s.longitude && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon, country: s.countryCode } : null,
    };
    // Only United States codes are the same in this package and in GeoNames (the cities).
    if (s.countryCode === 'US') e.admin = `US-${s.isoCode}`;
    return e;
  })));
}

/**
 * Points the package gives a region far outside its country (Cameroon's East Region in Missouri,
 * its Far North in Siberia) are dropped: an unplaced region is better than one in the wrong
 * continent, and `aliases.json` can give it its own point. A point near the country but off its
 * outline (islands, coasts the coarse outlines miss) stays.
 */
function dropStrayPoints(holds: CountryHolds, countryPoint: CountryPoint, holder: CountryHolder, regions: KbRecord[]): KbRecord[] {
  for (const r of regions) {
    const home = r.geo?.country ? countryPoint(r.geo.country) : null;
    if (!r.geo || !home || holds(r.geo.country!, r.geo.lat, r.geo.lon) !== false) continue;
    // Only a point inside another country is a stray: overseas territories (Guam) and coastal
    // points the coarse outlines miss (New York) lie in no country's outline.
    if (distanceKm(r.geo.lat, r.geo.lon, home.lat, home.lon) <= STRAY_KM) continue;
    const other = holder(r.geo.lat, r.geo.lon);
    if (other && other !== r.geo.country) r.geo = null;
  }
  return regions;
}

/**
 * The package sometimes gives a region the very point of a namesake in another country
 * (Pakistan's Punjab carries India's; a few carry the point of the United States). When regions
 * of different countries share one point, it stays with the region whose country holds it (or,
 * where no outline decides, whose country's other regions lie nearest); the others are left
 * unplaced rather than put in the wrong country.
 */
function dropBorrowedPoints(holds: CountryHolds, regions: KbRecord[]): KbRecord[] {
  const centres = new Map<string, { lat: number; lon: number; n: number }>();
  for (const r of regions) {
    if (!r.geo?.country) continue;
    const c = centres.get(r.geo.country) ?? { lat: 0, lon: 0, n: 0 };
    centres.set(r.geo.country, { lat: c.lat + r.geo.lat, lon: c.lon + r.geo.lon, n: c.n + 1 });
  }
  const byPoint = new Map<string, KbRecord[]>();
  for (const r of regions) if (r.geo) byPoint.set(`${r.geo.lat},${r.geo.lon}`, [...(byPoint.get(`${r.geo.lat},${r.geo.lon}`) ?? []), r]);
  for (const group of byPoint.values()) {
    if (new Set(group.map((r) => r.geo!.country)).size < 2) continue;
    const far = (r: KbRecord) => {
      const c = centres.get(r.geo!.country!)!;
      return Math.hypot(c.lat / c.n - r.geo!.lat, c.lon / c.n - r.geo!.lon);
    };
    const inside = group.filter((r) => holds(r.geo!.country!, r.geo!.lat, r.geo!.lon) === true);
    const keep = inside.length === 1 ? inside[0] : group.reduce((a, b) => (far(b) < far(a) ? b : a));
    for (const r of group) if (r !== keep) r.geo = null;
  }
  return regions;
}
