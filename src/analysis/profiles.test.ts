import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis } from '../store/repository.js';
import { aggregateOutlets, estimateGenre, profileArticle } from './profiles.js';

const article = (text: string, outlet = 'Harbor Post', title = 'Ceasefire holds') => ({
  id: `a-${text.length}`, title, subtitle: null, text, outlet, published: '2024-03-05', words: text.split(/\s+/).length,
  sentences: [{ start: 0, end: text.length }],
});

function analysis(text: string, parts: Partial<Pick<ArticleAnalysis, 'entities' | 'mentions' | 'quotes' | 'techniques'>>): Pick<ArticleAnalysis, 'entities' | 'mentions' | 'quotes' | 'techniques'> {
  return { entities: [], mentions: [], quotes: [], techniques: [], ...parts };
}

test('a title label decides the genre; otherwise the article’s own voice does', () => {
  const plain = 'The ministry said 12 people were killed on Monday, officials told reporters. '.repeat(10);
  assert.equal(estimateGenre({ title: 'Opinion: time to act', subtitle: null, text: plain, words: 130 }, [], 0).genre, 'opinion');
  assert.equal(estimateGenre({ title: 'Twelve killed', subtitle: null, text: plain, words: 130 }, [], 0).genre, 'news');
  const voice = 'We must stop pretending. Surely our leaders should act? This is a disgrace! I have seen enough. '.repeat(5);
  assert.equal(estimateGenre({ title: 'Enough', subtitle: null, text: voice, words: 90 }, [], 0).genre, 'opinion');
});

test('a technique is attached to the nearest actor in its sentence; unresolved pronoun speakers count as unresolved', () => {
  const text = 'The brutal regime in Velmar shelled the town.';
  assert.equal(text.slice(4, 17), 'brutal regime');
  const entity = { id: 'velmar', type: 'PLACE' as const, name: 'Velmar', aliases: [], wikidata: null, geo: null, kind: null };
  const p = profileArticle(article(text), analysis(text, {
    entities: [entity],
    mentions: [{ article: 'a', entity: 'velmar', field: 'text', start: 21, end: 27, text: 'Velmar', rule: 'test' }],
    techniques: [{ article: 'a', field: 'text', start: 4, end: 17, text: 'brutal regime', technique: 'Name_Calling,Labeling', scare_quote: false, rule: 'test' }],
    quotes: [{ id: 'u', article: 'a', field: 'text', start: 0, end: 3, text: 'The', kind: 'partial', speaker: null, speaker_text: 'she', rule: 'test' }],
  }));
  assert.deepEqual(p.portrayal, [{ entity: 'velmar', technique: 'Name_Calling,Labeling', term: 'brutal regime' }]);
  assert.deepEqual(p.speakers, { '(unresolved)': 1 });
  const [outlet] = aggregateOutlets([p]);
  assert.equal(outlet.techniques.total, 1);
  assert.equal(outlet.techniques.per1000, Math.round((10_000 * 1) / p.words) / 10);
  assert.deepEqual(outlet.portrayal[0].techniques, { 'Name_Calling,Labeling': 1 });
});
