// The claim and framing layers in SQLite: each record stored whole as JSON beside the columns
// used to filter and order, written in the analysis transaction, and read back through the
// entity redirects left by merges and the user's corrections (rejected entities read as
// unknown, re-attributed quotations carry their new speaker).
import type Database from 'better-sqlite3';
import type { ArticleProfile } from '../../core/profile.js';
import type {
  ArticleAnalysis, CoMention, RelationFilter, RelationRecord, StoryRecord, ArticleLayers, ClaimFilter, ComparisonFilter, ComparisonRecord, EventFilter, EventRecord,
  LayerName, LayerRecords, QuantityRecord, QuoteFilter, QuoteRecord, WithSource,
} from '../repository.js';
import type { DerivedTables } from './derived.js';

const DEFAULT_LIMIT = 50;
const SOURCE_COLUMNS = 'a.outlet AS outlet, a.published AS published, a.title AS title';

type Row = { data: string; outlet?: string | null; published?: string | null; title?: string };

export class ClaimTables {
  private redirects: Map<string, string> | null = null;
  private rejected: Set<string> | null = null;
  private speakers: Map<string, string | null> | null = null;

  constructor(private readonly db: Database.Database, private readonly derived: DerivedTables) {}

  /** Prepared writers for the analysis transaction; clear() then insert(). */
  writers() {
    const db = this.db;
    const clears = ['timex', 'quantities', 'quotes', 'events', 'techniques', 'relations', 'article_profiles'].map((t) => db.prepare(`DELETE FROM ${t} WHERE article_seq = ?`));
    const timex = db.prepare('INSERT INTO timex (article_seq, date_from, data) VALUES (?, ?, ?)');
    const quantity = db.prepare('INSERT OR REPLACE INTO quantities (id, article_seq, category, place, attributed_entity, data) VALUES (?, ?, ?, ?, ?, ?)');
    const quote = db.prepare('INSERT OR REPLACE INTO quotes (id, article_seq, speaker, data) VALUES (?, ?, ?, ?)');
    const event = db.prepare('INSERT OR REPLACE INTO events (id, article_seq, type, date_from, date_to, data) VALUES (?, ?, ?, ?, ?, ?)');
    const eventEntity = db.prepare('INSERT INTO event_entities (event_id, entity_id) VALUES (?, ?)');
    const technique = db.prepare('INSERT INTO techniques (article_seq, technique, data) VALUES (?, ?, ?)');
    const relation = db.prepare('INSERT INTO relations (article_seq, source, target, type, data) VALUES (?, ?, ?, ?, ?)');
    const profile = db.prepare('INSERT INTO article_profiles (article_seq, outlet, data) VALUES (?, ?, ?)');
    return (seq: number, a: ArticleAnalysis) => {
      for (const c of clears) c.run(seq);
      for (const t of a.timex) timex.run(seq, t.date_from, JSON.stringify(t));
      for (const q of a.quantities) quantity.run(q.id, seq, q.category, q.place, q.attributed_entity, JSON.stringify(q));
      for (const q of a.quotes) quote.run(q.id, seq, q.speaker, JSON.stringify(q));
      for (const e of a.events) {
        event.run(e.id, seq, e.type, e.date_from, e.date_to, JSON.stringify(e));
        for (const id of new Set([...e.actors, ...(e.place ? [e.place] : [])])) eventEntity.run(e.id, id);
      }
      for (const t of a.techniques) technique.run(seq, t.technique, JSON.stringify(t));
      for (const r of a.relations) relation.run(seq, r.source, r.target, r.type, JSON.stringify(r));
      if (a.profile) profile.run(seq, a.profile.outlet, JSON.stringify(a.profile));
    };
  }

