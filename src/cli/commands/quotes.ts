// `dossier quotes`: quotations with their speakers, in publication order.
import { ExitCode } from '../../core/errors.js';
import { csvLine } from '../../export/csv.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { safe, table, truncate } from '../io.js';
import { entityNames, parseCount, resolveEntity } from './filters.js';

export interface QuotesFlags {
  speaker?: string;
  outlet?: string;
  limit?: string;
  csv?: boolean;
}

export async function runQuotes(flags: QuotesFlags, ctx: CommandContext): Promise<number> {
  const limit = parseCount(flags.limit, '--limit', flags.csv || ctx.global.json ? 1_000_000 : 200);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const speaker = flags.speaker ? await resolveEntity(repo, flags.speaker) : undefined;
    const quotes = await repo.listQuotes({ speaker, outlet: flags.outlet, limit });
    const name = entityNames(repo);
    const rows = [];
    for (const q of quotes) rows.push({ ...q, speaker_name: (await name(q.speaker)) ?? q.speaker_text });
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ quotes: rows }, null, 2));
      return ExitCode.ok;
    }
    if (flags.csv) {
      await ctx.io.write(csvLine(['speaker', 'speaker_entity', 'speaker_text', 'kind', 'quote', 'outlet', 'published', 'article', 'start', 'end']));
      for (const q of rows) await ctx.io.write(csvLine([q.speaker_name, q.speaker, q.speaker_text, q.kind, q.text, q.outlet, q.published, q.article, q.start, q.end]));
      return ExitCode.ok;
    }
    if (rows.length === 0) {
      ctx.io.out('No quotations found. Run "dossier analyze" after ingesting, or widen the filters.');
      return ExitCode.ok;
    }
    ctx.io.out(table([
      ['PUBLISHED', 'OUTLET', 'SPEAKER', 'KIND', 'QUOTE'],
      ...rows.map((q) => [q.published ?? '—', truncate(safe(q.outlet ?? '—'), 20), truncate(safe(q.speaker_name ?? 'unattributed'), 28), q.kind, `“${safe(q.text).replace(/\s+/g, ' ')}”`]),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
