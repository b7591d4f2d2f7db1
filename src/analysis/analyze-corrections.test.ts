// Corrections outlive analysis: made over what the real pipeline found in short invented
// articles, they still hold after the whole store is analysed again by a new pipeline version.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { prepareArticle } from '../ingest/prepare-article.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';
import { loadEntityResources } from '../nlp/entities/resources.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { draft } from '../store/repository.contract.js';
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.js';
import { analyzeStore } from './analyze.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-corrections-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  draft({ title: 'Talks resume in Lowmere', text: 'Talks resumed on Monday. "We will not leave the table," said Tomas Verlaine, the envoy of the Harrow Compact.\nVerlaine met Ilsa Brandvik in the afternoon.' }),
  draft({ title: 'Envoy leaves Lowmere', outlet: 'Caspian Observer', text: 'Tom Verlaine left on Friday, a day after Ilsa Brandvik spoke to reporters. "Nothing was agreed," Brandvik said.' }),
];

/** The same components under a new version string: everything is analysed again. */
const bumped = (p: Pipeline): Pipeline => ({ ...p, version: `${p.version}+next` });

test('corrections made over real analysis hold after the whole store is analysed again', async () => {
  const repo = openSqliteRepository(path.join(dir, 'store.db'));
  try {
    await repo.saveBatch({ articles: ARTICLES.map(prepareArticle), skipped: [] });
    const pipeline = createDefaultPipeline();
    const resources = loadEntityResources();
    await analyzeStore(repo, pipeline, resources);
    const find = async (name: string) => (await repo.findEntities(name))[0];
    const full = await find('Tomas Verlaine');
    const initial = await find('Tom Verlaine');
    const brandvik = await find('Ilsa Brandvik');
    assert.ok(full && initial && brandvik, 'the fixture must yield these people as separate entities');
    assert.notEqual(full.id, initial.id);
    const quote = (await repo.listQuotes({})).find((q) => q.text.includes('Nothing was agreed'));
    assert.ok(quote, 'the fixture must yield this quotation');

    await repo.addCorrection({ kind: 'merge', payload: { from: initial.id, into: full.id }, author: 'ana' });
    await repo.addCorrection({ kind: 'type', payload: { entity: brandvik.id, type: 'ORG' }, author: 'ana' });
    await repo.addCorrection({ kind: 'add_alias', payload: { entity: full.id, alias: 'the envoy' }, author: 'ana' });
    await repo.addCorrection({ kind: 'quote_speaker', payload: { quote: quote.id, speaker: full.id }, author: 'ana' });
    const expectCorrected = async (when: string) => {
      assert.deepEqual(await repo.findEntities(initial.id), [], `${when}: the merged entity is gone`);
      const merged = await find(full.id);
      assert.equal(merged.mentions, full.mentions + initial.mentions, `${when}: its mentions moved`);
      assert.ok(merged.aliases.includes('Tom Verlaine') && merged.aliases.includes('the envoy'), `${when}: ${merged.aliases.join(', ')}`);
      assert.equal((await find(brandvik.id)).type, 'ORG', when);
      assert.deepEqual((await repo.listQuotes({ speaker: full.id })).filter((q) => q.id === quote.id).length, 1, `${when}: the quotation is re-attributed`);
    };
    await expectCorrected('after correcting');

    const again = await analyzeStore(repo, bumped(pipeline), resources);
    assert.equal(again.articles, 2, 'everything was analysed again');
    await expectCorrected('after re-analysis by a new pipeline version');
  } finally {
    await repo.close();
  }
});
