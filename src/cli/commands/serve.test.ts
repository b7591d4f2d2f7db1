// `dossier serve`: listens on loopback by default and answers; refuses other addresses
// without a token; with a token, requests without it are turned away.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { UsageError } from '../../core/errors.js';
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.js';
import type { CommandContext } from '../context.js';
import { runServe } from './serve.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-serve-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, 'd.db');
await openSqliteRepository(db).close();
const lines: string[] = [];
const ctx: CommandContext = {
  global: { db, quiet: true, json: false },
  io: { out: (t) => lines.push(t), err: (t) => lines.push(t), write: async () => {}, color: false, interactive: false },
};

async function withServer(flags: { host?: string; token?: string }, use: (url: string) => Promise<void>): Promise<number> {
  let stop!: () => void;
  const until = new Promise<void>((resolve) => { stop = resolve; });
  let started!: (url: string) => void;
  const listening = new Promise<string>((resolve) => { started = resolve; });
  const done = runServe({ port: '0', ...flags, until, onListening: started }, ctx);
  try {
    await use(await Promise.race([listening, done.then(() => { throw new Error('server ended early'); })]));
  } finally {
    stop();
  }
  return done;
}

test('serves the API on 127.0.0.1 by default and stops cleanly', async () => {
  const code = await withServer({}, async (url) => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${url}api/overview`);
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('content-security-policy'));
  });
  assert.equal(code, 0);
});

test('another address needs a token of at least 8 characters', async () => {
  await assert.rejects(runServe({ host: '0.0.0.0', port: '0' }, ctx), (e: unknown) => e instanceof UsageError && /--token/.test(e.message));
  await assert.rejects(runServe({ host: '0.0.0.0', port: '0', token: 'short' }, ctx), UsageError);
  await assert.rejects(runServe({ port: '70000' }, ctx), UsageError);
});

test('with a token, requests without it get 401', async () => {
  await withServer({ token: 'a-long-enough-token' }, async (url) => {
    assert.equal((await fetch(`${url}api/overview`)).status, 401);
    assert.equal((await fetch(`${url}api/overview`, { headers: { Authorization: 'Bearer a-long-enough-token' } })).status, 200);
  });
});
