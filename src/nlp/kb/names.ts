// What "the same name" means for the knowledge base. One definition serves the build (alias
// keys), lookups of whole surfaces and matching over a token stream, so the three always agree:
// case and diacritics are folded ("Türkiye" = "turkiye"), apostrophes, hyphens and slashes
// separate words ("Nagorno-Karabakh" = "Nagorno Karabakh", "Côte d’Ivoire" = "Cote d'Ivoire"),
// dotted acronyms collapse ("U.S." = "US"), a period stuck to a word is dropped ("St." = "St"),
// "&" reads "and", and other punctuation stays a word of its own so that a comma or a
// sentence-final period still separates names.

/** Name forms split into words: `keys` folded for indexing, `raws` as written for case checks. */
export interface NameTokens {
  keys: string[];
  raws: string[];
}

/**
 * How strictly an alias must match the case of the text:
 * - exact: acronyms of up to five letters ("US", "UN", "EU", "WHO", "NATO", "BiH"), so "us",
 *   "Who" or "Gerd" never match; a title-cased spelling in use ("Nato") is an alias of its own;
 * - capitalised: names written with capitals match in any case as long as the text capitalises
 *   a word ("Chad", "CHAD", "United states"; not "chad", and not "foreign policy" for the
 *   magazine);
 * - any: aliases written all in lower case ("colour revolution") match in any case.
 */
export type CaseMode = 'exact' | 'capitalised' | 'any';

const APOSTROPHES = /[’‘`´ʼʹ′]/g;
const PIECE = /(?:\p{L}\.)+\p{L}\.?(?!\p{L})|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const SEPARATORS = new Set(["'", '"', '-', '‐', '‑', '‒', '–', '—', '/', '“', '”', '«', '»']);
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ħ: 'h', ŀ: 'l',
};
const SPECIAL = /[ıøßæœđðþłħŀ]/g;

/** Lower-cased, without diacritics. ASCII input (most names) skips the Unicode work. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFC');
}

/** Words of a name or of one token of text, in the knowledge base's sense. */
export function nameTokens(text: string): NameTokens {
  const keys: string[] = [];
  const raws: string[] = [];
  const s = text.replace(APOSTROPHES, "'");
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(s); m; m = PIECE.exec(s)) {
    const piece = m[0];
    if (piece.length > 1 && piece[1] === '.') {
      const letters = piece.replace(/\./g, '');
      raws.push(letters);
      keys.push(fold(letters));
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(piece[0])) {
      raws.push(piece);
      keys.push(fold(piece));
      continue;
    }
    if (SEPARATORS.has(piece) || /\p{M}/u.test(piece)) continue;
    if (piece === '.' && m.index > 0 && /[\p{L}\p{N}]/u.test(s[m.index - 1])) continue;
    const word = piece === '&' ? 'and' : piece;
    raws.push(word);
    keys.push(word);
  }
  return { keys, raws };
}

/** A surface as it may appear in text, reduced to its lookup key: no "the", no possessive. */
export function surfaceTokens(surface: string): NameTokens {
  const t = nameTokens(stripPossessive(surface.trim()));
  if (t.keys.length > 1 && t.keys[0] === 'the') return { keys: t.keys.slice(1), raws: t.raws.slice(1) };
  return t;
}

export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/i, '').replace(/(?<=s)['’]$/i, '');
}

export const keyOf = (t: NameTokens): string => t.keys.join(' ');

/** One alias as the index stores it: its key, its case mode, and (exact mode) its letters. */
export interface AliasKey {
  key: string;
  mode: CaseMode;
  raw: string;
}

/** Whether texts can name something by this alias: not a display form with a parenthesis. */
export const matchable = (alias: string): boolean => !alias.includes('(');

/**
 * An alias's index key; a leading "the" is not part of any key ("The Hague" is "Hague"). A name
 * with a parenthesis ("… Organization (CSTO)") is a display form: the text names the
 * organisation and its acronym as two mentions, found under the two aliases.
 */
export function aliasKey(alias: string): AliasKey | null {
  if (!matchable(alias)) return null;
  let t = nameTokens(alias);
  if (t.keys.length > 1 && t.keys[0] === 'the') t = { keys: t.keys.slice(1), raws: t.raws.slice(1) };
  if (!t.keys.length) return null;
  return { key: keyOf(t), mode: caseMode(t.raws), raw: t.raws.join(' ') };
}

const MODE_CODE: Record<CaseMode, string> = { exact: 'e', capitalised: 'c', any: 'a' };
const CODE_MODE: Record<string, CaseMode> = { e: 'exact', c: 'capitalised', a: 'any' };

/** Compact text form of an AliasKey, stored in the built file so loading skips tokenizing. */
export function encodeAliasKey(k: AliasKey): string {
  return MODE_CODE[k.mode] + (k.mode === 'exact' ? k.raw : k.key);
}

export function decodeMode(code: string): CaseMode {
  return CODE_MODE[code[0]];
}

export function decodeAliasKey(code: string): AliasKey {
  const mode = decodeMode(code);
  const text = code.slice(1);
  return mode === 'exact' ? { key: fold(text), mode, raw: text } : { key: text, mode, raw: '' };
}

export function caseMode(raws: string[]): CaseMode {
  const letters = raws[0].replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (raws.length === 1 && upper >= 2 && letters.length <= 5) return 'exact';
  return raws.some((w) => w !== w.toLowerCase()) ? 'capitalised' : 'any';
}

/**
 * Whether text written as `surface` (its words as written) may stand for an alias of `mode`
 * whose letters are `raw` (exact mode only). A short all-capitals word is an acronym, so it
 * stands only for exact aliases: "UN" is not the town of Un.
 */
export function caseAllows(mode: CaseMode, raw: string, surface: string[]): boolean {
  switch (mode) {
    case 'any':
      return true;
    case 'capitalised':
      if (surface.length === 1) return startsUpper(surface[0]) && !isShortCaps(surface[0]);
      return surface.some(startsUpper);
    case 'exact':
      return surface.length === 1 && surface[0] === raw;
  }
}

function isShortCaps(word: string): boolean {
  return word.length <= 3 && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Capital first letter, or a script without case (Arabic, Chinese, ...). Digits are not capitals. */
function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c));
}
