import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisArticle } from '../component.js';
import type { TechniqueItem } from '../claims/types.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { createTechniqueDetector } from './techniques.js';
import { createTokenizer } from './tokens.js';

function article(title: string, text: string): AnalysisArticle {
  const paragraphs = splitParagraphs(text);
  return { id: 'a1', title, text, language: 'en', published: null, paragraphs, sentences: splitSentences(text, paragraphs) };
}

describe('techniques component', () => {
  it('reads title and body, each item with offsets into its own field', () => {
    const a = article('The town’s ‘reform’ fails', 'The council’s brutal crackdown shocked the town.');
    const tokens = createTokenizer().run(a, {}, { report() {} });
    const items = createTechniqueDetector().run(a, { tokens, entities: [], quotes: [] }, { report() {} }) as TechniqueItem[];
    assert.deepEqual(items.map((i) => [i.field, (i.field === 'title' ? a.title : a.text).slice(i.start, i.end), i.technique]), [
      ['title', '‘reform’', 'Loaded_Language'],
      ['text', 'brutal crackdown', 'Loaded_Language'],
    ]);
  });

  it('declares its layer and requirements', () => {
    const c = createTechniqueDetector();
    assert.deepEqual([c.name, c.version, c.assigns, [...c.requires]], ['techniques', '1', 'techniques', ['tokens', 'entities', 'quotes']]);
  });
});
