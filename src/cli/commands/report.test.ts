// The report page: data embedded so that no article text can close its script element, and a
// CSP whose hashes allow exactly the inline script and style it carries.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { ReportData } from '../../api/types.js';
import { reportHtml, scriptSafeJson } from './report.js';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

test('embedded JSON cannot end its script element, and parses back to the same data', () => {
  const value = { title: '</script><script>alert(1)</script><!-- & \u2028' };
  const json = scriptSafeJson(value);
  assert.doesNotMatch(json, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(json), value);
});

test('the CSP allows the inline script and style by hash, and nothing from the network', () => {
  const data = { schema: 'dossier-report/1', articles: [{ article: { title: '</script><img src=x onerror=alert(1)>' } }] } as unknown as ReportData;
  const js = 'console.log("</script>")';
  const html = reportHtml(data, js, 'body{color:red}');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
  const inlineJs = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)![1];
  assert.equal(inlineJs, 'console.log("<\\/script>")');
  assert.ok(csp.includes(`script-src ${hash(inlineJs)}`), csp);
  assert.ok(csp.includes(`style-src ${hash('body{color:red}')}`), csp);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe|https?:/);
  // One script element of our own, one data element: the article's markup stayed inside the JSON.
  assert.equal(html.match(/<script[\s>]/g)?.length, 2);
  assert.doesNotMatch(html, /<img/);
});
