// Sources -> prepared articles and diagnostics, in source order. Two ways to run it with the
// same output: in this thread, or spread over worker threads (reading, decoding, parsing and
// segmenting are independent per source; only storing must stay in one place and order).
import type { Diagnostic } from '../core/diagnostics.js';
import { DiagnosticCode } from '../core/errors.js';
import type { ArticleDraft } from '../core/article.js';
import type { StoredArticle } from '../store/repository.js';
import { prepareArticle } from './prepare-article.js';
import { readSource, type ReadOptions } from './read-source.js';
import { sourceName, type Source } from './sources.js';

export type PreparedEvent =
  | { type: 'article'; article: StoredArticle }
  | { type: 'diagnostic'; diagnostic: Diagnostic };

/** Reads one source and prepares its articles; diagnostics come out where they arose. */
export async function* prepareSource(source: Source, options: ReadOptions): AsyncIterable<PreparedEvent> {
  const pending: Diagnostic[] = [];
  const report = (d: Diagnostic) => { pending.push(d); };
  for await (const draft of readSource(source, report, options)) {
    while (pending.length) yield { type: 'diagnostic', diagnostic: pending.shift()! };
    const problem = validate(draft);
    if (problem) {
      yield { type: 'diagnostic', diagnostic: { severity: 'error', code: DiagnosticCode.missingField, message: problem, file: draft.origin?.file ?? sourceName(source), line: draft.origin?.line_start } };
      continue;
    }
    yield { type: 'article', article: prepareArticle(draft) };
  }
  while (pending.length) yield { type: 'diagnostic', diagnostic: pending.shift()! };
}

function validate(d: ArticleDraft): string | null {
  if (!d.text.trim()) return 'article has no text';
  if (d.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.published)) return `publication date "${d.published}" is not YYYY-MM-DD`;
  return null;
}

/** Events of each source, one source after another; `index` says which source. */
export interface SourceEvents {
  index: number;
  events: PreparedEvent[];
  /** The last chunk of this source. */
  last: boolean;
}

export async function* prepareInProcess(sources: Source[], options: ReadOptions): AsyncIterable<SourceEvents> {
  for (let index = 0; index < sources.length; index++) {
    let events: PreparedEvent[] = [];
    for await (const e of prepareSource(sources[index], options)) {
      events.push(e);
      if (events.length >= CHUNK_EVENTS) {
        yield { index, events, last: false };
        events = [];
      }
    }
    yield { index, events, last: true };
  }
}

export const CHUNK_EVENTS = 64;
