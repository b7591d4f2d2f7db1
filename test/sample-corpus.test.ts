// The bundled sample goes through every reader: each article must come out with the title,
// outlet, authors, date and language its manifest records, and the repost must be marked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, ingestPaths, SAMPLE, tempStore } from './helpers.js';

interface ManifestEntry {
  file: string;
  format: string;
  title: string;
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string;
  duplicate_of_title: string | null;
}

const manifest = JSON.parse(readFileSync(path.join(FIXTURES, 'sample-manifest.json'), 'utf8')) as ManifestEntry[];

test('every sample article is read with its metadata, whatever its format', async () => {
  const { repo } = tempStore();
  const { result, diagnostics } = await ingestPaths(repo, [SAMPLE]);
  assert.deepEqual(diagnostics, []);
  assert.equal(result.inserted, manifest.length);
  const stored = await repo.listArticles({ limit: 1000 });
  for (const m of manifest) {
    const a = stored.find((s) => s.title === m.title);
    assert.ok(a, `${m.file}: "${m.title}" not found among ${stored.map((s) => s.title).join(' / ')}`);
    assert.deepEqual(
      { subtitle: a.subtitle, outlet: a.outlet, authors: a.authors, published: a.published, language: a.language },
      { subtitle: m.subtitle, outlet: m.outlet, authors: m.authors, published: m.published, language: m.language },
      `${m.file}: ${m.title}`,
    );
  }
  await repo.close();
});

test('the repost under another outlet is stored and points to the original', async () => {
  const { repo } = tempStore();
  const { result } = await ingestPaths(repo, [SAMPLE]);
  const stored = await repo.listArticles({ limit: 1000 });
  const reposts = manifest.filter((m) => m.duplicate_of_title);
  assert.equal(result.nearDuplicates, reposts.length);
  for (const m of reposts) {
    const copy = stored.find((s) => s.title === m.title);
    const original = stored.find((s) => s.title === m.duplicate_of_title);
    assert.equal(copy?.duplicate_of, original?.id, m.title);
  }
  await repo.close();
});

test('ingesting the same inputs again stores nothing new', async () => {
  const { repo } = tempStore();
  await ingestPaths(repo, [SAMPLE]);
  const { result } = await ingestPaths(repo, [SAMPLE]);
  assert.equal(result.inserted, 0);
  assert.equal(result.alreadyStored, manifest.length);
  assert.equal(await repo.countArticles(), manifest.length);
  await repo.close();
});

test('worker threads store exactly what a single thread stores, in the same order', async () => {
  const single = tempStore();
  const parallel = tempStore();
  await ingestPaths(single.repo, [SAMPLE, path.join(FIXTURES, 'bad')], 0);
  const { diagnostics } = await ingestPaths(parallel.repo, [SAMPLE, path.join(FIXTURES, 'bad')], 2);
  assert.ok(diagnostics.some((d) => d.file.endsWith('broken.jsonl') && d.line === 3), 'diagnostics cross from workers');
  const rows = async (repo: typeof single.repo) => {
    const out: [string, string | null, number][] = [];
    for await (const a of repo.iterateArticles()) out.push([a.id, a.duplicate_of, a.sentences.length]);
    return out;
  };
  assert.deepEqual(await rows(parallel.repo), await rows(single.repo));
  assert.deepEqual(await parallel.repo.listSkipped(), await single.repo.listSkipped());
  await single.repo.close();
  await parallel.repo.close();
});
