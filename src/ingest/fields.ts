// Field normalisers every reader shares, so an author, a language or a subtitle means the
// same thing whichever format it came from.
import { identityKey } from '../core/ids.js';

const BY = /^by[:\s]\s*/i;
const EMAIL_WITH_NAME = /^\S+@\S+\s*\((.+)\)$/;
const EMAIL = /^\S+@\S+\.\S+$/;
const URL_LIKE = /^https?:\/\//i;
const SEPARATORS = /\s*,\s*|\s+&\s+|\s+and\s+/i;

/**
 * Distinct author names, in order, from a string ("By A and B", "a@b.org (A)"), an object
 * with `name`, or an array of either. Strings are split on ",", "&" and " and ".
 */
export function parseAuthors(value: unknown): string[] {
  const names: string[] = [];
  collectAuthors(value, names);
  return [...new Set(names)];
}

function collectAuthors(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(...splitNames(value));
  else if (Array.isArray(value)) for (const v of value) collectAuthors(v, into);
  else if (value !== null && typeof value === 'object' && 'name' in value) collectAuthors(value.name, into);
}

function splitNames(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim().replace(BY, '');
  const withName = EMAIL_WITH_NAME.exec(s);
  if (withName) s = withName[1].trim();
  return s
    .split(SEPARATORS)
    .map((p) => p.replace(BY, '').trim())
    .filter((p) => p !== '' && !EMAIL.test(p) && !URL_LIKE.test(p));
}

/** Primary language subtag, lower-cased: `en-GB` and `en_US` → `en`. */
export function languageCode(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** A description is a subtitle only when it is neither the title nor the opening of the text. */
export function distinctSubtitle(description: string | null, title: string, text: string): string | null {
  if (!description) return null;
  const probe = identityKey(description).replace(/(?:\.\.\.|…)$/, '').slice(0, 60).trim();
  if (probe === '' || probe === identityKey(title)) return null;
  const opening = identityKey(text.split('\n', 1)[0]);
  return opening.includes(probe) ? null : description;
}
