import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys, decodeSignature, encodeSignature, NEAR_DUPLICATE_SIMILARITY, signatureOf, similarity } from './near-duplicates.js';

const ORIGINAL = `Floodwater from the broken dam reached three villages south of Gao overnight, forcing
families onto rooftops while rescue boats from the regional civil protection service worked
until dawn. The health ministry said at least twelve people had died and dozens were missing.
Local officials asked the government for fuel, tents and clean water, and warned that the
road to the market town was cut in two places. Aid agencies said they had begun moving
supplies from Mopti but that the convoy would need two more days to arrive.`;

test('a repost with small edits is near; an unrelated article is far', () => {
  const repost = ORIGINAL.replace('at least twelve', 'at least 14').replace('Aid agencies said', 'Relief groups said');
  const other = 'Delegates from both capitals met in Doha for a third round of talks on prisoners, border crossings and the return of displaced families, but left without a joint statement after eleven hours.';
  const a = signatureOf(ORIGINAL).bins;
  assert.ok(similarity(a, signatureOf(repost).bins) >= NEAR_DUPLICATE_SIMILARITY);
  assert.ok(similarity(a, signatureOf(other).bins) < 0.2);
  assert.ok(bandKeys(a).some((k) => bandKeys(signatureOf(repost).bins).includes(k)), 'reposts share an LSH band');
});

test('case and spacing do not change the signature', () => {
  assert.deepEqual(signatureOf(ORIGINAL).bins, signatureOf(ORIGINAL.toUpperCase().replace(/\s+/g, '  ')).bins);
});

test('signatures survive a round trip through a database blob', () => {
  const bins = signatureOf(ORIGINAL).bins;
  const blob = Buffer.concat([Buffer.from([1]), encodeSignature(bins)]).subarray(1); // unaligned on purpose
  assert.deepEqual(decodeSignature(blob), bins);
});
