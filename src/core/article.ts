// The shapes that flow from readers to the store. Plain data only: no methods, no classes,
// so a draft can cross a worker-thread or queue boundary unchanged.

/** Where an article came from inside its input: 1-based, inclusive line numbers. */
export interface Origin {
  file: string;
  line_start: number;
  line_end: number;
}

/** What a reader produces: one article as found, before identity and segmentation. */
export interface ArticleDraft {
  title: string;
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  /** ISO date `YYYY-MM-DD`, or null when the input gives none. */
  published: string | null;
  url: string | null;
  /** Body only: title and byline are fields of their own. */
  text: string;
  origin: Origin | null;
  /** Set by readers that know it (HTML `lang`, feed `language`); otherwise detected. */
  language?: string | null;
}

/** Half-open span of UTF-16 code units into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** An article as stored: a normalised draft plus identity and segmentation. */
export interface Article extends ArticleDraft {
  id: string;
  language: string;
  /** Hash of the normalised body, used to recognise the same text under another title. */
  text_hash: string;
  duplicate_of: string | null;
  paragraphs: Span[];
  sentences: Span[];
  words: number;
}
