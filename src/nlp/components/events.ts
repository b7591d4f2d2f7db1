// Component: dated, typed, placed events reported as fact (see events/event-finder.ts).
import type { Component } from '../component.js';
import type { EventItem, QuantityItem, QuoteItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { findEvents } from '../events/event-finder.js';
import { defaultTriggerLexicon } from '../events/trigger-lexicon.js';
import type { TokensLayer } from './tokens.js';

export function createEventFinder(): Component<EventItem[]> {
  const lexicon = defaultTriggerLexicon();
  return {
    name: 'events',
    version: '1',
    requires: ['tokens', 'entities', 'timex', 'quantities', 'quotes'],
    assigns: 'events',
    languages: ['en'],
    run: (a, layers) =>
      findEvents(
        {
          text: a.text,
          published: a.published,
          paragraphs: a.paragraphs,
          sentences: a.sentences,
          tokens: (layers.tokens as TokensLayer).text,
          entities: (layers.entities as ArticleEntity[]) ?? [],
          timex: (layers.timex as TimexItem[]) ?? [],
          quantities: (layers.quantities as QuantityItem[]) ?? [],
          quotes: (layers.quotes as QuoteItem[]) ?? [],
        },
        lexicon,
      ),
    empty: () => [],
  };
}
