// `dossier stats`: what the store holds — articles, outlets, dates, languages, skipped inputs.
import { ExitCode } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold, dim, safe } from '../io.js';

const SHOW_SKIPPED = 20;

export async function runStats(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const stats = await repo.stats();
    const skipped = await repo.listSkipped(ctx.global.json ? 1000 : SHOW_SKIPPED);
    if (ctx.global.json) {
      io.out(JSON.stringify({ db: ctx.global.db, ...stats, skipped_inputs: skipped }, null, 2));
      return ExitCode.ok;
    }
    io.out(`${bold(io, 'Dossier')} ${ctx.global.db}`);
    io.out(`  articles   ${stats.articles} (${stats.duplicates} near-duplicate repost(s)), ${stats.words.toLocaleString('en')} words`);
    io.out(`  published  ${stats.first_published ? `${stats.first_published} to ${stats.last_published}` : '—'}${stats.undated ? ` (${stats.undated} undated)` : ''}`);
    io.out(`  languages  ${stats.languages.map((l) => `${l.language} ${l.articles}`).join(', ') || '—'}`);
    io.out(`  authors    ${stats.authors}`);
    io.out(`  outlets    ${stats.outlets.filter((o) => o.outlet !== null).length}`);
    for (const o of stats.outlets) io.out(`    ${String(o.articles).padStart(5)}  ${safe(o.outlet) || dim(io, '(no outlet named)')}`);
    io.out(`  skipped inputs ${stats.skipped}`);
    for (const s of skipped) io.out(`    ${safe(s.file)}${s.line ? `:${s.line}` : ''}  ${safe(s.message)} [${s.code}]`);
    if (stats.skipped > skipped.length) io.out(dim(io, `    … ${stats.skipped - skipped.length} more (dossier stats --json lists them)`));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
