import { mkdtempSync, rmSync } from 'node:fs';
import { after } from 'node:test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryContract } from '../repository.contract.js';
import { openSqliteRepository } from './sqlite-repository.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
repositoryContract('sqlite', async () => openSqliteRepository(path.join(dir, `store-${n++}.db`)));
