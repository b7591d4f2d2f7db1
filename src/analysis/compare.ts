// The Compare stage: figures about the same thing across articles — same category, same
// place, same kind of thing counted, within one story's time window — grouped, put in
// publication order, and flagged when their values cannot all be true at once once
// qualifiers and ranges are taken into account ("more than 200" and "about 290" agree;
// 20 and 68 do not). It reports; it never picks a winner.
import { readFileSync } from 'node:fs';
import { hashId } from '../core/ids.js';
import { dayRange } from '../core/time-values.js';
import type { ComparisonFigure, ComparisonRecord, QuantityRecord, WithSource } from '../store/repository.js';

interface CompareConfig {
  categories: string[];
  peopleCategories: string[];
  windowDays: number;
  samePlaceKm: number;
  approximateTolerance: number;
  nearlyTolerance: number;
  classes: { name: string; words: string[] }[];
}

const config = JSON.parse(readFileSync(new URL('../../../src/analysis/data/compare.json', import.meta.url), 'utf8')) as CompareConfig;
const compared = new Set(config.categories);
const countsPeople = new Set(config.peopleCategories);
const DAY = 86_400_000;

/** What kind of thing a figure counts, coarsely: figures of different kinds are never compared. */
export function countedClass(counted: string): string {
  const words = ` ${counted.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  for (const c of config.classes) if (c.words.some((w) => words.includes(` ${w} `))) return c.name;
  return 'people';
}

/** The values a figure allows: "at least 12" is [12, ∞), "about 290" is 290 give or take the tolerance. */
export function interval(q: Pick<QuantityRecord, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] {
  const v = q.value;
  if (q.low != null && q.high != null) return [q.low, q.high];
  switch (q.qualifier) {
    case 'at_least': return [q.low ?? v, Infinity];
    case 'more_than': return [(q.low ?? v) + Number.EPSILON, Infinity];
    case 'up_to': return [0, q.high ?? v];
    case 'less_than': return [0, (q.high ?? v) - Number.EPSILON];
    case 'nearly': return [v * (1 - config.nearlyTolerance), v];
    case 'approximately': return [v * (1 - config.approximateTolerance), v * (1 + config.approximateTolerance)];
    default: return [v, v];
  }
}

/** Values can all be true at once when their intervals share a point (Helly, in one dimension). */
export function compatible(figures: Pick<QuantityRecord, 'value' | 'low' | 'high' | 'qualifier'>[]): boolean {
  let lo = -Infinity;
  let hi = Infinity;
  for (const f of figures) {
    const [a, b] = interval(f);
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  }
  return lo <= hi;
}

/** The day a figure speaks about: its as-of date when the text gives one, else its publication. */
function referenceDay(q: WithSource<QuantityRecord>): number | null {
  const day = dayRange(q.as_of)?.to ?? q.published;
  return day ? Date.parse(day) : null;
}

export interface PlacePoint {
  lat: number;
  lon: number;
}

/**
 * Groups comparable figures. `placeGeo` gives coordinates of place entities: reports name the
 * same scene at different scales (a town, its province), so places closer than
 * `samePlaceKm` (data/compare.json) count as one scene; a figure with no place joins the scene when its story
 * has only one.
 */
export function compareQuantities(quantities: WithSource<QuantityRecord>[], placeGeo: Map<string, PlacePoint> = new Map()): ComparisonRecord[] {
  const byKey = new Map<string, WithSource<QuantityRecord>[]>();
  for (const q of quantities) {
    if (!compared.has(q.category)) continue;
    // Head counts compare whatever unit word the text used ("27 dead", "27 people").
    const unit = countsPeople.has(q.category) ? 'people' : currencyKey(q.unit);
    const key = `${q.category}\u0000${unit}\u0000${countedClass(q.counted)}`;
    const list = byKey.get(key);
    if (list) list.push(q);
    else byKey.set(key, [q]);
  }
  const out: ComparisonRecord[] = [];
  for (const list of byKey.values()) {
    for (const story of splitIntoWindows(list)) {
      for (const scene of splitIntoScenes(story, placeGeo)) {
        // One figure per article: a second figure of the same kind in one article is its own
        // detail (a subtotal, an earlier count), not another source's claim.
        const seen = new Set<string>();
        const figures = scene.filter((q) => !seen.has(q.article) && seen.add(q.article));
        if (figures.length < 2) continue;
        out.push(toComparison(figures));
      }
    }
  }
  return out;
}

/** "Libyan dinars" and "dinars" are one currency to compare; codes (USD) stay as they are. */
function currencyKey(unit: string): string {
  return /^[A-Z]{3}$/.test(unit) ? unit : unit.toLowerCase().split(/\s+/).pop() ?? unit;
}

function km(a: PlacePoint, b: PlacePoint): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Figures of one story split by place: same place, or places within samePlaceKm, are one scene. */
function splitIntoScenes(story: WithSource<QuantityRecord>[], placeGeo: Map<string, PlacePoint>): WithSource<QuantityRecord>[][] {
  const places = [...new Set(story.map((q) => q.place).filter((p): p is string => p !== null))];
  const parent = new Map(places.map((p) => [p, p]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const a = placeGeo.get(places[i]);
      const b = placeGeo.get(places[j]);
      if (a && b && km(a, b) <= config.samePlaceKm) parent.set(find(places[i]), find(places[j]));
    }
  }
  const scenes = new Map<string, WithSource<QuantityRecord>[]>();
  const unplaced: WithSource<QuantityRecord>[] = [];
  for (const q of story) {
    if (q.place === null) { unplaced.push(q); continue; }
    const root = find(q.place);
    scenes.set(root, [...(scenes.get(root) ?? []), q]);
  }
  const out = [...scenes.values()];
  if (out.length === 1) out[0].push(...unplaced);
  else if (unplaced.length) out.push(unplaced);
  // Keep publication order inside each scene.
  return out.map((scene) => scene.sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999')));
}

/** Chains figures in time: a gap longer than the window starts another story. Undated figures form their own. */
function splitIntoWindows(list: WithSource<QuantityRecord>[]): WithSource<QuantityRecord>[][] {
  const dated = list.map((q) => ({ q, day: referenceDay(q) }));
  const undated = dated.filter((x) => x.day === null).map((x) => x.q);
  const sorted = dated.filter((x) => x.day !== null).sort((a, b) => a.day! - b.day!);
  const stories: WithSource<QuantityRecord>[][] = [];
  let current: WithSource<QuantityRecord>[] = [];
  let last = -Infinity;
  for (const { q, day } of sorted) {
    if (current.length && day! - last > config.windowDays * DAY) {
      stories.push(current);
      current = [];
    }
    current.push(q);
    last = day!;
  }
  if (current.length) stories.push(current);
  if (undated.length) stories.push(undated);
  return stories;
}

function mostCommon(xs: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function toComparison(figures: WithSource<QuantityRecord>[]): ComparisonRecord {
  const ordered = [...figures].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const counts = new Map<string, number>();
  for (const f of ordered) counts.set(f.counted, (counts.get(f.counted) ?? 0) + 1);
  const counted = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const first = ordered[0];
  return {
    id: `c${hashId(...ordered.map((f) => f.id).sort())}`,
    category: first.category,
    counted,
    place: mostCommon(ordered.map((f) => f.place)),
    event: null,
    quantities: ordered.map((f) => f.id),
    values: ordered.map((f) => f.value),
    disagree: !compatible(ordered),
    figures: ordered.map((f): ComparisonFigure => ({
      quantity: f.id, article: f.article, start: f.start, end: f.end, unit: f.unit, outlet: f.outlet, published: f.published, text: f.text,
      value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, attributed_to: f.attributed_entity ?? f.attributed_text,
    })),
  };
}
