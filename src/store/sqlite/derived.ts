// Counts the API would otherwise recompute from every mention or profile on each request:
// mentions and articles per entity, co-mention pairs, and how each outlet names and frames
// each entity. They are rebuilt once, when an analysis run or a correction ends (the replay
// of corrections calls refresh()), and only when their sources changed: triggers (migration
// 5) record that in derived_stale. While a set is stale — in the middle of an analysis run,
// or after a direct write — readers count from the sources instead, so the answer is the
// same either way, only slower.
import type Database from 'better-sqlite3';
import type { EntityPortrayal } from '../repository.js';

/** 'mentions': entity_counts and entity_pairs; 'profiles': outlet_entities and outlet_entity_framing. */
export type DerivedSet = 'mentions' | 'profiles';

/**
 * Per outlet and entity (followed through merges, as listArticleProfiles reads profiles):
 * profiled articles naming it and its mentions. `only` restricts it to one entity.
 */
const outletEntitiesSql = (only: boolean) => `
  WITH named AS (
    SELECT p.outlet, p.article_seq, coalesce(r.into_id, j.key) AS entity_id, sum(j.value) AS mentions
    FROM article_profiles p, json_each(p.data, '$.mentions') j
    LEFT JOIN entity_redirects r ON r.from_id = j.key
    ${only ? 'WHERE coalesce(r.into_id, j.key) = @entity' : ''}
    GROUP BY p.article_seq, coalesce(r.into_id, j.key)
  ), outlets AS (
    SELECT outlet, count(*) AS articles FROM article_profiles GROUP BY outlet
  )
  SELECT n.entity_id, n.outlet, o.articles AS outlet_articles, count(*) AS articles, sum(n.mentions) AS mentions
  FROM named n JOIN outlets o ON o.outlet IS n.outlet
  GROUP BY n.entity_id, n.outlet`;

/** Per outlet and entity: technique spans attached to it (analysis/profiles.ts portray), by technique and term. */
const framingSql = (only: boolean) => `
  SELECT coalesce(r.into_id, json_extract(j.value, '$.entity')) AS entity_id, p.outlet,
    json_extract(j.value, '$.technique') AS technique, json_extract(j.value, '$.term') AS term, count(*) AS spans
  FROM article_profiles p, json_each(p.data, '$.portrayal') j
  LEFT JOIN entity_redirects r ON r.from_id = json_extract(j.value, '$.entity')
  ${only ? "WHERE coalesce(r.into_id, json_extract(j.value, '$.entity')) = @entity" : ''}
  GROUP BY 1, 2, 3, 4`;

interface OutletRow { outlet: string | null; outlet_articles: number; articles: number; mentions: number }
interface FramingRow { outlet: string | null; technique: string; term: string; spans: number }

export class DerivedTables {
  /** Null when the store predates the tables (a read-only connection does not migrate): everything is counted afresh. */
  private readonly stored;
  private readonly rejected;
  private readonly liveOutlets;
  private readonly liveFraming;

  constructor(private readonly db: Database.Database) {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'derived_stale'").pluck().get() !== undefined;
    this.stored = exists ? {
      isStale: db.prepare('SELECT 1 FROM derived_stale WHERE what = ?').pluck(),
      outlets: db.prepare('SELECT outlet, outlet_articles, articles, mentions FROM outlet_entities WHERE entity_id = @entity'),
      framing: db.prepare('SELECT outlet, technique, term, spans FROM outlet_entity_framing WHERE entity_id = @entity'),
    } : null;
    this.rejected = db.prepare('SELECT 1 FROM entity_rejections WHERE entity_id = ?').pluck();
    this.liveOutlets = db.prepare(outletEntitiesSql(true));
    this.liveFraming = db.prepare(framingSql(true));
  }

  /** True when the set reflects its sources as they are now. */
  fresh(set: DerivedSet): boolean {
    return this.stored !== null && this.stored.isStale.get(set) === undefined;
  }

  /** Rebuilds the stale sets, in one transaction (nested in the caller's when there is one). */
  refresh(): void {
    if (!this.stored) return;
    this.db.transaction(() => {
      if (!this.fresh('mentions')) this.rebuildMentions();
      if (!this.fresh('profiles')) this.rebuildProfiles();
      this.db.prepare('DELETE FROM derived_stale').run();
    })();
  }

