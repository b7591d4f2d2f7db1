// Component: numbers that count or measure something, with what they count, where, when, and
// who the text says gives them (see quantities/quantity-finder). Uses the time layer, when
// present, to leave dates out and to tie a figure to the date its sentence names, and the
// quotations, to credit a figure said inside one to its speaker. The quotation layer is read
// when an earlier stage made it; otherwise the quote finder (a pure function) runs here.
import type { Component } from '../component.js';
import type { QuantityItem, QuoteItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { findQuantities } from '../quantities/quantity-finder.js';
import { findQuotes } from '../quotes/quote-finder.js';
import type { TokensLayer } from './tokens.js';

export function createQuantityFinder(): Component<QuantityItem[]> {
  return {
    name: 'quantities',
    version: '2',
    requires: ['tokens', 'entities', 'timex', 'quotes'],
    assigns: 'quantities',
    languages: ['en'],
    run: (a, layers) => {
      const entities = (layers.entities as ArticleEntity[] | undefined) ?? [];
      const timex = (layers.timex as TimexItem[] | undefined) ?? [];
      const body = a.sentences.length ? a.sentences : [{ start: 0, end: a.text.length }];
      let quotes = layers.quotes as QuoteItem[] | undefined;
      const tokens = layers.tokens as TokensLayer | undefined;
      if (!quotes && tokens) {
        quotes = [
          ...findQuotes({ field: 'title', text: a.title, tokens: tokens.title, paragraphs: [{ start: 0, end: a.title.length }], entities }),
          ...findQuotes({ field: 'text', text: a.text, tokens: tokens.text, paragraphs: a.paragraphs, entities }),
        ];
      }
      return [
        ...findQuantities({ field: 'title', text: a.title, sentences: [{ start: 0, end: a.title.length }], entities, timex, quotes }),
        ...findQuantities({ field: 'text', text: a.text, sentences: body, entities, timex, quotes }),
      ];
    },
    empty: () => [],
  };
}
