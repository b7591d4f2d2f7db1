// Scare quotes: short quoted phrases that distance or mock ("so-called ‘experts’", their
// “mediation”) rather than report what someone said. A quoted phrase is a quotation, not a
// scare quote, when the quotes layer lists it, when a reporting verb stands next to it
// ("spoke of", "adding that", ", says"), when it echoes words quoted earlier, or when it is a
// capitalised name ("the “Northern corridor” project"). Scare-quoted labels for people or
// movements are Name_Calling,Labeling; other scare-quoted words are Loaded_Language.
import type { TechniqueItem } from '../claims/types.js';
import type { FieldView } from './detector.js';
import { item } from './detector.js';
import { quoteCues } from '../quotes/quote-cues.js';
import { CUES, matchesAt, type CompiledLexicon } from './lexicon.js';

const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '"': '"', "'": "'", '„': '“' };
const MAX_WORDS = 4;
const MAX_INNER_TOKENS = 8;
const LOOK_BEHIND = 10;
const LOOK_AHEAD = 3;
interface LongQuote {
  end: number;
  text: string;
}

const CLAUSE_BOUNDARY = new Set([',', ';', ':', '–', '—', '(', '.', '?', '!']);

export function findScareQuotes(v: FieldView, lexicon: CompiledLexicon): TechniqueItem[] {
  const { tokens, text } = v;
  const out: TechniqueItem[] = [];
  const longQuotes: LongQuote[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i].text;
    const close = CLOSER[open];
    if (!close || !opens(text, tokens[i].start)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_INNER_TOKENS && tokens[j].text !== close && tokens[j].text !== open) j++;
    if (j >= tokens.length || tokens[j].text !== close || j === i + 1) {
      recordLongQuote(v, i, close, longQuotes);
      continue;
    }
    const words = countWords(v, i + 1, j);
    if (words === 0 || words > MAX_WORDS) {
      recordLongQuote(v, i, close, longQuotes);
      continue;
    }
    const inner = text.slice(tokens[i + 1].start, tokens[j - 1].end);
    const why = notScare(v, i, j, inner, longQuotes);
    const naming = why && why !== 'name' ? namedByOthers(v, i) : null;
    if (why && !naming) continue;
    const label = labelKind(v, i + 1, j, lexicon);
    const technique = label ? 'Name_Calling,Labeling' : 'Loaded_Language';
    const reason = [naming, label].filter(Boolean).join('; ');
    out.push(item(v, tokens[i].start, tokens[j].end, technique, `scare-quote${reason ? `: ${reason}` : ''}`, true));
    i = j;
  }
  return out;
}

/** An opening mark starts a quotation: a straight or single mark must not sit inside a word. */
function opens(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + 1] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && /\S/.test(after);
}

function countWords(v: FieldView, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (v.tokens[k].word) n++;
  return n;
}

/** Remembers the text of a longer quotation so that later short quotes echoing it are not scare quotes. */
function recordLongQuote(v: FieldView, i: number, close: string, longQuotes: LongQuote[]): void {
  const at = v.tokens[i].start + 1;
  const end = v.text.indexOf(close, at);
  const nl = v.text.indexOf('\n', at);
  if (end > at && (nl < 0 || end < nl)) longQuotes.push({ end, text: v.text.slice(at, end).toLowerCase() });
}

function notScare(v: FieldView, i: number, j: number, inner: string, longQuotes: LongQuote[]): string | null {
  const { tokens, lower } = v;
  const first = tokens[i + 1];
  for (const q of v.quotes) {
    if (q.field === v.field && q.start < first.end + inner.length && q.end > first.start && q.end - q.start <= inner.length + 4) return 'listed quotation';
  }
  // A quotation that marks an elision ("[…]") is cut from a longer text: quoted speech, not a word held at arm's length.
  if (inner.includes('[')) return 'elided quotation';
  if (first.upper && !(first.sentenceStart && onlyFirstCapitalised(v, i + 1, j))) return 'name';
  // "so-called “peacekeepers”", "self-described “activists”": "called" and "described" here
  // distance the word rather than report it.
  if (distanced(v, i)) return null;
  const s = tokens[i].sentence;
  const sentenceFirst = v.sentenceFirst[s];
  for (let k = i - 1; k >= Math.max(sentenceFirst, i - LOOK_BEHIND); k--) {
    if (CLAUSE_BOUNDARY.has(tokens[k].text)) break;
    if (CUES.reporting.has(lower[k])) return 'reported';
  }
  for (let k = j + 1; k < Math.min(tokens.length, j + 1 + LOOK_AHEAD); k++) if (CUES.reporting.has(lower[k])) return 'reported';
  const key = inner.toLowerCase().replace(/[.,!?]+$/, '');
  if (longQuotes.some((q) => q.end < tokens[i].start && q.text.includes(key))) return 'echo';
  return null;
}

