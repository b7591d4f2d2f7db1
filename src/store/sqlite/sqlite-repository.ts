// The embedded store: one SQLite file through better-sqlite3, WAL journal, FTS5 search.
// better-sqlite3 is synchronous; the async surface is the Repository contract's, so callers
// are written once for this store and for a networked one.
import Database from 'better-sqlite3';
import type { Article, Span } from '../../core/article.js';
import { decodeSignature, encodeSignature } from '../../ingest/near-duplicates.js';
import type { ArticleProfile } from '../../core/profile.js';
import {
  AmbiguousIdError, BadQueryError, HIGHLIGHT_END, HIGHLIGHT_START,
  type ArticleAnalysis, type ArticleFilter, type ArticleSummary, type DuplicateCandidate, type EntityFilter,
  type EntityRecord, type EntitySummary, type MentionRecord, type Repository,
  type SearchHit, type SkippedInput, type Stats, type StoredArticle,
  type ArticleLayers, type ClaimFilter, type ComparisonFilter, type ComparisonRecord, type EventFilter, type EventRecord,
  type ClaimCounts, type CoMention, type LayerName, type LayerRecords, type RelationFilter, type RelationRecord, type StoryRecord, type QuantityRecord, type QuoteFilter, type QuoteRecord, type WithSource,
  type CorrectionChange, type CorrectionFilter, type CorrectionRecord, type UndoResult, type EntityPortrayal, type FacetedSearch,
} from '../repository.js';
import { ApiReads } from './api-reads.js';
import { ClaimTables } from './claim-tables.js';
import { CorrectionTables } from './corrections.js';
import { DerivedTables } from './derived.js';
import { notRejected, rowToEntitySummary, type EntityRow } from './entity-rows.js';
import { migrate } from './migrations.js';

interface ArticleRow {
  seq: number;
  id: string;
  title: string;
  subtitle: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  url: string | null;
  language: string;
  origin_file: string | null;
  origin_line_start: number | null;
  origin_line_end: number | null;
  text: string;
  text_hash: string;
  duplicate_of: string | null;
  paragraphs: string;
  sentences: string;
  words: number;
}

/** SQL condition: the entity `col` names was not rejected by a correction. */
const SUMMARY_COLUMNS = 'a.id, a.title, a.subtitle, a.outlet, a.authors, a.published, a.language, a.words, a.url, a.duplicate_of';
const DEFAULT_LIMIT = 50;
const MAX_CANDIDATES_PER_KEY = 20;

export function openSqliteRepository(path: string, options: { readonly?: boolean } = {}): Repository {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    // Large pages suit long article rows and the full-text index (measured: about 1.7x the
    // ingest throughput of 4 KiB pages). Only a new, empty file can take the setting.
    if (db.pragma('user_version', { simple: true }) === 0) db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    // NORMAL under WAL keeps every committed transaction across a process crash (kill -9);
    // only a power loss may drop the last ones, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every 64 MB of log rather than every 16 MB: fewer copies during bulk ingest.
    db.pragma('wal_autocheckpoint = 4000');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -32000');
  const before = options.readonly ? null : migrate(db);
  const repo = new SqliteRepository(db);
  // A store made before the derived tables (migration 5) gets them filled once, now.
  if (before !== null && before < 5) repo.refreshDerived();
  return repo;
}

class SqliteRepository implements Repository {
  readonly backend = 'sqlite';
  private readonly insertArticle;
  private readonly insertFts;
  private readonly insertAuthor;
  private readonly hasId;
  private readonly candidateKeys;
  private readonly candidateRows;
  private readonly insertBand;
  private readonly insertSkipped;
  private readonly saveTx;
  private readonly saveAnalysesTx;
  private readonly claims: ClaimTables;
  private readonly corrections: CorrectionTables;
  private readonly reads: ApiReads;
  private readonly derived: DerivedTables;

