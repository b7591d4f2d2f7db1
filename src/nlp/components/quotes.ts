// Component: direct and partial quotations with their speakers, in the body and the title
// (see src/nlp/quotes). Scare quotes, names and titles in quotation marks are left out.
import type { Component } from '../component.js';
import type { QuoteItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { findQuotes } from '../quotes/quote-finder.js';
import type { TokensLayer } from './tokens.js';

export function createQuoteFinder(): Component<QuoteItem[]> {
  return {
    name: 'quotes',
    version: '1',
    requires: ['tokens', 'entities'],
    assigns: 'quotes',
    languages: ['en'],
    run: (a, layers) => {
      const tokens = layers.tokens as TokensLayer;
      const entities = (layers.entities as ArticleEntity[]) ?? [];
      return [
        ...findQuotes({ field: 'title', text: a.title, tokens: tokens.title, paragraphs: [{ start: 0, end: a.title.length }], entities }),
        ...findQuotes({ field: 'text', text: a.text, tokens: tokens.text, paragraphs: a.paragraphs, entities }),
      ];
    },
    empty: () => [],
  };
}
