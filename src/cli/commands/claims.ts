// `dossier claims`: figures grouped by what they count, every source side by side in
// publication order, disagreements first; or, with --figures, every figure on its own.
import { ExitCode, UsageError } from '../../core/errors.js';
import { csvLine } from '../../export/csv.js';
import { QUANTITY_CATEGORIES } from '../../nlp/claims/types.js';
import { openStore } from '../../store/open-store.js';
import type { ComparisonRecord } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { bold, safe, table, truncate } from '../io.js';
import { entityNames, parseCount, parseDateRange, resolveEntity } from './filters.js';

export interface ClaimsFlags {
  category?: string;
  disagree?: boolean;
  entity?: string;
  figures?: boolean;
  outlet?: string;
  from?: string;
  to?: string;
  limit?: string;
  csv?: boolean;
}

const FIGURE_COLUMNS = ['comparison', 'disagree', 'category', 'counted', 'place', 'value', 'low', 'high', 'qualifier', 'unit', 'text', 'attributed_to', 'outlet', 'published', 'article', 'start', 'end'];

export async function runClaims(flags: ClaimsFlags, ctx: CommandContext): Promise<number> {
  if (flags.category && !(QUANTITY_CATEGORIES as readonly string[]).includes(flags.category)) {
    throw new UsageError(`--category must be one of ${QUANTITY_CATEGORIES.join(', ')}, got "${flags.category}"`);
  }
  if (flags.figures && flags.disagree) throw new UsageError('--disagree applies to grouped figures; leave out --figures');
  const limit = parseCount(flags.limit, '--limit', flags.csv || ctx.global.json ? 1_000_000 : 100);
  const range = parseDateRange(flags);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const entity = flags.entity ? await resolveEntity(repo, flags.entity) : undefined;
    const name = entityNames(repo);
    if (flags.figures) {
      const figures = await repo.listQuantities({ category: flags.category, entity, outlet: flags.outlet, ...range, limit });
      const rows = [];
      for (const q of figures) rows.push({ ...q, place_name: await name(q.place), source: (await name(q.attributed_entity)) ?? q.attributed_text });
      if (ctx.global.json) ctx.io.out(JSON.stringify({ quantities: rows }, null, 2));
      else if (flags.csv) {
        await ctx.io.write(csvLine(FIGURE_COLUMNS));
        for (const q of rows) await ctx.io.write(csvLine(['', '', q.category, q.counted, q.place_name, q.value, q.low, q.high, q.qualifier, q.unit, q.text, q.source, q.outlet, q.published, q.article, q.start, q.end]));
      } else if (rows.length === 0) ctx.io.out('No figures found. Run "dossier analyze" after ingesting, or widen the filters.');
      else {
        ctx.io.out(table([
          ['PUBLISHED', 'OUTLET', 'CATEGORY', 'FIGURE', 'SOURCE', 'COUNTED (PLACE)'],
          ...rows.map((q) => [q.published ?? '—', truncate(safe(q.outlet ?? '—'), 20), q.category, truncate(safe(q.text), 24), truncate(safe(q.source ?? '—'), 24), `${safe(q.counted)}${q.place_name ? ` (${safe(q.place_name)})` : ''}`]),
        ]));
      }
      return ExitCode.ok;
    }
    const groups = await repo.listComparisons({ category: flags.category, disagree: flags.disagree ? true : undefined, place: entity, limit });
    const named: (ComparisonRecord & { place_name: string | null; sources: (string | null)[] })[] = [];
    for (const c of groups) {
      named.push({ ...c, place_name: await name(c.place), sources: await Promise.all(c.figures.map(async (f) => (await name(f.attributed_to)) ?? f.attributed_to)) });
    }
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ comparisons: named }, null, 2));
      return ExitCode.ok;
    }
    if (flags.csv) {
      await ctx.io.write(csvLine(FIGURE_COLUMNS));
      for (const c of named) {
        for (const [i, f] of c.figures.entries()) {
          await ctx.io.write(csvLine([c.id, c.disagree, c.category, c.counted, c.place_name, f.value, f.low, f.high, f.qualifier, f.unit, f.text, c.sources[i], f.outlet, f.published, f.article, f.start, f.end]));
        }
      }
      return ExitCode.ok;
    }
    if (named.length === 0) {
      ctx.io.out(flags.disagree ? 'No disagreements found.' : 'No figures reported by more than one article. Try "dossier claims --figures".');
      return ExitCode.ok;
    }
    const blocks = named.map((c) => {
      const head = `${c.disagree ? bold(ctx.io, 'DISAGREE') : 'agree   '}  ${c.category} · ${safe(c.counted)}${c.place_name ? ` · ${safe(c.place_name)}` : ''}  (${c.figures.length} figures)`;
      const lines = table(c.figures.map((f, i) => [
        `  ${f.published ?? '—'}`, truncate(safe(f.outlet ?? '—'), 22), truncate(safe(f.text), 28), c.sources[i] ? `according to ${safe(c.sources[i])}` : '',
      ]));
      return `${head}\n${lines}`;
    });
    ctx.io.out(blocks.join('\n\n'));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
