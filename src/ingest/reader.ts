// The contract every format reader fulfils: decoded text in, article drafts out.
// Readers are pure: no file system, no network. Bad input is reported, never thrown.
import type { ArticleDraft } from '../core/article.js';
import type { Report } from '../core/diagnostics.js';

export interface Input {
  /** File path, URL or `-` for stdin: used in diagnostics and `origin.file`. */
  name: string;
  /** Decoded text (BOM removed, line endings as found). */
  text: string;
  /** HTTP Content-Type when the input came from a URL. */
  contentType?: string | null;
  /** The URL the input was fetched from, if any (final URL after redirects). */
  url?: string | null;
}

export interface ReaderOptions {
  /** JSON field overrides: contract field -> dotted path in the record (`text=body.plain`). */
  fieldMap?: Record<string, string>;
}

export interface Reader {
  readonly format: InputFormat;
  read(input: Input, report: Report, options?: ReaderOptions): Iterable<ArticleDraft>;
}

export type InputFormat = 'dump' | 'html' | 'feed' | 'json' | 'jsonl';
