// Builds the knowledge base file from the gazetteer packages and the curated data, the same bytes
// for the same inputs. Run `node dist/src/nlp/kb/build-kb.js`; the loader also runs it when the
// file is missing or older than its inputs.
import { writeSettlements } from './fallback-gazetteer.js';
import { countryOutlines } from './country-centroids.js';
import { mkdirSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CuratedData, CuratedEntry } from './curated.js';
import { readCurated } from './curated.js';
import { KbBuilder } from './kb-builder.js';
import type { KbRecord } from './kb-record.js';
import { KB_FILE, KB_HEADER, serialise } from './kb-record.js';
import { fold } from './names.js';
import { citySource, loadCities } from './source-cities.js';
import { countrySource, loadCountries } from './source-countries.js';
import { institutionSource } from './source-institutions.js';
import { loadRegions, regionSource } from './source-regions.js';

export { KB_FILE } from './kb-record.js';

export function buildKnowledgeBase(curated: CuratedData = readCurated()): KbRecord[] {
  const b = new KbBuilder();
  const problems: string[] = [];
  const countries = countrySource(loadCountries(), curated.countries, curated.countryPoints);
  const countryIds = new Map(countries.countries.map((c) => [c.geo?.country ?? '', c.id]));
  for (const e of [...countries.countries, ...countries.groups]) b.add(e, { byName: true });
  const ownMinistries = new Set(Object.entries(curated.countries.countries).filter(([, f]) => f.ownMinistries).map(([iso]) => iso));
  const states = countries.countries.map((entry) => ({ entry, official: countries.officials.get(entry.geo?.country ?? '') ?? '' }));
  for (const e of institutionSource(states, ownMinistries)) b.add(e);
  const places = new PlaceFinder();
  const patched = new Set(curated.patches.filter((p) => p.ref.startsWith('city:')).map((p) => placeKey(p.ref)));
  const outlines = countryOutlines();
  const numeric = new Map(loadCountries().map((c) => [c.cca2, c.ccn3]));
  const holds = (iso: string, lat: number, lon: number) => (numeric.get(iso) ? outlines(numeric.get(iso)!, lat, lon) : null);
  const countryPoints = new Map(countries.countries.map((c) => [c.geo?.country ?? '', c.geo]));
  const holder = (lat: number, lon: number) => [...numeric].find(([, n]) => n && outlines(n, lat, lon))?.[0] ?? null;
  for (const e of regionSource(loadRegions(), holds, (iso) => countryPoints.get(iso) ?? null, holder)) places.add(b.add(e));
  for (const e of citySource(loadCities(), countries.capitals, countryIds, patched)) places.add(b.add(e));
  for (const ref of curated.drop) {
    const e = places.find(ref);
    if (e) b.remove(e.id);
    else problems.push(`aliases.json: nothing to drop matches ${ref}`);
  }

  const curatedIds = new Map<string, string>();
  const resolve = (ref: string, from: string): string | null => {
    const id = ref.startsWith('country:') ? countryIds.get(ref.slice(8)) : ref.startsWith('@') ? curatedIds.get(fold(ref.slice(1))) : places.find(ref)?.id;
    if (!id) problems.push(`${from}: unknown reference ${ref}`);
    return id ?? null;
  };
  for (const p of curated.patches) {
    const target = p.ref.startsWith('country:') ? b.get(resolve(p.ref, 'aliases.json') ?? '') : places.find(p.ref);
    if (!target) {
      problems.push(`aliases.json: nothing matches ${p.ref}`);
      continue;
    }
    target.aliases.push(...(p.aliases ?? []));
    if (p.name && p.name !== target.name) {
      target.aliases.push(target.name);
      target.name = p.name;
    }
    if (p.wikidata) target.wikidata = p.wikidata;
    if (p.kind) target.kind = p.kind;
    if (p.point) target.geo = { lat: p.point[0], lon: p.point[1], country: target.geo?.country ?? p.ref.split(':')[1] };
  }

  const added: [KbRecord, CuratedData['entries'][number]][] = [];
  for (const c of curated.entries) {
    const e = b.add(curatedRecord(c), { byName: true });
    curatedIds.set(fold(c.name), e.id);
    added.push([e, c]);
  }
  for (const [e, c] of added) {
    const refs = [...(c.related ?? []), ...(c.type !== 'PLACE' && c.country ? [`country:${c.country}`] : [])];
    const ids = refs.map((r) => resolve(r, c.source)).filter((id): id is string => id !== null);
    if (ids.length) e.related = [...(e.related ?? []), ...ids];
  }
  if (problems.length) throw new Error(`knowledge base not built:\n  ${problems.join('\n  ')}`);
  return b.finish();
}

