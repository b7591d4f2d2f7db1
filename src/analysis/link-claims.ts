// Turns one article's claim and framing layers into stored records: article-local entity
// indices become corpus entity ids, and each item gets an id that hashes where it sits, so
// re-analysing the same article gives the same ids.
import { hashId } from '../core/ids.js';
import { dayRange } from '../core/time-values.js';
import type { EventItem, QuantityItem, QuoteItem, TechniqueItem, TimexItem } from '../nlp/claims/types.js';
import type { Layers } from '../nlp/component.js';
import type { RelationItem } from '../nlp/relations/types.js';
import type { ArticleAnalysis, EventRecord, QuantityRecord, QuoteRecord, RelationRecord, TechniqueRecord, TimexRecord } from '../store/repository.js';

type ClaimRecords = Pick<ArticleAnalysis, 'timex' | 'quantities' | 'quotes' | 'events' | 'techniques' | 'relations'>;

const itemId = (prefix: string, article: string, field: string, start: number, end: number, extra = '') =>
  `${prefix}${hashId(article, field, String(start), String(end), extra)}`;

export function linkClaims(source: { id: string; title: string; text: string }, layers: Layers, entityIds: readonly string[]): ClaimRecords {
  const article = source.id;
  const ref = (i: number | null | undefined): string | null => (i == null ? null : entityIds[i] ?? null);
  const timex: TimexRecord[] = ((layers.timex as TimexItem[] | undefined) ?? []).map((t) => {
    const span = dayRange(t.value);
    return {
      article, field: t.field, start: t.start, end: t.end, text: t.text, value: t.value, precision: t.precision,
      date_from: t.from ?? span?.from ?? null, date_to: t.to ?? span?.to ?? null, rule: t.rule,
    };
  });
  const quantityItems = (layers.quantities as QuantityItem[] | undefined) ?? [];
  const quantityIds = quantityItems.map((q) => itemId('q', article, q.field, q.start, q.end));
  const quantities: QuantityRecord[] = quantityItems.map((q, i) => ({
    id: quantityIds[i], article, field: q.field, start: q.start, end: q.end, text: q.text,
    value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit, category: q.category, counted: q.counted,
    place: ref(q.place), as_of: q.asOf, attributed_entity: ref(q.attributedTo), attributed_text: q.attributedText, rule: q.rule,
  }));
  const quotes: QuoteRecord[] = ((layers.quotes as QuoteItem[] | undefined) ?? []).map((q) => ({
    id: itemId('u', article, q.field, q.start, q.end), article, field: q.field, start: q.start, end: q.end, text: q.text,
    kind: q.kind, speaker: ref(q.speaker), speaker_text: q.speakerText, rule: q.rule,
  }));
  const events: EventRecord[] = ((layers.events as EventItem[] | undefined) ?? []).map((e) => {
    const span = dayRange(e.date.value);
    return {
      id: itemId('v', article, e.field, e.start, e.end, `${e.trigger.start}:${e.type}`), article, field: e.field, start: e.start, end: e.end,
      text: (e.field === 'title' ? source.title : source.text).slice(e.start, e.end), type: e.type, date: e.date, date_from: span?.from ?? null, date_to: span?.to ?? null, trigger: e.trigger,
      actors: [...new Set(e.actors.map(ref).filter((x): x is string => x !== null))], place: ref(e.place),
      quantities: e.quantities.map((i) => quantityIds[i]).filter(Boolean), summary: e.summary, rule: e.rule,
    };
  });
  const techniques: TechniqueRecord[] = ((layers.techniques as TechniqueItem[] | undefined) ?? []).map((t) => ({
    article, field: t.field, start: t.start, end: t.end, text: t.text, technique: t.technique, scare_quote: t.scareQuote, rule: t.rule,
  }));
  const relations: RelationRecord[] = [];
  for (const r of (layers.relations as RelationItem[] | undefined) ?? []) {
    const source = ref(r.source);
    const target = ref(r.target);
    if (source && target && source !== target) {
      relations.push({ article, field: r.field, start: r.start, end: r.end, text: r.text, source, target, type: r.type, cue: r.cue, quoted: r.quoted, rule: r.rule });
    }
  }
  return { timex, quantities, quotes, events, techniques, relations };
}
