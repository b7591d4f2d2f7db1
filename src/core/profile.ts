// What the framing profiles measure, per article and per outlet (see analysis/profiles.ts).

export type Genre = 'news' | 'analysis' | 'opinion';

export interface PortrayalItem {
  entity: string;
  technique: string;
  /** The flagged words ("brutal regime", "so-called 'activists'"), lower-cased. */
  term: string;
}

export interface ArticleProfile {
  article: string;
  outlet: string | null;
  published: string | null;
  words: number;
  genre: Genre;
  genreScores: { opinion: number; analysis: number };
  techniques: Record<string, number>;
  scareQuotes: number;
  quotes: number;
  /** Speaker entity id (or the words naming an unresolved speaker) -> quotations. */
  speakers: Record<string, number>;
  /** Entity id -> mentions in the body and title. */
  mentions: Record<string, number>;
  portrayal: PortrayalItem[];
}

export interface OutletProfile {
  outlet: string | null;
  articles: number;
  words: number;
  genres: Record<Genre, number>;
  techniques: { total: number; per1000: number; mix: Record<string, number> };
  scareQuotes: number;
  quotes: { total: number; per1000: number; speakers: { speaker: string; quotes: number }[] };
  actors: { entity: string; mentions: number; articles: number }[];
  portrayal: { entity: string; techniques: Record<string, number>; terms: { term: string; count: number }[] }[];
}
