// Turns the bytes of an input into text, or says why it cannot. Handles BOMs, UTF-16 without
// a BOM, Windows-1252 (the usual "legacy" encoding of Western news archives) and UTF-8 with a
// few corrupt bytes; refuses binary files instead of storing garbage.
import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; code: 'empty' | 'binary'; message: string };

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'empty file' };
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return { ok: false, code: 'binary', message: `binary file (${kind}), not text` };
  }
  const bom = decodeWithBom(bytes);
  const decoded = bom ?? decodeUtf16WithoutBom(bytes) ?? decodeSingleByte(bytes);
  if (!decoded.ok) return decoded;
  if (!decoded.text.trim()) return { ok: false, code: 'empty', message: 'file holds only whitespace' };
  if (looksBinary(decoded.text)) return { ok: false, code: 'binary', message: 'binary content (control characters), not text' };
  return decoded;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

/** ASCII-heavy UTF-16 shows a zero byte in every other position. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return null;
}

function decodeSingleByte(bytes: Uint8Array): Decoded {
  const strict = utf8(bytes, 'utf-8');
  if (strict.ok) return strict;
  // Valid multi-byte sequences mean the file is UTF-8 with damage; none means a legacy encoding.
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > 0 && invalid <= Math.max(8, valid / 4)) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      warning: `${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`,
    };
  }
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Node's TextDecoder treats the "windows-1252" label as ISO-8859-1, which turns the curly
// quotes and dashes of 0x80-0x9F into invisible C1 controls; map that range by hand.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k];
      chars[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
  // buffer.isUtf8 validates with SIMD, several times faster than a fatal TextDecoder.
  if (!isUtf8(bytes)) return { ok: false, code: 'binary', message: 'not valid UTF-8' };
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding };
}

function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/** Text has few control characters other than tab, newline, carriage return and form feed. */
function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}
