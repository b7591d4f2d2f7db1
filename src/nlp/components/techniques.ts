// Component: persuasion techniques on spans (the 14 SemEval-2020 Task 11 labels, plus scare
// quotes), each with the rule that flagged it. Body and title are read alike; the quotes layer
// tells real quotations apart from scare quotes.
import type { Component } from '../component.js';
import type { QuoteItem, TechniqueItem } from '../claims/types.js';
import { detectTechniques, type DetectOptions } from '../framing/detector.js';
import type { TokensLayer } from './tokens.js';

export function createTechniqueDetector(options: DetectOptions = {}): Component<TechniqueItem[]> {
  return {
    name: 'techniques',
    version: '1',
    requires: ['tokens', 'entities', 'quotes'],
    assigns: 'techniques',
    languages: ['en'],
    run: (a, layers) => {
      const tokens = layers.tokens as TokensLayer;
      const quotes = (layers.quotes as QuoteItem[] | undefined) ?? [];
      const sentences = a.sentences.length ? a.sentences : [{ start: 0, end: a.text.length }];
      return [
        ...detectTechniques({ field: 'title', text: a.title, tokens: tokens.title, sentences: [{ start: 0, end: a.title.length }], quotes }, undefined, options),
        ...detectTechniques({ field: 'text', text: a.text, tokens: tokens.text, sentences, quotes }, undefined, options),
      ];
    },
    empty: () => [],
  };
}
