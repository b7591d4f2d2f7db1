// The reference for ingest throughput, measured in the same bench run: the same files read
// and their text inserted in ~3 KB rows into a bare SQLite table with an FTS5 index, using the
// store's page size and journal settings, with no parsing, identity, segmentation or dedup.
// It is the floor any SQLite+FTS ingest pays. `node dist/bench/fts-floor.js DIR DB`
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const [dir, dbPath] = process.argv.slice(2);
const started = performance.now();
const db = new Database(dbPath);
db.pragma('page_size = 16384');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE docs (seq INTEGER PRIMARY KEY, text TEXT NOT NULL);
  CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`);
const insertDoc = db.prepare('INSERT INTO docs (text) VALUES (?)');
const insertFts = db.prepare('INSERT INTO docs_fts (rowid, text) VALUES (?, ?)');
const save = db.transaction((rows: string[]) => {
  for (const r of rows) insertFts.run(insertDoc.run(r).lastInsertRowid, r);
});
let rows: string[] = [];
let count = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  for (let i = 0; i < text.length; i += 3000) rows.push(text.slice(i, i + 3000));
  if (rows.length >= 1000) {
    save(rows);
    count += rows.length;
    rows = [];
  }
}
save(rows);
count += rows.length;
db.close();
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, rows: count, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
