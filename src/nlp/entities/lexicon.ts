// A token trie over every alias of the knowledge base, so names are found by walking the
// token stream once: at each position the longest alias wins. Aliases are tokenized with the
// same tokenizer as articles, so "Nagorno-Karabakh" and "U.S." match as written.
import type { KbEntry } from '../../core/entity.js';
import { foldName } from '../../core/names.js';
import { tokenize } from '../tokenize.js';
import { matchable } from '../kb/names.js';

interface Node {
  next: Map<string, Node>;
  /** Entries whose alias ends here, matched regardless of case. */
  entries: KbEntry[];
  /** Entries whose alias ends here, matched only in this exact case (short acronyms). */
  exact: Map<string, KbEntry[]>;
}

export interface LexiconMatch {
  /** Number of tokens matched. */
  length: number;
  entries: KbEntry[];
}

const newNode = (): Node => ({ next: new Map(), entries: [], exact: new Map() });

/** Case-, diacritic- and apostrophe-insensitive form of one token. */
export const foldToken = foldName;

/**
 * Acronyms of up to five letters, and any alias of three letters or fewer, only match in
 * their own case: "US" is not "us", and the town of Eu is not the EU.
 */
function isExactCase(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (/\s/.test(alias)) return false;
  return letters.length <= 3 || (letters.length <= 5 && letters === letters.toUpperCase());
}

/** A short all-capitals word in a text is an acronym: it only matches aliases written so. */
function isAcronymSurface(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export class Lexicon {
  private readonly root = newNode();
  maxTokens = 0;

  constructor(entries: Iterable<KbEntry>) {
    for (const e of entries) {
      for (const alias of new Set([e.name, ...e.aliases])) if (matchable(alias)) this.add(alias, e);
    }
  }

  add(alias: string, entry: KbEntry): void {
    const tokens = tokenize(alias, [{ start: 0, end: alias.length }]).map((t) => t.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const key = foldToken(t);
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    this.maxTokens = Math.max(this.maxTokens, tokens.length);
    if (isExactCase(alias)) {
      const list = node.exact.get(tokens.join(' ')) ?? [];
      if (!list.includes(entry)) list.push(entry);
      node.exact.set(tokens.join(' '), list);
    } else if (!node.entries.includes(entry)) node.entries.push(entry);
  }

  /** Longest alias starting at token `i` (token texts as written), or null. */
  matchAt(tokens: readonly string[], i: number, limit = tokens.length): LexiconMatch | null {
    let node: Node | undefined = this.root;
    let best: LexiconMatch | null = null;
    for (let k = i; k < limit && k - i < this.maxTokens; k++) {
      // "Kongo-Central" for "Kongo Central": a hyphen inside a name stands for the space of an
      // alias written without one (never first or last: "Armenia-" names nothing).
      if (tokens[k] === '-' && k > i && k + 1 < limit && !node.next.has('-')) continue;
      node = node.next.get(foldToken(tokens[k]));
      if (!node) break;
      const exact = node.exact.size ? node.exact.get(tokens.slice(i, k + 1).join(' ')) : undefined;
      const loose = k === i && isAcronymSurface(tokens[i]) ? [] : node.entries;
      const found = exact ? [...loose, ...exact] : loose;
      if (found.length) best = { length: k - i + 1, entries: found };
    }
    return best;
  }
}
