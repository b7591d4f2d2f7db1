// kill -9 in the middle of an ingest leaves a consistent database, and re-running the same
// command completes it without duplicates.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { cli, cliAsync, tempDir } from './helpers.js';

const FILES = 60;
const ARTICLES_PER_FILE = 50;

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = [];
    for (let a = 0; a < ARTICLES_PER_FILE; a++) {
      const n = f * ARTICLES_PER_FILE + a;
      lines.push(`Report ${n} on the river crossings`, `By Field Desk | Test Wire | March ${1 + (n % 28)}, 2024`);
      for (let p = 0; p < 8; p++) lines.push(`Paragraph ${p} of report ${n}: ${'the convoy waited at the crossing while officials counted trucks and families '.repeat(6)}`);
    }
    writeFileSync(path.join(dir, `part-${String(f).padStart(3, '0')}.txt`), `${lines.join('\n')}\n`);
  }
}

function check(db: string): { articles: number; fts: number } {
  // Writable: FTS5's integrity check is issued as an INSERT. The ingest process is dead by now.
  const d = new Database(db);
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const articles = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const fts = d.prepare('SELECT count(*) FROM articles_fts').pluck().get() as number;
    const orphanAuthors = d.prepare('SELECT count(*) FROM article_authors WHERE article_seq NOT IN (SELECT seq FROM articles)').pluck().get();
    const distinct = d.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get();
    assert.equal(orphanAuthors, 0);
    assert.equal(distinct, articles);
    // FTS5's own check that the index matches its content table.
    d.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    return { articles, fts };
  } finally {
    d.close();
  }
}

test('SIGKILL mid-ingest, then the same command again', async () => {
  const dir = tempDir();
  const corpus = path.join(dir, 'corpus');
  const db = path.join(dir, 'd.db');
  writeCorpus(corpus);

  const child = cliAsync(['ingest', corpus, '--db', db, '--batch-size', '20']);
  // Kill once some batches have been committed, well before the end.
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        const n = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        d.close();
        if (n >= 200) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      } catch {
        // the database or its tables do not exist yet
      }
    }, 20);
    child.on('exit', () => { clearInterval(timer); reject(new Error('ingest finished before it could be killed')); });
  });
  await new Promise((resolve) => child.on('close', resolve));

  const partial = check(db);
  assert.ok(partial.articles > 0 && partial.articles < FILES * ARTICLES_PER_FILE, `partial: ${partial.articles}`);
  assert.equal(partial.articles % 20, 0, 'only whole batches are stored');

  const rerun = cli(['ingest', corpus, '--db', db, '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.equal(summary.alreadyStored, partial.articles);
  assert.equal(summary.inserted, FILES * ARTICLES_PER_FILE - partial.articles);
  assert.deepEqual(check(db), { articles: FILES * ARTICLES_PER_FILE, fts: FILES * ARTICLES_PER_FILE });
});
