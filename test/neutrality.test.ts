// Neutrality by construction: the same article with outlets and actors swapped (Russia for
// Ukraine, one general for the other, one outlet for the other) must get the same
// persuasion-technique counts per outlet and the same portrayal per actor, mirrored.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeStore } from '../src/analysis/analyze.js';
import { aggregateOutlets } from '../src/analysis/profiles.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { loadEntityResources } from '../src/nlp/entities/resources.js';
import { FIXTURES, ingestPaths, tempDir, tempStore } from './helpers.js';

const SWAPS: [string, string][] = [
  ['Russia', 'Ukraine'], ['Kyiv', 'Moscow'], ['Tomas Ruel', 'Ivo Brandt'], ['Eastbank Herald', 'Westgate Review'], ['Herald', 'Review'],
];

/** Every pair swapped at once, whole words only. */
function swapNames(text: string): string {
  const map = new Map<string, string>();
  for (const [a, b] of SWAPS) { map.set(a, b); map.set(b, a); }
  const pattern = new RegExp(`\\b(${[...map.keys()].sort((x, y) => y.length - x.length).join('|')})\\b`, 'g');
  return text.replace(pattern, (m) => map.get(m)!);
}

async function profilesOf(file: string) {
  const { repo } = tempStore();
  await ingestPaths(repo, [file]);
  await analyzeStore(repo, createDefaultPipeline(), loadEntityResources());
  const names = new Map((await repo.listEntities({ limit: 1000 })).map((e) => [e.id, e.name]));
  const outlets = aggregateOutlets(await repo.listArticleProfiles());
  await repo.close();
  return outlets.map((o) => ({
    outlet: o.outlet,
    techniques: o.techniques.mix,
    portrayal: Object.fromEntries(o.portrayal.map((p) => [names.get(p.entity) ?? p.entity, p.techniques])),
  }));
}

test('swapping outlet and actor names leaves technique and portrayal counts unchanged, mirrored', async () => {
  const original = path.join(FIXTURES, 'neutrality', 'articles.txt');
  const swapped = path.join(tempDir(), 'swapped.txt');
  writeFileSync(swapped, swapNames(readFileSync(original, 'utf8')));
  const before = await profilesOf(original);
  const after = await profilesOf(swapped);
  assert.ok(before.some((o) => Object.keys(o.techniques).length > 0), 'the fixture must contain techniques to compare');
  assert.ok(before.some((o) => Object.keys(o.portrayal).length > 0), 'the fixture must attach techniques to actors');
  for (const o of before) {
    const mirror = after.find((x) => x.outlet === swapNames(o.outlet ?? ''));
    assert.ok(mirror, `outlet ${o.outlet} has a mirror`);
    assert.deepEqual(mirror.techniques, o.techniques, `technique mix of ${o.outlet}`);
    const mirrored = Object.fromEntries(Object.entries(o.portrayal).map(([name, t]) => [swapNames(name), t]));
    assert.deepEqual(mirror.portrayal, mirrored, `portrayal in ${o.outlet}`);
  }
});
