// Every name and alias of the knowledge base under its folded key (names.ts), for lookups of a
// whole surface and for longest-match over a token stream. Each alias keeps how it is written,
// so short acronyms match only in their own case ("US", never "us").
import type { KbRecord } from './kb-record.js';
import type { CaseMode } from './names.js';
import { byPrior } from './prior.js';
import { aliasKey, caseAllows, decodeMode, fold, keyOf, nameTokens, surfaceTokens } from './names.js';

/** An exact-case alias (a short acronym) and its letters as written. */
interface ExactPosting {
  entry: KbRecord;
  raw: string;
}

/** One entry, or several: most keys name one thing, and a bare entry saves an array per key. */
type Postings = KbRecord | KbRecord[];

export interface AliasMatch {
  /** Number of tokens the alias covers, from the start position. */
  length: number;
  /** Entries of that alias, most likely first. */
  entries: KbRecord[];
}

/** A lone period after one of these is part of the name ("St. Petersburg" tokenized St . Petersburg). */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;
/** A word with its possessive ending attached ("Baku's"), not the ending as a token of its own. */
const POSSESSIVE = /[^'’\s]['’]s$/i;

/**
 * Three maps by case rule (names.ts CaseMode): aliases needing a capital in the text, aliases
 * written in lower case that match in any case, and exact-case acronyms with their letters.
 */
export class AliasIndex {
  private folded = new Map<string, Postings>();
  private lower = new Map<string, Postings>();
  private exact = new Map<string, ExactPosting[]>();
  /** Longest alias, in name words, starting with each first word: bounds the search at a token. */
  private longest = new Map<string, number>();
  /** In a clone, the keys whose lists it owns (it shares the others with its original). */
  private owned: Set<string> | null = null;
  maxAliasTokens = 0;

  /** An index that shares this one's lists until it changes them: cheap extension for --kb files. */
  clone(): AliasIndex {
    const c = new AliasIndex();
    c.folded = new Map(this.folded);
    c.lower = new Map(this.lower);
    c.exact = new Map(this.exact);
    c.longest = new Map(this.longest);
    c.owned = new Set();
    c.maxAliasTokens = this.maxAliasTokens;
    return c;
  }

  add(entry: KbRecord): void {
    for (const alias of [entry.name, ...entry.aliases]) {
      const k = aliasKey(alias);
      if (k) this.addKey(k.key, k.mode, k.raw, entry);
    }
  }

  /** Adds `entry` under keys already computed by the build (encodeAliasKey): a fast load. */
  addEncoded(entry: KbRecord, codes: string[]): void {
    for (const c of codes) {
      const mode = decodeMode(c);
      if (mode === 'exact') this.addKey(fold(c.slice(1)), mode, c.slice(1), entry);
      else this.addKey(c.slice(1), mode, '', entry);
    }
  }

  /** Drops every alias of `entry` (by identity): used when a user file replaces an entry. */
  remove(entry: KbRecord): void {
    for (const alias of [entry.name, ...entry.aliases]) {
      const k = aliasKey(alias);
      if (!k) continue;
      this.owned?.add(k.key);
      const exact = this.exact.get(k.key);
      if (exact) this.exact.set(k.key, exact.filter((p) => p.entry !== entry));
      for (const map of [this.folded, this.lower]) {
        const old = map.get(k.key);
        if (old === entry) map.delete(k.key);
        else if (Array.isArray(old)) map.set(k.key, old.filter((e) => e !== entry));
      }
    }
  }

  /** `raw`: the letters of an exact-case alias (unused for the other modes). */
  private addKey(key: string, mode: CaseMode, raw: string, entry: KbRecord): void {
    const shared = this.owned !== null && !this.owned.has(key);
    if (shared) this.owned?.add(key);
    if (mode === 'exact') {
      const old = this.exact.get(key) ?? [];
      if (old.some((p) => p.entry === entry && p.raw === raw)) return;
      const list = shared ? old.slice() : old;
      list.push({ entry, raw });
      this.exact.set(key, list);
    } else {
      const map = mode === 'any' ? this.lower : this.folded;
      const old = map.get(key);
      if (old === undefined) map.set(key, entry);
      else if (old === entry || (Array.isArray(old) && old.includes(entry))) return;
      else if (!Array.isArray(old)) map.set(key, [old, entry]);
      else if (shared) map.set(key, [...old, entry]);
      else old.push(entry);
    }
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    const n = space < 0 ? 1 : key.split(' ').length;
    if ((this.longest.get(first) ?? 0) < n) this.longest.set(first, n);
    if (n > this.maxAliasTokens) this.maxAliasTokens = n;
  }

  /** Entries named `surface` ("the U.S.", "Armenia’s", "Turkiye"), most likely first. */
  lookup(surface: string): KbRecord[] {
    const t = surfaceTokens(surface);
    return t.keys.length ? this.find(keyOf(t), t.raws) : [];
  }

  /**
   * The longest alias starting at `tokens[i]`, with tokens as written in the text (from any
   * tokenizer: hyphens and "’s" may be tokens of their own or inside a word). A match may end
   * inside a possessive token ("Baku's" matches Baku) but never on a hyphen or apostrophe.
   */
  matchAt(tokens: readonly string[], i: number): AliasMatch | null {
    if (i < 0 || i >= tokens.length) return null;
    const keys: string[] = [];
    const raws: string[] = [];
    let most = 0;
    let best: AliasMatch | null = null;
    for (let k = i; k < tokens.length; k++) {
      const tok = tokens[k];
      if (tok === '.' && k > i && ABBREVIATION.test(tokens[k - 1])) continue;
      const t = nameTokens(tok);
      if (!t.keys.length) {
        if (k === i) return null;
        continue;
      }
      if (k === i) {
        most = this.longest.get(t.keys[0]) ?? 0;
        if (!most) return null;
      }
      keys.push(...t.keys);
      raws.push(...t.raws);
      if (keys.length <= most) {
        const found = this.find(keys.join(' '), raws);
        if (found.length) best = { length: k - i + 1, entries: found };
      }
      if (keys.length > 1 && POSSESSIVE.test(tok) && keys.length - 1 <= most) {
        const found = this.find(keys.slice(0, -1).join(' '), raws.slice(0, -1));
        if (found.length) best = { length: k - i + 1, entries: found };
      }
      if (keys.length >= most) break;
    }
    return best;
  }

  private find(key: string, raws: string[]): KbRecord[] {
    const out: KbRecord[] = [];
    for (const p of this.exact.get(key) ?? []) if (!out.includes(p.entry) && caseAllows('exact', p.raw, raws)) out.push(p.entry);
    const folded = this.folded.get(key);
    if (folded !== undefined && caseAllows('capitalised', '', raws)) {
      for (const e of Array.isArray(folded) ? folded : [folded]) if (!out.includes(e)) out.push(e);
    }
    const lower = this.lower.get(key);
    if (lower !== undefined) for (const e of Array.isArray(lower) ? lower : [lower]) if (!out.includes(e)) out.push(e);
    return out.length > 1 ? out.sort(byPrior) : out;
  }
}
