// Finds the actor-actor relations an article asserts, sentence by sentence: a pattern of
// data/relation-cues.json matched over the tokens, with the named entities (or a nationality
// adjective standing for a country the article names) in its slots. A match is dropped when
// the words around it make it unasserted (negated, conditional, future, wished, feared, asked)
// or when its cue is only scare-quoted; inside a real quotation it is kept and marked quoted,
// since then the speaker, not the outlet, asserts it. Precision over recall: an analyst reads
// every relation beside its evidence.
import type { Span } from '../../core/article.js';
import type { QuoteItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import type { Field } from '../entities/mention-finder.js';
import { findQuoteSpans } from '../quotes/quote-spans.js';
import type { Token } from '../tokenize.js';
import { defaultRelationCues, normaliseWord, type Element, type RelationCues, type RelationPattern, type SlotClass, type SlotRole, type WordTrie } from './relation-patterns.js';
import type { RelationItem } from './types.js';

export interface RelationInput {
  text: string;
  title: string;
  paragraphs: Span[];
  sentences: Span[];
  tokens: { text: Token[]; title: Token[] };
  entities: ArticleEntity[];
  quotes: QuoteItem[];
}

/** Places that act as states in the news ("Moscow warned", "Karabakh authorities"). */
const STATE_KINDS = new Set(['country', 'capital', 'de_facto_state', 'disputed', 'territory', 'government_building', 'historical']);
const SITE_KINDS = new Set(['city', 'capital', 'region', 'facility', 'landmark', 'border_crossing', 'corridor']);
const AREA_KINDS = new Set(['country', 'region', 'disputed', 'de_facto_state', 'territory']);
/** A subject right after one of these is the object of a preposition, not the one acting. */
const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'by', 'with', 'to', 'for', 'on', 'against', 'between', 'into', 'over', 'under', 'about', 'than', 'like', 'near', 'toward', 'towards', 'through', 'within', 'without', 'among', 'amid', 'across', 'despite']);
const CLAUSE_BREAKS = new Set([';', ':', '—', '(', ')', '[', ']', '“', '”', '"', '«', '»', '?', '!']);
const PRE_WINDOW = 3;
/** A quotation this short around a cue is a scare quote: the outlet distances itself. */
const SCARE_QUOTE_WORDS = 3;

interface Slot {
  role: SlotRole;
  entities: number[];
  first: number;
  end: number;
}

interface FieldView {
  field: Field;
  text: string;
  tokens: Token[];
  words: string[];
  /** Entity mention starting at a token: [entity index, end token (exclusive)]. */
  mentionAt: Int32Array;
  mentionEnd: Int32Array;
  inMention: Uint8Array;
  /** Entity a nationality adjective at a token stands for, or -1. */
  adjectiveAt: Int32Array;
  quoteSpans: { start: number; end: number }[];
  sentenceSpans: Span[];
}

export function findRelations(input: RelationInput, cues: RelationCues = defaultRelationCues()): RelationItem[] {
  const out: RelationItem[] = [];
  const adjectives = adjectiveIndex(input.entities);
  for (const field of ['title', 'text'] as const) {
    const tokens = input.tokens[field];
    if (!tokens.length) continue;
    const text = field === 'text' ? input.text : input.title;
    const view = buildView(field, text, tokens, input, adjectives);
    findInField(view, input.entities, cues, out);
  }
  return out;
}

function adjectiveIndex(entities: ArticleEntity[]): Map<string, number> {
  const out = new Map<string, number>();
  entities.forEach((e, i) => {
    const adjectives = (e.kb as { adjectives?: string[] } | null)?.adjectives;
    if (e.type !== 'PLACE' || !adjectives) return;
    for (const a of adjectives) if (!out.has(a.toLowerCase())) out.set(a.toLowerCase(), i);
  });
  return out;
}

