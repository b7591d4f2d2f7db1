import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuantityItem, QuoteItem } from '../claims/types.js';
import type { AnalysisArticle } from '../component.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { createQuantityFinder } from './quantities.js';
import { createTokenizer } from './tokens.js';

function article(text: string): AnalysisArticle {
  const paragraphs = splitParagraphs(text);
  return { id: 'a1', title: 'Flood relief', text, language: 'en', published: '2024-03-01', paragraphs, sentences: splitSentences(text, paragraphs) };
}

const ctx = { report: () => {} };
const text = '“We took 60 families to the school,” said Ana Lind, a volunteer.';
const a = article(text);
const tokens = createTokenizer().run(a, {}, ctx);
const at = text.indexOf('Ana Lind');
const entities: ArticleEntity[] = [{ key: 'PERSON:Ana Lind', type: 'PERSON', name: 'Ana Lind', kb: null, forms: ['Ana Lind'], mentions: [{ field: 'text', start: at, end: at + 8, text: 'Ana Lind', rule: 'test' }] }];

test('a figure inside a quotation is credited to its speaker, the quote finder running when no layer has quotes yet', () => {
  const items = createQuantityFinder().run(a, { tokens, entities, timex: [] }, ctx) as QuantityItem[];
  assert.deepEqual(items.map((q) => [text.slice(q.start, q.end), q.attributedTo]), [['60', 0]]);
});

test('the quotation layer is used when an earlier stage made it', () => {
  const quotes: QuoteItem[] = [{ field: 'text', start: 1, end: 35, text: text.slice(1, 35), kind: 'direct', speaker: null, speakerText: 'a volunteer', rule: 'test' }];
  const items = createQuantityFinder().run(a, { tokens, entities, timex: [], quotes }, ctx) as QuantityItem[];
  assert.deepEqual(items.map((q) => [q.attributedTo, q.attributedText]), [[null, 'a volunteer']]);
});
