// The UI files are served by exact name from one folder; nothing a client sends can reach a
// file outside it, nor a hidden file inside it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.js';
import { createApp } from './app.js';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-static-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const web = path.join(root, 'web');
mkdirSync(web);
writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>ui</title>');
writeFileSync(path.join(web, 'app.js'), 'console.log(1)');
writeFileSync(path.join(web, '.secret.js'), 'hidden');
writeFileSync(path.join(root, 'outside.js'), 'SECRET-OUTSIDE');
const app = createApp({ repo: openSqliteRepository(path.join(root, 'd.db')), webDir: web });

test('the page and its script are served with their types', async () => {
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  const js = await app.request('/app.js');
  assert.equal(await js.text(), 'console.log(1)');
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
});

test('no path reaches a file outside the folder, or a hidden one inside it', async () => {
  const attempts = [
    '/../outside.js', '/%2e%2e/outside.js', '/..%2foutside.js', '/%2e%2e%2foutside.js', '/app.js/../../outside.js',
    '/web/../outside.js', '/..%5coutside.js', '/.secret.js', '/%2esecret.js', '//etc/passwd', '/..%252foutside.js',
  ];
  for (const url of attempts) {
    const res = await app.request(url);
    const body = await res.text();
    assert.ok(res.status === 404 || res.status === 400, `${url}: ${res.status}`);
    assert.doesNotMatch(body, /SECRET-OUTSIDE|hidden/, url);
  }
});
