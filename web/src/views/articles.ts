// Articles: the list, newest first, narrowed by outlet, author, dates, language, entity and
// whether reposts are shown; the filters live in the URL.
import type { ArticleListResponse, ArticleSummary, OverviewResponse } from '../../../src/api/types.js';
import type { Params } from '../data.js';
import { articleHref, exports, h, link, table } from '../dom.js';
import type { View } from '../view.js';

export function articleRow(a: ArticleSummary) {
  return [
    h('span', {}, link(articleHref(a.id), a.title), a.duplicate_of ? h('span', { class: 'tag', title: 'near-duplicate repost' }, ' repost') : null),
    a.outlet ?? '—',
    a.authors.join(', ') || '—',
    a.published ?? 'undated',
    a.language,
  ];
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return h('label', {}, h('span', {}, label), input);
}

export function filterForm(params: Params, outlets: (string | null)[], onSubmit: (p: Params) => void, extra: HTMLElement[] = []): HTMLFormElement {
  const outlet = h('select', { name: 'outlet' }, h('option', { value: '' }, 'any outlet'),
    outlets.filter((o): o is string => Boolean(o)).map((o) => h('option', { value: o, selected: params.outlet?.toLowerCase() === o.toLowerCase() }, o)));
  const author = h('input', { name: 'author', type: 'search', value: params.author ?? '', placeholder: 'name contains' });
  const from = h('input', { name: 'from', value: params.from ?? '', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 });
  const to = h('input', { name: 'to', value: params.to ?? '', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 });
  const reposts = h('input', { name: 'duplicates', type: 'checkbox', checked: params.duplicates !== 'false' });
  const form = h('form', { class: 'filters', role: 'search' },
    ...extra,
    field('Outlet', outlet), field('Author', author), field('From', from), field('To', to),
    h('label', { class: 'check' }, reposts, h('span', {}, 'include reposts')),
    params.entity ? h('input', { type: 'hidden', name: 'entity', value: params.entity }) : null,
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p: Params = {};
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() && k !== 'duplicates') p[k] = v.trim();
    if (!reposts.checked) p.duplicates = 'false';
    onSubmit(p);
  });
  outlet.addEventListener('change', () => form.requestSubmit());
  reposts.addEventListener('change', () => form.requestSubmit());
  return form;
}

export const articlesView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  const [list, overview] = await Promise.all([
    data.get<ArticleListResponse>('/articles', { ...p, limit: p.limit ?? '100' }),
    data.get<OverviewResponse>('/overview'),
  ]);
  return h('section', {},
    h('h1', {}, 'Articles'),
    filterForm(p, overview.stats.outlets.map((o) => o.outlet), setParams),
    p.entity ? h('p', {}, 'Only articles mentioning ', h('strong', {}, p.entity), ' · ', h('a', { href: '#/articles' }, 'clear')) : null,
    h('p', { class: 'count', role: 'status' }, `${list.total} article${list.total === 1 ? '' : 's'}`),
    exports('articles', () => list.articles as unknown as Record<string, unknown>[]),
    table(['Title', 'Outlet', 'Authors', 'Published', 'Lang'], list.articles.map(articleRow)));
};