function curatedRecord(c: CuratedEntry & { type: KbRecord['type'] }): KbRecord {
  const e: KbRecord = {
    id: c.wikidata ?? `kb:${c.type.toLowerCase()}:${slug(c.name)}`,
    type: c.type,
    kind: c.kind,
    name: c.name,
    aliases: [...(c.aliases ?? [])],
    wikidata: c.wikidata ?? null,
    geo: c.lat !== undefined && c.lon !== undefined ? { lat: c.lat, lon: c.lon, country: c.country ?? null } : null,
  };
  if (c.population) e.population = c.population;
  if (c.role) e.role = c.role;
  if (c.since) e.since = c.since;
  if (c.until) e.until = c.until;
  if (c.course) e.course = c.course;
  return e;
}

function slug(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/** Package places by "city:UA:Kyiv" / "region:US:Georgia" (the most populous of that name). */
class PlaceFinder {
  private readonly byKey = new Map<string, KbRecord>();

  add(e: KbRecord): void {
    const kind = e.kind === 'region' ? 'region' : 'city';
    for (const n of [e.name, ...e.aliases]) {
      // A region left unplaced (its package point was another country's) keeps its country in its id.
      const country = e.geo?.country ?? /^csc:([A-Z]{2})-/.exec(e.id)?.[1] ?? '';
      const key = `${kind}:${country}:${fold(n)}`;
      const other = this.byKey.get(key);
      if (!other || (other.population ?? 0) < (e.population ?? 0)) this.byKey.set(key, e);
    }
  }

  find(ref: string): KbRecord | undefined {
    return this.byKey.get(placeKey(ref));
  }
}

/** "city:UA:Kyiv" → "city:UA:kyiv": the key under which PlaceFinder and citySource meet. */
function placeKey(ref: string): string {
  const m = /^(city|region):([A-Z]{2}):(.+)$/.exec(ref);
  return m ? `${m[1]}:${m[2]}:${fold(m[3])}` : ref;
}

/** Writes the file atomically, so that concurrent loaders never read half of it. */
export function writeKnowledgeBase(entries: KbRecord[], file = KB_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${KB_HEADER}\n${entries.map(serialise).join('\n')}\n`);
  renameSync(tmp, file);
}

/** Entries per "TYPE/kind", for the build's report. */
export function countByKind(entries: Iterable<KbRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(`${e.type}/${e.kind}`, (counts.get(`${e.type}/${e.kind}`) ?? 0) + 1);
  return new Map([...counts].sort());
}

function isMain(): boolean {
  return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const t0 = performance.now();
  const entries = buildKnowledgeBase();
  writeKnowledgeBase(entries);
  writeSettlements();
  const ms = Math.round(performance.now() - t0);
  // `--quiet` (the build script) prints the summary line only.
  if (!process.argv.includes('--quiet')) for (const [k, n] of countByKind(entries)) console.log(`${k}\t${n}`);
  console.log(`${entries.length} entries, ${(statSync(KB_FILE).size / 1e6).toFixed(2)} MB, built in ${ms} ms: ${KB_FILE}`);
}
