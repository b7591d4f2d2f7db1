// `dossier show <id>`: one article in full, with where it came from and its reposts.
import { ExitCode, UsageError } from '../../core/errors.js';
import { exportArticle } from '../../export/dossier-export.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold, dim, safe } from '../io.js';

export async function runShow(id: string, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const article = await repo.getArticle(id);
    if (!article) throw new UsageError(`no article with id "${id}" (ids are listed by "dossier list")`);
    const reposts = await repo.duplicatesOf(article.id);
    if (ctx.global.json) {
      io.out(JSON.stringify({ ...exportArticle(article), reposts }, null, 2));
      return ExitCode.ok;
    }
    io.out(bold(io, safe(article.title)));
    if (article.subtitle) io.out(safe(article.subtitle));
    const byline = [article.authors.length ? `By ${article.authors.join(', ')}` : null, article.outlet, article.published ?? 'undated']
      .filter(Boolean).join(' | ');
    io.out(dim(io, safe(byline)));
    const origin = article.origin ? `${article.origin.file}:${article.origin.line_start}-${article.origin.line_end}` : 'unknown';
    io.out(dim(io, `id ${article.id} · ${article.words} words · ${article.sentences.length} sentences · language ${article.language} · from ${safe(origin)}`));
    if (article.url) io.out(dim(io, safe(article.url)));
    if (article.duplicate_of) io.out(dim(io, `repost of ${article.duplicate_of}`));
    for (const r of reposts) io.out(dim(io, `reposted as ${r.id} by ${safe(r.outlet) || 'unnamed outlet'} (${r.published ?? 'undated'})`));
    io.out('');
    for (const p of article.paragraphs) io.out(`${safe(article.text.slice(p.start, p.end))}\n`);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