  constructor(private readonly db: Database.Database) {
    this.insertArticle = db.prepare(`
      INSERT OR IGNORE INTO articles (id, title, subtitle, outlet, authors, published, url, language,
        origin_file, origin_line_start, origin_line_end, text, text_hash, duplicate_of,
        paragraphs, sentences, words, signature, ingested_at)
      VALUES (@id, @title, @subtitle, @outlet, @authors, @published, @url, @language,
        @origin_file, @origin_line_start, @origin_line_end, @text, @text_hash, @duplicate_of,
        @paragraphs, @sentences, @words, @signature, @ingested_at)`);
    this.insertFts = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.insertAuthor = db.prepare('INSERT INTO article_authors (article_seq, author) VALUES (?, ?)');
    this.hasId = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
    this.candidateKeys = db.prepare(`
      SELECT text_hash AS key, seq FROM articles WHERE text_hash IN (SELECT value FROM json_each(@hashes))
      UNION ALL
      SELECT key, seq FROM (
        SELECT band_key AS key, article_seq AS seq, row_number() OVER (PARTITION BY band_key ORDER BY article_seq) AS n
        FROM article_bands WHERE band_key IN (SELECT value FROM json_each(@bands))
      ) WHERE n <= @perKey`);
    this.candidateRows = db.prepare(`
      SELECT seq, id, duplicate_of, text_hash, signature FROM articles
      WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`);
    this.insertBand = db.prepare('INSERT INTO article_bands (band_key, article_seq) VALUES (?, ?)');
    this.insertSkipped = db.prepare(`
      INSERT INTO skipped_inputs (key, file, line, code, message, seen_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET message = excluded.message, seen_at = excluded.seen_at`);
    this.derived = new DerivedTables(db);
    this.claims = new ClaimTables(db, this.derived);
    this.reads = new ApiReads(db, this.derived);
    this.corrections = new CorrectionTables(db, this.claims, (from, into) => this.mergeTx(from, into), () => this.derived.refresh());
    this.saveAnalysesTx = this.analysisWriter();
    this.saveTx = db.transaction((articles: StoredArticle[], skipped: SkippedInput[]) => {
      const now = new Date().toISOString();
      let inserted = 0;
      for (const a of articles) {
        const info = this.insertArticle.run(articleParams(a, now));
        if (info.changes === 0) continue;
        inserted++;
        const seq = Number(info.lastInsertRowid);
        this.insertFts.run(seq, a.title, a.text);
        for (const author of a.authors) this.insertAuthor.run(seq, author);
        for (const key of a.bandKeys) this.insertBand.run(key, seq);
      }
      for (const s of skipped) {
        this.insertSkipped.run(`${s.file}\u0000${s.line ?? ''}\u0000${s.code}`, s.file, s.line, s.code, s.message, now);
      }
      return inserted;
    });
  }

  /** One transaction per call: each article's earlier mentions are replaced, entities upserted with merged aliases. */
  private analysisWriter() {
    const db = this.db;
    const seqOf = db.prepare('SELECT seq FROM articles WHERE id = ?').pluck();
    const clear = db.prepare('DELETE FROM mentions WHERE article_seq = ?');
    const getAliases = db.prepare('SELECT aliases FROM entities WHERE id = ?').pluck();
    // The first point stays, unless it was borrowed from a neighbour (geo_near) and this one was not.
    const better = 'excluded.lat IS NOT NULL AND (entities.lat IS NULL OR (entities.geo_near IS NOT NULL AND excluded.geo_near IS NULL))';
    const pick = (col: string) => `${col} = CASE WHEN ${better} THEN excluded.${col} ELSE entities.${col} END`;
    const upsert = db.prepare(`
      INSERT INTO entities (id, type, name, aliases, wikidata, lat, lon, country, geo_near, kind)
      VALUES (@id, @type, @name, @aliases, @wikidata, @lat, @lon, @country, @near, @kind)
      ON CONFLICT(id) DO UPDATE SET aliases = excluded.aliases, ${['lat', 'lon', 'country', 'geo_near'].map(pick).join(', ')}`);
    const insertMention = db.prepare('INSERT INTO mentions (article_seq, entity_id, field, start, "end", text, rule) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const writeClaims = this.claims.writers();
    const mark = db.prepare(`INSERT INTO analyses (article_seq, pipeline, analyzed_at) VALUES (?, ?, ?)
      ON CONFLICT(article_seq) DO UPDATE SET pipeline = excluded.pipeline, analyzed_at = excluded.analyzed_at`);
    return db.transaction((analyses: ArticleAnalysis[]) => {
      const now = new Date().toISOString();
      for (const a of analyses) {
        const seq = seqOf.get(a.article) as number | undefined;
        if (seq === undefined) continue;
        clear.run(seq);
        for (const e of a.entities) {
          const known = getAliases.get(e.id) as string | undefined;
          const aliases = known ? mergeAliases(JSON.parse(known) as string[], e.aliases) : e.aliases;
          upsert.run({ id: e.id, type: e.type, name: e.name, aliases: JSON.stringify(aliases), wikidata: e.wikidata, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, country: e.geo?.country ?? null, near: e.geo?.near ?? null, kind: e.kind });
        }
        for (const m of a.mentions) insertMention.run(seq, m.entity, m.field, m.start, m.end, m.text, m.rule);
        writeClaims(seq, a);
        mark.run(seq, a.pipeline, now);
      }
    });
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const id of ids) if (this.hasId.get(id)) found.add(id);
    return found;
  }

