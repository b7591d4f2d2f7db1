// `dossier outlets`: per outlet, what it publishes and how it argues — articles, words, genre
// mix, persuasion techniques per 1,000 words and their mix, whom it quotes, which actors it
// names; `--compare A B` puts two outlets side by side.
import { aggregateOutlets } from '../../analysis/profiles.js';
import type { OutletProfile } from '../../core/profile.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { bold, safe, table, truncate } from '../io.js';
import { entityNames } from './filters.js';

export interface OutletsFlags {
  compare?: string[];
  top?: string;
}

export async function runOutlets(flags: OutletsFlags, ctx: CommandContext): Promise<number> {
  if (flags.compare && flags.compare.length !== 2) throw new UsageError('--compare takes exactly two outlet names');
  const top = flags.top === undefined ? 5 : Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top expects a whole number above 0, got "${flags.top}"`);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    let profiles = aggregateOutlets(await repo.listArticleProfiles());
    if (flags.compare) {
      const pick = (name: string) => {
        const p = profiles.find((x) => (x.outlet ?? '').toLowerCase() === name.toLowerCase());
        if (!p) throw new UsageError(`no outlet "${name}" (outlets: ${profiles.map((x) => x.outlet ?? '(none)').join(', ')})`);
        return p;
      };
      profiles = flags.compare.map(pick);
    }
    const name = entityNames(repo);
    const label = async (id: string) => (await name(id)) ?? id;
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ outlets: profiles }, null, 2));
      return ExitCode.ok;
    }
    if (profiles.length === 0) {
      ctx.io.out('No outlet profiles yet. Run "dossier analyze" after ingesting.');
      return ExitCode.ok;
    }
    const summary = async (p: OutletProfile) => ({
      techniques: Object.entries(p.techniques.mix).slice(0, top).map(([t, n]) => `${t} ${n}`).join(', ') || '—',
      speakers: (await Promise.all(p.quotes.speakers.slice(0, top).map(async (s) => `${await label(s.speaker)} ${s.quotes}`))).join(', ') || '—',
      actors: (await Promise.all(p.actors.slice(0, top).map(async (a) => `${await label(a.entity)} ${a.mentions}`))).join(', ') || '—',
      genres: Object.entries(p.genres).filter(([, n]) => n > 0).map(([g, n]) => `${g} ${n}`).join(', '),
    });
    const rows: string[][] = [['', ...profiles.map((p) => bold(ctx.io, truncate(safe(p.outlet ?? '(no outlet)'), 40)))]];
    const details = await Promise.all(profiles.map(summary));
    const add = (labelText: string, values: string[]) => rows.push([labelText, ...values.map((v) => safe(v))]);
    add('articles', profiles.map((p) => String(p.articles)));
    add('words', profiles.map((p) => String(p.words)));
    add('genres', details.map((d) => d.genres));
    add('techniques /1000 words', profiles.map((p) => `${p.techniques.per1000} (${p.techniques.total})`));
    add('scare quotes', profiles.map((p) => String(p.scareQuotes)));
    add('quotations /1000 words', profiles.map((p) => `${p.quotes.per1000} (${p.quotes.total})`));
    if (flags.compare) {
      add('technique mix', details.map((d) => d.techniques));
      add('quotes most', details.map((d) => d.speakers));
      add('names most', details.map((d) => d.actors));
      ctx.io.out(table(rows.map((r) => r.map((c) => truncate(c, 60))), 10_000));
    } else {
      ctx.io.out(table([
        ['OUTLET', 'ARTICLES', 'WORDS', 'GENRES', 'TECHNIQUES/1000', 'QUOTES/1000', 'QUOTES MOST'],
        ...profiles.map((p, i) => [truncate(safe(p.outlet ?? '(no outlet)'), 28), String(p.articles), String(p.words), details[i].genres, String(p.techniques.per1000), String(p.quotes.per1000), safe(details[i].speakers)]),
      ]));
    }
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