function buildView(field: Field, text: string, tokens: Token[], input: RelationInput, adjectives: Map<string, number>): FieldView {
  const n = tokens.length;
  const words = tokens.map((t, i) => {
    const w = normaliseWord(t.text);
    if (w === '-' || w === '‐' || w === '‑' || w === '–') {
      // A dash between two words with no space is a hyphen ("Armenia–Azerbaijan"); else a break.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      return prev && next && prev.end === t.start && next.start === t.end ? '-' : '—';
    }
    // "Armenians’ rights": a trailing apostrophe is the plural possessive.
    if ((w === "'" || w === '’') && i > 0 && tokens[i - 1].end === t.start && /s$/i.test(tokens[i - 1].text) && (i + 1 >= n || tokens[i + 1].start > t.end)) return "'s";
    return w;
  });
  const starts = new Map<number, number>();
  tokens.forEach((t, i) => starts.set(t.start, i));
  const mentionAt = new Int32Array(n).fill(-1);
  const mentionEnd = new Int32Array(n).fill(-1);
  const inMention = new Uint8Array(n);
  input.entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      if (m.field !== field) continue;
      const first = starts.get(m.start);
      if (first === undefined) continue;
      let last = first;
      while (last < n && tokens[last].end < m.end) last++;
      if (last >= n || tokens[last].end !== m.end) continue;
      if (mentionAt[first] >= 0 && mentionEnd[first] >= last + 1) continue;
      mentionAt[first] = ei;
      mentionEnd[first] = last + 1;
      for (let k = first; k <= last; k++) inMention[k] = 1;
    }
  });
  const adjectiveAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!tokens[i].upper || inMention[i]) continue;
    const e = adjectives.get(words[i]);
    if (e !== undefined) adjectiveAt[i] = e;
  }
  const paragraphs = field === 'text' ? input.paragraphs : [{ start: 0, end: text.length }];
  const quoteSpans: { start: number; end: number }[] = findQuoteSpans(text, paragraphs).map((q) => ({ start: q.start, end: q.end }));
  for (const q of input.quotes) if (q.field === field) quoteSpans.push({ start: q.start, end: q.end });
  const sentenceSpans = field === 'text' && input.sentences.length ? input.sentences : [{ start: 0, end: text.length }];
  return { field, text, tokens, words, mentionAt, mentionEnd, inMention, adjectiveAt, quoteSpans, sentenceSpans };
}

/** Patterns by what their first token can be, built once per pattern set. */
interface AnchorIndex {
  any: number[];
  byWord: Map<string, number[]>;
  entity: number[];
  adjective: number[];
  number: number[];
  /**
   * A pattern's obligatory word lists ("needs"): a sentence must hold a first word of each list
   * for the pattern to match there. Per pattern, the numbers of its needs; per word, the needs
   * it meets.
   */
  needsOf: number[][];
  needsMetBy: Map<string, number[]>;
  needCount: number;
}

const anchorIndexes = new WeakMap<RelationCues, AnchorIndex>();

function anchorIndex(cues: RelationCues): AnchorIndex {
  const cached = anchorIndexes.get(cues);
  if (cached) return cached;
  const index: AnchorIndex = { any: [], byWord: new Map(), entity: [], adjective: [], number: [], needsOf: [], needsMetBy: new Map(), needCount: 0 };
  cues.patterns.forEach((p, i) => {
    index.needsOf.push(neededWords(p).map((words) => {
      const need = index.needCount++;
      for (const w of words) index.needsMetBy.set(w, [...(index.needsMetBy.get(w) ?? []), need]);
      return need;
    }));
    const a = p.anchor;
    if (a.any) {
      index.any.push(i);
      return;
    }
    if (a.entity) index.entity.push(i);
    if (a.adjective) index.adjective.push(i);
    if (a.number) index.number.push(i);
    for (const w of a.words) index.byWord.set(w, [...(index.byWord.get(w) ?? []), i]);
  });
  anchorIndexes.set(cues, index);
  return index;
}

function neededWords(pattern: RelationPattern): string[][] {
  return pattern.elements.flatMap((el) => (el.kind === 'words' && el.min >= 1 && !el.trie.final ? [[...el.trie.next.keys()]] : []));
}

function findInField(view: FieldView, entities: ArticleEntity[], cues: RelationCues, out: RelationItem[]): void {
  const { tokens, words } = view;
  const index = anchorIndex(cues);
  const seen = new Set<string>();
  const candidates = new Set<number>();
  let lo = 0;
  while (lo < tokens.length) {
    let hi = lo + 1;
    while (hi < tokens.length && tokens[hi].sentence === tokens[lo].sentence) hi++;
    // Most sentences hold no relation cue at all: only patterns whose obligatory words occur are tried.
    const possible = words[hi - 1] === '?' ? null : possiblePatterns(index, words, lo, hi);
    if (possible) {
      const keep = (list: number[]) => list.filter((i) => possible[i]);
      const any = keep(index.any);
      const entity = keep(index.entity);
      const adjective = keep(index.adjective);
      const number = keep(index.number);
      const matcher = new Matcher(view, entities, cues, lo, hi);
      for (let ti = lo; ti < hi; ti++) {
        candidates.clear();
        for (const i of any) candidates.add(i);
        for (const i of index.byWord.get(words[ti]) ?? []) if (possible[i]) candidates.add(i);
        if (view.mentionAt[ti] >= 0) for (const i of entity) candidates.add(i);
        else if (view.adjectiveAt[ti] >= 0) for (const i of adjective) candidates.add(i);
        if (number.length && /^\d/.test(words[ti])) for (const i of number) candidates.add(i);
        if (!candidates.size) continue;
        for (const i of [...candidates].sort((x, y) => x - y)) {
          const pattern = cues.patterns[i];
          const match = matcher.run(pattern, ti);
          if (match) emit(view, entities, cues, pattern, match, lo, hi, seen, out);
        }
      }
    }
    lo = hi;
  }
}

