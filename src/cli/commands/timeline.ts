// `dossier timeline`: every dated event in date order, with who took part, where, and the
// article and characters it comes from.
import { ExitCode, UsageError } from '../../core/errors.js';
import { csvLine } from '../../export/csv.js';
import { EVENT_TYPES } from '../../nlp/claims/types.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { safe, table, truncate } from '../io.js';
import { entityNames, parseCount, parseDateRange, resolveEntity } from './filters.js';

export interface TimelineFlags {
  actor?: string;
  type?: string;
  outlet?: string;
  from?: string;
  to?: string;
  limit?: string;
  csv?: boolean;
}

export async function runTimeline(flags: TimelineFlags, ctx: CommandContext): Promise<number> {
  if (flags.type && !(EVENT_TYPES as readonly string[]).includes(flags.type)) throw new UsageError(`--type must be one of ${EVENT_TYPES.join(', ')}, got "${flags.type}"`);
  const range = parseDateRange(flags);
  const limit = parseCount(flags.limit, '--limit', flags.csv || ctx.global.json ? 1_000_000 : 200);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const actor = flags.actor ? await resolveEntity(repo, flags.actor) : undefined;
    const events = await repo.listEvents({ actor, type: flags.type, outlet: flags.outlet, ...range, limit });
    const name = entityNames(repo);
    const rows = [];
    for (const e of events) {
      const actors = (await Promise.all(e.actors.map(name))).filter((x): x is string => x !== null);
      rows.push({ ...e, actor_names: actors, place_name: await name(e.place) });
    }
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ events: rows }, null, 2));
      return ExitCode.ok;
    }
    if (flags.csv) {
      await ctx.io.write(csvLine(['date', 'precision', 'type', 'summary', 'actors', 'place', 'outlet', 'published', 'article', 'start', 'end', 'evidence']));
      for (const e of rows) {
        await ctx.io.write(csvLine([e.date.value, e.date.precision, e.type, e.summary, e.actor_names.join('; '), e.place_name, e.outlet, e.published, e.article, e.start, e.end, e.text]));
      }
      return ExitCode.ok;
    }
    if (rows.length === 0) {
      ctx.io.out('No events found. Run "dossier analyze" after ingesting, or widen the filters.');
      return ExitCode.ok;
    }
    ctx.io.out(table([
      ['DATE', 'TYPE', 'OUTLET', 'ARTICLE', 'WHAT (ACTORS; PLACE)'],
      ...rows.map((e) => [
        e.date.value ?? 'undated', e.type, truncate(safe(e.outlet ?? '—'), 20), e.article.slice(0, 8),
        `${safe(e.summary)}${e.actor_names.length || e.place_name ? ` (${safe(e.actor_names.join(', '))}${e.place_name ? `; ${safe(e.place_name)}` : ''})` : ''}`,
      ]),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