  private rebuildMentions(): void {
    const db = this.db;
    db.prepare('DELETE FROM entity_counts').run();
    db.prepare(`INSERT INTO entity_counts (entity_id, mentions, articles)
      SELECT entity_id, count(*), count(DISTINCT article_seq) FROM mentions GROUP BY entity_id`).run();
    // Pairs are counted here rather than by a self-join in SQL: one pass over the covering
    // index, then each article's entities paired in memory (about 3x faster on 10,000 articles).
    const ids: string[] = [];
    const byArticle = new Map<number, number[]>();
    let last = '';
    let lastSeq = -1;
    const rows = db.prepare('SELECT entity_id, article_seq FROM mentions ORDER BY entity_id, article_seq').raw().iterate() as Iterable<[string, number]>;
    for (const [entity, seq] of rows) {
      if (entity !== last || ids.length === 0) { ids.push(entity); last = entity; lastSeq = -1; }
      if (seq === lastSeq) continue;
      lastSeq = seq;
      const list = byArticle.get(seq);
      if (list) list.push(ids.length - 1);
      else byArticle.set(seq, [ids.length - 1]);
    }
    const n = ids.length;
    const pairs = new Map<number, number>();
    for (const list of byArticle.values()) {
      // Entities were numbered in sorted order, so each list ascends: i < j in every pair.
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const key = list[a] * n + list[b];
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    db.prepare('DELETE FROM entity_pairs').run();
    const insert = db.prepare('INSERT INTO entity_pairs (entity_id, other_id, articles) VALUES (?, ?, ?)');
    for (const [key, articles] of pairs) {
      const i = Math.floor(key / n);
      const j = key - i * n;
      insert.run(ids[i], ids[j], articles);
      insert.run(ids[j], ids[i], articles);
    }
  }

  private rebuildProfiles(): void {
    const db = this.db;
    db.prepare('DELETE FROM outlet_entities').run();
    db.prepare(`INSERT INTO outlet_entities (entity_id, outlet, outlet_articles, articles, mentions) ${outletEntitiesSql(false)}`).run();
    db.prepare('DELETE FROM outlet_entity_framing').run();
    db.prepare(`INSERT INTO outlet_entity_framing (entity_id, outlet, technique, term, spans) ${framingSql(false)}`).run();
  }

  /**
   * The entity's row of each outlet profile (analysis/profiles.ts aggregateOutlets), ordered
   * as the entity page lists them: most mentions first, then as outlets are ranked.
   */
  entityPortrayal(entity: string, terms: number): EntityPortrayal[] {
    if (this.rejected.get(entity)) return [];
    const stored = this.fresh('profiles') ? this.stored : null;
    const outlets = (stored ? stored.outlets : this.liveOutlets).all({ entity }) as OutletRow[];
    const framing = (stored ? stored.framing : this.liveFraming).all({ entity }) as FramingRow[];
    const byOutlet = new Map<string | null, { techniques: Record<string, number>; terms: Map<string, number> }>();
    for (const f of framing) {
      let x = byOutlet.get(f.outlet);
      if (!x) { x = { techniques: {}, terms: new Map() }; byOutlet.set(f.outlet, x); }
      x.techniques[f.technique] = (x.techniques[f.technique] ?? 0) + f.spans;
      x.terms.set(f.term, (x.terms.get(f.term) ?? 0) + f.spans);
    }
    return outlets
      .sort((x, y) => y.mentions - x.mentions || y.outlet_articles - x.outlet_articles || (x.outlet ?? '').localeCompare(y.outlet ?? ''))
      .map((o) => {
        const x = byOutlet.get(o.outlet);
        return {
          outlet: o.outlet, articles: o.articles, mentions: o.mentions,
          techniques: x ? Object.fromEntries(Object.entries(x.techniques).sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))) : {},
          terms: x ? [...x.terms].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0])).slice(0, terms).map(([term, count]) => ({ term, count })) : [],
        };
      });
  }
}
