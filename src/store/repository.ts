// The one interface through which everything reaches stored data. Callers (CLI, API,
// workers) depend on this, never on a database driver, so the SQLite store and a later
// PostgreSQL store are interchangeable and pass one contract test suite.
import type { Article } from '../core/article.js';
import type { EntityFacts, EntityType } from '../core/entity.js';
import type { ArticleProfile } from '../core/profile.js';

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

/** Where an extracted item sits: article id, field and UTF-16 offsets into that field. */
export interface Located {
  article: string;
  field: 'text' | 'title';
  start: number;
  end: number;
  text: string;
}

export interface TimexRecord extends Located {
  value: string | null;
  precision: string;
  /** First and last ISO day the value covers; null when vague. */
  date_from: string | null;
  date_to: string | null;
  rule: string;
}

/** A number that counts or measures something (dossier/1 `quantities`). */
export interface QuantityRecord extends Located {
  id: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  category: string;
  counted: string;
  /** Entity id of the place the figure is about. */
  place: string | null;
  as_of: string | null;
  /** Entity id of the source the text gives for the figure, or null. */
  attributed_entity: string | null;
  /** The words naming the source ("Armenian officials"), when the text gives any. */
  attributed_text: string | null;
  rule: string;
}

export interface QuoteRecord extends Located {
  id: string;
  kind: 'direct' | 'partial';
  /** Entity id of the speaker, when resolved. */
  speaker: string | null;
  speaker_text: string | null;
  rule: string;
}

export interface EventRecord extends Located {
  id: string;
  type: string;
  date: { value: string | null; precision: string };
  date_from: string | null;
  date_to: string | null;
  trigger: { start: number; end: number; text: string };
  /** Entity ids. */
  actors: string[];
  place: string | null;
  /** Quantity ids. */
  quantities: string[];
  summary: string;
  rule: string;
}

export interface TechniqueRecord extends Located {
  technique: string;
  scare_quote: boolean;
  rule: string;
}

/** An actor-actor relation one article asserts, with its evidence (the clause) and cue words. */
export interface RelationRecord extends Located {
  /** Entity ids. */
  source: string;
  target: string;
  type: string;
  cue: { start: number; end: number; text: string };
  /** Asserted inside a quotation: the speaker asserts it, not the outlet. */
  quoted: boolean;
  rule: string;
}

/** Quantities about the same thing across articles (dossier/1 `comparisons`), in publication order. */
export interface ComparisonRecord {
  id: string;
  category: string;
  counted: string;
  place: string | null;
  event: string | null;
  quantities: string[];
  values: number[];
  disagree: boolean;
  /** The figures side by side, oldest publication first. */
  figures: ComparisonFigure[];
}

/** Articles about the same event (see analysis/stories.ts). */
export interface StoryRecord {
  id: string;
  articles: string[];
  events: string[];
  type: string | null;
  place: string | null;
  from: string | null;
  to: string | null;
}

export interface ComparisonFigure {
  quantity: string;
  article: string;
  start: number;
  end: number;
  unit: string;
  outlet: string | null;
  published: string | null;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  attributed_to: string | null;
}

/** What the analysis of one article produced, stored as a whole (replacing earlier results). */
export interface ArticleAnalysis {
  article: string;
  pipeline: string;
  entities: EntityRecord[];
  mentions: MentionRecord[];
  timex: TimexRecord[];
  quantities: QuantityRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  techniques: TechniqueRecord[];
  relations: RelationRecord[];
  /** Genre, techniques, speakers, actors and portrayal of the article, for outlet profiles. */
  profile: ArticleProfile | null;
}

/** Every stored layer of one article, for the reader: its analysis without the entity records. */
export type ArticleLayers = Omit<ArticleAnalysis, 'article' | 'pipeline' | 'entities' | 'profile'>;

