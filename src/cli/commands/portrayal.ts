// `dossier portrayal <entity>`: how each outlet portrays one actor — the persuasion
// techniques and loaded terms that land next to it, outlet by outlet, with the same rules for
// every outlet.
import { aggregateOutlets } from '../../analysis/profiles.js';
import { ExitCode } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold, safe, table, truncate } from '../io.js';
import { resolveEntity } from './filters.js';

export async function runPortrayal(entityArg: string, ctx: CommandContext): Promise<number> {
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const entity = await resolveEntity(repo, entityArg);
    const [record] = await repo.findEntities(entity);
    const outlets = aggregateOutlets(await repo.listArticleProfiles()).map((p) => ({
      outlet: p.outlet,
      articles: p.articles,
      mentions: p.actors.find((a) => a.entity === entity)?.mentions ?? 0,
      portrayal: p.portrayal.find((x) => x.entity === entity) ?? { entity, techniques: {}, terms: [] },
    })).filter((o) => o.mentions > 0);
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ entity: record, outlets }, null, 2));
      return ExitCode.ok;
    }
    ctx.io.out(`${bold(ctx.io, safe(record?.name ?? entity))} (${record?.type ?? '?'}) — named by ${outlets.length} outlet(s)\n`);
    if (outlets.length === 0) return ExitCode.ok;
    ctx.io.out(table([
      ['OUTLET', 'MENTIONS', 'TECHNIQUES NEXT TO IT', 'TERMS'],
      ...outlets.map((o) => [
        truncate(safe(o.outlet ?? '(no outlet)'), 28), String(o.mentions),
        Object.entries(o.portrayal.techniques).map(([t, n]) => `${t} ${n}`).join(', ') || '—',
        safe(o.portrayal.terms.slice(0, 8).map((t) => `“${t.term}”${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ')) || '—',
      ]),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
