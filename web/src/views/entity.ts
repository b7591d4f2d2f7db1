// Entities: the list by type, and one entity's page — aliases, type, place, counts, the
// articles that mention it, each mention in its context, and who is mentioned with it; with a
// server behind it, the controls to correct it and the corrections that touch it.
import type { EntityListResponse, EntityResponse } from '../../../src/api/types.js';
import { correctionsFor, entityCorrections } from '../corrections.js';
import { articleHref, bars, entityHref, exports, h, link, spanHref, table } from '../dom.js';
import { hashFor, type View } from '../view.js';
import { articleRow } from './articles.js';

const TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK'];

export const entitiesView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  const list = await data.get<EntityListResponse>('/entities', { type: p.type, name: p.name, limit: '500' });
  const type = h('select', { name: 'type', 'aria-label': 'Entity type' }, h('option', { value: '' }, 'all types'),
    TYPES.map((t) => h('option', { value: t, selected: p.type === t }, t)));
  const name = h('input', { name: 'name', type: 'search', value: p.name ?? '', placeholder: 'name or alias contains', 'aria-label': 'Name contains' });
  const form = h('form', { class: 'filters', role: 'search' }, h('label', {}, h('span', {}, 'Type'), type), h('label', {}, h('span', {}, 'Name'), name), h('button', { type: 'submit' }, 'Apply'));
  const submit = () => setParams({ type: type.value || undefined, name: name.value.trim() || undefined });
  form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  type.addEventListener('change', submit);
  return h('section', {},
    h('h1', {}, p.type ? `Entities: ${p.type}` : 'Entities'),
    form,
    h('p', { class: 'count', role: 'status' }, `${list.entities.length} entit${list.entities.length === 1 ? 'y' : 'ies'}`),
    exports('entities', () => list.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases.join('; '), mentions: e.mentions, articles: e.articles, lat: e.geo?.lat ?? '', lon: e.geo?.lon ?? '', country: e.geo?.country ?? '' }))),
    table(['Name', 'Type', 'Aliases', 'Mentions', 'Articles'], list.entities.map((e) => [
      link(entityHref(e.id), e.name), e.type, e.aliases.join(', '), String(e.mentions), String(e.articles),
    ])));
};

export const entityView: View = async ({ data, route }) => {
  const page = await data.get<EntityResponse>(`/entities/${encodeURIComponent(route.path[1] ?? '')}`);
  const e = page.entity;
  const corrections = await correctionsFor(data, e.id);
  const byArticle = new Map<string, EntityResponse['mentions']>();
  for (const m of page.mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  return h('section', { class: 'entity' },
    h('h1', {}, e.name),
    h('dl', { class: 'stats' },
      h('dt', {}, 'Type'), h('dd', {}, e.type, e.kind ? ` (${e.kind})` : ''),
      h('dt', {}, 'Id'), h('dd', {}, h('code', {}, e.id)),
      e.wikidata ? [h('dt', {}, 'Wikidata'), h('dd', {}, e.wikidata)] : null,
      h('dt', {}, 'Aliases'), h('dd', {}, e.aliases.join(', ') || '—'),
      e.geo ? [h('dt', {}, 'Place'), h('dd', {}, `${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)}${e.geo.country ? ` (${e.geo.country})` : ''}${e.geo.near ? `, approximate: placed at ${e.geo.near}, named beside it` : ''} · `, link(hashFor(['map'], { focus: e.id }), 'on the map'))] : null,
      h('dt', {}, 'Mentions'), h('dd', {}, `${e.mentions} in ${e.articles} article${e.articles === 1 ? '' : 's'}`)),
    page.other_matches.length ? h('p', {}, 'Also matching: ', page.other_matches.map((o, i) => [i ? ', ' : '', link(entityHref(o.id), `${o.name} (${o.type})`)])) : null,
    h('div', { class: 'grid' },
      h('div', {},
        h('h2', {}, 'Articles'),
        h('p', {}, link(hashFor(['articles'], { entity: e.id }), 'Filter the article list by this entity'), ' · ', link(hashFor(['search'], { entity: e.id, q: e.name }), 'search')),
        table(['Title', 'Outlet', 'Authors', 'Published', 'Lang'], page.articles.map(articleRow))),
      page.co_mentioned.length
        ? bars(page.co_mentioned.map((c) => ({ label: link(entityHref(c.entity.id), c.entity.name), count: c.articles })), 'Mentioned in the same articles')
        : h('p', {}, 'Mentioned with no other entity.')),
    page.quotes.length ? [h('h2', {}, `Quoted (${page.quotes.length})`), table(['Quotation', 'Kind', 'Article'], page.quotes.map((q) => [
      link(spanHref(q.article, q.start, q.end, q.field), `“${q.text}”`), q.kind, h('span', {}, link(articleHref(q.article), q.title), ` ${q.outlet ?? 'no outlet'}, ${q.published ?? 'undated'}`),
    ]))] : null,
    page.events.length ? [h('h2', {}, `Events (${page.events.length})`), table(['Date', 'Type', 'What', 'Article'], page.events.map((ev) => [
      ev.date.value ?? 'undated', ev.type.replace(/_/g, ' '), link(spanHref(ev.article, ev.start, ev.end, ev.field), ev.summary || ev.text),
      h('span', {}, link(articleHref(ev.article), ev.title), ` ${ev.outlet ?? 'no outlet'}`),
    ]))] : null,
    page.relations.length ? [h('h2', {}, `Relations (${page.relations.length})`), table(['From', 'Relation', 'To', 'Evidence'], page.relations.map((r) => [
      link(entityHref(r.source), page.names[r.source] ?? (r.source === e.id ? e.name : r.source)),
      `${r.type.replace(/_/g, ' ')}${r.quoted ? ' (quoted)' : ''}`,
      link(entityHref(r.target), page.names[r.target] ?? (r.target === e.id ? e.name : r.target)),
      h('span', {}, link(spanHref(r.article, r.start, r.end, r.field), `“${r.text}”`), ` ${r.outlet ?? ''}`),
    ]))] : null,
    page.portrayal.length ? [h('h2', {}, 'How outlets portray it'), table(['Outlet', 'Articles', 'Mentions', 'Techniques next to it', 'Terms'], page.portrayal.map((p) => [
      p.outlet ?? 'no outlet named', String(p.articles), String(p.mentions),
      Object.entries(p.techniques).map(([t, n]) => `${t} ${n}`).join(', ') || '—',
      p.terms.map((t) => `${t.term} (${t.count})`).join('; ') || '—',
    ]))] : null,
    entityCorrections(data, e, corrections),
    h('h2', {}, 'Mentions in context'),
    h('ol', { class: 'mentions' }, [...byArticle].map(([article, ms]) => h('li', {},
      h('p', {}, link(articleHref(article), ms[0].title), ` · ${ms[0].outlet ?? 'no outlet'} · ${ms[0].published ?? 'undated'}`),
      h('ul', {}, ms.map((m) => h('li', { class: 'kwic' },
        m.field === 'title' ? h('span', { class: 'tag' }, 'title ') : null,
        `…${m.before}`, link(spanHref(m.article, m.start, m.end, m.field), m.text, { class: 'kwic-hit' }), `${m.after}…`)))))));
};
