// `dossier relations`: who stands with whom according to whom — typed relations between
// actors with the outlet that asserts each and the evidence sentence; `--network` lists the
// co-mention pairs instead.
import { ExitCode, UsageError } from '../../core/errors.js';
import { csvLine } from '../../export/csv.js';
import { RELATION_TYPES } from '../../nlp/relations/types.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { safe, table, truncate } from '../io.js';
import { entityNames, parseCount, resolveEntity } from './filters.js';

export interface RelationsFlags {
  entity?: string;
  type?: string;
  network?: boolean;
  limit?: string;
  csv?: boolean;
}

export async function runRelations(flags: RelationsFlags, ctx: CommandContext): Promise<number> {
  if (flags.type && !(RELATION_TYPES as readonly string[]).includes(flags.type)) throw new UsageError(`--type must be one of ${RELATION_TYPES.join(', ')}, got "${flags.type}"`);
  const limit = parseCount(flags.limit, '--limit', flags.csv || ctx.global.json ? 1_000_000 : 100);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const name = entityNames(repo);
    const label = async (id: string) => (await name(id)) ?? id;
    const entity = flags.entity ? await resolveEntity(repo, flags.entity) : undefined;
    if (flags.network) {
      const pairs = (await repo.coMentions({ limit: entity ? 1_000_000 : limit })).filter((p) => !entity || p.source === entity || p.target === entity).slice(0, limit);
      const rows = await Promise.all(pairs.map(async (p) => ({ ...p, source_name: await label(p.source), target_name: await label(p.target) })));
      if (ctx.global.json) ctx.io.out(JSON.stringify({ co_mentions: rows }, null, 2));
      else if (flags.csv) {
        await ctx.io.write(csvLine(['source', 'source_name', 'target', 'target_name', 'articles']));
        for (const r of rows) await ctx.io.write(csvLine([r.source, r.source_name, r.target, r.target_name, r.articles]));
      } else ctx.io.out(rows.length ? table([['ARTICLES', 'ENTITY', 'ENTITY'], ...rows.map((r) => [String(r.articles), safe(r.source_name), safe(r.target_name)])]) : 'No co-mentions yet.');
      return ExitCode.ok;
    }
    const relations = await repo.listRelations({ entity, type: flags.type, limit });
    const rows = await Promise.all(relations.map(async (r) => ({ ...r, source_name: await label(r.source), target_name: await label(r.target) })));
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ relations: rows }, null, 2));
      return ExitCode.ok;
    }
    if (flags.csv) {
      await ctx.io.write(csvLine(['source', 'source_name', 'type', 'target', 'target_name', 'quoted', 'outlet', 'published', 'article', 'start', 'end', 'evidence']));
      for (const r of rows) await ctx.io.write(csvLine([r.source, r.source_name, r.type, r.target, r.target_name, r.quoted, r.outlet, r.published, r.article, r.start, r.end, r.text]));
      return ExitCode.ok;
    }
    if (rows.length === 0) {
      ctx.io.out('No relations found. Try "dossier relations --network" for co-mentions.');
      return ExitCode.ok;
    }
    ctx.io.out(table([
      ['SOURCE', 'RELATION', 'TARGET', 'ASSERTED BY', 'EVIDENCE'],
      ...rows.map((r) => [truncate(safe(r.source_name), 24), r.type, truncate(safe(r.target_name), 24), truncate(safe(r.outlet ?? '—'), 20) + (r.quoted ? ' (quoting)' : ''), safe(r.text).replace(/\s+/g, ' ')]),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
