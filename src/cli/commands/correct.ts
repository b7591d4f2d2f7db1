// `dossier correct ...`: the user fixes what the analysis got wrong — merge two entities,
// reject a false one, fix a type, add or remove an alias, re-attribute a quotation — or undoes
// an earlier correction. Corrections are stored as the user's own layer (see
// src/store/sqlite/corrections.ts), signed with --author and the time.
import { userInfo } from 'node:os';
import { ENTITY_TYPES, type EntityType } from '../../core/entity.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import {
  CorrectionStateError, type CorrectionChange, type CorrectionRecord, type EntitySummary, type QuoteRecord, type Repository,
} from '../../store/repository.js';
import type { CommandContext } from '../context.js';
import { safe } from '../io.js';
import { analyzeWithProgress, printAnalyzeResult } from './analyze.js';
import { describeCorrection } from './corrections.js';

export interface AuthorFlags {
  author?: string;
}

/** --author, else the name the operating system knows the user by. */
export function authorOf(flags: AuthorFlags): string {
  const given = flags.author?.trim();
  if (given !== undefined) {
    if (!given || given.length > 100 || /[\u0000-\u001f\u007f]/.test(given)) throw new UsageError('--author expects a name of 1 to 100 printable characters');
    return given;
  }
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/**
 * An entity as typed by the user. A correction changes the dossier, so a name that fits
 * several entities is refused rather than guessed; the message lists their ids.
 */
export async function pickEntity(repo: Repository, nameOrId: string): Promise<EntitySummary> {
  const found = await repo.findEntities(nameOrId);
  const exact = found.find((e) => e.id === nameOrId);
  if (exact) return exact;
  if (found.length === 0) throw new UsageError(`no entity "${nameOrId}" (see "dossier entities"; rejected entities are not listed)`);
  if (found.length > 1) {
    throw new UsageError(`"${nameOrId}" names ${found.length} entities; give an id:\n  ${found.map((e) => `${e.id}  ${safe(e.name)} (${e.type}, ${e.mentions} mentions)`).join('\n  ')}`);
  }
  return found[0];
}

/** A quotation by id or unambiguous id prefix. */
export async function pickQuote(repo: Repository, id: string): Promise<QuoteRecord> {
  const matches: QuoteRecord[] = [];
  for await (const q of repo.iterateLayer('quotes')) {
    if (q.id === id) return q;
    if (q.id.startsWith(id)) matches.push(q);
  }
  if (matches.length === 1 && id.length >= 4) return matches[0];
  if (matches.length > 1) throw new UsageError(`quotation id prefix "${id}" matches ${matches.length} quotations; give more of it`);
  throw new UsageError(`no quotation "${id}" (see "dossier quotes --json" for ids)`);
}

async function withStore(ctx: CommandContext, fn: (repo: Repository) => Promise<number>): Promise<number> {
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    return await fn(repo);
  } finally {
    await repo.close();
  }
}

async function record(repo: Repository, change: CorrectionChange, flags: AuthorFlags, ctx: CommandContext): Promise<number> {
  const saved = await repo.addCorrection({ ...change, author: authorOf(flags) } as CorrectionChange & { author: string });
  report(saved, ctx, 'Recorded');
  return ExitCode.ok;
}

function report(c: CorrectionRecord, ctx: CommandContext, verb: string): void {
  if (ctx.global.json) ctx.io.out(JSON.stringify({ correction: c }, null, 2));
  else if (!ctx.global.quiet) ctx.io.out(`${verb} correction #${c.id} by ${safe(c.author)}: ${describeCorrection(c)}`);
}

export async function runCorrectMerge(from: string, into: string, flags: AuthorFlags, ctx: CommandContext): Promise<number> {
  return withStore(ctx, async (repo) => {
    const [a, b] = [await pickEntity(repo, from), await pickEntity(repo, into)];
    if (a.id === b.id) throw new UsageError(`"${from}" and "${into}" are the same entity (${a.id})`);
    return record(repo, { kind: 'merge', payload: { from: a.id, into: b.id, from_name: a.name, into_name: b.name } }, flags, ctx);
  });
}

export async function runCorrectReject(entity: string, flags: AuthorFlags, ctx: CommandContext): Promise<number> {
  return withStore(ctx, async (repo) => {
    const e = await pickEntity(repo, entity);
    return record(repo, { kind: 'reject', payload: { entity: e.id, name: e.name } }, flags, ctx);
  });
}

