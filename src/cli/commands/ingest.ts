// `dossier ingest`: read inputs into the store and say what was found and what was skipped.
import { formatDiagnostic } from '../../core/diagnostics.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { ingest, type IngestProgress } from '../../ingest/ingest.js';
import { expandSources } from '../../ingest/sources.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold } from '../io.js';
import { createProgressBar } from '../progress.js';
import { analyzeWithProgress, parseWorkers, printAnalyzeResult } from './analyze.js';

export interface IngestCommandOptions {
  map?: string;
  batchSize?: string;
  timeout?: string;
  maxSize?: string;
  workers?: string;
  analyze?: boolean;
  kb?: string[];
}

export async function runIngest(inputs: string[], opts: IngestCommandOptions, ctx: CommandContext): Promise<number> {
  const { io, global } = ctx;
  const fieldMap = opts.map ? parseFieldMap(opts.map) : undefined;
  const batchSize = positiveInt(opts.batchSize, '--batch-size');
  const timeoutS = positiveInt(opts.timeout, '--timeout');
  const maxSizeMb = positiveInt(opts.maxSize, '--max-size');
  const workers = opts.workers === undefined ? undefined : nonNegativeInt(opts.workers, '--workers');
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');

  const bar = createProgressBar(io.interactive && !global.quiet && !global.json, 'MB');
  const lines: string[] = [];
  const sources = await expandSources(inputs, (d) => lines.push(formatDiagnostic(d)));
  const repo = openStore(global.db);
  try {
    const result = await ingest(repo, sources, {
      fieldMap, batchSize, workers,
      fetchTimeoutMs: timeoutS ? timeoutS * 1000 : undefined,
      maxFileBytes: maxSizeMb ? maxSizeMb * 1024 * 1024 : undefined,
      onDiagnostic: (d) => {
        if (d.severity === 'error' || !global.quiet) bar.log(formatDiagnostic(d));
      },
      onProgress: (p: IngestProgress) => {
        const mb = (n: number) => Math.round(n / 1e5) / 10;
        bar.update(mb(p.bytesDone), mb(p.bytesTotal), p.currentSource ?? 'saving');
      },
    });
    bar.stop();
    const analysis = opts.analyze === false ? null : await analyzeWithProgress(repo, opts.kb ?? [], ctx, parseWorkers(opts.workers));
    for (const line of lines) io.err(line);
    const skipped = result.skipped + lines.length;
    if (global.json) io.out(JSON.stringify({ ...result, skipped, db: global.db, analysis }, null, 2));
    else if (!global.quiet) {
      const dates = result.firstPublished ? `${result.firstPublished} to ${result.lastPublished}` : 'none dated';
      io.out(`${bold(io, 'Ingested')} ${result.inserted} new article(s) from ${result.sources} input(s) into ${global.db}`);
      io.out(`  read ${result.articlesRead}; already stored ${result.alreadyStored}; near-duplicates marked ${result.nearDuplicates}`);
      io.out(`  outlets (${result.outlets.length}): ${result.outlets.join(', ') || 'none named'}`);
      io.out(`  published: ${dates}`);
      io.out(`  skipped: ${skipped}${skipped ? ' (listed above; also in "dossier stats")' : ''}; warnings: ${result.warnings}`);
    }
    if (analysis && !global.quiet && !global.json) printAnalyzeResult(analysis, ctx);
    return skipped > 0 ? ExitCode.skipped : ExitCode.ok;
  } finally {
    bar.stop();
    await repo.close();
  }
}

/** `title=headline,text=body.plain` -> { title: 'headline', text: 'body.plain' }. */
export function parseFieldMap(spec: string): Record<string, string> {
  const known = new Set(['title', 'subtitle', 'text', 'outlet', 'authors', 'published', 'url', 'language']);
  const map: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const [field, path, extra] = pair.split('=').map((s) => s.trim());
    if (!field || !path || extra !== undefined) throw new UsageError(`--map expects field=path pairs separated by commas, got "${pair}"`);
    if (!known.has(field)) throw new UsageError(`--map: unknown field "${field}" (known: ${[...known].join(', ')})`);
    map[field] = path;
  }
  return map;
}

function nonNegativeInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} expects a whole number (0 or more), got "${value}"`);
  return n;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number, got "${value}"`);
  return n;
}
