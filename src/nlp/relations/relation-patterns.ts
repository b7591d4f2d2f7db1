// Compiles the relation patterns of data/relation-cues.json, once, into token matchers. A
// pattern is a line of space-separated elements read left to right over a sentence's tokens:
//   S T U _       entity slots: source, target, second target, a required bystander
//   S+            a coordinated list of entities ("X, Y and Z"), each taking the role
//   S~            also a nationality adjective standing for its country ("Russian")
//   S:class       restricts the entity: actor, person, org, polity, site, area
//   @list         one entry (possibly a phrase) of a word list; a|b literal alternatives
//   x? x*N        optional, or up to N repeats;  *N  up to N tokens of the same clause
//   #num          a number;  ^  marks the cue (the words that assert the relation)
//   <end> <head> <nposs>   the phrase ends here / the slot before heads its noun phrase /
//                 no possessive follows
// Keeping the patterns as data lets an analyst read, and extend, exactly what is asserted.
import { readFileSync } from 'node:fs';
import type { RelationType } from './types.js';

export type SlotRole = 'S' | 'T' | 'U' | '_';
export type SlotClass = 'actor' | 'person' | 'org' | 'polity' | 'site' | 'area';

/** Words as a trie of lower-cased tokens, so phrases ("opened fire on") match token by token. */
export interface WordTrie {
  next: Map<string, WordTrie>;
  final: boolean;
}

export type Element =
  | { kind: 'slot'; role: SlotRole; multi: boolean; adjective: boolean; cls: SlotClass; cue: boolean }
  | { kind: 'words'; trie: WordTrie; min: number; max: number; cue: boolean }
  | { kind: 'gap'; max: number; cue: boolean }
  | { kind: 'num'; min: number; cue: boolean }
  | { kind: 'check'; check: 'end' | 'head' | 'nposs'; cue: boolean };

export interface RelationPattern {
  type: RelationType;
  rule: string;
  elements: Element[];
  symmetric: boolean;
  /** Its first slot is a subject: not right after a preposition ("troops in X attacked"). */
  subject: boolean;
  /** Led by a noun ("war between", "alliance"): words like "fear of" make it unasserted. */
  nominal: boolean;
  /** A title, apposition or compound that describes rather than reports ("Russian President X"):
   *  a modal or negation earlier in the sentence does not make it unasserted. */
  descriptive: boolean;
  /** What the first token of a match can be, so most positions are never tried. */
  anchor: Anchor;
}

/** First tokens a pattern can start on: listed words, an entity (or adjective), a number, any. */
export interface Anchor {
  any: boolean;
  words: Set<string>;
  entity: boolean;
  adjective: boolean;
  number: boolean;
}

export interface RelationCues {
  patterns: RelationPattern[];
  /** Words that make what they touch unasserted: negation, modality, condition. */
  negations: Set<string>;
  modals: Set<string>;
  conditionals: WordTrie;
  /** Words just before a match that make it unreal ("fear of", "would", "if"). */
  preBlockers: Set<string>;
  /** Words before a title that make the office a past or future one ("former"). */
  formerWords: Set<string>;
  unreal: Set<string>;
  /** Tokens allowed after a slot that heads its noun phrase (see <head>). */
  headFollowers: Set<string>;
}

interface RawPattern {
  type: RelationType;
  rule: string;
  pattern: string;
  symmetric?: boolean;
  subject?: boolean;
  nominal?: boolean;
  descriptive?: boolean;
}

interface RawCues {
  lists: Record<string, string[]>;
  patterns: RawPattern[];
}

const CLASSES = new Set<SlotClass>(['actor', 'person', 'org', 'polity', 'site', 'area']);
const SLOT = /^([STU_])(\+)?(~)?(?::(\w+))?$/;

/** Lower-cases a token the way the finder does: one apostrophe, one hyphen. */
export function normaliseWord(w: string): string {
  const lower = w.toLowerCase();
  if (lower === '’s' || lower === "'s") return "'s";
  return lower.replace(/’/g, "'");
}

export function buildTrie(entries: Iterable<string>): WordTrie {
  const root: WordTrie = { next: new Map(), final: false };
  for (const entry of entries) {
    let node = root;
    for (const w of phraseTokens(entry)) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), final: false };
        node.next.set(w, child);
      }
      node = child;
    }
    node.final = true;
  }
  return root;
}

