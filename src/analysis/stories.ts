// Stories: articles about the same event, clustered. Two articles belong to one story when
// they report an event of the same type at the same place on overlapping dates (statements
// and "other" are too generic to tie articles together), or when their figures were grouped
// as claims about the same thing. Clusters are the connected components of those links.
import { hashId } from '../core/ids.js';
import type { ComparisonRecord, EventRecord, StoryRecord, WithSource } from '../store/repository.js';

export type Story = StoryRecord;

const GENERIC = new Set(['statement', 'other']);
const DAY = 86_400_000;
/** Dates this close count as the same occasion: reports of one event disagree by a day or two. */
const SLACK_DAYS = 2;

export function clusterStories(events: WithSource<EventRecord>[], comparisons: ComparisonRecord[]): Story[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const add = (x: string) => { if (!parent.has(x)) parent.set(x, x); };
  const union = (a: string, b: string) => { add(a); add(b); const ra = find(a); const rb = find(b); if (ra !== rb) parent.set(ra, rb); };

  const specific = events.filter((e) => !GENERIC.has(e.type) && e.place && e.date_from && e.date_to && e.date.precision !== 'year' && e.date.precision !== 'decade');
  const byKey = new Map<string, WithSource<EventRecord>[]>();
  for (const e of specific) {
    const key = `${e.type}\u0000${e.place}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const tying = new Map<string, Set<string>>();
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.article === b.article) continue;
        const gap = Math.max(Date.parse(a.date_from!), Date.parse(b.date_from!)) - Math.min(Date.parse(a.date_to!), Date.parse(b.date_to!));
        if (gap > SLACK_DAYS * DAY) continue;
        union(a.article, b.article);
        for (const e of [a, b]) tying.set(e.article, (tying.get(e.article) ?? new Set()).add(e.id));
      }
    }
  }
  for (const c of comparisons) for (let i = 1; i < c.figures.length; i++) union(c.figures[0].article, c.figures[i].article);

  const published = new Map<string, string | null>();
  for (const e of events) published.set(e.article, e.published);
  for (const c of comparisons) for (const f of c.figures) published.set(f.article, f.published);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const groups = new Map<string, string[]>();
  for (const a of parent.keys()) {
    const root = find(a);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  }
  const stories: Story[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const articles = members.sort((x, y) => (published.get(x) ?? '9999').localeCompare(published.get(y) ?? '9999') || x.localeCompare(y));
    const eventIds = [...new Set(articles.flatMap((a) => [...(tying.get(a) ?? [])]))];
    const tied = eventIds.map((id) => eventById.get(id)!).filter(Boolean);
    const common = <T>(xs: T[]) => {
      const counts = new Map<T, number>();
      for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
      return [...counts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? null;
    };
    const froms = tied.map((e) => e.date_from!).sort();
    const tos = tied.map((e) => e.date_to!).sort();
    stories.push({
      id: `s${hashId(...articles)}`, articles, events: eventIds,
      type: common(tied.map((e) => e.type)), place: common(tied.map((e) => e.place)),
      from: froms[0] ?? null, to: tos[tos.length - 1] ?? null,
    });
  }
  return stories.sort((x, y) => y.articles.length - x.articles.length || x.id.localeCompare(y.id));
}