  async duplicateCandidates(textHashes: string[], bandKeys: number[]): Promise<DuplicateCandidate[]> {
    const hits = this.candidateKeys.all({ hashes: JSON.stringify(textHashes), bands: JSON.stringify(bandKeys), perKey: MAX_CANDIDATES_PER_KEY }) as { key: string | number; seq: number }[];
    const keysBySeq = new Map<number, (string | number)[]>();
    for (const h of hits) {
      const keys = keysBySeq.get(h.seq);
      if (keys) keys.push(h.key);
      else keysBySeq.set(h.seq, [h.key]);
    }
    if (keysBySeq.size === 0) return [];
    const rows = this.candidateRows.all(JSON.stringify([...keysBySeq.keys()])) as
      { seq: number; id: string; duplicate_of: string | null; text_hash: string; signature: Buffer }[];
    return rows.map((r) => ({
      id: r.id, duplicate_of: r.duplicate_of, text_hash: r.text_hash, signature: decodeSignature(r.signature), keys: keysBySeq.get(r.seq) ?? [],
    }));
  }

  async saveBatch(batch: { articles: StoredArticle[]; skipped: SkippedInput[] }): Promise<{ inserted: number }> {
    return { inserted: this.saveTx(batch.articles, batch.skipped) };
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    const exact = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(idOrPrefix) as ArticleRow | undefined;
    if (exact) return rowToArticle(exact);
    if (!/^[0-9a-f]{4,}$/i.test(idOrPrefix)) return null;
    const rows = this.db.prepare("SELECT * FROM articles WHERE id >= ? AND id < ? || 'g' LIMIT 5")
      .all(idOrPrefix.toLowerCase(), idOrPrefix.toLowerCase()) as ArticleRow[];
    if (rows.length > 1) throw new AmbiguousIdError(idOrPrefix, rows.map((r) => r.id));
    return rows[0] ? rowToArticle(rows[0]) : null;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { where, params } = whereClause(filter);
    const rows = this.db.prepare(`
      SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
      ORDER BY a.published IS NULL, a.published DESC, a.seq
      LIMIT ? OFFSET ?`).all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0);
    return (rows as SummaryRow[]).map(rowToSummary);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    const { where, params } = whereClause(filter);
    return this.db.prepare(`SELECT count(*) FROM articles a ${where}`).pluck().get(...params) as number;
  }

  async search(query: string, filter: ArticleFilter = {}): Promise<SearchHit[]> {
    const { where, params } = whereClause(filter, 'AND');
    const stmt = this.db.prepare(`
      SELECT ${SUMMARY_COLUMNS}, -bm25(articles_fts, 4.0, 1.0) AS score,
        snippet(articles_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ? ${where}
      ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ? OFFSET ?`);
    const rows = matching(query, (q) => stmt.all(q, ...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as (SummaryRow & { score: number; snippet: string })[]);
    return rows.map((r) => ({ ...rowToSummary(r), score: r.score, snippet: r.snippet }));
  }

  async searchWithFacets(query: string, filter: ArticleFilter, options: { hits: number; entityHits: number }): Promise<FacetedSearch> {
    const { where, params } = whereClause(filter, 'AND');
    // Ranked once, without snippets; the page's snippets and the facets are then read for
    // those rows only, each facet one GROUP BY.
    const ranked = this.db.prepare(`
      SELECT a.seq FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ? ${where} ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`).pluck();
    const page = this.db.prepare(`
      SELECT a.seq, ${SUMMARY_COLUMNS}, -bm25(articles_fts, 4.0, 1.0) AS score,
        snippet(articles_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))`);
    const offset = filter.offset ?? 0;
    const { seqs, rows } = matching(query, (q) => {
      const seqs = ranked.all(q, ...params, options.hits) as number[];
      const shown = seqs.slice(offset, offset + (filter.limit ?? DEFAULT_LIMIT));
      const rows = shown.length ? page.all(q, JSON.stringify(shown)) as (SummaryRow & { seq: number; score: number; snippet: string })[] : [];
      const at = new Map(shown.map((seq, i) => [seq, i]));
      return { seqs, rows: rows.sort((x, y) => at.get(x.seq)! - at.get(y.seq)!) };
    });
    const hits = JSON.stringify(seqs);
    const among = (col: string) => `${col} IN (SELECT value FROM json_each(@hits))`;
    const group = <T>(sql: string) => this.db.prepare(sql).all({ hits }) as T[];
    return {
      hits: rows.map((r) => ({ ...rowToSummary(r), score: r.score, snippet: r.snippet })),
      total: seqs.length,
      // Grouped exactly as stored: the column's NOCASE would fold outlets that differ in case.
      outlet: group(`SELECT a.outlet AS value, count(*) AS count FROM articles a WHERE ${among('a.seq')} GROUP BY a.outlet COLLATE BINARY`),
      author: group(`SELECT j.value AS value, count(DISTINCT a.seq) AS count FROM articles a, json_each(a.authors) j WHERE ${among('a.seq')} GROUP BY j.value`),
      month: group(`SELECT CASE WHEN a.published IS NULL OR a.published = '' THEN 'undated' ELSE substr(a.published, 1, 7) END AS value, count(*) AS count
        FROM articles a WHERE ${among('a.seq')} GROUP BY 1`),
      entity: this.db.prepare(`
        SELECT e.id, e.name, e.type, c.count FROM (
          SELECT m.entity_id, count(DISTINCT m.article_seq) AS count FROM mentions m
          WHERE m.article_seq IN (SELECT value FROM json_each(?)) AND ${notRejected('m.entity_id')} GROUP BY m.entity_id
        ) c JOIN entities e ON e.id = c.entity_id`).all(JSON.stringify(seqs.slice(0, options.entityHits))) as FacetedSearch['entity'],
    };
  }

  async namesOf(ids: string[]): Promise<Record<string, string>> {
    const rows = this.db.prepare(`SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?)) AND ${notRejected('id')}`)
      .all(JSON.stringify(ids)) as { id: string; name: string }[];
    const found = new Map(rows.map((r) => [r.id, r.name]));
    const names: Record<string, string> = {};
    for (const id of ids) if (found.has(id)) names[id] = found.get(id)!;
    return names;
  }

  async duplicatesOf(id: string): Promise<ArticleSummary[]> {
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.duplicate_of = ? ORDER BY a.seq`).all(id);
    return (rows as SummaryRow[]).map(rowToSummary);
  }

  async stats(): Promise<Stats> {
    const one = <T>(sql: string) => this.db.prepare(sql).pluck().get() as T;
    return {
      articles: one<number>('SELECT count(*) FROM articles'),
      duplicates: one<number>('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      words: one<number>('SELECT coalesce(sum(words), 0) FROM articles'),
      outlets: this.db.prepare('SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet').all() as Stats['outlets'],
      authors: one<number>('SELECT count(DISTINCT author) FROM article_authors'),
      languages: this.db.prepare('SELECT language, count(*) AS articles FROM articles GROUP BY language ORDER BY articles DESC').all() as Stats['languages'],
      first_published: one<string | null>('SELECT min(published) FROM articles'),
      last_published: one<string | null>('SELECT max(published) FROM articles'),
      undated: one<number>('SELECT count(*) FROM articles WHERE published IS NULL'),
      skipped: one<number>('SELECT count(*) FROM skipped_inputs'),
    };
  }

  async listSkipped(limit = 100): Promise<SkippedInput[]> {
    return this.db.prepare('SELECT file, line, code, message FROM skipped_inputs ORDER BY seen_at DESC, file, line LIMIT ?').all(limit) as SkippedInput[];
  }

  async *iterateArticles(): AsyncIterable<Article> {
    // Pages by seq rather than one long-lived cursor, so writers are never blocked for long.
    const page = this.db.prepare('SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT 500');
    let after = 0;
    for (;;) {
      const rows = page.all(after) as ArticleRow[];
      if (rows.length === 0) return;
      for (const r of rows) yield rowToArticle(r);
      after = rows[rows.length - 1].seq;
    }
  }

  async articlesToAnalyze(pipeline: string, limit: number, after?: string): Promise<Article[]> {
    // Keyset paging: each batch starts after the last, so a long run never rescans what it did.
    const rows = this.db.prepare(`
      SELECT a.* FROM articles a LEFT JOIN analyses n ON n.article_seq = a.seq
      WHERE a.seq > coalesce((SELECT seq FROM articles WHERE id = @after), 0)
        AND (n.pipeline IS NULL OR n.pipeline <> @pipeline)
      ORDER BY a.seq LIMIT @limit`).all({ pipeline, limit, after: after ?? null }) as ArticleRow[];
    return rows.map(rowToArticle);
  }

  async saveAnalyses(analyses: ArticleAnalysis[]): Promise<void> {
    this.saveAnalysesTx(analyses);
  }

  async mergeEntities(from: string, into: string): Promise<void> {
    this.mergeTx(from, into);
  }

  private mergeTx(from: string, into: string): void {
    this.db.transaction(() => {
      const a = this.db.prepare('SELECT aliases FROM entities WHERE id = ?').pluck();
      const fromAliases = a.get(from) as string | undefined;
      const intoAliases = a.get(into) as string | undefined;
      if (fromAliases === undefined || intoAliases === undefined || from === into) return;
      this.db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(into, from);
      this.db.prepare('UPDATE entities SET aliases = ? WHERE id = ?').run(JSON.stringify(mergeAliases(JSON.parse(intoAliases), JSON.parse(fromAliases))), into);
      this.db.prepare('DELETE FROM entities WHERE id = ?').run(from);
      this.claims.redirect(from, into);
    })();
  }

  async articleLayers(id: string): Promise<ArticleLayers> {
    const seq = this.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (seq === undefined) return { mentions: [], timex: [], quantities: [], quotes: [], events: [], techniques: [], relations: [] };
    const mentions = this.db.prepare(`SELECT ? AS article, entity_id AS entity, field, start, "end", text, rule FROM mentions
      WHERE article_seq = ? AND ${notRejected('entity_id')} ORDER BY field, start`).all(id, seq) as MentionRecord[];
    return { mentions, ...this.claims.articleLayers(seq) };
  }

  async entityPortrayal(entity: string, options: { terms?: number } = {}): Promise<EntityPortrayal[]> {
    return this.derived.entityPortrayal(entity, options.terms ?? 10);
  }

  /** Rebuilds the derived counts whose sources changed (see derived.ts). */
  refreshDerived(): void {
    this.derived.refresh();
  }

  async listQuantities(filter: ClaimFilter = {}): Promise<WithSource<QuantityRecord>[]> {
    return this.claims.listQuantities(filter);
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<WithSource<QuoteRecord>[]> {
    return this.claims.listQuotes(filter);
  }

  async listEvents(filter: EventFilter = {}): Promise<WithSource<EventRecord>[]> {
    return this.claims.listEvents(filter);
  }

  async saveComparisons(comparisons: ComparisonRecord[]): Promise<void> {
    this.claims.saveComparisons(comparisons);
  }

  async saveStories(stories: StoryRecord[]): Promise<void> {
    this.claims.saveStories(stories);
  }

  async listStories(filter: { article?: string; limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    return this.claims.listStories(filter);
  }

  async listComparisons(filter: ComparisonFilter = {}): Promise<ComparisonRecord[]> {
    return this.claims.listComparisons(filter);
  }

  async listRelations(filter: RelationFilter = {}): Promise<WithSource<RelationRecord>[]> {
    return this.claims.listRelations(filter);
  }

  async coMentions(options: { minArticles?: number; limit?: number } = {}): Promise<CoMention[]> {
    return this.claims.coMentions(options);
  }

  async listArticleProfiles(filter: { outlet?: string } = {}): Promise<ArticleProfile[]> {
    return this.claims.listArticleProfiles(filter);
  }

  iterateLayer<L extends LayerName>(layer: L): AsyncIterable<LayerRecords[L]> {
    return this.claims.iterate(layer);
  }

  async listEntities(filter: EntityFilter = {}): Promise<EntitySummary[]> {
    const conds: string[] = [notRejected('e.id')];
    const params: unknown[] = [];
    if (filter.type) { conds.push('e.type = ?'); params.push(filter.type); }
    if (filter.name) { conds.push("(e.name LIKE '%' || ? || '%' OR e.aliases LIKE '%' || ? || '%')"); params.push(filter.name, filter.name); }
    const rows = this.db.prepare(this.derived.fresh('mentions')
      ? `SELECT e.*, c.mentions, c.articles FROM entity_counts c JOIN entities e ON e.id = c.entity_id
        WHERE ${conds.join(' AND ')} ORDER BY c.mentions DESC, e.name LIMIT ? OFFSET ?`
      : `SELECT e.*, count(m.entity_id) AS mentions, count(DISTINCT m.article_seq) AS articles
        FROM entities e JOIN mentions m ON m.entity_id = e.id
        WHERE ${conds.join(' AND ')}
        GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?`).all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0);
    return (rows as EntityRow[]).map(rowToEntitySummary);
  }

  async findEntities(idOrName: string): Promise<EntitySummary[]> {
    const rows = this.db.prepare(`
      SELECT e.*, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
        (SELECT count(DISTINCT article_seq) FROM mentions m WHERE m.entity_id = e.id) AS articles
      FROM entities e
      WHERE (e.id = @q OR e.name = @q COLLATE NOCASE
        OR EXISTS (SELECT 1 FROM json_each(e.aliases) WHERE value = @q COLLATE NOCASE)) AND ${notRejected('e.id')}
      ORDER BY mentions DESC LIMIT 20`).all({ q: idOrName });
    return (rows as EntityRow[]).map(rowToEntitySummary);
  }

  async coMentioned(entity: string, limit = 10): Promise<{ entity: EntitySummary; articles: number }[]> {
    const rows = this.db.prepare(this.derived.fresh('mentions')
      ? `SELECT e.*, 0 AS mentions, p.articles FROM entity_pairs p JOIN entities e ON e.id = p.other_id
        WHERE p.entity_id = ? AND ${notRejected('e.id')} ORDER BY p.articles DESC, e.name LIMIT ?`
      : `SELECT e.*, 0 AS mentions, count(DISTINCT other.article_seq) AS articles
        FROM mentions mine JOIN mentions other ON other.article_seq = mine.article_seq AND other.entity_id <> mine.entity_id
        JOIN entities e ON e.id = other.entity_id
        WHERE mine.entity_id = ? AND ${notRejected('e.id')} GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?`).all(entity, limit) as EntityRow[];
    return rows.map((r) => ({ entity: rowToEntitySummary(r), articles: r.articles }));
  }

  async *iterateEntities(): AsyncIterable<EntityRecord> {
    // Entities left without mentions (after re-analysis or merges) are not part of the dossier.
    const page = this.db.prepare(`SELECT *, 0 AS mentions, 0 AS articles FROM entities e WHERE id > ? AND ${notRejected('e.id')} AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY id LIMIT 1000`);
    let after = '';
    for (;;) {
      const rows = page.all(after) as EntityRow[];
      if (rows.length === 0) return;
      for (const r of rows) {
        const { mentions: _m, articles: _a, ...record } = rowToEntitySummary(r);
        yield record;
      }
      after = rows[rows.length - 1].id;
    }
  }

  async *iterateMentions(): AsyncIterable<MentionRecord> {
    const page = this.db.prepare(`
      SELECT m.rowid AS rid, a.id AS article, m.entity_id AS entity, m.field, m.start, m."end" AS "end", m.text, m.rule
      FROM mentions m JOIN articles a ON a.seq = m.article_seq WHERE m.rowid > ? ORDER BY m.rowid LIMIT 5000`);
    const rejected = this.db.prepare('SELECT 1 FROM entity_rejections WHERE entity_id = ?').pluck();
    let after = 0;
    for (;;) {
      // Filtered here, not in SQL, so a page of only rejected mentions does not end the stream.
      const rows = (page.all(after) as (MentionRecord & { rid: number })[]);
      if (rows.length === 0) return;
      for (const { rid: _r, ...m } of rows) if (!rejected.get(m.entity)) yield m;
      after = rows[rows.length - 1].rid;
    }
  }

  async addCorrection(change: CorrectionChange & { author: string }): Promise<CorrectionRecord> {
    return this.corrections.add(change);
  }

  async listCorrections(filter: CorrectionFilter = {}): Promise<CorrectionRecord[]> {
    return this.corrections.list(filter);
  }

  async undoCorrection(id: number, by: string): Promise<UndoResult | null> {
    return this.corrections.undo(id, by);
  }

  async replayCorrections(): Promise<void> {
    this.corrections.replay();
  }

  // Reads for the API's busiest pages (issue 6), in api-reads.ts.
  async dataVersion(): Promise<string> {
    return this.reads.dataVersion();
  }

  async articleDates(): Promise<{ published: string | null; articles: number }[]> {
    return this.reads.articleDates();
  }

  async claimCounts(): Promise<ClaimCounts> {
    return this.reads.claimCounts();
  }

  async topEntities(perType: number): Promise<EntitySummary[]> {
    return this.reads.topEntities(perType);
  }

  async entityMentions(entity: string, articles: string[]): Promise<MentionRecord[]> {
    return this.reads.entityMentions(entity, articles);
  }

  async coMentionsAmong(entities: string[]): Promise<CoMention[]> {
    return this.reads.coMentionsAmong(entities);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function mergeAliases(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

type SummaryRow = Pick<ArticleRow, 'id' | 'title' | 'subtitle' | 'outlet' | 'authors' | 'published' | 'language' | 'words' | 'url' | 'duplicate_of'>;

function whereClause(f: ArticleFilter, joiner: 'WHERE' | 'AND' = 'WHERE'): { where: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.outlet) { conds.push('a.outlet = ?'); params.push(f.outlet); }
  if (f.author) {
    conds.push("EXISTS (SELECT 1 FROM article_authors aa WHERE aa.article_seq = a.seq AND aa.author LIKE '%' || ? || '%' ESCAPE '\\')");
    params.push(f.author.replace(/[\\%_]/g, (c) => `\\${c}`));
  }
  if (f.from) { conds.push('a.published >= ?'); params.push(f.from); }
  if (f.to) { conds.push('a.published <= ?'); params.push(f.to); }
  if (f.language) { conds.push('a.language = ?'); params.push(f.language); }
  if (f.includeDuplicates === false) conds.push('a.duplicate_of IS NULL');
  if (f.entity) { conds.push('EXISTS (SELECT 1 FROM mentions m WHERE m.article_seq = a.seq AND m.entity_id = ?)'); params.push(f.entity); }
  if (conds.length === 0) return { where: '', params };
  return { where: `${joiner} ${conds.join(' AND ')}`, params };
}

/** Runs an FTS5 query; users type words, not FTS5 syntax: "U.S. aid" or "Baku's" must still search. */
function matching<T>(query: string, run: (q: string) => T): T {
  try {
    return run(query);
  } catch (err) {
    const quoted = quoteWords(query);
    if (!quoted) throw new BadQueryError(`nothing to search for in "${query}"`);
    try {
      return run(quoted);
    } catch {
      throw new BadQueryError(`cannot search for "${query}": ${(err as Error).message}`);
    }
  }
}

function quoteWords(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

function articleParams(a: StoredArticle, now: string) {
  return {
    id: a.id, title: a.title, subtitle: a.subtitle, outlet: a.outlet, authors: JSON.stringify(a.authors),
    published: a.published, url: a.url, language: a.language,
    origin_file: a.origin?.file ?? null, origin_line_start: a.origin?.line_start ?? null, origin_line_end: a.origin?.line_end ?? null,
    text: a.text, text_hash: a.text_hash, duplicate_of: a.duplicate_of,
    paragraphs: encodeSpans(a.paragraphs), sentences: encodeSpans(a.sentences), words: a.words,
    signature: encodeSignature(a.signature), ingested_at: now,
  };
}

function rowToSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, title: r.title, subtitle: r.subtitle, outlet: r.outlet, authors: JSON.parse(r.authors) as string[],
    published: r.published, language: r.language, words: r.words, url: r.url, duplicate_of: r.duplicate_of,
  };
}

function rowToArticle(r: ArticleRow): Article {
  return {
    ...rowToSummary(r),
    text: r.text,
    text_hash: r.text_hash,
    origin: r.origin_file === null ? null : { file: r.origin_file, line_start: r.origin_line_start ?? 0, line_end: r.origin_line_end ?? 0 },
    paragraphs: decodeSpans(r.paragraphs),
    sentences: decodeSpans(r.sentences),
  };
}

function encodeSpans(spans: Span[]): string {
  const flat: number[] = [];
  for (const s of spans) flat.push(s.start, s.end);
  return JSON.stringify(flat);
}

function decodeSpans(json: string): Span[] {
  const flat = JSON.parse(json) as number[];
  const out: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}
