// Reads the API's busiest pages need, as single SQL queries rather than listings counted in
// JavaScript: claim totals, articles per day, the most mentioned entities of every type in one
// pass, one entity's mentions in given articles, co-mentions among a set of entities, and a
// stamp that changes whenever the stored data does (so callers can cache what they derive).
import type Database from 'better-sqlite3';
import type { ClaimCounts, CoMention, EntitySummary, MentionRecord } from '../repository.js';
import type { DerivedTables } from './derived.js';
import { notRejected, rowToEntitySummary, type EntityRow } from './entity-rows.js';

export class ApiReads {
  private readonly version;
  private readonly dates;

  constructor(private readonly db: Database.Database, private readonly derived: DerivedTables) {
    this.version = db.prepare('SELECT total_changes()').pluck();
    this.dates = db.prepare('SELECT published, count(*) AS articles FROM articles GROUP BY published ORDER BY published IS NULL, published');
  }

  /**
   * PRAGMA data_version moves when another connection commits; total_changes() when this one
   * writes. Together they change whenever anything stored may have.
   */
  dataVersion(): string {
    return `${this.db.pragma('data_version', { simple: true }) as number}.${this.version.get() as number}`;
  }

  articleDates(): { published: string | null; articles: number }[] {
    return this.dates.all() as { published: string | null; articles: number }[];
  }

  claimCounts(): ClaimCounts {
    const one = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      quantities: one('SELECT count(*) FROM quantities'),
      quotes: one('SELECT count(*) FROM quotes'),
      events: one('SELECT count(*) FROM events'),
      comparisons: one('SELECT count(*) FROM comparisons'),
      disagreements: one('SELECT count(*) FROM comparisons WHERE disagree = 1'),
    };
  }

  /** Mentions per entity as counted after the last analysis (or counted now, over the covering index), ranked within each type. */
  topEntities(perType: number): EntitySummary[] {
    const rows = this.db.prepare(`
      WITH counted AS (
        ${this.derived.fresh('mentions')
          ? 'SELECT entity_id, mentions, articles FROM entity_counts'
          : 'SELECT entity_id, count(*) AS mentions, count(DISTINCT article_seq) AS articles FROM mentions GROUP BY entity_id'}
      ), ranked AS (
        SELECT e.*, c.mentions, c.articles, row_number() OVER (PARTITION BY e.type ORDER BY c.mentions DESC, e.name) AS rank
        FROM counted c JOIN entities e ON e.id = c.entity_id WHERE ${notRejected('e.id')}
      )
      SELECT * FROM ranked WHERE rank <= ? ORDER BY type, rank`).all(perType) as EntityRow[];
    return rows.map(rowToEntitySummary);
  }

  entityMentions(entity: string, articles: string[]): MentionRecord[] {
    return this.db.prepare(`
      SELECT a.id AS article, m.entity_id AS entity, m.field, m.start, m."end" AS "end", m.text, m.rule
      FROM mentions m JOIN articles a ON a.seq = m.article_seq
      WHERE m.entity_id = ? AND m.article_seq IN (SELECT seq FROM articles WHERE id IN (SELECT value FROM json_each(?)))
        AND ${notRejected('m.entity_id')}
      ORDER BY a.seq, m.field, m.start`).all(entity, JSON.stringify(articles)) as MentionRecord[];
  }

  /** Pairs among these entities only, so a graph of N nodes costs one query rather than N. */
  coMentionsAmong(entities: string[]): CoMention[] {
    if (this.derived.fresh('mentions')) {
      return this.db.prepare(`
        SELECT entity_id AS source, other_id AS target, articles FROM entity_pairs
        WHERE entity_id IN (SELECT value FROM json_each(@ids)) AND other_id IN (SELECT value FROM json_each(@ids)) AND entity_id < other_id
          AND ${notRejected('entity_id')} AND ${notRejected('other_id')}
        ORDER BY articles DESC, source, target`).all({ ids: JSON.stringify(entities) }) as CoMention[];
    }
    return this.db.prepare(`
      WITH pairs AS (
        SELECT DISTINCT article_seq, entity_id FROM mentions
        WHERE entity_id IN (SELECT value FROM json_each(?)) AND ${notRejected('entity_id')}
      )
      SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS articles
      FROM pairs a JOIN pairs b ON a.article_seq = b.article_seq AND a.entity_id < b.entity_id
      GROUP BY a.entity_id, b.entity_id ORDER BY articles DESC, source, target`).all(JSON.stringify(entities)) as CoMention[];
  }
}