export interface RelationFilter {
  /** Entity id at either end. */
  entity?: string;
  type?: string;
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface CoMention {
  source: string;
  target: string;
  /** Articles naming both. */
  articles: number;
}

export interface ClaimFilter {
  category?: string;
  /** Entity id: the place or the attributed source. */
  entity?: string;
  article?: string;
  outlet?: string;
  /** Inclusive ISO bounds on the article's publication date. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteFilter {
  /** Entity id of the speaker. */
  speaker?: string;
  article?: string;
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface EventFilter {
  /** Entity id of an actor or the place. */
  actor?: string;
  type?: string;
  outlet?: string;
  /** Inclusive ISO bounds on the event's date (events overlapping the window). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ComparisonFilter {
  category?: string;
  disagree?: boolean;
  /** Entity id of the place. */
  place?: string;
  limit?: number;
  offset?: number;
}

/** Claim records carry the article's outlet and date for listing. */
export type WithSource<T> = T & { outlet: string | null; published: string | null; title: string };

export type LayerName = 'timex' | 'quantities' | 'quotes' | 'events' | 'techniques' | 'relations';
export interface LayerRecords {
  timex: TimexRecord;
  quantities: QuantityRecord;
  quotes: QuoteRecord;
  events: EventRecord;
  techniques: TechniqueRecord;
  relations: RelationRecord;
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

/** What a user can correct (see docs in src/store/sqlite/corrections.ts). */
export const CORRECTION_KINDS = ['merge', 'reject', 'type', 'add_alias', 'remove_alias', 'quote_speaker'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * One correction as the user asked for it: entity ids (never rewritten), with the names they
 * had when the correction was made so the record still reads after the entities change.
 */
export type CorrectionChange =
  | { kind: 'merge'; payload: { from: string; into: string; from_name?: string; into_name?: string } }
  | { kind: 'reject'; payload: { entity: string; name?: string } }
  | { kind: 'type'; payload: { entity: string; type: EntityType; previous?: EntityType; name?: string } }
  | { kind: 'add_alias'; payload: { entity: string; alias: string; name?: string } }
  | { kind: 'remove_alias'; payload: { entity: string; alias: string; name?: string } }
  | { kind: 'quote_speaker'; payload: { quote: string; speaker: string | null; previous?: string | null; speaker_name?: string | null } };

/** A stored correction: who made it and when, and whether (and by whom) it was undone. */
export type CorrectionRecord = CorrectionChange & {
  id: number;
  author: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
};

export interface CorrectionFilter {
  /** Leave out undone corrections. */
  activeOnly?: boolean;
  /** Only corrections naming this entity (or an entity merged into it). */
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface UndoResult {
  correction: CorrectionRecord;
  /**
   * Articles whose analysis was cleared to restore the state before the correction; the
   * caller re-analyses them (analyzeStore), which replays the corrections still active.
   */
  reanalyze: number;
}

/** Totals of the claim layers, for the overview (issue 6: counted, not listed). */
export interface ClaimCounts {
  quantities: number;
  quotes: number;
  events: number;
  comparisons: number;
  disagreements: number;
}

/** How one outlet names and frames one entity (its row of the outlet profile, analysis/profiles.ts). */
export interface EntityPortrayal {
  outlet: string | null;
  /** The outlet's profiled articles naming the entity, and its mentions in them. */
  articles: number;
  mentions: number;
  /** Technique spans attached to the entity, by technique, most first. */
  techniques: Record<string, number>;
  /** The flagged words, most frequent first. */
  terms: { term: string; count: number }[];
}

/** A page of search hits, with counts over the best matches for the search's facets. */
export interface FacetedSearch {
  /** The page the filter's limit and offset ask for, within the best matches. */
  hits: SearchHit[];
  /** Matches counted: at most the `hits` asked for. */
  total: number;
  /** Matching articles per outlet (exact name), per author, and per month (YYYY-MM, or 'undated'). */
  outlet: { value: string | null; count: number }[];
  author: { value: string; count: number }[];
  month: { value: string; count: number }[];
  /** Among the best `entityHits` matches: articles naming each entity (rejected ones left out). */
  entity: { id: string; name: string; type: EntityType; count: number }[];
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

  /** Every stored layer of one article (by full id). */
  articleLayers(id: string): Promise<ArticleLayers>;
  /** Quantities with their article's outlet and date, in publication order. */
  listQuantities(filter?: ClaimFilter): Promise<WithSource<QuantityRecord>[]>;
  listQuotes(filter?: QuoteFilter): Promise<WithSource<QuoteRecord>[]>;
  /** Events in date order (undated last). */
  listEvents(filter?: EventFilter): Promise<WithSource<EventRecord>[]>;
  /** Replaces all comparisons (they are computed over the whole corpus). */
  saveComparisons(comparisons: ComparisonRecord[]): Promise<void>;
  /** Replaces all stories (they are computed over the whole corpus). */
  saveStories(stories: StoryRecord[]): Promise<void>;
  /** Largest first; with an article id, only the story holding it. */
  listStories(filter?: { article?: string; limit?: number; offset?: number }): Promise<StoryRecord[]>;
  /** Disagreements first, then by number of figures. */
  listComparisons(filter?: ComparisonFilter): Promise<ComparisonRecord[]>;
  /** Relations with their article's outlet and date. */
  listRelations(filter?: RelationFilter): Promise<WithSource<RelationRecord>[]>;
  /** Pairs of entities named in the same articles, most shared first (entities merged are followed). */
  coMentions(options?: { minArticles?: number; limit?: number }): Promise<CoMention[]>;
  /** Per-article profiles, for outlet comparisons. */
  listArticleProfiles(filter?: { outlet?: string }): Promise<ArticleProfile[]>;
  /** Every record of one layer, in article order, streamed for exports. */
  iterateLayer<L extends LayerName>(layer: L): AsyncIterable<LayerRecords[L]>;

  /** Stores a correction made by `author` and applies it (with every active one, in order). */
  addCorrection(change: CorrectionChange & { author: string }): Promise<CorrectionRecord>;
  /** Corrections, newest first, undone ones included unless `activeOnly`. */
  listCorrections(filter?: CorrectionFilter): Promise<CorrectionRecord[]>;
  /**
   * Marks a correction undone by `by`; null when there is no such correction. Throws
   * CorrectionStateError when it was undone already.
   */
  undoCorrection(id: number, by: string): Promise<UndoResult | null>;
  /** Applies every active correction again, in order; idempotent. Run after each analysis. */
  replayCorrections(): Promise<void>;

  // Reads for the API's busiest pages (issue 6): counts and rankings in the store, not in callers.
  /** Changes whenever the stored data may have (any writer); equal stamps mean equal data. */
  dataVersion(): Promise<string>;
  /** Articles per publication date, dates ascending, undated (null) last. */
  articleDates(): Promise<{ published: string | null; articles: number }[]>;
  claimCounts(): Promise<ClaimCounts>;
  /** The `perType` most mentioned entities of each type (as listEntities ranks them), grouped by type. */
  topEntities(perType: number): Promise<EntitySummary[]>;
  /** This entity's mentions in these articles (full ids), in article order then by position. */
  entityMentions(entity: string, articles: string[]): Promise<MentionRecord[]>;
  /** Co-mention counts among these entities only, most shared first. */
  coMentionsAmong(entities: string[]): Promise<CoMention[]>;
  /**
   * The entity in each outlet's profile (as aggregateOutlets over listArticleProfiles counts
   * it), most mentions first, then as outlets rank (most articles, then name); at most
   * `terms` terms each (default 10).
   */
  entityPortrayal(entity: string, options?: { terms?: number }): Promise<EntityPortrayal[]>;
  /**
   * search() over the `hits` best matches only (its limit and offset page within them), with
   * facet counts over those matches, entities over the `entityHits` best; counts unsorted.
   * Throws BadQueryError as search() does.
   */
  searchWithFacets(query: string, filter: ArticleFilter, options: { hits: number; entityHits: number }): Promise<FacetedSearch>;
  /** The names of these entities (exact ids); unknown and rejected ones are left out. */
  namesOf(ids: string[]): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export class AmbiguousIdError extends Error {
  constructor(readonly prefix: string, readonly matches: string[]) {
    super(`id prefix "${prefix}" matches several articles: ${matches.join(', ')}`);
  }
}

/** The query could not be understood by the search engine, even after quoting its words. */
export class BadQueryError extends Error {}

/** A correction cannot change state as asked (undoing one already undone). */
export class CorrectionStateError extends Error {}
