// Claims: figures (with the comparisons where sources disagree), quotations with their
// speakers, and the timeline of dated events — each row linked to the article it comes from.
import type { ComparisonsResponse, EventsResponse, QuantitiesResponse, QuotesResponse } from '../../../src/api/types.js';
import type { Params } from '../data.js';
import { articleHref, entityHref, exports, h, link, spanHref, table } from '../dom.js';
import type { View } from '../view.js';

function pick(label: string, name: string, values: string[], current: string | undefined, onChange: (v: string | undefined) => void): HTMLElement {
  const sel = h('select', { name }, h('option', { value: '' }, `any ${label.toLowerCase()}`), values.map((v) => h('option', { value: v, selected: current === v }, v)));
  sel.addEventListener('change', () => onChange(sel.value || undefined));
  return h('label', {}, h('span', {}, label), sel);
}

const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))].sort();
const name = (names: Record<string, string>, id: string | null) => (id ? names[id] ?? id : null);
const entityLink = (names: Record<string, string>, id: string | null, fallback: string | null = null) =>
  id ? link(entityHref(id), names[id] ?? id) : fallback ?? '—';

function unavailable(title: string, err: unknown): HTMLElement {
  return h('section', {}, h('h1', {}, title), h('p', {}, 'This layer is not in the store yet: ', (err as Error).message));
}

export const claimsView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  let q: QuantitiesResponse;
  let c: ComparisonsResponse;
  try {
    [q, c] = await Promise.all([data.get<QuantitiesResponse>('/quantities'), data.get<ComparisonsResponse>('/comparisons')]);
  } catch (err) {
    return unavailable('Claims', err);
  }
  const set = (k: string) => (v: string | undefined) => setParams({ ...p, [k]: v } as Params);
  const figures = q.quantities.filter((x) => (!p.category || x.category === p.category) && (!p.outlet || x.outlet === p.outlet));
  const comps = c.comparisons.filter((x) => (!p.category || x.category === p.category) && (p.disagree !== 'true' || x.disagree));
  const disagree = h('input', { type: 'checkbox', checked: p.disagree === 'true' });
  disagree.addEventListener('change', () => set('disagree')(disagree.checked ? 'true' : undefined));
  return h('section', {},
    h('h1', {}, 'Claims'),
    h('form', { class: 'filters' },
      pick('Category', 'category', uniq(q.quantities.map((x) => x.category)), p.category, set('category')),
      pick('Outlet', 'outlet', uniq(q.quantities.map((x) => x.outlet)), p.outlet, set('outlet')),
      h('label', { class: 'check' }, disagree, h('span', {}, 'only disagreements'))),
    h('h2', {}, 'Compared figures'),
    comps.length === 0 ? h('p', {}, 'No figures to compare.') : table(['What', 'Place', 'Figures, oldest first', 'Agree?'], comps.map((x) => [
      `${x.category}: ${x.counted}`,
      entityLink(c.names, x.place),
      h('ol', { class: 'figures' }, x.figures.map((f) => h('li', {}, link(spanHref(f.article, f.start, f.end), f.text), ` ${f.outlet ?? 'no outlet'}, ${f.published ?? 'undated'}${f.attributed_to ? ` — according to ${name(c.names, f.attributed_to)}` : ''}`))),
      x.disagree ? h('strong', { class: 'disagree' }, 'disagree') : 'agree',
    ])),
    h('h2', {}, `Figures (${figures.length})`),
    exports('quantities', () => figures as unknown as Record<string, unknown>[]),
    table(['Figure', 'Category', 'Counted', 'Place', 'Source', 'Outlet', 'Published'], figures.map((x) => [
      link(spanHref(x.article, x.start, x.end, x.field), x.text), x.category, x.counted, entityLink(q.names, x.place),
      entityLink(q.names, x.attributed_entity, x.attributed_text), x.outlet ?? '—', x.published ?? 'undated',
    ])));
};

export const quotesView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  let q: QuotesResponse;
  try {
    q = await data.get<QuotesResponse>('/quotes');
  } catch (err) {
    return unavailable('Quotes', err);
  }
  const speakers = uniq(q.quotes.map((x) => name(q.names, x.speaker) ?? x.speaker_text));
  const list = q.quotes.filter((x) => (!p.outlet || x.outlet === p.outlet) && (!p.speaker || (name(q.names, x.speaker) ?? x.speaker_text) === p.speaker));
  return h('section', {},
    h('h1', {}, 'Quotes'),
    h('form', { class: 'filters' },
      pick('Speaker', 'speaker', speakers, p.speaker, (v) => setParams({ ...p, speaker: v })),
      pick('Outlet', 'outlet', uniq(q.quotes.map((x) => x.outlet)), p.outlet, (v) => setParams({ ...p, outlet: v }))),
    exports('quotes', () => list as unknown as Record<string, unknown>[]),
    table(['Quotation', 'Speaker', 'Kind', 'Article'], list.map((x) => [
      link(spanHref(x.article, x.start, x.end, x.field), `“${x.text}”`), entityLink(q.names, x.speaker, x.speaker_text ?? 'unattributed'), x.kind,
      h('span', {}, link(articleHref(x.article), x.title), ` ${x.outlet ?? ''} ${x.published ?? ''}`),
    ])));
};

export const timelineView: View = async ({ data, route, setParams }) => {
  const p = route.params;
  let ev: EventsResponse;
  try {
    ev = await data.get<EventsResponse>('/events');
  } catch (err) {
    return unavailable('Timeline', err);
  }
  const list = ev.events.filter((x) => (!p.type || x.type === p.type) && (!p.outlet || x.outlet === p.outlet));
  const byDate = new Map<string, typeof list>();
  for (const e of list) byDate.set(e.date.value ?? 'undated', [...(byDate.get(e.date.value ?? 'undated') ?? []), e]);
  return h('section', {},
    h('h1', {}, 'Timeline'),
    h('form', { class: 'filters' },
      pick('Type', 'type', uniq(ev.events.map((x) => x.type)), p.type, (v) => setParams({ ...p, type: v })),
      pick('Outlet', 'outlet', uniq(ev.events.map((x) => x.outlet)), p.outlet, (v) => setParams({ ...p, outlet: v }))),
    exports('events', () => list as unknown as Record<string, unknown>[]),
    list.length === 0 ? h('p', {}, 'No events.') : h('ol', { class: 'timeline' }, [...byDate].map(([date, items]) => h('li', {},
      h('h2', {}, h('time', {}, date)),
      h('ul', {}, items.map((e) => h('li', {},
        h('span', { class: 'tag' }, e.type.replace(/_/g, ' ')), ' ', link(spanHref(e.article, e.start, e.end, e.field), e.summary || e.text), ' ',
        e.actors.length ? h('span', { class: 'actors' }, ' — ', e.actors.map((a, i) => [i ? ', ' : '', entityLink(ev.names, a)])) : null,
        e.place ? h('span', {}, ' in ', entityLink(ev.names, e.place)) : null,
        h('span', { class: 'meta' }, ' · ', link(articleHref(e.article), e.title), ` (${e.outlet ?? 'no outlet'}, ${e.published ?? 'undated'})`))))))));
};