export async function runCorrectType(entity: string, type: string, flags: AuthorFlags, ctx: CommandContext): Promise<number> {
  const wanted = type.toUpperCase() as EntityType;
  if (!ENTITY_TYPES.includes(wanted)) throw new UsageError(`the type must be one of ${ENTITY_TYPES.join(', ')}, got "${type}"`);
  return withStore(ctx, async (repo) => {
    const e = await pickEntity(repo, entity);
    if (e.type === wanted) throw new UsageError(`"${e.name}" is already of type ${wanted}`);
    return record(repo, { kind: 'type', payload: { entity: e.id, type: wanted, previous: e.type, name: e.name } }, flags, ctx);
  });
}

export interface AliasFlags extends AuthorFlags {
  add?: string;
  remove?: string;
}

export async function runCorrectAlias(entity: string, flags: AliasFlags, ctx: CommandContext): Promise<number> {
  if ((flags.add === undefined) === (flags.remove === undefined)) throw new UsageError('give exactly one of --add ALIAS or --remove ALIAS');
  const alias = (flags.add ?? flags.remove)!.trim();
  if (!alias || alias.length > 200 || /[\u0000-\u001f\u007f]/.test(alias)) throw new UsageError('an alias is 1 to 200 printable characters');
  return withStore(ctx, async (repo) => {
    const e = await pickEntity(repo, entity);
    const has = e.aliases.some((a) => a.toLowerCase() === alias.toLowerCase());
    if (flags.add !== undefined) {
      if (has) throw new UsageError(`"${e.name}" already has the alias "${alias}"`);
      return record(repo, { kind: 'add_alias', payload: { entity: e.id, alias, name: e.name } }, flags, ctx);
    }
    if (!has) throw new UsageError(`"${e.name}" has no alias "${alias}"; its aliases: ${e.aliases.join(', ') || 'none'}`);
    return record(repo, { kind: 'remove_alias', payload: { entity: e.id, alias, name: e.name } }, flags, ctx);
  });
}

export interface QuoteFlags extends AuthorFlags {
  speaker: string;
}

export async function runCorrectQuote(quoteId: string, flags: QuoteFlags, ctx: CommandContext): Promise<number> {
  return withStore(ctx, async (repo) => {
    const quote = await pickQuote(repo, quoteId);
    const speaker = flags.speaker.trim().toLowerCase() === 'none' ? null : await pickEntity(repo, flags.speaker);
    if ((speaker?.id ?? null) === quote.speaker) throw new UsageError('the quotation already has that speaker');
    return record(repo, {
      kind: 'quote_speaker', payload: { quote: quote.id, speaker: speaker?.id ?? null, previous: quote.speaker, speaker_name: speaker?.name ?? null },
    }, flags, ctx);
  });
}

export interface UndoFlags extends AuthorFlags {
  kb?: string[];
}

export async function runCorrectUndo(id: string, flags: UndoFlags, ctx: CommandContext): Promise<number> {
  const n = Number(id.replace(/^#/, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`a correction id is a whole number (see "dossier corrections"), got "${id}"`);
  return withStore(ctx, async (repo) => {
    let result;
    try {
      result = await repo.undoCorrection(n, authorOf(flags));
    } catch (err) {
      if (err instanceof CorrectionStateError) throw new UsageError(err.message);
      throw err;
    }
    if (!result) throw new UsageError(`no correction #${n} (see "dossier corrections --all")`);
    // Merges, types and aliases were written into entities: what the machine found comes back
    // by analysing their articles again, which replays the corrections still active.
    const analysed = result.reanalyze > 0 ? await analyzeWithProgress(repo, flags.kb ?? [], { ...ctx, global: { ...ctx.global, quiet: ctx.global.quiet || ctx.global.json } }) : null;
    if (ctx.global.json) ctx.io.out(JSON.stringify({ correction: result.correction, reanalyzed: analysed?.articles ?? 0 }, null, 2));
    else if (!ctx.global.quiet) {
      report(result.correction, ctx, 'Undid');
      if (analysed) printAnalyzeResult(analysed, ctx);
    }
    return ExitCode.ok;
  });
}
