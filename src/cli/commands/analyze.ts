// `dossier analyze`: run the analysis stages on every article not yet analysed by the current
// pipeline (new articles, or all of them after an upgrade or a new --kb file).
import { availableParallelism } from 'node:os';
import { analyzeStore, type AnalyzeResult } from '../../analysis/analyze.js';
import { workerRunner } from '../../analysis/pipeline-runner.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { createDefaultPipeline } from '../../nlp/default-pipeline.js';
import { loadEntityResources } from '../../nlp/entities/resources.js';
import { openStore } from '../../store/open-store.js';
import type { Repository } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { bold } from '../io.js';
import { createProgressBar } from '../progress.js';

export interface AnalyzeFlags {
  kb?: string[];
  workers?: string;
}

/** Below this many articles, starting workers (each loads the knowledge base) costs more than it saves. */
const WORKERS_FROM = 400;

export async function runAnalyze(flags: AnalyzeFlags, ctx: CommandContext): Promise<number> {
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const result = await analyzeWithProgress(repo, flags.kb ?? [], ctx, parseWorkers(flags.workers));
    if (ctx.global.json) ctx.io.out(JSON.stringify(result, null, 2));
    else if (!ctx.global.quiet) printAnalyzeResult(result, ctx);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}

export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers expects a whole number, 0 or more, got "${value}"`);
  return n;
}

/** `workers`: analysis threads; undefined picks one per spare core for large stores. */
export async function analyzeWithProgress(repo: Repository, kbFiles: string[], ctx: CommandContext, workers?: number): Promise<AnalyzeResult> {
  const pipeline = createDefaultPipeline({ kbFiles });
  const resources = loadEntityResources(kbFiles);
  const total = await repo.countArticles();
  const threads = workers ?? (total >= WORKERS_FROM ? Math.min(4, availableParallelism() - 1) : 0);
  const runner = threads > 0 ? workerRunner(pipeline, threads, kbFiles) : pipeline;
  const bar = createProgressBar(ctx.io.interactive && !ctx.global.quiet && !ctx.global.json, 'articles');
  try {
    return await analyzeStore(repo, runner, resources, { onProgress: (done) => bar.update(done, total, 'analysing') });
  } finally {
    bar.stop();
    if ('close' in runner) await runner.close();
  }
}

export function printAnalyzeResult(r: AnalyzeResult, ctx: CommandContext): void {
  ctx.io.out(`${bold(ctx.io, 'Analysed')} ${r.articles} article(s): ${r.mentions} entity mention(s)${r.merged ? `, ${r.merged} surname-only person(s) joined to a full name` : ''}`);
  if (r.articles === 0) return;
  ctx.io.out(`  ${r.timex} time expression(s), ${r.events} event(s), ${r.quantities} figure(s), ${r.quotes} quotation(s), ${r.techniques} persuasion technique span(s)`);
  ctx.io.out(`  ${r.comparisons} group(s) of figures reported by several articles, ${r.disagreements} of them disagreeing${r.disagreements ? ' (see "dossier claims --disagree")' : ''}; ${r.stories} story cluster(s)`);
}
