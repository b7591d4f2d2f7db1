// Near-duplicate detection for reposts: a MinHash-style signature of each article's word
// 5-shingles, computed with one-permutation hashing (one hash per shingle, 64 bins) so the
// cost stays linear and small, and LSH bands so the store can find candidates by index.
export const SIGNATURE_BINS = 64;
export const BAND_ROWS = 4;
export const NEAR_DUPLICATE_SIMILARITY = 0.6;
/** Shorter texts are only deduplicated when identical: a few shared words prove nothing. */
export const MIN_WORDS = 30;
const SHINGLE = 5;
const EMPTY = 0xffffffff;

export interface Signature {
  bins: Uint32Array;
  /** Whitespace-separated words, counted on the same pass. */
  words: number;
}

// Shingles are hashed as a rolling polynomial over word hashes, so each word costs O(1).
const BASE = 0x01000193;
const BASE_POW = powMod32(BASE, SHINGLE);

export function signatureOf(text: string): Signature {
  const bins = new Uint32Array(SIGNATURE_BINS).fill(EMPTY);
  const window = new Uint32Array(SHINGLE);
  let shingleWords = 0; // letter/digit runs, the units of shingles
  let words = 0; // whitespace-separated words, the unit reported to users
  let rolling = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  let inToken = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (c > 32) {
      if (!inToken) words++;
      inToken = true;
    } else inToken = false;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 191 && (c < 0x2000 || c > 0x206f))) {
      if (c <= 90 && c >= 65) c |= 0x20;
      if (!inWord) h = 0x811c9dc5;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      const w = fmix(h);
      const slot = shingleWords % SHINGLE;
      // rolling = rolling * BASE + w - outgoing * BASE^SHINGLE, all mod 2^32
      rolling = (Math.imul(rolling, BASE) + w - Math.imul(window[slot], BASE_POW)) | 0;
      window[slot] = w;
      shingleWords++;
      if (shingleWords >= SHINGLE) addShingle(bins, rolling);
      inWord = false;
    }
  }
  if (shingleWords > 0 && shingleWords < SHINGLE) addShingle(bins, rolling);
  densify(bins);
  return { bins, words };
}

function addShingle(bins: Uint32Array, shingle: number): void {
  const h = fmix(shingle);
  const bin = h >>> 26; // top 6 bits choose one of 64 bins
  const value = (h << 6) >>> 0;
  if (value < bins[bin]) bins[bin] = value;
}

function powMod32(base: number, exp: number): number {
  let r = 1;
  for (let i = 0; i < exp; i++) r = Math.imul(r, base);
  return r;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Empty bins borrow from the next filled one, so short texts still compare fairly. */
function densify(bins: Uint32Array): void {
  const n = bins.length;
  if (bins.every((b) => b === EMPTY)) return;
  for (let i = 0; i < n; i++) {
    if (bins[i] !== EMPTY) continue;
    let j = (i + 1) % n;
    let step = 1;
    while (bins[j] === EMPTY || j === i) {
      j = (j + 1) % n;
      step++;
    }
    bins[i] = fmix(bins[j] + step);
  }
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * One key per LSH band: two texts sharing any key are candidates. Keys are integers (band
 * number in the high bits, a 32-bit hash below) because integer index entries are smaller
 * and faster to insert than text.
 */
export function bandKeys(bins: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < bins.length / BAND_ROWS; band++) {
    let h = band + 1;
    for (let r = 0; r < BAND_ROWS; r++) h = Math.imul(h ^ bins[band * BAND_ROWS + r], 0x01000193);
    keys.push(band * 2 ** 32 + fmix(h));
  }
  return keys;
}

export function encodeSignature(bins: Uint32Array): Buffer {
  return Buffer.from(bins.buffer, bins.byteOffset, bins.byteLength);
}

export function decodeSignature(blob: Uint8Array): Uint32Array {
  const copy = new Uint8Array(blob); // aligned copy: the blob's offset may not be a multiple of 4
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
