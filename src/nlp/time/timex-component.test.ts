import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisArticle } from '../component.js';
import { createTimeTagger } from '../components/timex.js';

function article(title: string, paragraphs: string[], published: string | null): AnalysisArticle {
  const text = paragraphs.join('\n');
  const spans = [];
  let at = 0;
  for (const p of paragraphs) { spans.push({ start: at, end: at + p.length }); at += p.length + 1; }
  return { id: 'a1', title, text, language: 'en', published, paragraphs: spans, sentences: spans };
}

const tagger = createTimeTagger();
const run = (a: AnalysisArticle) => tagger.run(a, {}, { report: () => {} });

test('the component tags the title and the body, each with its own offsets', () => {
  const a = article('Ferry service resumes after 2019 strike', ['On Monday, the first ferry left Osterby.'], '2023-09-27');
  const items = run(a);
  assert.deepEqual(items.map((t) => [t.field, (t.field === 'title' ? a.title : a.text).slice(t.start, t.end), t.value, t.rule]), [
    ['title', '2019', '2019', 'year'],
    ['text', 'On Monday', '2023-09-25', 'weekday'],
  ]);
});

test('a narrated year does not leak into the next paragraph', () => {
  const a = article('Harbour news', ['In late August 2020, the harbour froze. On November 4, it thawed.', 'On November 4, the mayor spoke.'], '2023-12-10');
  assert.deepEqual(run(a).map((t) => [t.text, t.value, t.anchor]), [
    ['In late August 2020', '2020-08', 'absolute'],
    ['On November 4', '2020-11-04', 'text'],
    ['On November 4', '2023-11-04', 'publication'],
  ]);
});

test('an article without a publication date still gets its absolute dates', () => {
  const a = article('Talks resume', ['Talks resumed last week, ten years after the 10 May 2013 accord.'], null);
  assert.deepEqual(run(a).map((t) => [t.text, t.value, t.precision]), [
    ['last week', null, 'none'],
    ['10 May 2013', '2013-05-10', 'day'],
  ]);
});

test('a date inside an organisation’s name dates nothing', () => {
  const a = article('Rebels advance', ['Fighters of the April 9 Front took the ridge on May 2.'], '2031-05-05');
  const entities = [{ key: 'ORG:april 9 front', type: 'ORG', name: 'April 9 Front', kb: null, forms: ['April 9 Front'], mentions: [{ field: 'text', start: 16, end: 29, text: 'April 9 Front', rule: 'test' }] }];
  assert.equal(a.text.slice(16, 29), 'April 9 Front');
  assert.ok(run(a).some((t) => t.text.includes('April 9')), 'without the entity layer the name reads as a date');
  assert.deepEqual(tagger.run(a, { entities }, { report: () => {} }).map((t) => [t.text, t.value]), [['on May 2', '2031-05-02']]);
});
