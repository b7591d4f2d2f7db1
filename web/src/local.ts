// The API answered inside the page, for a report file: the same paths and shapes as the
// server's, computed from the embedded data (search is a plain word match here, not FTS5).
import type {
  ArticleListResponse, ArticleResponse, ArticleSummary, Count, EntityListResponse, EntityResponse, ReportData, SearchHit, SearchResponse,
} from '../../src/api/types.js';
import { ApiError, type DataSource, type Params } from './data.js';

const fold = (s: string) => s.toLowerCase();

function summary(p: ArticleResponse): ArticleSummary {
  const { text: _t, origin: _o, paragraphs: _p, ...rest } = p.article;
  return rest;
}

function dayBound(v: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}$/.test(v)) return edge === 'start' ? `${v}-01` : `${v}-31`;
  if (/^\d{4}$/.test(v)) return edge === 'start' ? `${v}-01-01` : `${v}-12-31`;
  throw new ApiError(400, `parameter "${edge === 'start' ? 'from' : 'to'}": expected a date as YYYY, YYYY-MM or YYYY-MM-DD`);
}

export function localApi(data: ReportData): DataSource {
  const byId = new Map(data.articles.map((a) => [a.article.id, a]));
  const entityPages = new Map(data.entity_pages.map((p) => [p.entity.id, p]));
  const findEntity = (q: string) => {
    if (entityPages.has(q)) return entityPages.get(q)!;
    const f = fold(q);
    return data.entity_pages.find((p) => fold(p.entity.name) === f || p.entity.aliases.some((a) => fold(a) === f)) ?? null;
  };

  function filtered(p: Params): ArticleResponse[] {
    const from = dayBound(p.from, 'start');
    const to = dayBound(p.to, 'end');
    const entity = p.entity ? findEntity(p.entity)?.entity.id ?? '\u0000none' : undefined;
    return data.articles.filter(({ article: a, entities }) =>
      (!p.outlet || fold(a.outlet ?? '') === fold(p.outlet))
      && (!p.author || a.authors.some((x) => fold(x).includes(fold(p.author!))))
      && (!from || (a.published !== null && a.published >= from))
      && (!to || (a.published !== null && a.published <= to))
      && (!p.language || a.language === p.language)
      && (p.duplicates !== 'false' || a.duplicate_of === null)
      && (!entity || entities.some((e) => e.id === entity)))
      .sort((x, y) => (y.article.published ?? '').localeCompare(x.article.published ?? ''));
  }

  function articles(p: Params): ArticleListResponse {
    const all = filtered(p);
    const limit = Number(p.limit ?? 50);
    const offset = Number(p.offset ?? 0);
    return { total: all.length, limit, offset, articles: all.slice(offset, offset + limit).map(summary) };
  }

  function search(p: Params): SearchResponse {
    const q = (p.q ?? '').trim();
    const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) throw new ApiError(400, `nothing to search for in "${q}"`);
    const hits: (SearchHit & { entityIds: string[] })[] = [];
    for (const page of filtered(p)) {
      const hay = fold(`${page.article.title}\n${page.article.text}`);
      if (!words.every((w) => hay.includes(w))) continue;
      const score = words.reduce((n, w) => n + hay.split(w).length - 1, 0);
      hits.push({ ...summary(page), score, snippet: makeSnippet(page.article.text, words), entityIds: page.entities.map((e) => e.id) });
    }
    hits.sort((a, b) => b.score - a.score);
    const count = <K>(keys: K[]): Count<K>[] => {
      const m = new Map<K, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      return [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count).slice(0, 15);
    };
    const names = new Map(data.entities.map((e) => [e.id, e]));
    const limit = Number(p.limit ?? 20);
    const offset = Number(p.offset ?? 0);
    return {
      query: q,
      total: hits.length,
      hits: hits.slice(offset, offset + limit).map(({ entityIds: _e, ...h }) => h),
      facets: {
        outlet: count(hits.map((h) => h.outlet)),
        author: count(hits.flatMap((h) => h.authors)),
        month: count(hits.map((h) => h.published?.slice(0, 7) ?? 'undated')).sort((a, b) => a.value.localeCompare(b.value)),
        entity: count(hits.flatMap((h) => h.entityIds)).flatMap((c) => {
          const e = names.get(c.value);
          return e ? [{ id: e.id, name: e.name, type: e.type, count: c.count }] : [];
        }),
      },
    };
  }

  function entities(p: Params): EntityListResponse {
    const name = p.name ? fold(p.name) : null;
    const list = data.entities.filter((e) => (!p.type || e.type === p.type) && (!name || fold(e.name).includes(name) || e.aliases.some((a) => fold(a).includes(name))));
    return { entities: list.slice(0, Number(p.limit ?? 100)) };
  }

  function article(id: string): ArticleResponse {
    const page = byId.get(id) ?? data.articles.find((a) => a.article.id.startsWith(id));
    if (!page) throw new ApiError(404, `no article "${id}"`);
    return page;
  }

  function entity(id: string): EntityResponse {
    const page = findEntity(id);
    if (!page) throw new ApiError(404, `no entity "${id}" in this report`);
    return page;
  }

  return {
    offline: true,
    async get<T>(path: string, params: Params = {}): Promise<T> {
      const [, resource, id] = path.split('/').map((x) => decodeURIComponent(x));
      const answer: unknown = (() => {
        switch (resource) {
          case 'overview': return data.overview;
          case 'articles': return id ? article(id) : articles(params);
          case 'search': return search(params);
          case 'entities': return id ? entity(id) : entities(params);
          case 'map': return data.map;
          case 'network': return data.network;
          case 'quantities': return data.quantities;
          case 'quotes': return data.quotes;
          case 'events': return data.events;
          case 'comparisons': return data.comparisons;
          case 'outlets': return data.outlets;
          case 'skipped': return data.skipped;
          // A report is a snapshot: corrections are made against a store, not here.
          case 'corrections': return { corrections: [] };
          default: throw new ApiError(404, `no route ${path}`);
        }
      })();
      return answer as T;
    },
  };
}

/** About 30 words around the first match, matches marked as the store marks them. */
function makeSnippet(text: string, words: string[]): string {
  const lower = text.toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - 90)));
  const end = Math.min(text.length, first + 120);
  let out = '';
  const piece = text.slice(start, end);
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let last = 0;
  for (const m of piece.matchAll(re)) {
    out += piece.slice(last, m.index) + '\u0002' + m[0] + '\u0003';
    last = m.index! + m[0].length;
  }
  out += piece.slice(last);
  return `${start > 0 ? '…' : ''}${out.trim()}${end < text.length ? '…' : ''}`;
}
