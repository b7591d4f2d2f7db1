import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisArticle, Component } from './component.js';
import { createPipeline } from './pipeline.js';

const article: AnalysisArticle = { id: 'a1', title: 'T', text: 'Some text.', language: 'fr', published: null, paragraphs: [], sentences: [] };
const component = (name: string, requires: string[], languages?: string[]): Component<string> => ({
  name, version: '1', requires, assigns: name, languages,
  run: (a, layers) => `${name}(${requires.map((r) => layers[r]).join(',')})`,
  empty: () => '',
});

test('components run in order and see earlier layers', () => {
  const p = createPipeline([component('a', []), component('b', ['a'])]);
  assert.deepEqual(p.run({ ...article, language: 'en' }), { a: 'a()', b: 'b(a())' });
  assert.equal(p.version, 'a@1,b@1');
});

test('a requirement no earlier component assigns is refused when the pipeline is built', () => {
  assert.throws(() => createPipeline([component('b', ['a']), component('a', [])]), /requires a/);
});

test('components skip languages they do not understand', () => {
  const p = createPipeline([component('a', []), component('b', ['a'], ['en'])]);
  assert.deepEqual(p.run(article), { a: 'a()', b: '' });
});
