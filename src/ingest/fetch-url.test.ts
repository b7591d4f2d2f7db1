import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { InputFormat } from './reader.js';
import { FetchError, fetchUrl, sniffFormat } from './fetch-url.js';

const PAGE = '<!doctype html><html><body><p>Hello</p></body></html>';

function startServer(): Server {
  return createServer((req, res) => {
    const path = req.url ?? '/';
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '../page' }).end();
    } else if (path === '/loop') {
      res.writeHead(301, { location: '/loop' }).end();
    } else if (path === '/to-ftp') {
      res.writeHead(302, { location: 'ftp://files.example/a.txt' }).end();
    } else if (path === '/slow') {
      // Headers and a first chunk, then nothing: only the timeout can end this.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('x'.repeat(1000));
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
}

describe('fetchUrl', () => {
  let server: Server;
  let base = '';

  before(async () => {
    server = startServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches a page with its status, content type and bytes', async () => {
    const got = await fetchUrl(`${base}/page`);
    assert.deepEqual(
      { ...got, bytes: new TextDecoder().decode(got.bytes) },
      { url: `${base}/page`, finalUrl: `${base}/page`, status: 200, contentType: 'text/html; charset=utf-8', bytes: PAGE },
    );
  });

  it('follows a chain of redirects within the limit, resolving relative locations', async () => {
    const got = await fetchUrl(`${base}/hop/5`);
    assert.deepEqual([got.url, got.finalUrl, got.status], [`${base}/hop/5`, `${base}/page`, 200]);
  });

  it('gives up on a redirect loop after maxRedirects', async () => {
    await assert.rejects(fetchUrl(`${base}/loop`), { name: 'FetchError', message: 'too many redirects (6)' });
    await assert.rejects(fetchUrl(`${base}/hop/3`, { maxRedirects: 2 }), { message: 'too many redirects (3)' });
  });

  it('times out an endpoint that never finishes', async () => {
    const started = Date.now();
    await assert.rejects(fetchUrl(`${base}/slow`, { timeoutMs: 200 }), { name: 'FetchError', message: 'timed out after 0.2 s' });
    assert.ok(Date.now() - started < 2000);
  });

  it('aborts a body larger than maxBytes while streaming it', async () => {
    await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 4096 }), (e: unknown) => {
      assert.ok(e instanceof FetchError);
      assert.deepEqual([e.message, e.code], ['too large: over 4 KB', 'too-large']);
      return true;
    });
  });

  it('throws on a non-2xx status, naming it', async () => {
    await assert.rejects(fetchUrl(`${base}/missing`), (e: unknown) => {
      assert.ok(e instanceof FetchError);
      assert.deepEqual([e.message, e.status, e.code], ['HTTP 404 Not Found', 404, 'fetch-failed']);
      return true;
    });
  });

  it('refuses schemes other than http and https, also as a redirect target', async () => {
    await assert.rejects(fetchUrl('ftp://files.example/a.txt'), { name: 'FetchError', message: 'unsupported scheme ftp:' });
    await assert.rejects(fetchUrl(`${base}/to-ftp`), { message: 'unsupported scheme ftp:' });
  });
});

describe('sniffFormat', () => {
  const cases: Array<[string, string | null, string, string, InputFormat]> = [
    ['HTML by content type', 'text/html; charset=utf-8', 'https://x.example/a', '', 'html'],
    ['XHTML by content type', 'application/xhtml+xml', 'https://x.example/a', '', 'html'],
    ['RSS by content type', 'application/rss+xml', 'https://x.example/a', '', 'feed'],
    ['Atom by content type', 'application/atom+xml', 'https://x.example/a', '', 'feed'],
    ['generic XML holding a feed', 'text/xml', 'https://x.example/a', '<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['JSON array', 'application/json', 'https://x.example/api', '[{"title":"a"}]', 'json'],
    ['JSON Lines served as JSON', 'application/json', 'https://x.example/api', '{"title":"a"}\n{"title":"b"}\n', 'jsonl'],
    ['pretty-printed JSON object', 'application/json', 'https://x.example/api', '{\n  "articles": []\n}', 'json'],
    ['plain text is a dump', 'text/plain', 'https://x.example/a.txt', 'Title\nBy Someone', 'dump'],
    ['plain text with a JSONL extension', 'text/plain; charset=utf-8', 'https://raw.example/a.jsonl', '{"a":1}', 'jsonl'],
    ['no type: a doctype', null, 'https://x.example/a', '\uFEFF  <!DOCTYPE html><html>', 'html'],
    ['no type: a feed root', 'application/octet-stream', 'https://x.example/a', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['no type: a JSON array', null, 'https://x.example/a', '[\n{"a":1}]', 'json'],
    ['no type, no clue in content: the extension', null, 'https://x.example/feed.rss?x=1', 'garbage', 'feed'],
    ['a local file path', null, '/data/articles.ndjson', '', 'jsonl'],
    ['JSONL whose first line is longer than the head', null, '/data/a.jsonl', `{"text":"${'x'.repeat(2000)}`, 'jsonl'],
    ['nothing to go on', null, 'https://x.example/a', 'Some text', 'dump'],
  ];
  for (const [intent, type, url, head, expected] of cases) {
    it(intent, () => assert.equal(sniffFormat(type, url, head), expected));
  }
});
