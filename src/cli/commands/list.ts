// `dossier list`: stored articles, newest first, filtered by outlet, author and date.
import { ExitCode } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { ArticleSummary } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { dim, safe, table, type Io } from '../io.js';
import { parseFilter, type FilterFlags } from './filters.js';

export async function runList(flags: FilterFlags, ctx: CommandContext): Promise<number> {
  const filter = parseFilter(flags);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const [rows, total] = await Promise.all([repo.listArticles(filter), repo.countArticles(filter)]);
    if (ctx.global.json) ctx.io.out(JSON.stringify({ total, articles: rows }, null, 2));
    else printArticles(ctx.io, rows, total);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}

export function printArticles(io: Io, rows: ArticleSummary[], total: number): void {
  if (rows.length === 0) {
    io.out('No articles match.');
    return;
  }
  io.out(table([
    ['ID', 'DATE', 'OUTLET', 'AUTHORS', 'TITLE'],
    ...rows.map((a) => [
      a.id.slice(0, 10),
      a.published ?? '—',
      safe(a.outlet) || '—',
      safe(a.authors.join(', ')).slice(0, 28) || '—',
      safe(a.title) + (a.duplicate_of ? ` (repost of ${a.duplicate_of.slice(0, 10)})` : ''),
    ]),
  ]));
  if (total > rows.length) io.out(dim(io, `${rows.length} of ${total} shown; use --limit and --offset for more`));
}
