import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from './decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

test('UTF-8, with or without a BOM', () => {
  const plain = decodeBytes(new TextEncoder().encode('Café – “quoted”'));
  assert.deepEqual(plain, { ok: true, text: 'Café – “quoted”', encoding: 'utf-8' });
  const bom = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title')]));
  assert.equal(bom.ok && bom.text, 'Title');
});

test('UTF-16 with a BOM, and without one when the zero bytes give it away', () => {
  const le = Buffer.from('\ufeffHello from Gao', 'utf16le');
  assert.equal((decodeBytes(le) as { text: string }).text, 'Hello from Gao');
  const noBom = Buffer.from('Hello from Gao, a longer line', 'utf16le');
  const d = decodeBytes(noBom);
  assert.equal(d.ok && d.encoding, 'utf-16le');
  assert.equal(d.ok && d.text, 'Hello from Gao, a longer line');
});

test('Windows-1252 when no valid UTF-8 sequence is present', () => {
  // "Café – ’95" in Windows-1252: é = 0xE9, en dash = 0x96, right quote = 0x92
  const d = decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x92, 0x39, 0x35));
  assert.deepEqual(d, { ok: true, text: 'Café – ’95', encoding: 'windows-1252' });
});

test('mostly valid UTF-8 with a stray byte keeps its text and warns', () => {
  const good = new TextEncoder().encode('Résumé of the talks in Niamey, déjà vu. ');
  const d = decodeBytes(Uint8Array.from([...good, 0xff, ...good]));
  assert.equal(d.ok, true);
  assert.ok(d.ok && d.warning?.includes('1 invalid'));
  assert.ok(d.ok && d.text.includes('\ufffd'));
});

test('empty, blank and binary inputs are refused with a reason', () => {
  assert.deepEqual(decodeBytes(bytes()), { ok: false, code: 'empty', message: 'empty file' });
  assert.equal((decodeBytes(new TextEncoder().encode(' \n\t\n')) as { code: string }).code, 'empty');
  const png = decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0));
  assert.deepEqual(png, { ok: false, code: 'binary', message: 'binary file (PNG image), not text' });
  const noise = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 32);
  assert.equal((decodeBytes(noise) as { code: string }).code, 'binary');
});
