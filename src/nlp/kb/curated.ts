// The hand-curated part of the knowledge base: JSON files in src/nlp/data/kb/, validated here
// so that a typo in a data file fails the build with every problem named at once.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../core/entity.js';

export const CURATED_DIR = fileURLToPath(new URL('../../../../src/nlp/data/kb/', import.meta.url));

const iso2 = z.string().regex(/^[A-Z]{2}$/);
const qid = z.string().regex(/^Q[1-9][0-9]*$/);
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/**
 * One entry written by hand. `related` holds references: "country:AM", or the exact name of
 * another curated entry ("@European Union"). `wikidata` only where known for certain.
 */
const CuratedEntry = z
  .object({
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES).optional(),
    kind: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    wikidata: qid.nullable().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    country: iso2.nullable().optional(),
    population: z.number().int().positive().optional(),
    related: z.array(z.string()).optional(),
    role: z.string().optional(),
    since: date.optional(),
    until: date.optional(),
    /** A river's or a belt's line, [lat, lon] points from source to mouth or west to east. */
    course: z.array(z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)])).min(2).optional(),
  })
  .strict();
export type CuratedEntry = z.infer<typeof CuratedEntry>;

const CuratedFile = z
  .object({
    $comment: z.string().optional(),
    type: z.enum(ENTITY_TYPES),
    entries: z.array(CuratedEntry),
  })
  .strict();

/** Additions to entries made from the packages: `ref` is "country:TR", "city:UA:Kyiv", "region:US:Georgia". */
const AliasPatch = z
  .object({
    ref: z.string().regex(/^(country:[A-Z]{2}|city:[A-Z]{2}:.+|region:[A-Z]{2}:.+)$/),
    aliases: z.array(z.string().min(1)).optional(),
    name: z.string().min(1).optional(),
    kind: z.string().min(1).optional(),
    wikidata: qid.optional(),
    /** [lat, lon] where the package's point is wrong or missing. */
    point: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  })
  .strict();
export type AliasPatch = z.infer<typeof AliasPatch>;

const PlaceRef = z.string().regex(/^(city|region):[A-Z]{2}:.+$/);

const AliasFile = z
  .object({
    $comment: z.string().optional(),
    /** Package places that duplicate another entry ("Taiwan" as a province of China). */
    drop: z.array(PlaceRef),
    patches: z.array(AliasPatch),
  })
  .strict();

/** Per-country facts the packages lack or get wrong for English news. */
const CountryFacts = z
  .object({
    name: z.string().optional(),
    wikidata: qid.optional(),
    aliases: z.array(z.string()).optional(),
    /** Plural nouns for the people ("Armenians"); replaces the ones derived from the demonym. */
    groups: z.array(z.string()).optional(),
    /** Adjectives of nationality beyond the package's ("Azeri"). */
    adjectives: z.array(z.string()).optional(),
    /** Its foreign and defence ministries are in orgs.json under their own names. */
    ownMinistries: z.boolean().optional(),
  })
  .strict();
export type CountryFacts = z.infer<typeof CountryFacts>;

const CountryFile = z
  .object({
    $comment: z.string().optional(),
    /** Alternative spellings from the package that are words or other things ("Island", "Thai"). */
    dropAliases: z.array(z.string()),
    countries: z.record(iso2, CountryFacts),
  })
  .strict();
export type CountryFile = z.infer<typeof CountryFile>;

const CountryPoints = z.object({ _about: z.string(), points: z.record(iso2, z.tuple([z.number(), z.number()])) }).strict();
/** ISO code -> [lat, lon]: where the country is as one point. */
export type CountryPoints = z.infer<typeof CountryPoints>['points'];

export interface CuratedData {
  countries: CountryFile;
  countryPoints: CountryPoints;
  patches: AliasPatch[];
  drop: string[];
  /** Entries of every other file, each with its type filled in, in file-name order. */
  entries: (CuratedEntry & { type: (typeof ENTITY_TYPES)[number]; source: string })[];
}

/** Reads and validates every curated file; throws one error listing all problems. */
export function readCurated(dir = CURATED_DIR): CuratedData {
  const problems: string[] = [];
  const load = <T>(file: string, schema: z.ZodType<T>): T | null => {
    const r = schema.safeParse(JSON.parse(readFileSync(dir + file, 'utf8')));
    if (r.success) return r.data;
    for (const i of r.error.issues) problems.push(`${file}: ${i.path.join('.')}: ${i.message}`);
    return null;
  };
  const countries = load('countries.json', CountryFile);
  const aliases = load('aliases.json', AliasFile);
  const points = load('country-points.json', CountryPoints);
  const entries: CuratedData['entries'] = [];
  const others = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !['countries.json', 'aliases.json', 'country-points.json'].includes(f))
    .sort();
  for (const f of others) {
    const file = load(f, CuratedFile);
    if (file) for (const e of file.entries) entries.push({ ...e, type: e.type ?? file.type, source: f });
  }
  if (problems.length || !countries || !aliases || !points) {
    throw new Error(`curated knowledge-base data is invalid:\n  ${problems.join('\n  ')}`);
  }
  return { countries, countryPoints: points.points, patches: aliases.patches, drop: aliases.drop, entries };
}
