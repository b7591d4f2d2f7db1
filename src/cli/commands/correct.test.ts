// The correction commands end to end, in process: merge, list, undo (which re-analyses), the
// --kb file of corrected entities read back as a --kb file, and usage errors as exit code 2.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { analyzeStore } from '../../analysis/analyze.js';
import { prepareArticle } from '../../ingest/prepare-article.js';
import { createDefaultPipeline } from '../../nlp/default-pipeline.js';
import { loadEntityResources } from '../../nlp/entities/resources.js';
import { readUserEntries } from '../../nlp/kb/user-entries.js';
import { draft } from '../../store/repository.contract.js';
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-correct-'));
const db = path.join(dir, 'store.db');
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  const repo = openSqliteRepository(db);
  await repo.saveBatch({
    articles: [
      draft({ title: 'Harbour reopens', text: 'Marta Kolvig, the harbour master, reopened the docks on Monday.\nKolvig thanked the crews.' }),
      draft({ title: 'Docks busy again', outlet: 'Caspian Observer', text: 'Marta Kolvik said ships were waiting. Oren Dask of the Pier Union agreed.' }),
    ].map(prepareArticle),
    skipped: [],
  });
  await analyzeStore(repo, createDefaultPipeline(), loadEntityResources());
  await repo.close();
});

async function dossier(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), write: async (c) => { out.push(c); }, color: false, interactive: false };
  const code = await main(['--db', db, ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const mentionsOf = async (name: string) => {
  const { out } = await dossier('--json', 'entities', '--type', 'PERSON', '--top', '50');
  return (JSON.parse(out) as { entities: { name: string; mentions: number }[] }).entities.find((e) => e.name === name)?.mentions ?? 0;
};

test('merge by name, list with author, undo, and the entities are back', async () => {
  const [full, initial] = [await mentionsOf('Marta Kolvig'), await mentionsOf('Marta Kolvik')];
  assert.ok(full > 0 && initial > 0, 'the fixture must yield both names as entities');
  // A misspelt name is the same person.
  const merged = await dossier('correct', 'merge', 'Marta Kolvik', 'Marta Kolvig', '--author', 'lena');
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.out, /^Recorded correction #1 by lena: merge "Marta Kolvik" into "Marta Kolvig"$/);
  assert.equal(await mentionsOf('Marta Kolvig'), full + initial);
  assert.equal(await mentionsOf('Marta Kolvik'), 0);

  const listed = await dossier('corrections');
  assert.match(listed.out, /#1 .* lena +active +merge "Marta Kolvik" into "Marta Kolvig"/);

  const undone = await dossier('correct', 'undo', '1', '--author', 'ben');
  assert.equal(undone.code, 0, undone.err);
  assert.match(undone.out, /Undid correction #1 by lena/);
  assert.equal(await mentionsOf('Marta Kolvig'), full);
  assert.equal(await mentionsOf('Marta Kolvik'), initial);
  assert.match((await dossier('corrections', '--all')).out, /undone by ben/);
  assert.match((await dossier('corrections')).out, /No active corrections/);
  const twice = await dossier('correct', 'undo', '1');
  assert.equal(twice.code, 2);
  assert.match(twice.err, /already undone by ben/);
});

test('type and alias corrections become a --kb file that reads back', async () => {
  assert.equal((await dossier('correct', 'type', 'Oren Dask', 'org')).code, 0);
  assert.equal((await dossier('correct', 'alias', 'Marta Kolvig', '--add', 'the harbour master')).code, 0);
  const file = path.join(dir, 'corrected.json');
  const r = await dossier('corrections', '--kb-out', file);
  assert.equal(r.code, 0, r.err);
  const entries = readUserEntries([file]);
  assert.deepEqual(entries.map((e) => [e.name, e.type]), [['Oren Dask', 'ORG'], ['Marta Kolvig', 'PERSON']]);
  assert.ok(entries[1].aliases?.includes('the harbour master'), readFileSync(file, 'utf8'));
});

test('usage errors exit with 2 and say what is wrong', async () => {
  const cases: [string[], RegExp][] = [
    [['correct', 'reject', 'Nobody Here'], /no entity "Nobody Here"/],
    [['correct', 'type', 'Marta Kolvig', 'ALIEN'], /must be one of PERSON/],
    [['correct', 'alias', 'Marta Kolvig'], /exactly one of --add/],
    [['correct', 'alias', 'Marta Kolvig', '--remove', 'Nope'], /has no alias "Nope"/],
    [['correct', 'undo', 'x'], /whole number/],
    [['correct', 'undo', '99'], /no correction #99/],
    [['correct', 'quote', 'u0000', '--speaker', 'none'], /no quotation "u0000"/],
    [['correct', 'merge', 'Marta Kolvig', 'Marta Kolvig'], /same entity/],
  ];
  for (const [args, message] of cases) {
    const r = await dossier(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}`);
    assert.match(r.err, message, args.join(' '));
  }
  assert.equal((await dossier('correct', 'merge')).code, 2, 'a missing argument is a usage error');
  const help = await dossier('correct', 'merge', '--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Example:/);
});