/** Which patterns can match in tokens [lo, hi), or null when none can. */
function possiblePatterns(index: AnchorIndex, words: string[], lo: number, hi: number): boolean[] | null {
  const met = new Uint8Array(index.needCount);
  for (let j = lo; j < hi; j++) for (const need of index.needsMetBy.get(words[j]) ?? []) met[need] = 1;
  let anyPossible = false;
  const possible = index.needsOf.map((needs) => {
    const ok = needs.every((need) => met[need] === 1);
    anyPossible ||= ok;
    return ok;
  });
  return anyPossible ? possible : null;
}

interface Match {
  start: number;
  end: number;
  slots: Slot[];
  cueFirst: number;
  cueEnd: number;
}

/** Backtracking matcher of one pattern over one sentence's tokens [lo, hi). */
class Matcher {
  private slots: Slot[] = [];
  private cueFirst = -1;
  private cueEnd = -1;
  private elements: Element[] = [];

  constructor(
    private view: FieldView,
    private entities: ArticleEntity[],
    private cues: RelationCues,
    private lo: number,
    private hi: number,
  ) {}

  run(pattern: RelationPattern, start: number): Match | null {
    this.elements = pattern.elements;
    this.slots = [];
    this.cueFirst = -1;
    this.cueEnd = -1;
    let end = -1;
    const ok = this.step(0, start, (ti) => {
      end = ti;
      return true;
    });
    if (!ok) return null;
    return { start, end, slots: this.slots.map((s) => ({ ...s, entities: [...s.entities] })), cueFirst: this.cueFirst, cueEnd: this.cueEnd };
  }

  /** Matches elements[ei..] from token ti; `done` is called with the end token of a full match. */
  private step(ei: number, ti: number, done: (ti: number) => boolean): boolean {
    if (ei === this.elements.length) return done(ti);
    const el = this.elements[ei];
    const next = (to: number) => this.withCue(el.cue, ti, to, () => this.step(ei + 1, to, done));
    switch (el.kind) {
      case 'slot':
        return this.slot(el, ti, (to, ents) => {
          this.slots.push({ role: el.role, entities: ents, first: ti, end: to });
          if (next(to)) return true;
          this.slots.pop();
          return false;
        });
      case 'words':
        return this.repeat(el.trie, el.min, el.max, ti, 0, next);
      case 'num':
        if (ti < this.hi && /^\d/.test(this.view.words[ti]) && next(ti + 1)) return true;
        return el.min === 0 && next(ti);
      case 'gap':
        for (let k = 0; k <= el.max; k++) {
          const j = ti + k;
          if (k > 0 && (j > this.hi || !this.skippable(j - 1))) break;
          if (next(j)) return true;
        }
        return false;
      case 'check':
        return this.check(el.check, ti) && next(ti);
    }
  }

  private withCue(isCue: boolean, from: number, to: number, go: () => boolean): boolean {
    if (!isCue) return go();
    const saved = [this.cueFirst, this.cueEnd];
    if (this.cueFirst < 0) this.cueFirst = from;
    this.cueEnd = to;
    if (go()) return true;
    [this.cueFirst, this.cueEnd] = saved;
    return false;
  }

  private repeat(trie: WordTrie, min: number, max: number, ti: number, count: number, next: (to: number) => boolean): boolean {
    if (count < max) for (const end of this.phraseEnds(trie, ti)) if (this.repeat(trie, min, max, end, count + 1, next)) return true;
    return count >= min && next(ti);
  }

  /** Ends of the list's phrases that start at ti, longest first. */
  private phraseEnds(trie: WordTrie, ti: number): number[] {
    const ends: number[] = [];
    let node: WordTrie | undefined = trie;
    for (let j = ti; j < this.hi && node; j++) {
      node = node.next.get(this.view.words[j]);
      if (node?.final) ends.push(j + 1);
    }
    return ends.reverse();
  }

