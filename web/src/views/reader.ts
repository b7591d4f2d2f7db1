// Reader: one article, its text rendered as text nodes with switchable highlight layers —
// entities by type (each a link to its entity page), numbers, quotations with their speaker,
// time expressions, events and persuasion techniques — plus byline, origin and reposts.
import type { ArticleResponse, EntitySummary } from '../../../src/api/types.js';
import { reattribute } from '../corrections.js';
import { articleHref, clear, entityHref, exports, h, link, safeHref } from '../dom.js';
import { hashFor, type View } from '../view.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK'];
const CLAIM_LAYERS: { key: 'quantities' | 'quotes' | 'timex' | 'events' | 'techniques' | 'relations'; label: string }[] = [
  { key: 'quantities', label: 'Numbers' },
  { key: 'quotes', label: 'Quotes' },
  { key: 'timex', label: 'Time' },
  { key: 'events', label: 'Events' },
  { key: 'techniques', label: 'Techniques' },
  { key: 'relations', label: 'Relations' },
];

const SWATCH: Record<string, string> = { quantities: 'num', quotes: 'quote', timex: 'time', events: 'event', techniques: 'tech', relations: 'rel' };

interface Highlight {
  field: 'text' | 'title';
  start: number;
  end: number;
  layer: string;
  cls: string;
  label: string;
  href?: string;
}

function highlights(page: ArticleResponse): Highlight[] {
  const names = new Map<string, EntitySummary>(page.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null) => (id ? names.get(id)?.name ?? page.names[id] ?? id : null);
  const out: Highlight[] = [];
  for (const m of page.layers.mentions) {
    const e = names.get(m.entity);
    const type = e?.type ?? 'OTHER';
    out.push({ field: m.field, start: m.start, end: m.end, layer: type, cls: `ent ent-${type}`, label: `${type}: ${e?.name ?? m.entity}`, href: entityHref(m.entity) });
  }
  for (const q of page.layers.quantities) {
    const source = q.attributed_text ?? nameOf(q.attributed_entity);
    out.push({ field: q.field, start: q.start, end: q.end, layer: 'quantities', cls: 'num', label: `${q.category}: ${q.qualifier} ${q.value} ${q.unit}${q.counted ? ` (${q.counted})` : ''}${source ? ` — source: ${source}` : ''}` });
  }
  for (const q of page.layers.quotes) {
    const who = nameOf(q.speaker) ?? q.speaker_text;
    out.push({ field: q.field, start: q.start, end: q.end, layer: 'quotes', cls: 'quote', label: `${q.kind} quote${who ? ` — ${who}` : ' — speaker unknown'}`, href: q.speaker ? entityHref(q.speaker) : undefined });
  }
  for (const t of page.layers.timex) out.push({ field: t.field, start: t.start, end: t.end, layer: 'timex', cls: 'time', label: `time: ${t.value ?? 'vague'} (${t.precision})` });
  for (const ev of page.layers.events) out.push({ field: ev.field, start: ev.start, end: ev.end, layer: 'events', cls: 'event', label: `event: ${ev.type}${ev.date.value ? `, ${ev.date.value}` : ''} — ${ev.summary}` });
  for (const t of page.layers.techniques) out.push({ field: t.field, start: t.start, end: t.end, layer: 'techniques', cls: 'tech', label: `technique: ${t.technique}${t.scare_quote ? ' (scare quotes)' : ''}` });
  for (const r of page.layers.relations ?? []) {
    out.push({ field: r.field, start: r.cue.start, end: r.cue.end, layer: 'relations', cls: 'rel', label: `relation: ${nameOf(r.source)} — ${r.type.replace(/_/g, ' ')} — ${nameOf(r.target)}${r.quoted ? ' (inside a quotation)' : ''}` });
  }
  return out;
}

/** The slice [from, to) of a field, cut at every highlight edge; each piece carries the highlights covering it. */
function renderSlice(source: string, from: number, to: number, spans: Highlight[], into: HTMLElement): void {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < edges.length - 1; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    const text = source.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      into.appendChild(document.createTextNode(text));
      continue;
    }
    const target = covering.find((s) => s.href && s.cls.startsWith('ent'))?.href ?? covering.find((s) => s.href)?.href;
    const el = target ? h('a', { href: target }) : h('span', {});
    el.className = `hl ${covering.map((s) => s.cls).join(' ')}`;
    el.setAttribute('title', covering.map((s) => s.label).join('\n'));
    el.textContent = text;
    into.appendChild(el);
  }
}

