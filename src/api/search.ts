// GET /api/search: full-text search with the article filters, highlighted snippets (the
// store's \u0002…\u0003 markers, left for the client to render safely), and facets counted
// over every matching article: outlet, author, month, and the entities they mention.
import type { Hono } from 'hono';
import { BadQueryError, type Repository } from '../store/repository.js';
import { entityId } from './articles.js';
import { cachedJson } from './cache.js';
import { HttpError, parseQuery, searchSchema, toFilter } from './params.js';
import type { Count, SearchFacets, SearchResponse } from './types.js';

/** Facets are counted over at most this many best matches. */
const FACET_HITS = 1000;
/** Entity facets read each article's mentions, so they look at fewer. */
const ENTITY_FACET_HITS = 200;
const FACET_SIZE = 15;

export async function search(repo: Repository, query: Record<string, string>): Promise<SearchResponse> {
  const q = parseQuery(searchSchema, query);
  const filter = toFilter({ ...q, entity: q.entity === undefined ? undefined : await entityId(repo, q.entity) });
  const limit = filter.limit ?? 20;
  const offset = filter.offset ?? 0;
  const all = await repo.search(q.q, { ...filter, limit: FACET_HITS, offset: 0 }).catch((err: unknown) => {
    if (err instanceof BadQueryError) throw new HttpError(400, err.message);
    throw err;
  });
  return { query: q.q, total: all.length, hits: all.slice(offset, offset + limit), facets: await facets(repo, all) };
}

async function facets(repo: Repository, hits: { id: string; outlet: string | null; authors: string[]; published: string | null }[]): Promise<SearchFacets> {
  const outlet = new Map<string | null, number>();
  const author = new Map<string, number>();
  const month = new Map<string, number>();
  for (const h of hits) {
    bump(outlet, h.outlet);
    for (const a of new Set(h.authors)) bump(author, a);
    bump(month, h.published ? h.published.slice(0, 7) : 'undated');
  }
  const entity = new Map<string, number>();
  for (const h of hits.slice(0, ENTITY_FACET_HITS)) {
    const { mentions } = await repo.articleLayers(h.id);
    for (const id of new Set(mentions.map((m) => m.entity))) bump(entity, id);
  }
  const topEntities = top(entity);
  const entities = [];
  for (const { value, count } of topEntities) {
    const e = (await repo.findEntities(value)).find((x) => x.id === value);
    if (e) entities.push({ id: e.id, name: e.name, type: e.type, count });
  }
  return {
    outlet: top(outlet),
    author: top(author),
    month: [...month].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
    entity: entities,
  };
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function top<K>(m: Map<K, number>): Count<K>[] {
  return [...m].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
    .slice(0, FACET_SIZE);
}

export function searchRoutes(app: Hono, repo: Repository): void {
  app.get('/api/search', (c) => cachedJson(c, repo, () => search(repo, c.req.query())));
}
