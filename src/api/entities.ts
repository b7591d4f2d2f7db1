// GET /api/entities (by type or name), GET /api/entities/:id (one entity: aliases, place,
// counts, articles, co-mentioned entities, and each mention in its sentence context),
// GET /api/map (geocoded places by mentions) and GET /api/network (co-mention graph).
import type { Hono } from 'hono';
import type { MentionRecord, Repository } from '../store/repository.js';
import { cachedJson } from './cache.js';
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
  // One query for the entity's mentions in the listed articles, rather than every layer of each.
  const byArticle = new Map<string, MentionRecord[]>();
  for (const m of await repo.entityMentions(entity.id, articles.map((a) => a.id))) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const mentions: EntityMentionContext[] = [];
  for (const a of articles) {
    const mine = byArticle.get(a.id);
    if (!mine) continue;
    const article = await repo.getArticle(a.id);
    if (!article) continue;
    for (const m of mine) {
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
  // Counted in the store once per analysis run, not by aggregating every outlet profile here.
  const portrayal = await optional(() => repo.entityPortrayal(entity.id, { terms: 10 }), []);
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
  // Every pair among the nodes in one query (it was one co-mention query per node).
  const edges: NetworkResponse['edges'] = (await repo.coMentionsAmong(nodes.map((n) => n.id)))
    .map((p) => ({ source: p.source, target: p.target, articles: p.articles }));
  return { nodes, edges };
}

export function entityRoutes(app: Hono, repo: Repository): void {
  app.get('/api/entities', (c) => cachedJson(c, repo, () => listEntities(repo, c.req.query())));
  app.get('/api/entities/:id', (c) => cachedJson(c, repo, () => entityPage(repo, parseId(c.req.param('id')))));
  app.get('/api/map', (c) => cachedJson(c, repo, () => placesMap(repo, c.req.query())));
  app.get('/api/network', (c) => cachedJson(c, repo, () => network(repo, c.req.query())));
}
