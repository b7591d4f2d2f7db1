// Rhetorical questions: a question the writer asks in their own voice, outside any quotation,
// is there to persuade, not to learn ("Which maps, exactly?", "Who gains from …?"). The whole
// sentence is flagged. Its label is Doubt unless it opens like a question that turns the
// charge back on the accuser ("Where were the tears …", "What would Washington do if …"):
// those are Whataboutism. The openers are data (cues.json `whataboutQuestions`).
import type { TechniqueItem } from '../claims/types.js';
import type { FieldView } from './detector.js';
import { item } from './detector.js';
import { CUES, LEXICON, matchesAt } from './lexicon.js';

const OPENING_MARKS = new Set(['“', '"', '‘', '«', '„']);
const CLOSING_MARKS = new Set(['”', '"', '’', '»']);
/** Conjunctions a question may start with before its opener ("And where were …"). */
const LEADING = new Set(['and', 'but', 'so', 'yet', 'then', 'or']);

export function findRhetoricalQuestions(v: FieldView): TechniqueItem[] {
  const out: TechniqueItem[] = [];
  const { tokens, text } = v;
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const first = v.sentenceFirst[s];
    if (first === undefined) continue;
    const last = v.sentenceEnd[s] - 1;
    if (tokens[last].text !== '?' || last - first < 2) continue;
    // A question inside quotation marks is somebody's speech, not the writer's.
    if (OPENING_MARKS.has(tokens[first].text) || CLOSING_MARKS.has(text[tokens[last].end] ?? '')) continue;
    const at = tokens[last].start;
    if (v.quotes.some((q) => q.field === v.field && q.start <= at && at <= q.end)) continue;
    if (insideOpenQuote(v, first, last) || standsAlone(v, first, last) || repeatedWordForWord(v, first, last)) continue;
    const whatabout = opensWhataboutism(v, first);
    const technique = whatabout ? 'Whataboutism,Straw_Men,Red_Herring' : 'Doubt';
    out.push(item(v, tokens[first].start, tokens[last].end, technique, whatabout ? `rhetorical question: ${whatabout}` : 'rhetorical question'));
  }
  return out;
}

/** Words at the end of a question compared with the rest of the text to find its copies. */
const COPY_WORDS = 6;

/**
 * A question printed twice or more word for word is page furniture — a reader poll, a form —
 * that a scraper kept, not the writer asking. Its last words are compared, as a scraper may glue
 * the poll's question onto the line before it.
 */
function repeatedWordForWord(v: FieldView, first: number, last: number): boolean {
  let from = last;
  for (let words = 0; from > first && words < COPY_WORDS; ) if (v.tokens[--from].word) words++;
  if (last - from < COPY_WORDS) return false;
  const tail = v.text.slice(v.tokens[from].start, v.tokens[last].end);
  const again = v.text.indexOf(tail, v.tokens[last].end);
  const start = v.tokens[from].start;
  return again >= 0 || (start > 0 && v.text.lastIndexOf(tail, start - 1) >= 0);
}

/** Longest question, in tokens, that may be a heading when it fills a line on its own. */
const MAX_HEADING_TOKENS = 15;

/** A short question alone on its line is a section heading ("Is the region heading for war?"), which announces rather than argues. */
function standsAlone(v: FieldView, first: number, last: number): boolean {
  if (last - first + 1 > MAX_HEADING_TOKENS) return false;
  const before = v.text.lastIndexOf('\n', v.tokens[first].start);
  const lineStart = before < 0 ? 0 : before + 1;
  const after = v.text.indexOf('\n', v.tokens[last].end);
  const lineEnd = after < 0 ? v.text.length : after;
  return v.text.slice(lineStart, v.tokens[first].start).trim() === '' && v.text.slice(v.tokens[last].end, lineEnd).trim() === '';
}

/** Whether the question mark sits inside quotation marks opened earlier in the sentence. */
function insideOpenQuote(v: FieldView, first: number, last: number): boolean {
  let open = 0;
  for (let k = first; k < last; k++) {
    const t = v.tokens[k].text;
    if (t === '“' || t === '«') open++;
    else if ((t === '”' || t === '»') && open > 0) open--;
  }
  return open > 0;
}

function opensWhataboutism(v: FieldView, first: number): string | null {
  let at = first;
  while (at < v.sentenceEnd[v.tokens[first].sentence] && LEADING.has(v.lower[at])) at++;
  const hit = CUES.whataboutQuestions.find((e) => matchesAt(e.elements, at, v.lower, v.upper, LEXICON.stopAfter));
  return hit ? hit.phrase : null;
}
