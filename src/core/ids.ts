// Content-derived ids: re-running an ingest produces the same ids, so it is idempotent.
import { createHash } from 'node:crypto';

export function hashId(...parts: (string | null | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p ?? '');
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 16);
}

/** Whitespace- and case-insensitive key used for identity comparisons. */
export function identityKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