/** "secretary-general" -> secretary, -, general; "Y's" -> y, 's: as the tokenizer splits. */
function phraseTokens(entry: string): string[] {
  return (entry.match(/'s\b|[\p{L}\p{N}]+(?:'[\p{L}]+)*|\S/gu) ?? []).map(normaliseWord);
}

function compileElement(raw: string, lists: Record<string, string[]>, where: string): Element {
  let text = raw;
  const cue = text.startsWith('^') && text.length > 1;
  if (cue) text = text.slice(1);
  if (/^\*\d+$/.test(text)) return { kind: 'gap', max: Number(text.slice(1)), cue };
  if (text === '<end>' || text === '<head>' || text === '<nposs>') return { kind: 'check', check: text.slice(1, -1) as 'end' | 'head' | 'nposs', cue };
  const slot = SLOT.exec(text);
  if (slot) {
    const cls = (slot[4] ?? 'actor') as SlotClass;
    if (!CLASSES.has(cls)) throw new Error(`relation pattern ${where}: unknown slot class "${cls}"`);
    return { kind: 'slot', role: slot[1] as SlotRole, multi: !!slot[2], adjective: !!slot[3], cls, cue };
  }
  let min = 1;
  let max = 1;
  const rep = /(\?|\*(\d+))$/.exec(text);
  if (rep && text.length > rep[0].length) {
    text = text.slice(0, -rep[0].length);
    min = 0;
    max = rep[2] ? Number(rep[2]) : 1;
  }
  if (text === '#num') return { kind: 'num', min, cue };
  let entries: string[];
  if (text.startsWith('@')) {
    const list = lists[text.slice(1)];
    if (!list) throw new Error(`relation pattern ${where}: unknown list "${text}"`);
    entries = list;
  } else {
    entries = text.split('|');
  }
  return { kind: 'words', trie: buildTrie(entries), min, max, cue };
}

export function compileRelationCues(raw: RawCues): RelationCues {
  const patterns = raw.patterns.map((p) => {
    const elements = p.pattern.split(/\s+/).filter(Boolean).map((e) => compileElement(e, raw.lists, p.rule));
    if (!elements.some((e) => e.cue)) throw new Error(`relation pattern ${p.rule}: no cue (^)`);
    if (!elements.some((e) => e.kind === 'slot' && (e.role === 'T' || e.role === 'U'))) throw new Error(`relation pattern ${p.rule}: no target`);
    return { type: p.type, rule: p.rule, elements, symmetric: !!p.symmetric, subject: !!p.subject, nominal: !!p.nominal, descriptive: !!p.descriptive, anchor: anchorOf(elements) };
  });
  const set = (name: string) => new Set((raw.lists[name] ?? []).map(normaliseWord));
  return {
    patterns,
    negations: set('negations'),
    modals: set('modals'),
    conditionals: buildTrie(raw.lists.conditionals ?? []),
    preBlockers: set('preBlockers'),
    formerWords: set('formerWords'),
    unreal: set('unreal'),
    headFollowers: set('headFollowers'),
  };
}

function anchorOf(elements: Element[]): Anchor {
  const anchor: Anchor = { any: false, words: new Set(), entity: false, adjective: false, number: false };
  for (const el of elements) {
    if (el.kind === 'gap') return { ...anchor, any: true };
    if (el.kind === 'check') continue;
    if (el.kind === 'slot') {
      anchor.entity = true;
      anchor.adjective ||= el.adjective;
      return anchor;
    }
    if (el.kind === 'num') anchor.number = true;
    else for (const w of el.trie.next.keys()) anchor.words.add(w);
    if (el.min > 0) return anchor;
  }
  return { ...anchor, any: true };
}

let cached: RelationCues | null = null;

/** The shipped patterns, compiled on first use. */
export function defaultRelationCues(): RelationCues {
  if (!cached) {
    const raw = JSON.parse(readFileSync(new URL('../../../../src/nlp/data/relation-cues.json', import.meta.url), 'utf8')) as RawCues;
    cached = compileRelationCues(raw);
  }
  return cached;
}
