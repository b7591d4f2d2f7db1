// The data a self-contained report embeds: the same answers the API gives, computed once over
// the whole store, so the UI in the report reads them exactly as it reads the server.
import type { Repository } from '../store/repository.js';
import { articlePage } from './articles.js';
import { comparisons, events, quantities, quotes } from './claims.js';
import { entityPage, listEntities, network, placesMap } from './entities.js';
import { outlets } from './outlets.js';
import { overview } from './overview.js';
import { skipped } from './skipped.js';
import type { ReportData } from './types.js';

export interface ReportOptions {
  /** Entities that get a page of their own (the most mentioned); the rest are listed only. */
  maxEntityPages?: number;
  maxArticles?: number;
  /** Fixed timestamp for reproducible output (tests). */
  generated?: string;
}

export async function buildReportData(repo: Repository, options: ReportOptions = {}): Promise<ReportData> {
  const summaries = await repo.listArticles({ limit: options.maxArticles ?? 100_000 });
  const articles = [];
  for (const a of summaries) articles.push(await articlePage(repo, a.id));
  const { entities } = await listEntities(repo, { limit: '5000' });
  const entity_pages = [];
  for (const e of entities.slice(0, options.maxEntityPages ?? 2000)) entity_pages.push(await entityPage(repo, e.id));
  const none = {};
  const orEmpty = async <T>(make: () => Promise<T>, empty: T) => make().catch(() => empty);
  return {
    schema: 'dossier-report/1',
    generated: options.generated ?? new Date().toISOString(),
    overview: await overview(repo),
    articles,
    entities,
    entity_pages,
    map: await placesMap(repo, { limit: '5000' }),
    network: await network(repo, { limit: '40' }),
    quantities: await orEmpty(() => quantities(repo, { limit: '5000' }), { quantities: [], names: none }),
    quotes: await orEmpty(() => quotes(repo, { limit: '5000' }), { quotes: [], names: none }),
    events: await orEmpty(() => events(repo, { limit: '5000' }), { events: [], names: none }),
    comparisons: await orEmpty(() => comparisons(repo, { limit: '5000' }), { comparisons: [], names: none }),
    outlets: await outlets(repo),
    skipped: await skipped(repo, {}),
  };
}
