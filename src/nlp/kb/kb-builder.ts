// Collects entries from every source of the knowledge base and merges those that are the same
// thing (same id, or same curated name and type), so sources can be written independently.
// Ids become Wikidata ids where one is known, and references between entries follow them.
import type { EntityType } from '../../core/entity.js';
import type { KbRecord } from './kb-record.js';
import { fold } from './names.js';

export class KbBuilder {
  private readonly byId = new Map<string, KbRecord>();
  /** Entries that may be referred to or merged by name: everything but package cities and regions. */
  private readonly byName = new Map<string, KbRecord>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): KbRecord | undefined {
    return this.byId.get(id);
  }

  named(type: EntityType, name: string): KbRecord | undefined {
    return this.byName.get(nameKey(type, name));
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  /** Adds `e`, or merges it into the entry with the same id (or, if `byName`, the same name). */
  add(e: KbRecord, opts: { byName?: boolean } = {}): KbRecord {
    const same = this.byId.get(e.id) ?? (opts.byName ? this.named(e.type, e.name) : undefined);
    if (same) {
      mergeInto(same, e);
      return same;
    }
    this.byId.set(e.id, e);
    if (opts.byName) this.byName.set(nameKey(e.type, e.name), e);
    return e;
  }

  /**
   * Gives each entry its Wikidata id when it has one, merging entries that turn out to share it,
   * and rewrites `related` to the final ids. Returns the entries sorted by id (a stable file).
   */
  finish(): KbRecord[] {
    const renamed = new Map<string, string>();
    const final = new Map<string, KbRecord>();
    for (const e of this.byId.values()) {
      const id = e.wikidata ?? e.id;
      if (id !== e.id) renamed.set(e.id, id);
      const same = final.get(id);
      if (same) mergeInto(same, e);
      else final.set(id, { ...e, id });
    }
    const out = [...final.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const e of out) {
      const named = e.type === 'ORG' ? withAcronym(e.name, e.aliases) : e.name;
      if (named !== e.name) {
        e.aliases.unshift(e.name);
        e.name = named;
      }
      e.aliases = cleanAliases(e.name, e.aliases);
      if (e.related) e.related = [...new Set(e.related.map((r) => renamed.get(r) ?? r))].filter((r) => r !== e.id && final.has(r));
      if (e.related && !e.related.length) delete e.related;
    }
    return out;
  }
}

function nameKey(type: EntityType, name: string): string {
  return `${type}:${fold(name)}`;
}

function mergeInto(into: KbRecord, from: KbRecord): void {
  into.aliases.push(from.name, ...from.aliases);
  into.wikidata ??= from.wikidata;
  into.geo ??= from.geo;
  if (from.population !== undefined && (into.population ?? 0) < from.population) into.population = from.population;
  if (from.related) into.related = [...(into.related ?? []), ...from.related];
  if (from.adjectives) into.adjectives = [...new Set([...(into.adjectives ?? []), ...from.adjectives])];
  into.admin ??= from.admin;
  into.role ??= from.role;
  into.since ??= from.since;
  into.until ??= from.until;
  into.course ??= from.course;
}

/** Unique aliases other than the name, without characters the file format reserves. */
function cleanAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const a of aliases) {
    const t = a.trim().replace(/\s+/g, ' ');
    if (!t || seen.has(t) || /[|\t]/.test(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

/**
 * "United Nations High Commissioner for Refugees (UNHCR)": an organisation the press calls by its
 * acronym is listed under both, so a reader finds it by either and a figure credited to "UNHCR"
 * reads as such. The acronym is an alias made of the name's initials, in order ("OCHA" from
 * "United Nations Office for the Coordination of Humanitarian Affairs"), so a foreign-language
 * acronym ("OTAN") never stands beside an English name.
 */
export function withAcronym(name: string, aliases: string[]): string {
  if (!/[a-z]/.test(name)) return name;
  const initials = name
    .split(/[\s\-‐]+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const acronym = aliases.find((a) => /^[A-Z]{3,6}$/.test(a) && isSubsequence(a, initials));
  return acronym ? `${name} (${acronym})` : name;
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}
