// GET /api/articles (filtered list) and GET /api/articles/:id (one article with every stored
// layer, the entities it mentions, and its reposts or original).
import type { Hono } from 'hono';
import { AmbiguousIdError, type Repository } from '../store/repository.js';
import { entityNames } from './entity-names.js';
import { optional } from './optional.js';
import { articleFilterSchema, HttpError, parseId, parseQuery, toFilter, type ArticleFilterQuery } from './params.js';
import type { ArticleListResponse, ArticleResponse, EntitySummary } from './types.js';

const DEFAULT_LIMIT = 50;

export async function listArticles(repo: Repository, q: ArticleFilterQuery): Promise<ArticleListResponse> {
  const filter = toFilter({ ...q, entity: q.entity === undefined ? undefined : await entityId(repo, q.entity) });
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const offset = filter.offset ?? 0;
  const { limit: _l, offset: _o, ...counted } = filter;
  return {
    total: await repo.countArticles(counted),
    limit,
    offset,
    articles: await repo.listArticles({ ...filter, limit, offset }),
  };
}

/** An entity id, or a name or alias as a user types it, to the id of its most mentioned match. */
export async function entityId(repo: Repository, idOrName: string): Promise<string> {
  const found = await repo.findEntities(idOrName);
  if (found.length === 0) throw new HttpError(404, `no entity "${idOrName}"`);
  return found[0].id;
}

export async function articlePage(repo: Repository, idOrPrefix: string): Promise<ArticleResponse> {
  const article = await repo.getArticle(idOrPrefix).catch((err: unknown) => {
    if (err instanceof AmbiguousIdError) throw new HttpError(400, err.message);
    throw err;
  });
  if (!article) throw new HttpError(404, `no article "${idOrPrefix}"`);
  const layers = await repo.articleLayers(article.id);
  const entities: EntitySummary[] = [];
  for (const id of new Set(layers.mentions.map((m) => m.entity))) {
    const e = (await repo.findEntities(id)).find((x) => x.id === id);
    if (e) entities.push(e);
  }
  const storyRecord = (await optional(() => repo.listStories({ article: article.id, limit: 1 }), []))[0];
  const story = storyRecord ? {
    id: storyRecord.id, type: storyRecord.type, from: storyRecord.from, to: storyRecord.to,
    articles: (await Promise.all(storyRecord.articles.filter((x) => x !== article.id).map((x) => summaryOf(repo, x)))).filter((x) => x !== null),
  } : null;
  const known = new Set(entities.map((e) => e.id));
  const referred = [
    ...layers.quantities.flatMap((q) => [q.place, q.attributed_entity]),
    ...layers.quotes.map((q) => q.speaker),
    ...layers.events.flatMap((e) => [e.place, ...e.actors]),
    ...(layers.relations ?? []).flatMap((r) => [r.source, r.target]),
  ].filter((x): x is string => Boolean(x) && !known.has(x!));
  return {
    story,
    names: await entityNames(repo, referred),
    article: {
      id: article.id,
      title: article.title,
      subtitle: article.subtitle,
      outlet: article.outlet,
      authors: article.authors,
      published: article.published,
      language: article.language,
      words: article.words,
      url: article.url,
      duplicate_of: article.duplicate_of,
      text: article.text,
      origin: article.origin,
      paragraphs: article.paragraphs.map((p) => [p.start, p.end]),
    },
    entities,
    layers,
    reposts: await repo.duplicatesOf(article.id),
    original: article.duplicate_of ? await summaryOf(repo, article.duplicate_of) : null,
  };
}

async function summaryOf(repo: Repository, id: string) {
  const a = await repo.getArticle(id);
  if (!a) return null;
  const { id: aid, title, subtitle, outlet, authors, published, language, words, url, duplicate_of } = a;
  return { id: aid, title, subtitle, outlet, authors, published, language, words, url, duplicate_of };
}

export function articleRoutes(app: Hono, repo: Repository): void {
  app.get('/api/articles', async (c) => c.json(await listArticles(repo, parseQuery(articleFilterSchema, c.req.query()))));
  app.get('/api/articles/:id', async (c) => c.json(await articlePage(repo, parseId(c.req.param('id')))));
}
