// `dossier corrections`: the corrections made to this dossier, newest first, with who made
// (and undid) each and when; `--kb-out FILE` writes the corrected entities as a --kb file so
// another store can start from them.
import { writeFileSync } from 'node:fs';
import { ExitCode } from '../../core/errors.js';
import type { UserEntry } from '../../nlp/kb/user-entries.js';
import { openStore } from '../../store/open-store.js';
import type { CorrectionChange, Repository } from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { safe, table } from '../io.js';

export interface CorrectionsFlags {
  all?: boolean;
  kbOut?: string;
}

export async function runCorrections(flags: CorrectionsFlags, ctx: CommandContext): Promise<number> {
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    if (flags.kbOut) {
      const entries = await correctedKbEntries(repo);
      writeFileSync(flags.kbOut, `${JSON.stringify(entries, null, 2)}\n`);
      if (!ctx.global.quiet) ctx.io.err(`${entries.length} corrected entit${entries.length === 1 ? 'y' : 'ies'} written to ${flags.kbOut} (use it with --kb)`);
    }
    const rows = await repo.listCorrections({ activeOnly: !flags.all });
    if (ctx.global.json) {
      ctx.io.out(JSON.stringify({ corrections: rows }, null, 2));
      return ExitCode.ok;
    }
    if (flags.kbOut && ctx.global.quiet) return ExitCode.ok;
    if (rows.length === 0) {
      ctx.io.out(flags.all ? 'No corrections yet. See "dossier correct --help".' : 'No active corrections. "dossier corrections --all" lists undone ones too.');
      return ExitCode.ok;
    }
    ctx.io.out(table([
      ['ID', 'WHEN', 'AUTHOR', 'STATUS', 'CORRECTION'],
      ...rows.map((c) => [
        `#${c.id}`, minute(c.created_at), safe(c.author),
        c.undone_at ? `undone by ${safe(c.undone_by)} ${minute(c.undone_at)}` : 'active',
        describeCorrection(c),
      ]),
    ]));
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}

const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** One line saying what a correction does, with the names the entities had when it was made. */
export function describeCorrection(c: CorrectionChange): string {
  const q = (s: string | null | undefined, id: string) => `"${safe(s ?? id)}"`;
  switch (c.kind) {
    case 'merge': return `merge ${q(c.payload.from_name, c.payload.from)} into ${q(c.payload.into_name, c.payload.into)}`;
    case 'reject': return `reject ${q(c.payload.name, c.payload.entity)} (not a real entity)`;
    case 'type': return `type of ${q(c.payload.name, c.payload.entity)}: ${c.payload.previous ? `${c.payload.previous} -> ` : ''}${c.payload.type}`;
    case 'add_alias': return `add alias "${safe(c.payload.alias)}" to ${q(c.payload.name, c.payload.entity)}`;
    case 'remove_alias': return `remove alias "${safe(c.payload.alias)}" from ${q(c.payload.name, c.payload.entity)}`;
    case 'quote_speaker': return `quotation ${c.payload.quote.slice(0, 12)} said by ${c.payload.speaker ? q(c.payload.speaker_name, c.payload.speaker) : 'no known speaker'}`;
  }
}

/**
 * The entities active corrections shaped (merged, retyped, given or stripped of aliases) as
 * --kb entries: merged names are aliases of the surviving entity. Rejections have no --kb
 * form and are left out.
 */
export async function correctedKbEntries(repo: Repository): Promise<UserEntry[]> {
  const ids: string[] = [];
  for (const c of (await repo.listCorrections({ activeOnly: true })).reverse()) {
    if (c.kind === 'merge') ids.push(c.payload.into);
    else if (c.kind === 'type' || c.kind === 'add_alias' || c.kind === 'remove_alias') ids.push(c.payload.entity);
  }
  const out: UserEntry[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const e = (await repo.findEntities(id)).find((x) => x.id === id);
    if (!e || seen.has(e.id)) continue;
    seen.add(e.id);
    const entry: UserEntry = { name: e.name, type: e.type };
    const aliases = e.aliases.filter((a) => a !== e.name);
    if (aliases.length) entry.aliases = aliases;
    if (e.wikidata && /^Q[1-9][0-9]*$/.test(e.wikidata)) entry.wikidata = e.wikidata;
    if (e.geo) {
      entry.lat = e.geo.lat;
      entry.lon = e.geo.lon;
      if (e.geo.country && /^[A-Za-z]{2}$/.test(e.geo.country)) entry.country = e.geo.country;
    }
    out.push(entry);
  }
  return out;
}
