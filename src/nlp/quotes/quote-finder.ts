// Quotations of one field: pairs the marks (quote-spans), rejects names, titles and scare quotes
// by explicit rules, finds the attribution (“…,” X said / X said: “…” / according to X, “…” /
// said X / a speech verb earlier in the sentence), and resolves the speaker (speakers).
import type { QuoteItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import type { Field } from '../entities/mention-finder.js';
import type { Token } from '../tokenize.js';
import type { Span } from '../../core/article.js';
import { quoteCues, type QuoteCues } from './quote-cues.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { SpeakerIndex, type Speaker } from './speakers.js';

export interface FieldInput {
  field: Field;
  text: string;
  tokens: Token[];
  paragraphs: Span[];
  entities: ArticleEntity[];
}

interface Attribution {
  speaker: Speaker;
  rule: string;
  /** The attribution follows the closing mark right away (“…,” she said). */
  adjacentAfter: boolean;
  /** A speech verb before the opening mark in the same clause ("said the talks would be “inter-party”"). */
  sameClause?: boolean;
  /** The speech verb sits in a relative clause that closes before the quote ("X, a man who has threatened …, answered with “…”"). */
  relativeClosed?: boolean;
}

const QUOTE_MARK = /^[“”„«»"‘’']$/;
const SENTENCE_END = /[.!?…]["”’»']?\s+["“‘«]?\p{Lu}/u;

export function findQuotes(input: FieldInput, cues: QuoteCues = quoteCues): QuoteItem[] {
  const { text, tokens, field } = input;
  if (!tokens.length) return [];
  const spans = findQuoteSpans(text, input.paragraphs).filter((s) => !s.nested);
  if (!spans.length) return [];
  const index = new SpeakerIndex(text, tokens, input.entities, field, cues);
  const opens = new Map(spans.filter((s) => !s.unclosed).map((s) => [s.close, s.open]));
  const out: QuoteItem[] = [];
  const scare: string[][] = [];
  let previous: { item: QuoteItem; closeSentence: number } | null = null;
  for (const span of spans) {
    const openTok = index.tokenAt(span.open);
    const closeTok = span.unclosed ? index.tokenAt(span.end) : index.tokenAt(span.close);
    const firstIn = index.tokenAt(span.start);
    const lastIn = closeTok < 0 ? tokens.length : closeTok;
    if (openTok < 0 || firstIn < 0) continue;
    const inner = tokens.slice(firstIn, lastIn).filter((t) => t.word);
    // Words as written ("non-functional" is one), for the length rules.
    const words = text.slice(span.start, span.end).toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
    if (!words.length) continue;
    const attribution = attribute(index, span, openTok, closeTok, opens, cues);
    const reject = rejection(text, index, span, openTok, closeTok, inner, words, attribution, scare, cues);
    if (reject) {
      scare.push(words);
      continue;
    }
    const body = text.slice(span.start, span.end);
    let speaker: QuoteItem['speaker'] = null;
    let speakerText: string | null = null;
    let rule: string;
    if (attribution) {
      const r = index.resolve(attribution.speaker);
      speaker = r.entity;
      speakerText = r.text;
      rule = `${attribution.rule}; ${r.rule}`;
    } else if (previous && tokens[openTok].sentence - previous.closeSentence <= 1 && previous.item.speakerText !== null) {
      // A quote right after an attributed one goes on in the same voice.
      speaker = previous.item.speaker;
      speakerText = previous.item.speakerText;
      rule = 'continues the previous quotation';
    } else {
      if (words.length < cues.minDirectWords) continue;
      rule = 'unattributed';
    }
    const kind = directness(text, index, span, openTok, words, attribution, cues);
    const item: QuoteItem = { field, start: span.start, end: span.end, text: body, kind, speaker, speakerText, rule: `${kind}: ${rule}` };
    out.push(item);
    previous = { item, closeSentence: tokens[Math.min(tokens.length - 1, Math.max(openTok, closeTok))].sentence };
  }
  return out;
}

/** The attribution of a quotation: after the closing mark, before the opening mark, or the paragraph before. */
function attribute(index: SpeakerIndex, span: QuoteSpan, openTok: number, closeTok: number, opens: Map<number, number>, cues: QuoteCues): Attribution | null {
  const { tokens } = index;
  const after = closeTok >= 0 ? closeTok + 1 : tokens.length;
  // “…,” X said / “…,” said X: a speech verb within a few tokens of the closing mark.
  if (closeTok >= 0 && !span.unclosed) {
    const sentence = tokens[closeTok].sentence;
    let lead = after;
    while (lead < tokens.length && /^[,—–-]$/.test(tokens[lead].text)) lead++;
    for (let i = lead; i < Math.min(tokens.length, lead + 5); i++) {
      if (QUOTE_MARK.test(tokens[i].text) || tokens[i].text === '.' || (i > lead && tokens[i].text === ',')) break;
      // "“…”, while officials said": a new clause with its own speaker ("as X put it" still attributes).
      if (i === lead && index.lower(i) !== 'as' && cues.clauseWords.has(index.lower(i))) break;
      const v = index.verbAt(i);
      if (v && !v.verb.forward) {
        const s = index.subjectOf(v, after);
        if (s) return { speaker: s.speaker, rule: `after the quote: ${s.rule}`, adjacentAfter: true };
      }
      if (tokens[i].sentence !== sentence && i > lead) break;
    }
  }
  // X said (that) “…” / according to X, “…”: the nearest speech verb before the opening mark.
  const sentence = tokens[openTok].sentence;
  const first = index.firstOfSentence(sentence);
  let nearestVerbEnd = -1;
  for (let i = openTok - 1; i >= first; i--) {
    // Words inside an earlier quotation are not the author's attribution.
    const open = opens.get(tokens[i].start);
    if (open !== undefined) {
      i = index.tokenAt(open);
      continue;
    }
    const v = index.verbAt(i);
    if (!v) continue;
    // "if it concludes that": a condition, not the attribution.
    if ([1, 2].some((d) => cues.conditionals.has(index.lower(i - d)))) continue;
    if (nearestVerbEnd < 0) nearestVerbEnd = v.end;
    const s = index.subjectOf(v, first);
    if (s) return { speaker: s.speaker, rule: `before the quote: ${s.rule}`, adjacentAfter: false, sameClause: index.sameClause(nearestVerbEnd, openTok), relativeClosed: relativeClosed(index, v.tok, v.end, openTok) };
  }
  // "X has put it plainly: “…”": a colon after a clause with no speech verb introduces its subject's words.
  if (openTok > first && tokens[openTok - 1].text === ':') {
    const s = index.clauseSubject(first, openTok - 1);
    if (s) return { speaker: s, rule: 'the subject before a colon', adjacentAfter: false };
  }
  // A paragraph introduced by the one before ending with a colon.
  if (openTok === first && openTok > 0) {
    const prevEnd = openTok - 1;
    if (tokens[prevEnd].text === ':') {
      const prevFirst = index.firstOfSentence(tokens[prevEnd].sentence);
      for (let i = prevEnd - 1; i >= prevFirst; i--) {
        const v = index.verbAt(i);
        if (!v) continue;
        const s = index.subjectOf(v, prevFirst);
        if (s) return { speaker: s.speaker, rule: `introduced by a colon: ${s.rule}`, adjacentAfter: false };
      }
    }
  }
  // “…” by being among the abstaining members, Dacic said: later in the same sentence.
  if (closeTok >= 0 && !span.unclosed) {
    const sentence = tokens[closeTok].sentence;
    for (let i = after; i < Math.min(tokens.length, after + cues.attributionWindow); i++) {
      if (tokens[i].sentence !== sentence || QUOTE_MARK.test(tokens[i].text)) break;
      const v = index.verbAt(i);
      if (!v || v.verb.forward) continue;
      const s = index.subjectOf(v, after);
      if (s) return { speaker: s.speaker, rule: `later in the sentence: ${s.rule}`, adjacentAfter: false };
    }
  }
  return null;
}

/** Why a quoted span is not a quotation (a name, a title, a scare quote), or null. */
function rejection(
  text: string, index: SpeakerIndex, span: QuoteSpan, openTok: number, closeTok: number, inner: Token[], words: string[],
  attribution: Attribution | null, scare: string[][], cues: QuoteCues,
): string | null {
  const { tokens } = index;
  const short = words.length <= cues.maxScareWords;
  const body = text.slice(span.start, span.end);
  const sentenceLike = /[.!?]$/.test(body.replace(/["”’»']+$/, '')) || SENTENCE_END.test(body);
  // Names and titles: every word capitalised but the small words of names.
  const capitalised = inner.every((t) => t.upper || cues.nameWords.has(t.text.toLowerCase())) && inner[0].upper;
  if (capitalised && words.length <= 10 && !sentenceLike && !attribution?.adjacentAfter) return 'name or title';
  // "so-called", "self-described", "what was called" right before the marks.
  let b = openTok - 1;
  while (b >= 0 && (cues.determiners.has(index.lower(b)) || index.lower(b) === '-')) b--;
  const before = index.lower(b);
  const twoBefore = b > 1 && index.lower(b - 1) === '-' ? `${index.lower(b - 2)}-${before}` : before;
  if (short && (cues.scareCues.has(before) || cues.scareCues.has(twoBefore))) return `after "${twoBefore}"`;
  if (short && cues.nameCallVerbs.has(before)) {
    for (let k = b - 1; k >= Math.max(0, b - 4); k--) if (index.lower(k) === 'what') return 'after "what … called"';
  }
  // The author's own scare quote, repeated ("mediation" ... "mediation effort").
  if (words.length <= cues.maxScareWords + 1 && scare.some((s) => s.every((w) => words.includes(w)))) return 'repeats a scare quote';
  const next = closeTok >= 0 ? tokens[closeTok + 1] : undefined;
  const nextLow = next?.text.toLowerCase() ?? '';
  // "“mediation” efforts": the quoted words modify a following noun.
  if (short && !cues.determiners.has(words[0]) && next && next.word && !next.upper && !cues.functionWords.has(nextLow) && !cues.verbs.has(nextLow) && !/ly$/.test(nextLow)) return 'modifies the next word';
  // One word is a scare quote unless it is attributed: “…,” she said, "called it “theft”", or a
  // speech verb earlier in the clause ("said troops had “repelled” the raid").
  if (words.length === 1 && !attribution?.adjacentAfter && !cues.labelVerbs.has(before) && !(attribution && attribution.sameClause)) return 'one word';
  if (short && !attribution) return 'short and unattributed';
  if (short && attribution?.relativeClosed) return 'its verb belongs to a closed relative clause';
  return null;
}

function directness(text: string, index: SpeakerIndex, span: QuoteSpan, openTok: number, words: string[], attribution: Attribution | null, cues: QuoteCues): 'direct' | 'partial' {
  const body = text.slice(span.start, span.end);
  if (words.length < cues.minDirectWords) return 'partial';
  if (SENTENCE_END.test(body)) return 'direct';
  const { tokens } = index;
  const first = index.firstOfSentence(tokens[openTok].sentence);
  const prev = tokens[openTok - 1];
  if (openTok === first || !prev || prev.text === ':' || (prev.text === ',' && attribution !== null)) return 'direct';
  if (attribution?.adjacentAfter && /^\p{Lu}/u.test(body)) return 'direct';
  if (index.lower(openTok - 1) === 'that' && words.length >= cues.minDirectWords + 2) return 'direct';
  return 'partial';
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose']);

/** Whether the verb at `verbTok` opens a relative clause ("who has threatened") that a comma closes before `openTok`. */
function relativeClosed(index: SpeakerIndex, verbTok: number, verbEnd: number, openTok: number): boolean {
  let relative = false;
  for (let d = 1; d <= 3 && !relative; d++) relative = RELATIVE_PRONOUNS.has(index.lower(verbTok - d));
  if (!relative) return false;
  for (let k = verbEnd; k < openTok; k++) if (index.tokens[k].text === ',') return true;
  return false;
}
