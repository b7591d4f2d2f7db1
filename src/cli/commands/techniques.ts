// `dossier techniques --ptc DIR`: persuasion techniques in a folder of plain-text articles laid
// out like the SemEval-2020 Task 11 PTC corpus, printed in the task's submission format; with
// --gold, scored against the task's label files by its partial-overlap measure.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { detectPtc, formatPtcLine, listPtcFiles, readPtcArticle } from '../../nlp/framing/ptc.js';
import { parseSpanLines, scoreLabelled, scoreSpans, type LabelledSpan, type OverlapScore } from '../../nlp/framing/ptc-score.js';
import type { CommandContext } from '../context.js';
import { safe } from '../io.js';

export interface TechniquesFlags {
  ptc: string;
  gold?: string;
}

export async function runTechniques(opts: TechniquesFlags, ctx: CommandContext): Promise<number> {
  if (!opts.ptc) throw new UsageError('--ptc expects a folder of article<ID>.txt files');
  if (!existsSync(opts.ptc) || !statSync(opts.ptc).isDirectory()) throw new UsageError(`--ptc: "${opts.ptc}" is not a folder`);
  const files = listPtcFiles(opts.ptc);
  if (files.length === 0) throw new UsageError(`--ptc: no article<ID>.txt files in "${opts.ptc}"`);
  const gold = opts.gold === undefined ? null : readGold(opts.gold);
  const predicted: LabelledSpan[] = [];
  const scored = new Set<string>();
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
    if (gold) {
      scored.add(entry.id);
      for (const i of items) predicted.push({ article: entry.id, technique: i.technique, start: i.start, end: i.end });
      continue;
    }
    if (ctx.global.json) {
      await ctx.io.write(`${JSON.stringify({ id: entry.id, spans: items.map(({ start, end, text: t, technique, scareQuote, rule }) => ({ start, end, text: t, technique, scare_quote: scareQuote, rule })) })}\n`);
    } else if (items.length) {
      await ctx.io.write(`${items.map((i) => formatPtcLine(entry.id, i)).join('\n')}\n`);
    }
  }
  if (gold) await report(predicted, gold.filter((g) => scored.has(g.article)), ctx);
  return code;
}

/** Gold spans from one label file or a folder of them (`*.labels`, or the task's `.out`/`.txt` files). */
function readGold(where: string): LabelledSpan[] {
  if (!existsSync(where)) throw new UsageError(`--gold: "${where}" does not exist`);
  const files = statSync(where).isDirectory()
    ? readdirSync(where).filter((n) => /\.(labels|out|txt|tsv)$/.test(n)).sort().map((n) => path.join(where, n))
    : [where];
  const spans = files.flatMap((f) => parseSpanLines(readFileSync(f, 'utf8')));
  if (spans.length === 0) throw new UsageError(`--gold: no <ID><TAB><technique><TAB><start><TAB><end> lines in "${where}"`);
  return spans;
}

async function report(predicted: LabelledSpan[], gold: LabelledSpan[], ctx: CommandContext): Promise<void> {
  const spans = scoreSpans(predicted, gold);
  // A gold file without techniques (the task's "?" template) can only score the spans.
  const labelled = gold.some((g) => g.technique !== '?') ? scoreLabelled(predicted, gold) : null;
  if (ctx.global.json) {
    await ctx.io.write(`${JSON.stringify({ spans, labelled })}\n`);
    return;
  }
  const line = (name: string, s: OverlapScore) =>
    `${name.padEnd(10)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.predicted} predicted, ${s.gold} gold)`;
  await ctx.io.write(`${line('spans', spans)}\n${labelled ? line('labelled', labelled) : 'labelled   not scored: the gold file carries no techniques'}\n`);
}