  /** Records that `from` is now `into`, and re-points earlier redirects to `from`. Inside the merge transaction. */
  redirect(from: string, into: string): void {
    this.db.prepare('UPDATE entity_redirects SET into_id = ? WHERE into_id = ?').run(into, from);
    this.db.prepare('INSERT OR REPLACE INTO entity_redirects (from_id, into_id) VALUES (?, ?)').run(from, into);
    this.invalidate();
  }

  /** Forgets cached redirects and corrections after a merge, a correction or an undo. */
  invalidate(): void {
    this.redirects = null;
    this.rejected = null;
    this.speakers = null;
  }

  /** An entity id as it reads now: followed through merges, null when the entity was rejected. */
  resolve(): (id: string | null) => string | null {
    if (!this.redirects) {
      const rows = this.db.prepare('SELECT from_id, into_id FROM entity_redirects').all() as { from_id: string; into_id: string }[];
      this.redirects = new Map(rows.map((r) => [r.from_id, r.into_id]));
    }
    if (!this.rejected) this.rejected = new Set(this.db.prepare('SELECT entity_id FROM entity_rejections').pluck().all() as string[]);
    const map = this.redirects;
    const rejected = this.rejected;
    return (id) => {
      if (id == null) return null;
      const now = map.get(id) ?? id;
      return rejected.has(now) ? null : now;
    };
  }

  private speakerOverrides(): Map<string, string | null> {
    if (!this.speakers) {
      const rows = this.db.prepare('SELECT quote_id, speaker FROM quote_speakers').all() as { quote_id: string; speaker: string | null }[];
      this.speakers = new Map(rows.map((r) => [r.quote_id, r.speaker]));
    }
    return this.speakers;
  }

  /** The entity and every id merged into it, for filters. */
  private aliasesOf(entity: string): string[] {
    const from = this.db.prepare('SELECT from_id FROM entity_redirects WHERE into_id = ?').pluck().all(entity) as string[];
    return [entity, ...from];
  }

  /** The record as it reads now; null for a relation with a rejected end. */
  private fix<K extends LayerName>(layer: K, record: LayerRecords[K]): LayerRecords[K] | null {
    const r = this.resolve();
    switch (layer) {
      case 'quantities': {
        const q = record as QuantityRecord;
        return { ...q, place: r(q.place), attributed_entity: r(q.attributed_entity) } as LayerRecords[K];
      }
      case 'quotes': {
        const q = record as QuoteRecord;
        const overrides = this.speakerOverrides();
        const speaker = overrides.has(q.id) ? overrides.get(q.id)! : q.speaker;
        return { ...q, speaker: r(speaker) } as LayerRecords[K];
      }
      case 'events': {
        const e = record as EventRecord;
        const actors = e.actors.map((x) => r(x)).filter((x): x is string => x !== null);
        return { ...e, actors: [...new Set(actors)], place: r(e.place) } as LayerRecords[K];
      }
      case 'relations': {
        const x = record as RelationRecord;
        const [source, target] = [r(x.source), r(x.target)];
        return source === null || target === null ? null : { ...x, source, target } as LayerRecords[K];
      }
      default:
        return record;
    }
  }

  private read<K extends LayerName>(layer: K, rows: Row[]): WithSource<LayerRecords[K]>[] {
    const out: WithSource<LayerRecords[K]>[] = [];
    for (const row of rows) {
      const fixed = this.fix(layer, JSON.parse(row.data) as LayerRecords[K]);
      if (fixed) out.push({ ...fixed, outlet: row.outlet ?? null, published: row.published ?? null, title: row.title ?? '' });
    }
    return out;
  }

  articleLayers(seq: number): Omit<ArticleLayers, 'mentions'> {
    const get = <K extends LayerName>(layer: K, order: string) =>
      (this.db.prepare(`SELECT data FROM ${layer} WHERE article_seq = ? ORDER BY ${order}`).all(seq) as Row[])
        .map((row) => this.fix(layer, JSON.parse(row.data) as LayerRecords[K]))
        .filter((x): x is LayerRecords[K] => x !== null);
    return {
      timex: get('timex', 'rowid'), quantities: get('quantities', 'rowid'), quotes: get('quotes', 'rowid'),
      events: get('events', 'rowid'), techniques: get('techniques', 'rowid'), relations: get('relations', 'rowid'),
    };
  }

