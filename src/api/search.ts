// GET /api/search: full-text search with the article filters, highlighted snippets (the
// store's \u0002…\u0003 markers, left for the client to render safely), and facets counted
// over every matching article: outlet, author, month, and the entities they mention.
import type { Hono } from 'hono';
import { BadQueryError, type Repository, type FacetedSearch } from '../store/repository.js';
import { entityId } from './articles.js';
import { cachedJson } from './cache.js';
import { HttpError, parseQuery, searchSchema, toFilter } from './params.js';
import type { Count, SearchFacets, SearchResponse } from './types.js';

/** Facets are counted over at most this many best matches; so is the total, and hits are paged within them. */
const FACET_HITS = 1000;
/** Entity facets look at fewer: the best matches are the ones a reader narrows by. */
const ENTITY_FACET_HITS = 200;
const FACET_SIZE = 15;

export async function search(repo: Repository, query: Record<string, string>): Promise<SearchResponse> {
  const q = parseQuery(searchSchema, query);
  const filter = toFilter({ ...q, entity: q.entity === undefined ? undefined : await entityId(repo, q.entity) });
  const limit = filter.limit ?? 20;
  const offset = filter.offset ?? 0;
  const badQuery = (err: unknown) => {
    if (err instanceof BadQueryError) throw new HttpError(400, err.message);
    throw err;
  };
  // Ranked once and counted in the store over the matches' rows; only the page shown gets snippets.
  const found = await repo.searchWithFacets(q.q, { ...filter, limit, offset }, { hits: FACET_HITS, entityHits: ENTITY_FACET_HITS }).catch(badQuery);
  return { query: q.q, total: found.total, hits: found.hits, facets: facets(found) };
}

function facets(counts: FacetedSearch): SearchFacets {
  return {
    outlet: top(counts.outlet),
    author: top(counts.author),
    month: [...counts.month].sort((a, b) => a.value.localeCompare(b.value)),
    entity: top(counts.entity.map((e) => ({ value: e.id, count: e.count, entity: e })))
      .map(({ entity: e }) => ({ id: e.id, name: e.name, type: e.type, count: e.count })),
  };
}

function top<T extends Count<unknown>>(counts: T[]): T[] {
  return [...counts]
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
    .slice(0, FACET_SIZE);
}

export function searchRoutes(app: Hono, repo: Repository): void {
  app.get('/api/search', (c) => cachedJson(c, repo, () => search(repo, c.req.query())));
}
