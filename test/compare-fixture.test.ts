// Golden whole-pipeline check of the Compare stage on invented stories whose figures were
// written to agree or disagree (test/fixtures/compare): every disagreement is found and
// none is invented.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { evaluateComparisons } from '../bench/compare-eval.js';
import { analyzeStore } from '../src/analysis/analyze.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { loadEntityResources } from '../src/nlp/entities/resources.js';
import { FIXTURES, ingestPaths, tempStore } from './helpers.js';

test('disagreeing figures across outlets and days are all flagged, agreeing ones are not', async () => {
  const dir = path.join(FIXTURES, 'compare');
  const { repo } = tempStore();
  await ingestPaths(repo, [path.join(dir, 'stories.txt')]);
  await analyzeStore(repo, createDefaultPipeline(), loadEntityResources());
  const r = await evaluateComparisons(repo, dir);
  await repo.close();
  assert.equal(r.disagreements_found, r.disagreements, r.misses.join('\n'));
  assert.equal(r.invented_disagreements, 0, r.misses.join('\n'));
  assert.ok(r.agreements_kept >= r.agreements - 1, r.misses.join('\n'));
});