  /** A token a gap may pass over: inside the clause, asserted, and naming no entity. */
  private skippable(j: number): boolean {
    const w = this.view.words[j];
    return !CLAUSE_BREAKS.has(w) && w !== '—' && !this.cues.negations.has(w) && !this.cues.modals.has(w) && !this.view.inMention[j];
  }

  private slot(el: Extract<Element, { kind: 'slot' }>, ti: number, next: (to: number, ents: number[]) => boolean): boolean {
    const one = this.entityAt(el.adjective, el.cls, ti);
    if (!one) return false;
    if (!el.multi) return next(one[1], [one[0]]);
    // X; X and Y; X, Y and Z; X, Y, and Z; each with an optional "the".
    const options: [number, number[]][] = [[one[1], [one[0]]]];
    const ents = [one[0]];
    let j = one[1];
    for (;;) {
      let k = j;
      const comma = this.view.words[k] === ',';
      if (comma) k++;
      const conj = this.view.words[k] === 'and' || this.view.words[k] === 'or';
      if (conj) k++;
      if (!comma && !conj) break;
      if (this.view.words[k] === 'the') k++;
      const more = k < this.hi ? this.entityAt(el.adjective, el.cls, k) : null;
      if (!more) break;
      ents.push(more[0]);
      j = more[1];
      options.push([j, [...ents]]);
      if (conj) break;
    }
    for (let o = options.length - 1; o >= 0; o--) {
      // A list of three or more only counts when it closes with "and" ("X, Y" alone is no list).
      if (o > 0 && options[o][1].length > 1 && !this.closesWithConj(options[o][0])) continue;
      if (next(options[o][0], options[o][1])) return true;
    }
    return false;
  }

  private closesWithConj(end: number): boolean {
    // The last member of an accepted list was reached through "and"/"or" (see slot()).
    for (let j = end - 1; j > this.lo; j--) {
      const w = this.view.words[j];
      if (w === 'and' || w === 'or') return true;
      if (w === ',') return false;
    }
    return false;
  }

  private entityAt(adjective: boolean, cls: SlotClass, ti: number): [number, number] | null {
    if (ti >= this.hi) return null;
    const m = this.view.mentionAt[ti];
    if (m >= 0) return fits(this.entities[m], cls) && this.view.mentionEnd[ti] <= this.hi ? [m, this.view.mentionEnd[ti]] : null;
    if (adjective && this.view.adjectiveAt[ti] >= 0) {
      const e = this.view.adjectiveAt[ti];
      return fits(this.entities[e], cls) ? [e, ti + 1] : null;
    }
    return null;
  }

  private check(check: 'end' | 'head' | 'nposs', ti: number): boolean {
    const w = ti < this.hi ? this.view.words[ti] : '';
    if (check === 'nposs') return w !== "'s";
    if (ti >= this.hi) return true;
    if (w === "'s" || w === '-') return false;
    const token = this.view.tokens[ti];
    if (!token.word) return true;
    if (check === 'end') return false;
    return this.cues.headFollowers.has(w);
  }
}

function fits(e: ArticleEntity, cls: SlotClass): boolean {
  const kind = e.kb?.kind ?? '';
  const statePlace = e.type === 'PLACE' && STATE_KINDS.has(kind);
  switch (cls) {
    case 'actor':
      return e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GROUP' || statePlace;
    case 'person':
      return e.type === 'PERSON';
    case 'org':
      return e.type === 'ORG';
    case 'polity':
      return e.type === 'ORG' || e.type === 'GROUP' || statePlace;
    case 'site':
      return e.type === 'PLACE' && (!e.kb || SITE_KINDS.has(kind));
    case 'area':
      return e.type === 'PLACE' && AREA_KINDS.has(kind);
  }
}