  listQuantities(filter: ClaimFilter): WithSource<QuantityRecord>[] {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.category) { conds.push('q.category = ?'); params.push(filter.category); }
    if (filter.entity) {
      const ids = JSON.stringify(this.aliasesOf(filter.entity));
      conds.push('(q.place IN (SELECT value FROM json_each(?)) OR q.attributed_entity IN (SELECT value FROM json_each(?)))');
      params.push(ids, ids);
    }
    this.articleConds(filter, conds, params);
    const rows = this.db.prepare(`SELECT q.data, ${SOURCE_COLUMNS} FROM quantities q JOIN articles a ON a.seq = q.article_seq
      ${where(conds)} ORDER BY a.published IS NULL, a.published, a.seq, q.rowid LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as Row[];
    return this.read('quantities', rows);
  }

  listQuotes(filter: QuoteFilter): WithSource<QuoteRecord>[] {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.speaker) {
      // A re-attributed quotation is found under its new speaker only. Two indexed halves
      // rather than one expression over a join, which would read every quotation.
      conds.push(`q.rowid IN (
        SELECT rowid FROM quotes WHERE speaker IN (SELECT value FROM json_each(@speakers)) AND id NOT IN (SELECT quote_id FROM quote_speakers)
        UNION ALL
        SELECT x.rowid FROM quote_speakers s JOIN quotes x ON x.id = s.quote_id WHERE s.speaker IN (SELECT value FROM json_each(@speakers)))`);
    }
    this.articleConds(filter, conds, params);
    const named = filter.speaker ? [{ speakers: JSON.stringify(this.aliasesOf(filter.speaker)) }] : [];
    // The page's rowids first, then only its records: a sort does not carry every record along.
    const order = 'a.published IS NULL, a.published, a.seq, q.rowid';
    const rows = this.db.prepare(`SELECT q.data, ${SOURCE_COLUMNS} FROM quotes q JOIN articles a ON a.seq = q.article_seq
      WHERE q.rowid IN (SELECT q.rowid FROM quotes q JOIN articles a ON a.seq = q.article_seq ${where(conds)} ORDER BY ${order} LIMIT ? OFFSET ?)
      ORDER BY ${order}`)
      .all(...named, ...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as Row[];
    return this.read('quotes', rows);
  }

  listEvents(filter: EventFilter): WithSource<EventRecord>[] {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.type) { conds.push('e.type = ?'); params.push(filter.type); }
    if (filter.actor) {
      const ids = JSON.stringify(this.aliasesOf(filter.actor));
      const theirs = this.db.prepare('SELECT count(*) FROM event_entities WHERE entity_id IN (SELECT value FROM json_each(?))').pluck().get(ids) as number;
      const all = (this.db.prepare('SELECT max(rowid) FROM events').pluck().get() as number | null) ?? 0;
      // An actor in few events: those are fetched through the actor index and sorted. In many:
      // the timeline index is walked in order (the unary + keeps SQLite from driving by the
      // set) and stops at the page, when that takes fewer steps than there are events to sort.
      const steps = theirs === 0 ? Infinity : ((filter.limit ?? DEFAULT_LIMIT) + (filter.offset ?? 0)) * (all / theirs);
      conds.push(`${steps < theirs ? '+' : ''}e.id IN (SELECT event_id FROM event_entities WHERE entity_id IN (SELECT value FROM json_each(?)))`);
      params.push(ids);
    }
    if (filter.outlet) { conds.push('a.outlet = ? COLLATE NOCASE'); params.push(filter.outlet); }
    // An event belongs to a window when its span overlaps it.
    if (filter.from) { conds.push('e.date_to >= ?'); params.push(filter.from); }
    if (filter.to) { conds.push('e.date_from <= ?'); params.push(upperBound(filter.to)); }
    // Ordered by the events' own columns (e.article_seq is a.seq), as the events_timeline index
    // is, so SQLite can walk it and stop at the limit; the page's rowids are chosen first and
    // only its records read, so a sort, when there is one, does not carry every record along.
    const order = 'e.date_from IS NULL, e.date_from, e.date_to, e.article_seq, e.rowid';
    const rows = this.db.prepare(`SELECT e.data, ${SOURCE_COLUMNS} FROM events e JOIN articles a ON a.seq = e.article_seq
      WHERE e.rowid IN (
        SELECT e.rowid FROM events e ${filter.outlet ? 'JOIN articles a ON a.seq = e.article_seq' : ''}
        ${where(conds)} ORDER BY ${order} LIMIT ? OFFSET ?)
      ORDER BY ${order}`)
      .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as Row[];
    return this.read('events', rows);
  }

  listRelations(filter: RelationFilter): WithSource<RelationRecord>[] {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.type) { conds.push('r.type = ?'); params.push(filter.type); }
    if (filter.entity) {
      const ids = JSON.stringify(this.aliasesOf(filter.entity));
      conds.push('(r.source IN (SELECT value FROM json_each(?)) OR r.target IN (SELECT value FROM json_each(?)))');
      params.push(ids, ids);
    }
    // In SQL rather than after reading, so pages keep their size: no relation with a rejected end.
    for (const end of ['r.source', 'r.target']) {
      conds.push(`coalesce((SELECT into_id FROM entity_redirects WHERE from_id = ${end}), ${end}) NOT IN (SELECT entity_id FROM entity_rejections)`);
    }
    this.articleConds(filter, conds, params);
    const rows = this.db.prepare(`SELECT r.data, ${SOURCE_COLUMNS} FROM relations r JOIN articles a ON a.seq = r.article_seq
      ${where(conds)} ORDER BY a.published IS NULL, a.published, a.seq, r.rowid LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as Row[];
    return this.read('relations', rows);
  }

