// `dossier analyze`: run the analysis stages on every article not yet analysed by the current
// pipeline (new articles, or all of them after an upgrade or a new --kb file).
import { analyzeStore, type AnalyzeResult } from '../../analysis/analyze.js';
import { ExitCode } from '../../core/errors.js';
import { createDefaultPipeline } from '../../nlp/default-pipeline.js';
import { loadEntityResources } from '../../nlp/entities/resources.js';
import { openStore } from '../../store/open-store.js';
import type { Repository } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { bold } from '../io.js';
import { createProgressBar } from '../progress.js';

export interface AnalyzeFlags {
  kb?: string[];
}

export async function runAnalyze(flags: AnalyzeFlags, ctx: CommandContext): Promise<number> {
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const result = await analyzeWithProgress(repo, flags.kb ?? [], ctx);
    if (ctx.global.json) ctx.io.out(JSON.stringify(result, null, 2));
    else if (!ctx.global.quiet) printAnalyzeResult(result, ctx);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}

export async function analyzeWithProgress(repo: Repository, kbFiles: string[], ctx: CommandContext): Promise<AnalyzeResult> {
  const pipeline = createDefaultPipeline({ kbFiles });
  const resources = loadEntityResources(kbFiles);
  const total = await repo.countArticles();
  const bar = createProgressBar(ctx.io.interactive && !ctx.global.quiet && !ctx.global.json, 'articles');
  try {
    return await analyzeStore(repo, pipeline, resources, { onProgress: (done) => bar.update(done, total, 'analysing') });
  } finally {
    bar.stop();
  }
}

export function printAnalyzeResult(r: AnalyzeResult, ctx: CommandContext): void {
  ctx.io.out(`${bold(ctx.io, 'Analysed')} ${r.articles} article(s): ${r.mentions} entity mention(s)${r.merged ? `, ${r.merged} surname-only person(s) joined to a full name` : ''}`);
  if (r.articles === 0) return;
  ctx.io.out(`  ${r.timex} time expression(s), ${r.events} event(s), ${r.quantities} figure(s), ${r.quotes} quotation(s), ${r.techniques} persuasion technique span(s)`);
  ctx.io.out(`  ${r.comparisons} group(s) of figures reported by several articles, ${r.disagreements} of them disagreeing${r.disagreements ? ' (see "dossier claims --disagree")' : ''}; ${r.stories} story cluster(s)`);
}