export const readerView: View = async ({ data, route }) => {
  const id = route.path[1] ?? '';
  const page = await data.get<ArticleResponse>(`/articles/${encodeURIComponent(id)}`);
  const a = page.article;
  const all = highlights(page);
  const at = /^(title:)?(\d+)-(\d+)$/.exec(route.params.at ?? '');
  const focus: Highlight | null = at ? { field: at[1] ? 'title' : 'text', start: Number(at[2]), end: Number(at[3]), layer: 'focus', cls: 'focus', label: 'the linked passage' } : null;
  const present = new Set(all.map((x) => x.layer));
  const layerKeys = [...ENTITY_TYPES.filter((t) => present.has(t)), ...CLAIM_LAYERS.map((l) => l.key).filter((k) => present.has(k))];
  const chosen = new Set(route.params.layers !== undefined ? route.params.layers.split(',').filter(Boolean) : layerKeys);

  const title = h('h1', { class: 'article-title' });
  const body = h('div', { class: 'article-text', lang: a.language });
  const draw = () => {
    const spans = [...all.filter((x) => chosen.has(x.layer)), ...(focus ? [focus] : [])];
    clear(title);
    renderSlice(a.title, 0, a.title.length, spans.filter((x) => x.field === 'title'), title);
    clear(body);
    const textSpans = spans.filter((x) => x.field === 'text');
    const paragraphs = a.paragraphs.length ? a.paragraphs : [[0, a.text.length] as [number, number]];
    for (const [ps, pe] of paragraphs) {
      const p = h('p', {});
      renderSlice(a.text, ps, pe, textSpans, p);
      body.appendChild(p);
    }
  };
  draw();

  const labels: Record<string, string> = Object.fromEntries(CLAIM_LAYERS.map((l) => [l.key, l.label]));
  const toggles = h('fieldset', { class: 'layers' }, h('legend', {}, 'Highlight'),
    layerKeys.map((k) => {
      const box = h('input', { type: 'checkbox', value: k, checked: chosen.has(k) });
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(k); else chosen.delete(k);
        draw();
        // The layer choice is part of the address, without re-rendering the view.
        history.replaceState(null, '', hashFor(route.path, { ...route.params, layers: [...chosen].join(',') }));
      });
      const count = all.filter((x) => x.layer === k).length;
      return h('label', { class: `check key-${k}` }, box, h('span', { class: `swatch ${SWATCH[k] ?? `ent-${k}`}`, 'aria-hidden': 'true' }), h('span', {}, `${labels[k] ?? k} (${count})`));
    }),
    layerKeys.length === 0 ? h('span', {}, 'No layers stored for this article yet.') : null);

  const byline = h('p', { class: 'byline' },
    a.authors.length ? `By ${a.authors.join(', ')}` : null,
    a.authors.length ? ' · ' : null,
    a.outlet ? link(hashFor(['articles'], { outlet: a.outlet }), a.outlet) : 'no outlet named',
    ' · ', a.published ?? 'undated', ' · ', `${a.words} words · language ${a.language}`);

  const provenance = h('dl', { class: 'provenance' },
    h('dt', {}, 'Id'), h('dd', {}, h('code', {}, a.id)),
    a.origin ? [h('dt', {}, 'From'), h('dd', {}, `${a.origin.file}, lines ${a.origin.line_start}–${a.origin.line_end}`)] : null,
    a.url ? [h('dt', {}, 'URL'), h('dd', {}, safeHref(a.url) === '#' ? a.url : h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url))] : null,
    page.original ? [h('dt', {}, 'Repost of'), h('dd', {}, link(articleHref(page.original.id), page.original.title), ` (${page.original.outlet ?? 'no outlet'})`)] : null,
    page.story && page.story.articles.length ? [h('dt', {}, 'Same story'), h('dd', {}, page.story.articles.map((r, i) => [i ? '; ' : '', link(articleHref(r.id), r.title), ` (${r.outlet ?? 'no outlet'}, ${r.published ?? 'undated'})`]))] : null,
    page.reposts.length ? [h('dt', {}, 'Reposted as'), h('dd', {}, page.reposts.map((r, i) => [i ? '; ' : '', link(articleHref(r.id), r.title), ` (${r.outlet ?? 'no outlet'}, ${r.published ?? 'undated'})`]))] : null);

  const byType = new Map<string, EntitySummary[]>();
  for (const e of page.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const side = h('aside', { class: 'article-side', 'aria-label': 'In this article' },
    h('h2', {}, 'Entities'),
    [...byType].map(([type, list]) => h('div', {}, h('h3', {}, type), h('ul', {}, list.map((e) => h('li', {}, link(entityHref(e.id), e.name, { class: `ent-${type}` })))))),
    page.layers.quotes.length ? [h('h2', {}, 'Quotes'), h('ul', { class: 'quotes' }, page.layers.quotes.map((q) => h('li', { 'data-quote': q.id },
      h('a', { href: hashFor(route.path, { ...route.params, at: `${q.field === 'title' ? 'title:' : ''}${q.start}-${q.end}` }) }, `“${q.text}”`), ' — ',
      q.speaker ? link(entityHref(q.speaker), page.entities.find((e) => e.id === q.speaker)?.name ?? page.names[q.speaker] ?? q.speaker_text ?? q.speaker) : q.speaker_text ?? 'unattributed',
      ' ', reattribute(data, q))))] : null,
    page.layers.quantities.length ? [h('h2', {}, 'Figures'), h('ul', {}, page.layers.quantities.map((q) => h('li', {}, h('strong', {}, q.text), ` ${q.category}${q.counted ? `: ${q.counted}` : ''}`)))] : null,
    exports(`article-${a.id.slice(0, 10)}-layers`, () => Object.entries(page.layers).flatMap(([layer, items]) => (items as object[]).map((i) => ({ layer, ...i })))));

  if (focus) setTimeout(() => document.querySelector('.article-text .focus, .article-title .focus')?.scrollIntoView({ block: 'center' }), 0);
  return h('article', { class: 'reader' },
    title,
    a.subtitle ? h('p', { class: 'subtitle' }, a.subtitle) : null,
    byline, provenance, toggles,
    h('div', { class: 'reader-grid' }, body, side));
};
