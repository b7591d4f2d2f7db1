// GET /api/overview: what the dossier holds at a glance — counts, articles by outlet and by
// day, the most mentioned actors of each type, skipped inputs, and claim-layer totals.
import type { Hono } from 'hono';
import { ENTITY_TYPES } from '../core/entity.js';
import type { Repository } from '../store/repository.js';
import { cachedJson } from './cache.js';
import { optional } from './optional.js';
import type { Count, OverviewResponse } from './types.js';

const TOP = 10;

export async function overview(repo: Repository): Promise<OverviewResponse> {
  const stats = await repo.stats();
  const skipped = await repo.listSkipped(200);
  // Counted in the store: listing every article or claim to count them took seconds at 10,000 articles.
  const by_date: Count<string>[] = (await repo.articleDates())
    .map((d) => ({ value: d.published ?? 'undated', count: d.articles }))
    .sort((a, b) => a.value.localeCompare(b.value));
  const top: OverviewResponse['top_entities'] = {};
  for (const type of ENTITY_TYPES) top[type] = [];
  for (const e of await repo.topEntities(TOP)) (top[e.type] ??= []).push(e);
  return {
    stats,
    skipped,
    by_date,
    by_outlet: stats.outlets.map((o) => ({ value: o.outlet, count: o.articles })),
    top_entities: top,
    claims: await optional(() => repo.claimCounts(), null),
  };
}

export function overviewRoutes(app: Hono, repo: Repository): void {
  app.get('/api/overview', (c) => cachedJson(c, repo, () => overview(repo)));
}
