// `dossier show <id|entity>`: one article in full, with where it came from and its reposts;
// or one entity: its aliases, where it is, how often and where it is mentioned, and the
// entities most often mentioned with it.
import { ExitCode, UsageError } from '../../core/errors.js';
import { AmbiguousIdError, type EntitySummary, type Repository } from '../../store/repository.js';
import { exportArticle } from '../../export/dossier-export.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold, dim, safe } from '../io.js';

export async function runShow(id: string, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const article = await repo.getArticle(id).catch(async (err: unknown) => {
      if (err instanceof AmbiguousIdError && (await repo.findEntities(id)).length) return null;
      throw err;
    });
    if (!article) {
      const entities = await repo.findEntities(id);
      if (entities.length) return await showEntity(entities, repo, ctx);
      throw new UsageError(`no article or entity "${id}" (see "dossier list" and "dossier entities")`);
    }
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

async function showEntity(matches: EntitySummary[], repo: Repository, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const [entity, ...others] = matches;
  const articles = await repo.listArticles({ entity: entity.id, limit: 20 });
  const withIt = await repo.coMentioned(entity.id, 10);
  if (ctx.global.json) {
    io.out(JSON.stringify({ entity, articles, co_mentioned: withIt, other_matches: others }, null, 2));
    return ExitCode.ok;
  }
  io.out(`${bold(io, safe(entity.name))}  ${dim(io, `${entity.type}${entity.kind ? ` (${entity.kind})` : ''} · ${entity.id}${entity.wikidata && entity.wikidata !== entity.id ? ` · ${entity.wikidata}` : ''}`)}`);
  if (entity.aliases.length) io.out(`aliases    ${safe(entity.aliases.join(', '))}`);
  if (entity.geo) io.out(`place      ${entity.geo.lat.toFixed(3)}, ${entity.geo.lon.toFixed(3)}${entity.geo.country ? ` (${entity.geo.country})` : ''}${entity.geo.near ? `, approximate: placed at ${entity.geo.near}, named beside it` : ''}`);
  io.out(`mentions   ${entity.mentions} in ${entity.articles} article(s)`);
  if (withIt.length) io.out(`mentioned with: ${withIt.map((w) => `${safe(w.entity.name)} (${w.articles})`).join(', ')}`);
  io.out('');
  for (const a of articles) io.out(`  ${a.id.slice(0, 10)}  ${a.published ?? '—'}  ${safe(a.outlet) || '—'}  ${safe(a.title)}`);
  if (others.length) io.out(dim(io, `\nalso matching: ${others.map((o) => `${o.name} [${o.type}, ${o.id}]`).join('; ')}`));
  return ExitCode.ok;
}