/** The quotation layer's verbs of naming (called, dubbed, branded): one list serves both layers. */
const NAMING_VERBS = quoteCues.nameCallVerbs;
const POINTING_OBJECTS = new Set(['this', 'these', 'that', 'those', 'it', 'them', 'themselves', 'itself', 'himself', 'herself']);
/** Before a verb of naming, these make it passive: "is branded an “occupation”". */
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'gets', 'got']);
const RELATIVES = new Set(['which', 'what']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Tokens between "which"/"what" and the naming verb ("which the armed groups call"). */
const MAX_NAMER_TOKENS = 5;
/** Tokens back from "of" to the accusing verb ("accused the council of harbouring"). */
const MAX_ACCUSED_TOKENS = 8;

/**
 * Quoted words the writer hands to someone else's naming hold them at arm's length even
 * when the words were really said: "which the rebels call “liberation”", "they call this a
 * “sovereign decision”", "accuse the capital of “intimidation”". A verb of naming with a
 * pointing object or after "which"/"what", or an accusation's "of", comes right before the
 * quote. Returns the reason, or null.
 */
function namedByOthers(v: FieldView, open: number): string | null {
  const { lower, tokens } = v;
  const first = v.sentenceFirst[tokens[open].sentence];
  let k = open - 1;
  if (k >= first && ARTICLES.has(lower[k])) k--;
  if (k < first) return null;
  if (lower[k] === 'of' || (k - 1 >= first && lower[k - 1] === 'of' && lower[k].endsWith('ing'))) {
    const of = lower[k] === 'of' ? k : k - 1;
    for (let a = of - 1; a >= Math.max(first, of - MAX_ACCUSED_TOKENS); a--) {
      if (CLAUSE_BOUNDARY.has(tokens[a].text)) break;
      if (lower[a].startsWith('accus')) return 'accused of';
    }
    return null;
  }
  // "call this surrender a “…”", "call themselves the “…”": a pointing word, perhaps with its
  // noun, between verb and quote.
  for (let back = 0; back <= 2 && k - back - 1 >= first; back++) {
    if (POINTING_OBJECTS.has(lower[k - back]) && NAMING_VERBS.has(lower[k - back - 1])) return 'named by others';
  }
  // "which Baku calls “…”", "what has been called a “…”", and a passive: "is branded an “…”".
  let verb = k;
  if (!NAMING_VERBS.has(lower[verb]) && verb - 1 >= first && lower[verb].endsWith('ly') && NAMING_VERBS.has(lower[verb - 1])) verb--;
  if (!NAMING_VERBS.has(lower[verb])) return null;
  if (verb - 1 >= first && PASSIVE.has(lower[verb - 1]) && lower[verb] !== 'known') return 'named by others';
  for (let a = verb - 1; a >= Math.max(first, verb - 1 - MAX_NAMER_TOKENS); a--) {
    if (CLAUSE_BOUNDARY.has(tokens[a].text)) break;
    if (RELATIVES.has(lower[a])) return 'named by others';
  }
  return null;
}

function distanced(v: FieldView, open: number): boolean {
  let written = '';
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    written = v.lower[k] + written;
    if (CUES.distancing.has(written)) return true;
  }
  return false;
}

function onlyFirstCapitalised(v: FieldView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (v.tokens[k].upper) return false;
  return true;
}

/** Why a scare-quoted phrase is a label: a lexicon label inside it, or an agent noun at its end. */
function labelKind(v: FieldView, from: number, to: number, lexicon: CompiledLexicon): string | null {
  for (let k = from; k < to; k++) {
    for (const p of lexicon.byWord.get(v.lower[k]) ?? []) {
      if (p.rule.technique !== 'Name_Calling,Labeling') continue;
      const start = k - p.anchor;
      if (start >= from && start + p.elements.length <= to && matchesAt(p.elements, start, v.lower, v.upper, lexicon.stopAfter)) return `label ${p.phrase}`;
    }
  }
  let last = to - 1;
  while (last >= from && !v.tokens[last].word) last--;
  const w = v.lower[last] ?? '';
  if (CUES.peopleNouns.has(w)) return `people noun "${w}"`;
  const suffix = CUES.agentSuffixes.find((s) => w.length > s.length + 3 && w.endsWith(s));
  return suffix ? `agent noun -${suffix}` : null;
}
