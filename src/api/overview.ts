// GET /api/overview: what the dossier holds at a glance — counts, articles by outlet and by
// day, the most mentioned actors of each type, skipped inputs, and claim-layer totals.
import type { Hono } from 'hono';
import { ENTITY_TYPES } from '../core/entity.js';
import type { Repository } from '../store/repository.js';
import type { Count, OverviewResponse } from './types.js';

const TOP = 10;
/** Enough to count every article of a newsroom archive by day without paging. */
const DATE_SCAN_LIMIT = 100_000;

export async function overview(repo: Repository): Promise<OverviewResponse> {
  const stats = await repo.stats();
  const skipped = await repo.listSkipped(200);
  const byDate = new Map<string, number>();
  for (const a of await repo.listArticles({ limit: DATE_SCAN_LIMIT })) {
    const key = a.published ?? 'undated';
    byDate.set(key, (byDate.get(key) ?? 0) + 1);
  }
  const top: OverviewResponse['top_entities'] = {};
  for (const type of ENTITY_TYPES) top[type] = await repo.listEntities({ type, limit: TOP });
  const by_date: Count<string>[] = [...byDate].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
  return {
    stats,
    skipped,
    by_date,
    by_outlet: stats.outlets.map((o) => ({ value: o.outlet, count: o.articles })),
    top_entities: top,
    claims: await claimTotals(repo),
  };
}

async function claimTotals(repo: Repository): Promise<OverviewResponse['claims']> {
  try {
    const all = { limit: 1_000_000 };
    const comparisons = await repo.listComparisons(all);
    return {
      quantities: (await repo.listQuantities(all)).length,
      quotes: (await repo.listQuotes(all)).length,
      events: (await repo.listEvents(all)).length,
      comparisons: comparisons.length,
      disagreements: comparisons.filter((c) => c.disagree).length,
    };
  } catch {
    // A store without the claim layers yet: the overview still works.
    return null;
  }
}

export function overviewRoutes(app: Hono, repo: Repository): void {
  app.get('/api/overview', async (c) => c.json(await overview(repo)));
}
