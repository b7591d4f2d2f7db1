// Search: full-text matches with highlighted snippets and facets (outlet, author, month,
// entity) that narrow the results; query and facets are in the URL.
import type { OverviewResponse, SearchResponse } from '../../../src/api/types.js';
import type { Params } from '../data.js';
import { articleHref, exports, h, link, snippet } from '../dom.js';
import { hashFor, type View } from '../view.js';
import { filterForm } from './articles.js';

export const searchView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  const overview = await data.get<OverviewResponse>('/overview');
  const q = h('input', { type: 'search', name: 'q', value: p.q ?? '', placeholder: 'words, "a phrase", NOT, prefix*', 'aria-label': 'Search query', required: true });
  const form = filterForm(p, overview.stats.outlets.map((o) => o.outlet), (next) => setParams(next), [h('label', { class: 'query' }, h('span', {}, 'Search'), q)]);
  const root = h('section', { class: 'search' }, h('h1', {}, 'Search'), form);
  if (!p.q) {
    root.append(h('p', {}, 'Type words to search titles and texts.'));
    return root;
  }
  const res = await data.get<SearchResponse>('/search', { ...p, limit: '50' });
  const narrow = (extra: Params) => hashFor(['search'], { ...p, ...extra });
  const facet = (title: string, items: { label: string; count: number; href: string; active: boolean }[]) => items.length
    ? h('section', { class: 'facet' }, h('h2', {}, title), h('ul', {}, items.map((i) => h('li', {},
      link(i.href, i.label, { 'aria-current': i.active ? 'true' : null }), h('span', { class: 'count' }, ` ${i.count}`)))))
    : null;
  const facets = h('aside', { class: 'facets', 'aria-label': 'Narrow the results' },
    facet('Outlet', res.facets.outlet.filter((f) => f.value).map((f) => ({ label: f.value!, count: f.count, href: narrow({ outlet: f.value! }), active: p.outlet === f.value }))),
    facet('Author', res.facets.author.map((f) => ({ label: f.value, count: f.count, href: narrow({ author: f.value }), active: p.author === f.value }))),
    facet('Month', res.facets.month.filter((f) => f.value !== 'undated').map((f) => ({ label: f.value, count: f.count, href: narrow({ from: f.value, to: f.value }), active: p.from === f.value }))),
    facet('Entity', res.facets.entity.map((f) => ({ label: `${f.name} (${f.type})`, count: f.count, href: narrow({ entity: f.id }), active: p.entity === f.id }))),
    Object.keys(p).some((k) => k !== 'q') ? link(hashFor(['search'], { q: p.q }), 'Clear filters') : null);
  root.append(
    h('p', { class: 'count', role: 'status' }, `${res.total} match${res.total === 1 ? '' : 'es'} for “${res.query}”`),
    exports('search', () => res.hits.map((x) => ({ id: x.id, title: x.title, outlet: x.outlet, published: x.published, score: x.score, snippet: x.snippet.replace(/[\u0002\u0003]/g, '') }))),
    h('div', { class: 'search-grid' },
      h('ol', { class: 'hits' }, res.hits.map((hit) => h('li', {},
        h('h2', {}, link(articleHref(hit.id), hit.title)),
        h('p', { class: 'meta' }, `${hit.outlet ?? 'no outlet'} · ${hit.authors.join(', ') || 'no author'} · ${hit.published ?? 'undated'}`, hit.duplicate_of ? ' · repost' : ''),
        h('p', {}, snippet(hit.snippet))))),
      facets));
  return root;
};
