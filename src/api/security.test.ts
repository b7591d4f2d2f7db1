// Every response carries the strict headers; without a token only loopback Host names are
// served; with one, every request must carry it (header, query once, then the cookie).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-sec-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const repo = openSqliteRepository(path.join(dir, 'd.db'));
const TOKEN = 'correct-horse-battery';

test('API and page responses carry a CSP without inline script or eval, and nosniff', async () => {
  const app = createApp({ repo });
  for (const url of ['/api/overview', '/', '/api/nothing-here']) {
    const res = await app.request(url);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.equal(csp, CONTENT_SECURITY_POLICY, url);
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', url);
  }
});

test('without a token, requests addressed to another host are refused (DNS rebinding)', async () => {
  const app = createApp({ repo });
  assert.equal((await app.request('http://localhost/api/overview')).status, 200);
  assert.equal((await app.request('http://127.0.0.1:4477/api/overview')).status, 200);
  const res = await app.request('http://attacker.example/api/overview');
  assert.equal(res.status, 403);
  assert.match((await res.json() as { error: string }).error, /--token/);
});

test('with a token, every request needs it: bearer header, query parameter, then cookie', async () => {
  const app = createApp({ repo, token: TOKEN });
  const none = await app.request('http://dossier.example/api/overview');
  assert.equal(none.status, 401);
  assert.equal(none.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal((await app.request('/api/overview', { headers: { Authorization: `Bearer ${TOKEN}x` } })).status, 401);
  assert.equal((await app.request('/api/overview?token=nope')).status, 401);
  assert.equal((await app.request('http://dossier.example/api/overview', { headers: { Authorization: `Bearer ${TOKEN}` } })).status, 200);

  const first = await app.request(`http://dossier.example/?token=${TOKEN}`);
  assert.notEqual(first.status, 401);
  const cookie = first.headers.get('set-cookie') ?? '';
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Strict/i);
  const then = await app.request('http://dossier.example/api/overview', { headers: { Cookie: cookie.split(';')[0] } });
  assert.equal(then.status, 200);
});

test('a bad query parameter is a 400 with a JSON message naming it, never a 500', async () => {
  const app = createApp({ repo });
  const cases: [string, RegExp][] = [
    ['/api/articles?limit=abc', /limit/],
    ['/api/articles?limit=0', /limit/],
    ['/api/articles?from=2024-13-01', /from/],
    ['/api/articles?duplicates=maybe', /duplicates/],
    ['/api/entities?type=THING', /type/],
    ['/api/search', /q/],
    ['/api/search?q=', /q/],
    ['/api/map?limit=-1', /limit/],
    ['/api/comparisons?disagree=perhaps', /disagree/],
  ];
  for (const [url, message] of cases) {
    const res = await app.request(url);
    assert.equal(res.status, 400, url);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, url);
    assert.match((await res.json() as { error: string }).error, message, url);
  }
});
