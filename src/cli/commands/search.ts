// `dossier search <query>`: full-text search, best matches first, with highlighted snippets.
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import { BadQueryError, HIGHLIGHT_END, HIGHLIGHT_START } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { bold, dim, renderHighlights, safe } from '../io.js';
import { parseFilter, resolveEntity, type FilterFlags } from './filters.js';

export async function runSearch(query: string, flags: FilterFlags & { entity?: string }, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (!query.trim()) throw new UsageError('search needs a query, for example: dossier search "fuel depot"');
  const filter = { limit: 20, ...parseFilter(flags) };
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    if (flags.entity) filter.entity = await resolveEntity(repo, flags.entity);
    const hits = await repo.search(query, filter).catch((err: unknown) => {
      if (err instanceof BadQueryError) throw new UsageError(err.message);
      throw err;
    });
    if (ctx.global.json) {
      const plain = hits.map((h) => ({ ...h, snippet: h.snippet.split(HIGHLIGHT_START).join('<mark>').split(HIGHLIGHT_END).join('</mark>') }));
      io.out(JSON.stringify({ query, hits: plain }, null, 2));
      return ExitCode.ok;
    }
    if (hits.length === 0) io.out(`No articles match "${safe(query)}".`);
    for (const h of hits) {
      io.out(`${bold(io, safe(h.title))}  ${dim(io, `${h.id.slice(0, 10)} · ${safe(h.outlet) || '—'} · ${h.published ?? 'undated'}`)}`);
      io.out(`  ${renderHighlights(io, h.snippet)}\n`);
    }
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