  coMentions(options: { minArticles?: number; limit?: number }): CoMention[] {
    if (this.derived.fresh('mentions')) {
      return this.db.prepare(`
        SELECT entity_id AS source, other_id AS target, articles FROM entity_pairs
        WHERE entity_id < other_id AND articles >= ?
          AND entity_id NOT IN (SELECT entity_id FROM entity_rejections) AND other_id NOT IN (SELECT entity_id FROM entity_rejections)
        ORDER BY articles DESC, source, target LIMIT ?`).all(options.minArticles ?? 1, options.limit ?? 10_000) as CoMention[];
    }
    return this.db.prepare(`
      WITH pairs AS (SELECT DISTINCT article_seq, entity_id FROM mentions WHERE entity_id NOT IN (SELECT entity_id FROM entity_rejections))
      SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS articles
      FROM pairs a JOIN pairs b ON a.article_seq = b.article_seq AND a.entity_id < b.entity_id
      GROUP BY a.entity_id, b.entity_id HAVING count(*) >= ?
      ORDER BY articles DESC, source, target LIMIT ?`).all(options.minArticles ?? 1, options.limit ?? 10_000) as CoMention[];
  }

  listArticleProfiles(filter: { outlet?: string }): ArticleProfile[] {
    const rows = (filter.outlet
      ? this.db.prepare('SELECT data FROM article_profiles WHERE outlet = ? COLLATE NOCASE ORDER BY article_seq').all(filter.outlet)
      : this.db.prepare('SELECT data FROM article_profiles ORDER BY article_seq').all()) as Row[];
    const r = this.resolve();
    const rekey = (rec: Record<string, number>) => {
      const out: Record<string, number> = {};
      for (const [k, n] of Object.entries(rec)) {
        const id = r(k);
        if (id !== null) out[id] = (out[id] ?? 0) + n;
      }
      return out;
    };
    return rows.map((row) => {
      const p = JSON.parse(row.data) as ArticleProfile;
      const portrayal = p.portrayal.flatMap((x) => { const entity = r(x.entity); return entity === null ? [] : [{ ...x, entity }]; });
      return { ...p, speakers: rekey(p.speakers), mentions: rekey(p.mentions), portrayal };
    });
  }

