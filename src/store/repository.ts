// The one interface through which everything reaches stored data. Callers (CLI, API,
// workers) depend on this, never on a database driver, so the SQLite store and a later
// PostgreSQL store are interchangeable and pass one contract test suite.
import type { Article } from '../core/article.js';
import type { EntityFacts, EntityType } from '../core/entity.js';

export interface ArticleFilter {
  /** Case-insensitive exact outlet name. */
  outlet?: string;
  /** Case-insensitive substring of one author's name. */
  author?: string;
  /** Inclusive ISO date bounds on `published`. */
  from?: string;
  to?: string;
  language?: string;
  /** Near-duplicate reposts are listed unless this is false. */
  includeDuplicates?: boolean;
  /** Only articles that mention this entity (id). */
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string;
  words: number;
  url: string | null;
  duplicate_of: string | null;
}

/** Snippet highlights are delimited by these two control characters; renderers replace them. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface SearchHit extends ArticleSummary {
  /** BM25 relevance, larger is better. */
  score: number;
  snippet: string;
}

export interface SkippedInput {
  file: string;
  line: number | null;
  code: string;
  message: string;
}

export interface StoredArticle extends Article {
  /** Near-duplicate signature (see ingest/near-duplicates.ts). */
  signature: Uint32Array;
  bandKeys: number[];
}

export interface DuplicateCandidate {
  id: string;
  duplicate_of: string | null;
  text_hash: string;
  signature: Uint32Array;
  /** Which of the asked-for keys (body hashes, band keys) this article has. */
  keys: (string | number)[];
}

/** An entity of the dossier (dossier/1 `entities`), plus the knowledge-base kind when known. */
export interface EntityRecord extends EntityFacts {
  kind: string | null;
}

export interface MentionRecord {
  /** Article id. */
  article: string;
  entity: string;
  field: 'text' | 'title';
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** What the analysis of one article produced, stored as a whole (replacing earlier results). */
export interface ArticleAnalysis {
  article: string;
  pipeline: string;
  entities: EntityRecord[];
  mentions: MentionRecord[];
}

export interface EntitySummary extends EntityRecord {
  mentions: number;
  articles: number;
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive substring of the name or an alias. */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface Stats {
  articles: number;
  duplicates: number;
  words: number;
  outlets: { outlet: string | null; articles: number }[];
  authors: number;
  languages: { language: string; articles: number }[];
  first_published: string | null;
  last_published: string | null;
  undated: number;
  skipped: number;
}

export interface Repository {
  readonly backend: string;
  /** Which of these ids are already stored. */
  existingIds(ids: string[]): Promise<Set<string>>;
  /**
   * Stored articles having any of these body hashes or LSH band keys, oldest first; asked
   * once per batch. A key shared by very many articles (boilerplate) yields only its oldest.
   */
  duplicateCandidates(textHashes: string[], bandKeys: number[]): Promise<DuplicateCandidate[]>;
  /** Stores a batch atomically: all of it or none of it. Ids already present are left alone. */
  saveBatch(batch: { articles: StoredArticle[]; skipped: SkippedInput[] }): Promise<{ inserted: number }>;
  /** By full id or unambiguous id prefix; throws AmbiguousIdError when a prefix matches several. */
  getArticle(idOrPrefix: string): Promise<Article | null>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  countArticles(filter?: ArticleFilter): Promise<number>;
  search(query: string, filter?: ArticleFilter): Promise<SearchHit[]>;
  /** Articles recorded as near-duplicates of this one. */
  duplicatesOf(id: string): Promise<ArticleSummary[]>;
  stats(): Promise<Stats>;
  listSkipped(limit?: number): Promise<SkippedInput[]>;
  /** Every article in ingest order, streamed so exports stay flat in memory. */
  iterateArticles(): AsyncIterable<Article>;

  /**
   * Articles never analysed, or analysed by another pipeline version, in ingest order, after
   * the article `after` (an id returned by an earlier call) when given.
   */
  articlesToAnalyze(pipeline: string, limit: number, after?: string): Promise<Article[]>;
  /** Stores analyses atomically, replacing each article's earlier results. */
  saveAnalyses(analyses: ArticleAnalysis[]): Promise<void>;
  /** Moves every mention of one entity to another, merging aliases, and drops the first. */
  mergeEntities(from: string, into: string): Promise<void>;
  /** Entities with their mention and article counts, most mentioned first. */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** By id, or by exact (case-insensitive) name or alias: all that match. */
  findEntities(idOrName: string): Promise<EntitySummary[]>;
  /** Entities most often mentioned in the same articles as this one. */
  coMentioned(entity: string, limit?: number): Promise<{ entity: EntitySummary; articles: number }[]>;
  iterateEntities(): AsyncIterable<EntityRecord>;
  iterateMentions(): AsyncIterable<MentionRecord>;
  close(): Promise<void>;
}

export class AmbiguousIdError extends Error {
  constructor(readonly prefix: string, readonly matches: string[]) {
    super(`id prefix "${prefix}" matches several articles: ${matches.join(', ')}`);
  }
}

/** The query could not be understood by the search engine, even after quoting its words. */
export class BadQueryError extends Error {}
