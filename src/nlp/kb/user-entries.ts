// Users' own knowledge-base files (`--kb FILE`): a JSON array of entries such as
// {"name": "Lachin corridor", "type": "PLACE", "aliases": ["Lachin road"], "lat": 39.6, "lon": 46.5}.
// Every problem in every file is collected and reported at once, as a usage error.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../core/entity.js';
import { ENTITY_TYPES } from '../../core/entity.js';
import { UsageError } from '../../core/errors.js';
import type { KbRecord } from './kb-record.js';
import { fold } from './names.js';

export interface UserEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  wikidata?: string | null;
  lat?: number;
  lon?: number;
  country?: string | null;
  kind?: string;
  population?: number;
  related?: string[];
}

const FIELDS = new Set(['name', 'type', 'aliases', 'wikidata', 'lat', 'lon', 'country', 'kind', 'population', 'related']);

/** Reads and validates the files; throws one UsageError naming every problem. */
export function readUserEntries(files: string[]): UserEntry[] {
  const out: UserEntry[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${file}: expected a JSON array of entries`);
      continue;
    }
    data.forEach((item: unknown, i) => {
      const found: string[] = [];
      const entry = checkEntry(item, found);
      for (const p of found) problems.push(`${file}: entry ${i}: ${p}`);
      if (entry) out.push(entry);
    });
  }
  if (problems.length) throw new UsageError(`invalid knowledge-base file:\n  ${problems.join('\n  ')}`);
  return out;
}

/**
 * Validated by hand rather than with a schema library: loading the knowledge base is on every
 * run's path, and the library costs more time to load than these checks ever take.
 */
function checkEntry(item: unknown, problems: string[]): UserEntry | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push('expected an object');
    return null;
  }
  const o = item as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) problems.push(`unknown field "${k}"`);
  const str = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  const strings = (v: unknown) => Array.isArray(v) && v.every(str);
  const num = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  const type = typeof o.type === 'string' ? (o.type.toUpperCase() as EntityType) : null;
  if (!str(o.name)) problems.push('"name" must be a non-empty string');
  if (!type || !ENTITY_TYPES.includes(type)) problems.push(`"type" must be one of ${ENTITY_TYPES.join(', ')}`);
  if (o.aliases !== undefined && !strings(o.aliases)) problems.push('"aliases" must be an array of strings');
  if (o.related !== undefined && !strings(o.related)) problems.push('"related" must be an array of entry ids');
  if (o.wikidata != null && !(typeof o.wikidata === 'string' && /^Q[1-9][0-9]*$/.test(o.wikidata))) problems.push('"wikidata" must look like "Q399"');
  if (o.lat !== undefined && !num(o.lat, -90, 90)) problems.push('"lat" must be a number from -90 to 90');
  if (o.lon !== undefined && !num(o.lon, -180, 180)) problems.push('"lon" must be a number from -180 to 180');
  if ((o.lat === undefined) !== (o.lon === undefined)) problems.push('"lat" and "lon" go together');
  if (o.country != null && !(typeof o.country === 'string' && /^[A-Za-z]{2}$/.test(o.country))) problems.push('"country" must be an ISO 3166-1 alpha-2 code');
  if (o.kind !== undefined && !str(o.kind)) problems.push('"kind" must be a non-empty string');
  if (o.population !== undefined && !num(o.population, 0, 1e10)) problems.push('"population" must be a number');
  if (problems.length || !type) return null;
  return {
    name: (o.name as string).trim(),
    type,
    aliases: (o.aliases as string[] | undefined)?.map((a) => a.trim()),
    wikidata: o.wikidata as string | null | undefined,
    lat: o.lat as number | undefined,
    lon: o.lon as number | undefined,
    country: o.country as string | null | undefined,
    kind: o.kind as string | undefined,
    population: o.population as number | undefined,
    related: o.related as string[] | undefined,
  };
}

/** The entry a user entry becomes on its own (when no built-in entry has its name and type). */
export function userRecord(u: UserEntry): KbRecord {
  const country = u.country ? u.country.toUpperCase() : null;
  const e: KbRecord = {
    id: u.wikidata ?? `user:${u.type.toLowerCase()}:${fold(u.name).replace(/[^\p{L}\p{N}]+/gu, '-')}`,
    type: u.type,
    kind: u.kind ?? 'user',
    name: u.name,
    aliases: u.aliases ?? [],
    wikidata: u.wikidata ?? null,
    geo: u.lat !== undefined && u.lon !== undefined ? { lat: u.lat, lon: u.lon, country } : null,
  };
  if (u.population) e.population = u.population;
  if (u.related?.length) e.related = u.related;
  return e;
}

/** A built-in entry with a user entry laid over it: aliases added, given facts replacing. */
export function mergeUser(base: KbRecord, u: UserEntry): KbRecord {
  const own = userRecord(u);
  const aliases = [...base.aliases];
  for (const a of own.aliases) if (a !== base.name && !aliases.includes(a)) aliases.push(a);
  return {
    ...base,
    aliases,
    kind: u.kind ?? base.kind,
    wikidata: u.wikidata ?? base.wikidata,
    geo: own.geo ?? (u.country && base.geo ? { ...base.geo, country: u.country.toUpperCase() } : base.geo),
    population: u.population ?? base.population,
    related: u.related ? [...new Set([...(base.related ?? []), ...u.related])] : base.related,
  };
}
