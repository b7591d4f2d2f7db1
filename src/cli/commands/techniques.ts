// `dossier techniques --ptc DIR`: persuasion techniques in a folder of plain-text articles laid
// out like the SemEval-2020 Task 11 PTC corpus, printed in the task's submission format.

import { existsSync, statSync } from 'node:fs';
import { ExitCode, UsageError } from '../../core/errors.js';
import { detectPtc, formatPtcLine, listPtcFiles, readPtcArticle } from '../../nlp/framing/ptc.js';
import type { CommandContext } from '../context.js';
import { safe } from '../io.js';

export interface TechniquesFlags {
  ptc: string;
}

export async function runTechniques(opts: TechniquesFlags, ctx: CommandContext): Promise<number> {
  if (!opts.ptc) throw new UsageError('--ptc expects a folder of article<ID>.txt files');
  if (!existsSync(opts.ptc) || !statSync(opts.ptc).isDirectory()) throw new UsageError(`--ptc: "${opts.ptc}" is not a folder`);
  const files = listPtcFiles(opts.ptc);
  if (files.length === 0) throw new UsageError(`--ptc: no article<ID>.txt files in "${opts.ptc}"`);
  let code: number = ExitCode.ok;
  for (const entry of files) {
    let text: string;
    try {
      text = readPtcArticle(entry).text;
    } catch (err) {
      ctx.io.err(`${safe(entry.file)}: cannot be read (${(err as Error).message}); skipped`);
      code = ExitCode.skipped;
      continue;
    }
    const items = detectPtc(text);
    if (ctx.global.json) {
      await ctx.io.write(`${JSON.stringify({ id: entry.id, spans: items.map(({ start, end, text: t, technique, scareQuote, rule }) => ({ start, end, text: t, technique, scare_quote: scareQuote, rule })) })}\n`);
    } else if (items.length) {
      await ctx.io.write(`${items.map((i) => formatPtcLine(entry.id, i)).join('\n')}\n`);
    }
  }
  return code;
}
