// The article filters shared by `list`, `search` and `export`, checked once here so every
// command rejects a bad date or limit with the same message.
import { UsageError } from '../../core/errors.js';
import type { ArticleFilter, Repository } from '../../store/repository.js';

export interface FilterFlags {
  outlet?: string;
  author?: string;
  from?: string;
  to?: string;
  language?: string;
  limit?: string;
  offset?: string;
  duplicates?: boolean;
}

export function parseFilter(f: FilterFlags): ArticleFilter {
  return {
    outlet: f.outlet,
    author: f.author,
    from: f.from === undefined ? undefined : isoDay(f.from, '--from', 'start'),
    to: f.to === undefined ? undefined : isoDay(f.to, '--to', 'end'),
    language: f.language,
    limit: f.limit === undefined ? undefined : count(f.limit, '--limit'),
    offset: f.offset === undefined ? undefined : count(f.offset, '--offset', true),
    includeDuplicates: f.duplicates,
  };
}

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its first or last day. */
function isoDay(value: string, flag: string, edge: 'start' | 'end'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new UsageError(`${flag} expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw new UsageError(`${flag}: no month ${mo} in "${value}"`);
  if (d) return value;
  if (mo) return edge === 'start' ? `${y}-${mo}-01` : `${y}-${mo}-31`;
  return edge === 'start' ? `${y}-01-01` : `${y}-12-31`;
}

function count(value: string, flag: string, zeroOk = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new UsageError(`${flag} expects a whole number${zeroOk ? '' : ' above 0'}, got "${value}"`);
  return n;
}

/** An entity id or name as typed by a user -> the id of the most mentioned match. */
export async function resolveEntity(repo: Repository, nameOrId: string): Promise<string> {
  const found = await repo.findEntities(nameOrId);
  if (found.length === 0) throw new UsageError(`no entity "${nameOrId}" (see "dossier entities")`);
  return found[0].id;
}

/** Entity ids -> display names, looked up once each. */
export function entityNames(repo: Repository): (id: string | null) => Promise<string | null> {
  const cache = new Map<string, string | null>();
  return async (id) => {
    if (id == null) return null;
    if (!cache.has(id)) cache.set(id, (await repo.findEntities(id)).find((e) => e.id === id)?.name ?? null);
    return cache.get(id) ?? null;
  };
}

/** --from/--to as inclusive ISO days (a year or month means its first or last day). */
export function parseDateRange(f: { from?: string; to?: string }): { from?: string; to?: string } {
  return {
    from: f.from === undefined ? undefined : isoDay(f.from, '--from', 'start'),
    to: f.to === undefined ? undefined : isoDay(f.to, '--to', 'end'),
  };
}

export function parseCount(value: string | undefined, flag: string, fallback: number): number {
  return value === undefined ? fallback : count(value, flag);
}
