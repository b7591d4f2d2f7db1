// `dossier entities`: the people, organisations, places, groups, events and treaties the
// corpus names, most mentioned first.
import { ENTITY_TYPES, type EntityType } from '../../core/entity.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { safe, table } from '../io.js';

export interface EntitiesFlags {
  type?: string;
  top?: string;
  name?: string;
}

export async function runEntities(flags: EntitiesFlags, ctx: CommandContext): Promise<number> {
  const type = flags.type?.toUpperCase();
  if (type && !ENTITY_TYPES.includes(type as EntityType)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}, got "${flags.type}"`);
  const top = flags.top === undefined ? 30 : Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top expects a whole number above 0, got "${flags.top}"`);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const rows = await repo.listEntities({ type: type as EntityType | undefined, name: flags.name, limit: top });
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ entities: rows }, null, 2));
      return ExitCode.ok;
    }
    if (rows.length === 0) {
      ctx.io.out('No entities found. Run "dossier analyze" after ingesting, or widen the filter.');
      return ExitCode.ok;
    }
    ctx.io.out(table([
      ['TYPE', 'MENTIONS', 'ARTICLES', 'ID', 'NAME (ALIASES)'],
      ...rows.map((e) => {
        const others = e.aliases.filter((a) => a !== e.name);
        return [e.type, String(e.mentions), String(e.articles), e.id, safe(e.name) + (others.length ? ` (${safe(others.slice(0, 4).join(', '))})` : '')];
      }),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
