// The contract of an analysis component (see STYLE.md): made by a factory, it names what it
// requires and the one layer it assigns, and its run() is a pure function of the article, the
// earlier layers and its own resources. It never changes earlier layers.
import type { Span } from '../core/article.js';

/** What components see of an article: the stored text and its segmentation. */
export interface AnalysisArticle {
  id: string;
  title: string;
  text: string;
  language: string;
  published: string | null;
  paragraphs: Span[];
  sentences: Span[];
}

export type Layers = Readonly<Record<string, unknown>>;

export interface Problem {
  component: string;
  message: string;
  field?: 'text' | 'title';
  start?: number;
  end?: number;
}

export interface ComponentContext {
  report(problem: Problem): void;
}

export interface Component<T = unknown> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly assigns: string;
  /** Languages the component understands (ISO 639-1); others get `empty()`. Absent: all. */
  readonly languages?: readonly string[];
  run(article: AnalysisArticle, layers: Layers, ctx: ComponentContext): T;
  empty(): T;
}
