// A folder of 10,000 files with a few bad ones: the bad ones are named, the rest stored.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';

test('10,000 files, five of them bad', () => {
  const dir = tempDir();
  const corpus = path.join(dir, 'many');
  const bad = new Set([17, 2500, 5001, 7777, 9998]);
  for (let i = 0; i < 10_000; i++) {
    const sub = path.join(corpus, `batch-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    if (bad.has(i)) {
      writeFileSync(path.join(sub, `item-${i}.json`), '[{"title": "cut off", "text": "and th');
      continue;
    }
    writeFileSync(path.join(sub, `item-${i}.txt`), `Bulletin number ${i}\nStation Wire – March 3, 2024\nShort bulletin ${i} about the crossing at checkpoint ${i % 97}.\n`);
  }
  const db = path.join(dir, 'd.db');
  const r = cli(['ingest', corpus, '--db', db, '--json', '--quiet']);
  assert.equal(r.code, 1);
  const summary = JSON.parse(r.stdout);
  assert.deepEqual([summary.sources, summary.inserted, summary.skipped], [10_000, 9_995, 5]);
  const named = [...bad].map((i) => r.stderr.includes(`item-${i}.json`));
  assert.deepEqual(named, [true, true, true, true, true]);
});
