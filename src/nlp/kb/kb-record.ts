// The knowledge base's entries and the one file they are stored in. Tab-separated lines rather
// than JSON because every run of the pipeline loads ~60,000 entries: splitting lines is several
// times faster than JSON.parse on the same data and the file stays small.
import { fileURLToPath } from 'node:url';
import type { EntityType, KbEntry } from '../../core/entity.js';
import { ENTITY_TYPES } from '../../core/entity.js';
import { aliasKey, encodeAliasKey } from './names.js';

/** A KbEntry plus the optional facts some kinds carry. */
export interface KbRecord extends KbEntry {
  /** First-level region, "US-TX": only where the gazetteers agree on codes (the United States). */
  admin?: string;
  /** Countries: adjectives of nationality ("Armenian"), which are not names of the country. */
  adjectives?: string[];
  /** People: the office held ("President of Armenia"). */
  role?: string;
  /** People in office, events, treaties: ISO dates (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Countries: the side of a square of the same area, in km (how far a point inside may lie from the centre). */
  extentKm?: number;
  /** Rivers and belts (the Sahel): [lat, lon] points along them, source to mouth or west to east. */
  course?: [number, number][];
}

/** Where `build-kb` writes the knowledge base (dist/kb/kb.tsv beside the compiled code). */
export const KB_FILE = fileURLToPath(new URL('../../../kb/kb.tsv', import.meta.url));

/** First line of the file; a file with another header is rebuilt. */
export const KB_HEADER = '#dossier-kb\t6';

const LIST = '|';
const EXTRA_FIELDS = ['adjectives', 'role', 'since', 'until', 'extentKm', 'course'] as const;

/**
 * One line per entry. The last field holds the index keys of the name and aliases, computed
 * here so that loading does not tokenize 70,000 names again (names.ts, encodeAliasKey).
 */
export function serialise(e: KbRecord): string {
  const extra: Record<string, unknown> = {};
  for (const f of EXTRA_FIELDS) if (e[f] !== undefined) extra[f] = e[f];
  return [
    e.id,
    e.type,
    e.kind,
    e.name,
    e.aliases.join(LIST),
    e.wikidata ?? '',
    e.geo ? round(e.geo.lat) : '',
    e.geo ? round(e.geo.lon) : '',
    e.geo?.country ?? '',
    e.population ?? '',
    (e.related ?? []).join(LIST),
    e.admin ?? '',
    Object.keys(extra).length ? JSON.stringify(extra) : '',
    indexKeys(e).join(LIST),
  ]
    .map((v) => clean(String(v)))
    .join('\t');
}

export function parse(line: string): KbRecord {
  return parseLine(line).entry;
}

/** An entry and its encoded index keys. */
export function parseLine(line: string): { entry: KbRecord; keys: string[] } {
  const f = line.split('\t');
  const type = f[1] as EntityType;
  if (f.length !== 14 || !ENTITY_TYPES.includes(type)) throw new Error(`bad knowledge-base line: ${line.slice(0, 80)}`);
  const e: KbRecord = {
    id: f[0],
    type,
    kind: f[2],
    name: f[3],
    aliases: f[4] ? f[4].split(LIST) : [],
    wikidata: f[5] || null,
    geo: f[6] ? { lat: Number(f[6]), lon: Number(f[7]), country: f[8] || null } : null,
  };
  if (f[9]) e.population = Number(f[9]);
  if (f[10]) e.related = f[10].split(LIST);
  if (f[11]) e.admin = f[11];
  if (f[12]) Object.assign(e, JSON.parse(f[12]) as Partial<KbRecord>);
  return { entry: e, keys: f[13] ? f[13].split(LIST) : [] };
}

function indexKeys(e: KbRecord): string[] {
  const out = new Set<string>();
  for (const a of [e.name, ...e.aliases]) {
    const k = aliasKey(a);
    if (k) out.add(encodeAliasKey(k));
  }
  return [...out];
}

/** Four decimals: about 11 m, far finer than any use of these points. */
function round(x: number): string {
  return String(Math.round(x * 1e4) / 1e4);
}

/** Tabs, newlines and the list separator cannot occur inside a field. */
function clean(v: string): string {
  return /[\t\n\r]/.test(v) ? v.replace(/[\t\n\r]+/g, ' ') : v;
}