  saveComparisons(comparisons: ComparisonRecord[]): void {
    const insert = this.db.prepare('INSERT INTO comparisons (id, category, place, disagree, figures, data) VALUES (?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM comparisons').run();
      for (const c of comparisons) insert.run(c.id, c.category, c.place, c.disagree ? 1 : 0, c.figures.length, JSON.stringify(c));
    })();
  }

  saveStories(stories: StoryRecord[]): void {
    const insert = this.db.prepare('INSERT INTO stories (id, articles, data) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM stories').run();
      for (const s of stories) insert.run(s.id, s.articles.length, JSON.stringify(s));
    })();
  }

  listStories(filter: { article?: string; limit?: number; offset?: number }): StoryRecord[] {
    const rows = (filter.article
      ? this.db.prepare('SELECT data FROM stories WHERE EXISTS (SELECT 1 FROM json_each(stories.data, \'$.articles\') WHERE value = ?) ORDER BY articles DESC, id LIMIT ? OFFSET ?').all(filter.article, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0)
      : this.db.prepare('SELECT data FROM stories ORDER BY articles DESC, id LIMIT ? OFFSET ?').all(filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0)) as Row[];
    const r = this.resolve();
    return rows.map((row) => {
      const x = JSON.parse(row.data) as StoryRecord;
      return { ...x, place: r(x.place) };
    });
  }

  listComparisons(filter: ComparisonFilter): ComparisonRecord[] {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.category) { conds.push('category = ?'); params.push(filter.category); }
    if (filter.disagree !== undefined) { conds.push('disagree = ?'); params.push(filter.disagree ? 1 : 0); }
    if (filter.place) { conds.push('place IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(this.aliasesOf(filter.place))); }
    const rows = this.db.prepare(`SELECT data FROM comparisons ${where(conds)} ORDER BY disagree DESC, figures DESC, id LIMIT ? OFFSET ?`)
      .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as Row[];
    const r = this.resolve();
    return rows.map((row) => {
      const c = JSON.parse(row.data) as ComparisonRecord;
      return { ...c, place: r(c.place) };
    });
  }

  async *iterate<K extends LayerName>(layer: K): AsyncIterable<LayerRecords[K]> {
    const page = this.db.prepare(`SELECT rowid AS rid, data FROM ${layer} WHERE rowid > ? ORDER BY rowid LIMIT 2000`);
    let after = 0;
    for (;;) {
      const rows = page.all(after) as { rid: number; data: string }[];
      if (rows.length === 0) return;
      for (const row of rows) {
        const fixed = this.fix(layer, JSON.parse(row.data) as LayerRecords[K]);
        if (fixed) yield fixed;
      }
      after = rows[rows.length - 1].rid;
    }
  }

  private articleConds(filter: { article?: string; outlet?: string; from?: string; to?: string }, conds: string[], params: unknown[]): void {
    if (filter.article) { conds.push('a.id = ?'); params.push(filter.article); }
    if (filter.outlet) { conds.push('a.outlet = ? COLLATE NOCASE'); params.push(filter.outlet); }
    if (filter.from) { conds.push('a.published >= ?'); params.push(filter.from); }
    if (filter.to) { conds.push('a.published <= ?'); params.push(upperBound(filter.to)); }
  }
}

const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');
/** "2023" and "2023-09" as upper bounds mean the end of that year or month. */
const upperBound = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
