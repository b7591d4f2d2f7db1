// The SemEval-2020 Task 11 (PTC corpus) layout: a folder of article<ID>.txt files, the title
// on the first line, a blank line, then one sentence per line. Predictions are written one per
// line as `<ID>\t<technique>\t<start>\t<end>`, offsets into the whole file's text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../core/article.js';
import type { TechniqueItem } from '../claims/types.js';
import { findQuotes } from '../quotes/quote-finder.js';
import { tokenize } from '../tokenize.js';
import { detectTechniques, type FieldInput } from './detector.js';

export interface PtcArticle {
  id: string;
  file: string;
  text: string;
}

const FILE = /^article(\d+)\.txt$/;

/** One sentence per non-blank line, surrounding whitespace left out. */
export function ptcSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end + 1;
  }
  return out;
}

/**
 * Techniques of one PTC article: the whole file is the body, each line a sentence and a
 * paragraph. Its quotations are found as in the pipeline (without entities), so that a
 * reported quotation is not taken for scare quotes.
 */
export function detectPtc(text: string): TechniqueItem[] {
  return detectTechniques(ptcInput(text));
}

/** The detector's input for one PTC article (also what the sentence model is trained on). */
export function ptcInput(text: string): FieldInput {
  const sentences = ptcSentences(text);
  const tokens = tokenize(text, sentences.length ? sentences : [{ start: 0, end: text.length }]);
  const quotes = findQuotes({ field: 'text', text, tokens, paragraphs: sentences, entities: [] });
  return { field: 'text', text, tokens, sentences, quotes };
}

/** The article files of a PTC folder, by numeric id. */
export function listPtcFiles(dir: string): { id: string; file: string }[] {
  return readdirSync(dir)
    .map((name) => ({ name, m: FILE.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map((x) => ({ id: x.m[1], file: path.join(dir, x.name) }))
    .sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}

export function readPtcArticle(entry: { id: string; file: string }): PtcArticle {
  return { ...entry, text: readFileSync(entry.file, 'utf8') };
}

/** The task's submission format; one span may carry several techniques, one line each. */
export function formatPtcLine(id: string, item: TechniqueItem): string {
  return `${id}\t${item.technique}\t${item.start}\t${item.end}`;
}
