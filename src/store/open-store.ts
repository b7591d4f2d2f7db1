// Chooses the store behind the Repository interface from what the user gave as --db.
import { existsSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import type { Repository } from './repository.js';
import { openSqliteRepository } from './sqlite/sqlite-repository.js';

export const DEFAULT_DB = 'dossier.db';

export function openStore(target: string, options: { mustExist?: boolean } = {}): Repository {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    throw new UsageError('PostgreSQL stores are not available in this version; use a SQLite file path for --db');
  }
  if (options.mustExist && !existsSync(target)) {
    throw new UsageError(`no database at ${target}: run "dossier ingest <files> --db ${target}" first`);
  }
  return openSqliteRepository(target);
}