function emit(view: FieldView, entities: ArticleEntity[], cues: RelationCues, pattern: RelationPattern, m: Match, lo: number, hi: number, seen: Set<string>, out: RelationItem[]): void {
  if (!asserted(view, cues, pattern, m, lo)) return;
  const { tokens, text } = view;
  const cueStart = tokens[m.cueFirst].start;
  const cueEnd = tokens[m.cueEnd - 1].end;
  const quote = innermostQuote(view.quoteSpans, cueStart, cueEnd);
  if (quote && isScareQuote(view, quote, m)) return;

  const sources = m.slots.filter((s) => s.role === 'S').flatMap((s) => s.entities);
  const targets = m.slots.filter((s) => s.role === 'T' || s.role === 'U').flatMap((s) => s.entities);
  const pairs: [number, number][] = [];
  if (sources.length) for (const s of sources) for (const t of targets) pairs.push([s, t]);
  else if (targets.length === 2) pairs.push([targets[0], targets[1]]);
  const bystanders = new Set(m.slots.filter((s) => s.role === '_').flatMap((s) => s.entities));

  const sentence = view.sentenceSpans[tokens[lo].sentence] ?? { start: tokens[lo].start, end: tokens[hi - 1].end };
  const raw = text.slice(sentence.start, sentence.end);
  const start = sentence.start + (raw.length - raw.trimStart().length);
  const end = sentence.end - (raw.length - raw.trimEnd().length);
  for (const [source, target] of pairs) {
    if (source === target || bystanders.has(source) || bystanders.has(target)) continue;
    if (pattern.type === 'located_in' && !plausiblyInside(entities[source], entities[target])) continue;
    const [a, b] = pattern.symmetric && source > target ? [target, source] : [source, target];
    const key = `${tokens[lo].sentence}|${pattern.type}|${a}|${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      field: view.field,
      source,
      target,
      type: pattern.type,
      start,
      end,
      text: text.slice(start, end),
      cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
      quoted: quote !== null,
      rule: pattern.rule,
    });
  }
}

/** Not negated, conditional, wished, feared or future; a subject is not a preposition's object. */
function asserted(view: FieldView, cues: RelationCues, pattern: RelationPattern, m: Match, lo: number): boolean {
  const { words } = view;
  const inSlot = new Uint8Array(m.end - m.start);
  for (const s of m.slots) for (let k = s.first; k < s.end; k++) inSlot[k - m.start] = 1;
  for (let k = m.start; k < m.end; k++) if (!inSlot[k - m.start] && cues.negations.has(words[k])) return false;
  // The few words before the match, back to a clause break.
  for (let k = m.start - 1, n = 0; k >= lo && n < PRE_WINDOW; k--, n++) {
    const w = words[k];
    if (CLAUSE_BREAKS.has(w) || w === '—' || w === ',') break;
    if (!pattern.descriptive && cues.preBlockers.has(w)) return false;
    if ((pattern.type === 'leader_of' || pattern.type === 'member_of') && cues.formerWords.has(w)) return false;
  }
  // "If X attacks Y": a condition anywhere earlier in the same clause.
  for (let k = m.start - 1; k >= lo && !pattern.descriptive; k--) {
    const w = words[k];
    if (CLAUSE_BREAKS.has(w) || w === '—' || w === ',') break;
    if (startsPhrase(cues.conditionals, words, k, m.start)) return false;
  }
  if (pattern.subject) {
    let k = m.start - 1;
    if (k >= lo && words[k] === 'the') k--;
    if (k >= lo && PREPOSITIONS.has(words[k])) return false;
  }
  // "the threat of war between X and Y", "a possible alliance": the noun is named, not asserted.
  if (pattern.nominal) {
    for (let k = m.start - 1, n = 0; k >= lo && n < 3; k--, n++) if (cues.unreal.has(words[k])) return false;
  }
  return true;
}

function startsPhrase(trie: WordTrie, words: string[], k: number, limit: number): boolean {
  let node: WordTrie | undefined = trie;
  for (let j = k; j < limit && node; j++) {
    node = node.next.get(words[j]);
    if (node?.final) return true;
  }
  return false;
}

function innermostQuote(spans: { start: number; end: number }[], start: number, end: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const q of spans) if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  return best;
}

/** A few quoted words around the cue that leave the actors outside: distance, not a quotation. */
function isScareQuote(view: FieldView, quote: { start: number; end: number }, m: Match): boolean {
  const words = view.text.slice(quote.start, quote.end).split(/\s+/).filter(Boolean).length;
  if (words > SCARE_QUOTE_WORDS) return false;
  return !m.slots.every((s) => view.tokens[s.first].start >= quote.start && view.tokens[s.end - 1].end <= quote.end);
}

/** "Town, Country": the first place lies inside the second as far as the knowledge base knows. */
function plausiblyInside(inner: ArticleEntity, outer: ArticleEntity): boolean {
  if (inner.kb?.kind === 'region' && outer.kb?.kind === 'region') return false;
  const a = inner.kb?.geo?.country;
  const b = outer.kb?.geo?.country;
  return !a || !b || a === b;
}
