// The command line end to end, as a user drives it: exit codes, output, --json, stdin, URLs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { cli, cliAsync, FIXTURES, SAMPLE, tempDir } from './helpers.js';

const manifest = JSON.parse(readFileSync(path.join(FIXTURES, 'sample-manifest.json'), 'utf8')) as { title: string; outlet: string | null }[];

function sampleDb(): string {
  const db = path.join(tempDir(), 'd.db');
  const r = cli(['ingest', SAMPLE, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return db;
}

test('ingest prints what it found and exits 0 when nothing was skipped', () => {
  const db = path.join(tempDir(), 'd.db');
  const r = cli(['ingest', SAMPLE, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`Ingested ${manifest.length} new article\\(s\\)`));
  assert.match(r.stdout, /outlets \(\d+\): .*Meridian Wire/);
  assert.match(r.stdout, /published: 2024-03-0\d to 2024-03-\d\d/);
});

test('ingest exits 1 and names each skipped input when some are bad', () => {
  const db = path.join(tempDir(), 'd.db');
  const r = cli(['ingest', path.join(FIXTURES, 'bad'), '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /skipped: .*empty\.txt: empty file \[empty\]/);
  assert.match(r.stderr, /skipped: .*broken\.jsonl:3: .*\[bad-json\]/);
  const stats = JSON.parse(cli(['stats', '--db', db, '--json']).stdout);
  assert.equal(stats.articles, 10);
  assert.equal(stats.skipped_inputs.length, 9);
});

test('usage errors exit 2 with a message; --help exits 0 and shows examples', () => {
  const db = path.join(tempDir(), 'd.db');
  assert.equal(cli(['ingest']).code, 2);
  assert.equal(cli(['frobnicate']).code, 2);
  const badDate = cli(['list', '--db', sampleDb(), '--from', 'last tuesday']);
  assert.equal(badDate.code, 2);
  assert.match(badDate.stderr, /--from expects a date/);
  const missing = cli(['stats', '--db', db]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no database at/);
  for (const cmd of [[], ['ingest'], ['list'], ['show'], ['search'], ['stats'], ['export']]) {
    const help = cli([...cmd, '--help']);
    assert.equal(help.code, 0, cmd.join(' '));
    assert.match(help.stdout, /Usage: dossier/);
  }
  assert.match(cli(['ingest', '--help']).stdout, /Examples:/);
});

test('list filters, show prints one article, search highlights matches', () => {
  const db = sampleDb();
  const listed = JSON.parse(cli(['list', '--db', db, '--json', '--outlet', 'meridian wire']).stdout);
  assert.ok(listed.total >= 2);
  assert.ok(listed.articles.every((a: { outlet: string }) => a.outlet === 'Meridian Wire'));

  const first = listed.articles[0];
  const shown = cli(['show', first.id.slice(0, 8), '--db', db]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.ok(shown.stdout.startsWith(first.title));
  assert.match(shown.stdout, /Meridian Wire/);
  assert.equal(cli(['show', 'ffffffff', '--db', db]).code, 2);

  const found = JSON.parse(cli(['search', 'dam', '--db', db, '--json']).stdout);
  assert.ok(found.hits.length > 0);
  assert.match(found.hits[0].snippet, /<mark>dam<\/mark>/i);
  const plain = cli(['search', 'dam', '--db', db]);
  assert.match(plain.stdout, /\[dam\]/i);
});

test('export writes the dossier/1 contract with every array present', () => {
  const db = sampleDb();
  const out = path.join(tempDir(), 'dossier.json');
  assert.equal(cli(['export', '--db', db, '--out', out]).code, 0);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(doc.schema, 'dossier/1');
  for (const key of ['articles', 'entities', 'mentions', 'timex', 'quantities', 'quotes', 'events', 'techniques', 'relations', 'comparisons']) {
    assert.ok(Array.isArray(doc[key]), key);
  }
  assert.equal(doc.articles.length, manifest.length);
  const a = doc.articles[0];
  assert.deepEqual(Object.keys(a).slice(0, 11), ['id', 'title', 'subtitle', 'outlet', 'authors', 'published', 'url', 'language', 'origin', 'text', 'duplicate_of']);
  for (const [s, e] of a.sentences) assert.ok(e > s && e <= a.text.length);

  const stdout = cli(['export', '--db', db]);
  assert.deepEqual(JSON.parse(stdout.stdout).articles.length, manifest.length, 'no --out writes to standard output');

  const lines = cli(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.filter((l) => l.record_type === 'articles').length, manifest.length);
  assert.ok(lines.some((l) => l.record_type === 'mentions'));
  const dir = path.join(tempDir(), 'jsonl');
  assert.equal(cli(['export', '--db', db, '--format', 'jsonl', '--out', dir]).code, 0);
  assert.equal(readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').trim().split('\n').length, manifest.length);
  const timexLines = readFileSync(path.join(dir, 'timex.jsonl'), 'utf8').trim().split('\n');
  assert.equal(timexLines.length, doc.timex.length, 'one line per time expression');
});

test('every exported item of every layer slices its article exactly', () => {
  const db = sampleDb();
  const doc = JSON.parse(cli(['export', '--db', db]).stdout);
  const byId = new Map(doc.articles.map((a: { id: string }) => [a.id, a]));
  for (const layer of ['mentions', 'timex', 'quantities', 'quotes', 'events', 'techniques']) {
    assert.ok(doc[layer].length > 0, `the sample has ${layer}`);
    for (const item of doc[layer]) {
      const a = byId.get(item.article) as { text: string; title: string };
      const source = item.field === 'title' ? a.title : a.text;
      assert.equal(source.slice(item.start, item.end), item.text, `${layer} ${JSON.stringify(item).slice(0, 120)}`);
    }
  }
  for (const r of doc.relations) {
    for (const e of r.evidence) assert.equal((byId.get(e.article) as { text: string }).text.slice(e.start, e.end), e.text);
  }
});

test('export also writes CSV tables, GeoJSON places and a GEXF network', () => {
  const db = sampleDb();
  const dir = path.join(tempDir(), 'csv');
  assert.equal(cli(['export', '--db', db, '--format', 'csv', '--out', dir]).code, 0);
  const articles = readFileSync(path.join(dir, 'articles.csv'), 'utf8');
  assert.match(articles, /^id,title,subtitle,outlet,authors,published/);
  assert.equal(cli(['export', '--db', db, '--format', 'csv']).code, 2, 'csv needs a folder');
  const geo = JSON.parse(cli(['export', '--db', db, '--format', 'geojson']).stdout);
  assert.equal(geo.type, 'FeatureCollection');
  const mali = geo.features.find((f: { properties: { name: string } }) => f.properties.name === 'Mali');
  assert.ok(mali && mali.geometry.type === 'Point' && mali.properties.country === 'ML');
  const gexf = cli(['export', '--db', db, '--format', 'gexf']).stdout;
  assert.match(gexf, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3"/);
  assert.match(gexf, /<node id="[^"]+" label="Mali">/);
  assert.match(gexf, /<edge id="m0" source=/);
});

test('standard input is read with "-"', () => {
  const db = path.join(tempDir(), 'd.db');
  const text = 'Convoy reaches Ménaka\nBy Awa Sidibé | Sahel Ledger | March 9, 2024\nThe first trucks arrived after nine days on the road, aid workers said.\n';
  const r = cli(['ingest', '-', '--db', db, '--json'], { input: text });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).inserted, 1);
  const [a] = JSON.parse(cli(['list', '--db', db, '--json']).stdout).articles;
  assert.deepEqual([a.title, a.outlet, a.authors, a.published], ['Convoy reaches Ménaka', 'Sahel Ledger', ['Awa Sidibé'], '2024-03-09']);
});

test('URLs are fetched from a local server; failures are skipped with the reason', async () => {
  const html = readFileSync(path.join(SAMPLE, 'html', 'northern-courier-ansongo-toll.html'));
  const server = http.createServer((req, res) => {
    if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (req.url === '/moved') res.writeHead(301, { location: '/story' }).end();
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const db = path.join(tempDir(), 'd.db');
    // Asynchronous child: this process must keep serving while the CLI fetches.
    const child = cliAsync(['ingest', `${base}/moved`, `${base}/gone`, '--db', db, '--json']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1, stderr);
    assert.equal(JSON.parse(stdout).inserted, 1);
    assert.match(stderr, /gone: .*404/);
    const [a] = JSON.parse(cli(['list', '--db', db, '--json']).stdout).articles;
    assert.equal(a.outlet, 'The Northern Courier');
    assert.ok(a.url);
  } finally {
    server.close();
  }
});

test('a reader that closes the pipe early (`dossier --help | head -1`) ends the command quietly with exit 0', async () => {
  const child = cliAsync(['--help']);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  // Closing our end at once makes every write of the child fail with EPIPE.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
});
