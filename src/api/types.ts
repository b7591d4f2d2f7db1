// The shapes the JSON API answers with. The web UI imports these (types only), and the
// offline report builds the same shapes, so one UI reads both.
import type { OutletProfile } from '../core/profile.js';
import type {
  ArticleLayers, ArticleSummary, ComparisonRecord, CorrectionRecord, EntitySummary, EventRecord, MentionRecord, QuantityRecord,
  QuoteRecord, RelationRecord, SearchHit, SkippedInput, Stats, TechniqueRecord, TimexRecord, WithSource,
} from '../store/repository.js';

export type {
  ArticleLayers, ArticleSummary, ComparisonRecord, CorrectionRecord, EntitySummary, EventRecord, MentionRecord, QuantityRecord,
  QuoteRecord, RelationRecord, SearchHit, SkippedInput, Stats, TechniqueRecord, TimexRecord, WithSource,
};
export type { OutletProfile };

export interface Count<K = string | null> {
  value: K;
  count: number;
}

export interface OverviewResponse {
  stats: Stats;
  skipped: SkippedInput[];
  by_date: Count<string>[];
  by_outlet: Count[];
  top_entities: Record<string, EntitySummary[]>;
  claims: { quantities: number; quotes: number; events: number; comparisons: number; disagreements: number } | null;
}

export interface ArticleListResponse {
  total: number;
  limit: number;
  offset: number;
  articles: ArticleSummary[];
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  origin: { file: string; line_start: number; line_end: number } | null;
  paragraphs: [number, number][];
}

export interface ArticleResponse {
  article: ArticleDetail;
  /** Entities mentioned in the article (with corpus-wide counts). */
  entities: EntitySummary[];
  layers: ArticleLayers;
  reposts: ArticleSummary[];
  original: ArticleSummary | null;
  /** Other articles clustered into the same story (about the same event), when stories are stored. */
  story: { id: string; type: string | null; from: string | null; to: string | null; articles: ArticleSummary[] } | null;
  /** Names of entities the claim layers refer to that are not mentioned by name in the article. */
  names: Record<string, string>;
}

export interface SearchFacets {
  outlet: Count[];
  author: Count<string>[];
  month: Count<string>[];
  entity: { id: string; name: string; type: string; count: number }[];
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export interface EntityListResponse {
  entities: EntitySummary[];
}

export interface EntityMentionContext {
  article: string;
  title: string;
  published: string | null;
  outlet: string | null;
  field: 'text' | 'title';
  start: number;
  end: number;
  before: string;
  text: string;
  after: string;
}

export interface EntityResponse {
  entity: EntitySummary;
  other_matches: EntitySummary[];
  articles: ArticleSummary[];
  co_mentioned: { entity: EntitySummary; articles: number }[];
  mentions: EntityMentionContext[];
  /** What the entity is quoted saying, events it takes part in, relations it is in (when stored). */
  quotes: WithSource<QuoteRecord>[];
  events: WithSource<EventRecord>[];
  relations: WithSource<RelationRecord>[];
  /** How each outlet naming it frames it: techniques and loaded terms next to its mentions. */
  portrayal: { outlet: string | null; articles: number; mentions: number; techniques: Record<string, number>; terms: { term: string; count: number }[] }[];
  names: Record<string, string>;
}

export interface MapResponse {
  places: EntitySummary[];
}

export interface NetworkResponse {
  nodes: EntitySummary[];
  edges: { source: string; target: string; articles: number }[];
}

export interface OutletsResponse {
  outlets: OutletProfile[];
  names: Record<string, string>;
}

export interface CorrectionsResponse {
  corrections: CorrectionRecord[];
}

export interface SkippedResponse {
  skipped: SkippedInput[];
}

export interface QuantitiesResponse {
  quantities: WithSource<QuantityRecord>[];
  /** Names of the entities the records refer to (places, sources). */
  names: Record<string, string>;
}

export interface QuotesResponse {
  quotes: WithSource<QuoteRecord>[];
  names: Record<string, string>;
}

export interface EventsResponse {
  events: WithSource<EventRecord>[];
  names: Record<string, string>;
}

export interface ComparisonsResponse {
  comparisons: ComparisonRecord[];
  names: Record<string, string>;
}

/** Everything a self-contained report embeds: the API's answers, computed ahead of time. */
export interface ReportData {
  schema: 'dossier-report/1';
  generated: string;
  overview: OverviewResponse;
  articles: ArticleResponse[];
  entities: EntitySummary[];
  entity_pages: EntityResponse[];
  map: MapResponse;
  network: NetworkResponse;
  quantities: QuantitiesResponse;
  quotes: QuotesResponse;
  events: EventsResponse;
  comparisons: ComparisonsResponse;
  outlets: OutletsResponse;
  skipped: SkippedResponse;
}
