// Analysis spread over worker threads stores exactly what analysis in one thread stores.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeStore } from '../src/analysis/analyze.js';
import { workerRunner } from '../src/analysis/pipeline-runner.js';
import { writeJsonExport } from '../src/export/dossier-export.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { loadEntityResources } from '../src/nlp/entities/resources.js';
import type { Repository } from '../src/store/repository.js';
import { ingestPaths, SAMPLE, tempStore } from './helpers.js';

async function exported(repo: Repository): Promise<string> {
  const chunks: string[] = [];
  await writeJsonExport(repo, { write: (c) => { chunks.push(c); } });
  return chunks.join('');
}

test('analysis in worker threads gives the same dossier as analysis in one thread', async () => {
  const pipeline = createDefaultPipeline();
  const resources = loadEntityResources();
  const one = tempStore().repo;
  const many = tempStore().repo;
  await ingestPaths(one, [SAMPLE]);
  await ingestPaths(many, [SAMPLE]);
  const a = await analyzeStore(one, pipeline, resources, { batchSize: 7 });
  const runner = workerRunner(pipeline, 2);
  try {
    const b = await analyzeStore(many, runner, resources, { batchSize: 7 });
    assert.deepEqual(b, a);
  } finally {
    await runner.close();
  }
  assert.ok(a.articles > 20 && a.events > 0);
  assert.equal(await exported(many), await exported(one));
  await one.close();
  await many.close();
});
