// GET /api/entities (by type or name), GET /api/entities/:id (one entity: aliases, place,
// counts, articles, co-mentioned entities, and each mention in its sentence context),
// GET /api/map (geocoded places by mentions) and GET /api/network (co-mention graph).
import type { Hono } from 'hono';
import { aggregateOutlets } from '../analysis/profiles.js';
import type { Repository } from '../store/repository.js';
import { entityNames } from './entity-names.js';
import { optional } from './optional.js';
import { entityListSchema, HttpError, limitSchema, parseId, parseQuery } from './params.js';
import type { EntityListResponse, EntityMentionContext, EntityResponse, MapResponse, NetworkResponse } from './types.js';

const CONTEXT_CHARS = 80;
const PAGE_ARTICLES = 50;

export async function listEntities(repo: Repository, query: Record<string, string>): Promise<EntityListResponse> {
  const q = parseQuery(entityListSchema, query);
  return { entities: await repo.listEntities({ type: q.type, name: q.name, limit: q.limit ?? 100, offset: q.offset }) };
}

export async function entityPage(repo: Repository, idOrName: string): Promise<EntityResponse> {
  const [entity, ...others] = await repo.findEntities(idOrName);
  if (!entity) throw new HttpError(404, `no entity "${idOrName}"`);
  const articles = await repo.listArticles({ entity: entity.id, limit: PAGE_ARTICLES });
  const mentions: EntityMentionContext[] = [];
  for (const a of articles) {
    const article = await repo.getArticle(a.id);
    if (!article) continue;
    const { mentions: all } = await repo.articleLayers(a.id);
    for (const m of all) {
      if (m.entity !== entity.id) continue;
      const source = m.field === 'title' ? article.title : article.text;
      mentions.push({
        article: a.id, title: a.title, published: a.published, outlet: a.outlet, field: m.field, start: m.start, end: m.end,
        before: source.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start),
        text: source.slice(m.start, m.end),
        after: source.slice(m.end, m.end + CONTEXT_CHARS),
      });
    }
  }
  const quotes = await optional(() => repo.listQuotes({ speaker: entity.id, limit: 200 }), []);
  const events = await optional(() => repo.listEvents({ actor: entity.id, limit: 200 }), []);
  const relations = await optional(() => repo.listRelations({ entity: entity.id, limit: 200 }), []);
  const portrayal = aggregateOutlets(await optional(() => repo.listArticleProfiles(), [])).flatMap((p) => {
    const actor = p.actors.find((a) => a.entity === entity.id);
    if (!actor) return [];
    const framing = p.portrayal.find((x) => x.entity === entity.id);
    return [{ outlet: p.outlet, articles: actor.articles, mentions: actor.mentions, techniques: framing?.techniques ?? {}, terms: framing?.terms.slice(0, 10) ?? [] }];
  }).sort((a, b) => b.mentions - a.mentions);
  const names = await entityNames(repo, [
    ...events.flatMap((e) => [e.place, ...e.actors]),
    ...relations.flatMap((r) => [r.source, r.target]),
  ]);
  return { entity, other_matches: others, articles, co_mentioned: await repo.coMentioned(entity.id, 20), mentions, quotes, events, relations, portrayal, names };
}

export async function placesMap(repo: Repository, query: Record<string, string>): Promise<MapResponse> {
  const q = parseQuery(limitSchema, query);
  const places = await repo.listEntities({ type: 'PLACE', limit: q.limit ?? 500 });
  return { places: places.filter((p) => p.geo) };
}

export async function network(repo: Repository, query: Record<string, string>): Promise<NetworkResponse> {
  const q = parseQuery(limitSchema, query);
  const nodes = await repo.listEntities({ limit: Math.min(q.limit ?? 40, 200) });
  const ids = new Set(nodes.map((n) => n.id));
  const edges: NetworkResponse['edges'] = [];
  for (const n of nodes) {
    for (const w of await repo.coMentioned(n.id, nodes.length)) {
      // Each pair once: from the smaller id to the larger.
      if (ids.has(w.entity.id) && n.id < w.entity.id) edges.push({ source: n.id, target: w.entity.id, articles: w.articles });
    }
  }
  return { nodes, edges };
}

export function entityRoutes(app: Hono, repo: Repository): void {
  app.get('/api/entities', async (c) => c.json(await listEntities(repo, c.req.query())));
  app.get('/api/entities/:id', async (c) => c.json(await entityPage(repo, parseId(c.req.param('id')))));
  app.get('/api/map', async (c) => c.json(await placesMap(repo, c.req.query())));
  app.get('/api/network', async (c) => c.json(await network(repo, c.req.query())));
}
