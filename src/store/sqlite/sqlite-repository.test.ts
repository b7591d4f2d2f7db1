import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryContract } from '../repository.contract.js';
import { openSqliteRepository } from './sqlite-repository.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-sqlite-'));
let n = 0;
repositoryContract('sqlite', async () => openSqliteRepository(path.join(dir, `store-${n++}.db`)));
