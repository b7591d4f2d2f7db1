// Versioned schema for the SQLite store. Each migration is applied once, in order, inside a
// transaction, and recorded in PRAGMA user_version. Migrations never import application
// code: what they create must not change when the code does.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, near-duplicate bands, skipped inputs',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        subtitle TEXT,
        outlet TEXT COLLATE NOCASE,
        authors TEXT NOT NULL,             -- JSON array
        published TEXT,                    -- YYYY-MM-DD
        url TEXT,
        language TEXT NOT NULL,
        origin_file TEXT,
        origin_line_start INTEGER,
        origin_line_end INTEGER,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        duplicate_of TEXT,
        paragraphs TEXT NOT NULL,          -- JSON [start, end, start, end, ...]
        sentences TEXT NOT NULL,           -- same shape
        words INTEGER NOT NULL,
        signature BLOB NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_text_hash ON articles(text_hash);
      CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

      CREATE TABLE article_authors (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        author TEXT NOT NULL COLLATE NOCASE
      );
      CREATE INDEX article_authors_author ON article_authors(author);
      CREATE INDEX article_authors_article ON article_authors(article_seq);

      -- Near-duplicate LSH bands: one B-tree keyed by (band key, article), nothing else.
      CREATE TABLE article_bands (
        band_key INTEGER NOT NULL,
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_seq)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
      );
      -- Merge index segments less often than the default (4, 16): bulk ingest ran about
      -- 1.8x faster in measurement, at the price of a few more segments per query.
      INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
      INSERT INTO articles_fts(articles_fts, rank) VALUES ('crisismerge', 64);
      -- Inserts into articles_fts are made by the store itself, in the same transaction:
      -- an AFTER INSERT trigger copying the text halves ingest throughput.
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE skipped_inputs (
        key TEXT PRIMARY KEY,              -- file, line and code: re-running does not repeat rows
        file TEXT NOT NULL,
        line INTEGER,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'entities, mentions and the record of which articles were analysed',
    sql: `
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,             -- JSON array of surface forms and known aliases
        wikidata TEXT,
        lat REAL,
        lon REAL,
        country TEXT,
        kind TEXT
      );
      CREATE INDEX entities_type ON entities(type);
      CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

      CREATE TABLE mentions (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,               -- 'text' or 'title'
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        rule TEXT NOT NULL                 -- why this span and entity: the deciding rule
      );
      CREATE INDEX mentions_article ON mentions(article_seq);
      CREATE INDEX mentions_entity ON mentions(entity_id, article_seq);

      CREATE TABLE analyses (
        article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
        pipeline TEXT NOT NULL,            -- component versions that produced the results
        analyzed_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'claim and framing layers, comparisons, entity redirects',
    // Each record is stored whole as JSON (the export shape); the columns beside it exist for
    // filtering and ordering. Entity ids inside records are read through entity_redirects,
    // so merging entities never rewrites stored records.
    sql: `
      CREATE TABLE timex (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        date_from TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX timex_article ON timex(article_seq);

      CREATE TABLE quantities (
        id TEXT PRIMARY KEY,
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        category TEXT NOT NULL,
        place TEXT,
        attributed_entity TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX quantities_article ON quantities(article_seq);
      CREATE INDEX quantities_category ON quantities(category);

      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        speaker TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX quotes_article ON quotes(article_seq);
      CREATE INDEX quotes_speaker ON quotes(speaker);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        type TEXT NOT NULL,
        date_from TEXT,
        date_to TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX events_article ON events(article_seq);
      CREATE INDEX events_date ON events(date_from);
      CREATE TABLE event_entities (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL
      );
      CREATE INDEX event_entities_entity ON event_entities(entity_id);
      CREATE INDEX event_entities_event ON event_entities(event_id);

      CREATE TABLE techniques (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        technique TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX techniques_article ON techniques(article_seq);

      CREATE TABLE comparisons (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        place TEXT,
        disagree INTEGER NOT NULL,
        figures INTEGER NOT NULL,
        data TEXT NOT NULL
      );

      CREATE TABLE relations (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX relations_article ON relations(article_seq);
      CREATE INDEX relations_source ON relations(source);
      CREATE INDEX relations_target ON relations(target);

      CREATE TABLE article_profiles (
        article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
        outlet TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX article_profiles_outlet ON article_profiles(outlet);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        data TEXT NOT NULL
      );

      CREATE TABLE entity_redirects (
        from_id TEXT PRIMARY KEY,
        into_id TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'corrections: the user\'s own layer over what the analysis found',
    // corrections is the record (never deleted; undo only marks it). The two tables after it
    // are derived: replaying the active corrections rebuilds them from nothing.
    sql: `
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,             -- JSON: entity ids, names, the new value
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT
      );
      CREATE INDEX corrections_active ON corrections(id) WHERE undone_at IS NULL;

      CREATE TABLE entity_rejections (
        entity_id TEXT PRIMARY KEY
      ) WITHOUT ROWID;

      CREATE TABLE quote_speakers (
        quote_id TEXT PRIMARY KEY,
        speaker TEXT                       -- NULL: the quotation has no known speaker
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'indexes for the API\'s hot reads; counts derived once per analysis run or correction',
    // The derived tables are functions of mentions, article_profiles and entity_redirects,
    // rebuilt by derived.ts when derived_stale names them. The triggers mark them stale on any
    // change to their sources (analysis, merges, undo), so a reader never takes stale counts
    // for fresh ones: it counts from the sources instead until the next rebuild.
    sql: `
      -- The timeline's order (claim-tables.ts listEvents), walked rather than sorted; the
      -- second serves the type filter in the same order.
      CREATE INDEX events_timeline ON events(date_from IS NULL, date_from, date_to, article_seq);
      CREATE INDEX events_type_timeline ON events(type, date_from IS NULL, date_from, date_to, article_seq);
      -- Totals in stats() from small indexes: article rows are long (the text overflows pages).
      CREATE INDEX articles_language ON articles(language);
      CREATE INDEX articles_words ON articles(words);
      -- Article lists' order (newest first, undated last): an entity's articles are found by
      -- walking it and stopping at the page, not by sorting every article that names it.
      CREATE INDEX articles_listing ON articles(published IS NULL, published DESC, seq);
      -- An actor's events without reading event_entities rows.
      DROP INDEX event_entities_entity;
      CREATE INDEX event_entities_entity ON event_entities(entity_id, event_id);

      -- Mentions and articles per entity.
      CREATE TABLE entity_counts (
        entity_id TEXT PRIMARY KEY,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX entity_counts_rank ON entity_counts(mentions DESC);

      -- Articles naming both entities; each pair stored both ways round.
      CREATE TABLE entity_pairs (
        entity_id TEXT NOT NULL,
        other_id TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (entity_id, other_id)
      ) WITHOUT ROWID;

      -- Per outlet and entity (ids followed through merges): articles naming it and mentions,
      -- with the outlet's profiled articles for ordering.
      CREATE TABLE outlet_entities (
        entity_id TEXT NOT NULL,
        outlet TEXT,
        outlet_articles INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE INDEX outlet_entities_entity ON outlet_entities(entity_id);
      -- Per outlet and entity: technique spans attached to it, by technique and term.
      CREATE TABLE outlet_entity_framing (
        entity_id TEXT NOT NULL,
        outlet TEXT,
        technique TEXT NOT NULL,
        term TEXT NOT NULL,
        spans INTEGER NOT NULL
      );
      CREATE INDEX outlet_entity_framing_entity ON outlet_entity_framing(entity_id);

      -- 'mentions': entity_counts and entity_pairs; 'profiles': the two outlet tables.
      CREATE TABLE derived_stale (what TEXT PRIMARY KEY) WITHOUT ROWID;
      INSERT INTO derived_stale (what) VALUES ('mentions'), ('profiles');
      CREATE TRIGGER mentions_insert_stale AFTER INSERT ON mentions BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('mentions');
      END;
      CREATE TRIGGER mentions_delete_stale AFTER DELETE ON mentions BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('mentions');
      END;
      CREATE TRIGGER mentions_update_stale AFTER UPDATE OF article_seq, entity_id ON mentions BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('mentions');
      END;
      CREATE TRIGGER article_profiles_insert_stale AFTER INSERT ON article_profiles BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
      CREATE TRIGGER article_profiles_delete_stale AFTER DELETE ON article_profiles BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
      CREATE TRIGGER article_profiles_update_stale AFTER UPDATE ON article_profiles BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
      CREATE TRIGGER entity_redirects_insert_stale AFTER INSERT ON entity_redirects BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
      CREATE TRIGGER entity_redirects_delete_stale AFTER DELETE ON entity_redirects BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
      CREATE TRIGGER entity_redirects_update_stale AFTER UPDATE ON entity_redirects BEGIN
        INSERT OR IGNORE INTO derived_stale (what) VALUES ('profiles');
      END;
    `,
  },
  {
    version: 6,
    name: 'a place located only by a neighbour named beside it keeps that neighbour\'s name',
    sql: `
      -- Set when no gazetteer knows the place and its point is borrowed (analysis/place-anchor.ts).
      ALTER TABLE entities ADD COLUMN geo_near TEXT;
    `,
  },
];

/** Applies the migrations the file lacks; returns the version it had before. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1].version;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this Dossier (${latest}); upgrade Dossier`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return current;
}
