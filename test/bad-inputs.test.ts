// Bad input never crashes and never loses data: each bad file is reported with its name (and
// line) and skipped, and everything else in the same run is stored.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, ingestPaths, tempStore } from './helpers.js';

const BAD = path.join(FIXTURES, 'bad');
const at = (file: string) => path.join(BAD, file);

test('each bad file is skipped with its reason; the readable ones are stored', async () => {
  const { repo } = tempStore();
  const { result, diagnostics } = await ingestPaths(repo, [BAD]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const byFile = errors.map((d) => `${path.basename(d.file)} ${d.code}`).sort();
  const notAFeed = errors.find((d) => d.file.endsWith('notafeed.xml'))?.code;
  assert.ok(notAFeed === 'unknown-format' || notAFeed === 'no-article', `notafeed.xml: ${notAFeed}`);
  assert.deepEqual(byFile, [
    'binary.bin binary', 'blank.txt empty', 'broken.json bad-json', 'broken.jsonl bad-json',
    'broken.jsonl missing-field', 'empty.txt empty', 'image.png binary', 'malformed.xml bad-xml',
    `notafeed.xml ${notAFeed}`,
  ]);
  const jsonlLines = errors.filter((d) => d.file.endsWith('broken.jsonl')).map((d) => [d.code, d.line]);
  assert.deepEqual(jsonlLines, [['bad-json', 3], ['missing-field', 4]], 'JSONL problems name their line');
  assert.equal(result.inserted, 10);
  assert.equal((await repo.stats()).skipped, 9, 'skipped inputs are recorded in the store');
  await repo.close();
});

test('legacy and Unicode encodings decode to the same clean text', async () => {
  const { repo } = tempStore();
  await ingestPaths(repo, ['latin1.txt', 'utf16le-bom.txt', 'utf8-bom.txt', 'invalid-utf8.txt', 'crlf.txt'].map(at));
  const titles = (await repo.listArticles()).map((a) => a.title).sort();
  assert.deepEqual(titles, [
    'Border villagers in Tavush count the damage',
    'Displaced families begin registering in Gao',
    'Gao’s central market reopens after a week of fear',
    'Niger opens second reception site near Ayorou',
    'Rains delay repairs at the Ansongo dam',
  ]);
  for await (const a of repo.iterateArticles()) {
    assert.ok(!a.text.includes('\r') && !a.title.includes('\ufeff'), a.title);
  }
  const crlf = (await repo.listArticles({ outlet: 'Atlas Dispatch' }))[0];
  assert.deepEqual((await repo.getArticle(crlf.id))?.origin, { file: at('crlf.txt'), line_start: 1, line_end: 5 });
  await repo.close();
});

test('hostile HTML is stored as inert text', async () => {
  const { repo } = tempStore();
  await ingestPaths(repo, [at('hostile.html')]);
  const [summary] = await repo.listArticles();
  const a = await repo.getArticle(summary.id);
  assert.equal(a?.title, 'Gao volunteers set up a field kitchen for the displaced');
  for (const bad of ['alert(', '<script', 'onerror', 'iframe', 'evil.example']) assert.ok(!a?.text.includes(bad), bad);
  assert.ok(!/javascript:/i.test(a?.text ?? ''));
  await repo.close();
});

test('a bad file in the middle of a run does not lose what came before or after', async () => {
  const { repo } = tempStore();
  const { result } = await ingestPaths(repo, [at('crlf.txt'), at('binary.bin'), at('broken.jsonl'), at('utf8-bom.txt')]);
  assert.deepEqual([result.inserted, result.skipped], [5, 3]);
  await repo.close();
});
