// The user's corrections in SQLite. The `corrections` table is the record and is never edited
// except to mark a correction undone; what the corrections do is replayed over the analysis
// results, in order, after every analysis run and every change, and replaying twice changes
// nothing. Rejections and quotation speakers live in derived tables rebuilt by each replay.
// Merges, type fixes and alias changes edit the entity rows themselves, so undoing one of them
// forgets those rows and clears the analyses of the articles naming them: re-analysis brings
// back what the machine found, and the replay that ends it re-applies the remaining corrections.
import type Database from 'better-sqlite3';
import {
  CorrectionStateError,
  type CorrectionChange, type CorrectionFilter, type CorrectionKind, type CorrectionRecord, type UndoResult,
} from '../repository.js';
import type { ClaimTables } from './claim-tables.js';

interface CorrectionRow {
  id: number;
  kind: CorrectionKind;
  payload: string;
  author: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

/** Kinds whose effect is written into entity rows, undone by re-analysis. */
const EDITS_ENTITIES = new Set<CorrectionKind>(['merge', 'type', 'add_alias', 'remove_alias']);

export class CorrectionTables {
  constructor(
    private readonly db: Database.Database,
    private readonly claims: ClaimTables,
    /** The store's own merge, inside the caller's transaction. */
    private readonly merge: (from: string, into: string) => void,
    /** Rebuilds the derived counts whose sources changed (derived.ts), at the end of each replay. */
    private readonly refreshDerived: () => void,
  ) {}

  add(change: CorrectionChange & { author: string }): CorrectionRecord {
    const id = this.db.transaction(() => {
      const info = this.db.prepare('INSERT INTO corrections (kind, payload, author, created_at) VALUES (?, ?, ?, ?)')
        .run(change.kind, JSON.stringify(change.payload), change.author, new Date().toISOString());
      this.replay();
      return Number(info.lastInsertRowid);
    })();
    return this.get(id)!;
  }

  get(id: number): CorrectionRecord | null {
    const row = this.db.prepare('SELECT * FROM corrections WHERE id = ?').get(id) as CorrectionRow | undefined;
    return row ? toRecord(row) : null;
  }

  list(filter: CorrectionFilter): CorrectionRecord[] {
    const rows = this.db.prepare(`SELECT * FROM corrections ${filter.activeOnly ? 'WHERE undone_at IS NULL' : ''} ORDER BY id DESC`).all() as CorrectionRow[];
    let records = rows.map(toRecord);
    if (filter.entity) {
      const entity = filter.entity;
      records = records.filter((c) => entitiesOf(c).some((id) => id === entity || this.follow(id) === entity));
    }
    const offset = filter.offset ?? 0;
    return records.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
  }

  undo(id: number, by: string): UndoResult | null {
    const before = this.get(id);
    if (!before) return null;
    if (before.undone_at) throw new CorrectionStateError(`correction ${id} was already undone by ${before.undone_by ?? 'someone'} at ${before.undone_at}`);
    const reanalyze = this.db.transaction(() => {
      this.db.prepare('UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?').run(new Date().toISOString(), by, id);
      let cleared = 0;
      if (EDITS_ENTITIES.has(before.kind)) {
        const holders = new Set(entitiesOf(before).map((x) => this.follow(x)));
        if (before.kind === 'merge') this.db.prepare('DELETE FROM entity_redirects WHERE from_id = ?').run(before.payload.from);
        const articles = this.db.prepare('SELECT DISTINCT article_seq FROM mentions WHERE entity_id = ?').pluck();
        const unmark = this.db.prepare('DELETE FROM analyses WHERE article_seq = ?');
        const forget = this.db.prepare('DELETE FROM entities WHERE id = ?');
        const seqs = new Set<number>();
        for (const holder of holders) {
          for (const seq of articles.all(holder) as number[]) seqs.add(seq);
          forget.run(holder);
        }
        for (const seq of seqs) cleared += unmark.run(seq).changes;
      }
      this.replay();
      return cleared;
    })();
    return { correction: this.get(id)!, reanalyze };
  }

  /** Applies the active corrections in the order they were made; inside a transaction when nested. */
  replay(): void {
    this.db.transaction(() => {
      const rows = this.db.prepare('SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id').all() as CorrectionRow[];
      this.db.prepare('DELETE FROM entity_rejections').run();
      this.db.prepare('DELETE FROM quote_speakers').run();
      const aliasesOf = this.db.prepare('SELECT aliases FROM entities WHERE id = ?').pluck();
      const setAliases = this.db.prepare('UPDATE entities SET aliases = ? WHERE id = ?');
      const editAliases = (entity: string, edit: (aliases: string[]) => string[]) => {
        const json = aliasesOf.get(entity) as string | undefined;
        if (json === undefined) return;
        const next = JSON.stringify(edit(JSON.parse(json) as string[]));
        if (next !== json) setAliases.run(next, entity);
      };
      for (const c of rows.map(toRecord)) {
        switch (c.kind) {
          case 'merge': {
            const into = this.follow(c.payload.into);
            // A merge already done leaves no row under `from`; a re-analysis brings it back.
            if (c.payload.from !== into) this.merge(c.payload.from, into);
            break;
          }
          case 'type':
            this.db.prepare('UPDATE entities SET type = ? WHERE id = ? AND type <> ?').run(c.payload.type, this.follow(c.payload.entity), c.payload.type);
            break;
          case 'add_alias': {
            const alias = c.payload.alias;
            editAliases(this.follow(c.payload.entity), (a) => (a.includes(alias) ? a : [...a, alias]));
            break;
          }
          case 'remove_alias': {
            const alias = c.payload.alias.toLowerCase();
            editAliases(this.follow(c.payload.entity), (a) => a.filter((x) => x.toLowerCase() !== alias));
            break;
          }
          case 'reject':
            this.db.prepare('INSERT OR IGNORE INTO entity_rejections (entity_id) VALUES (?)').run(this.follow(c.payload.entity));
            break;
          case 'quote_speaker':
            this.db.prepare('INSERT OR REPLACE INTO quote_speakers (quote_id, speaker) VALUES (?, ?)').run(c.payload.quote, c.payload.speaker);
            break;
        }
      }
      this.claims.invalidate();
      // Every analysis run and every correction ends here: the one place counts are redone.
      this.refreshDerived();
    })();
  }

  /** Where an entity id points now: itself, or the entity it was merged into. */
  private follow(id: string): string {
    return (this.db.prepare('SELECT into_id FROM entity_redirects WHERE from_id = ?').pluck().get(id) as string | undefined) ?? id;
  }
}

function toRecord(r: CorrectionRow): CorrectionRecord {
  return {
    id: r.id, kind: r.kind, payload: JSON.parse(r.payload), author: r.author, created_at: r.created_at, undone_at: r.undone_at, undone_by: r.undone_by,
  } as CorrectionRecord;
}

/** The entity ids a correction names. */
export function entitiesOf(c: CorrectionChange): string[] {
  switch (c.kind) {
    case 'merge': return [c.payload.from, c.payload.into];
    case 'quote_speaker': return [c.payload.speaker, c.payload.previous].filter((x): x is string => Boolean(x));
    default: return [c.payload.entity];
  }
}
