// Component: typed actor-actor relations the article asserts, with evidence and cue spans
// (see relations/relation-finder.ts).
import type { Component } from '../component.js';
import type { QuoteItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { findRelations } from '../relations/relation-finder.js';
import { defaultRelationCues } from '../relations/relation-patterns.js';
import type { RelationItem } from '../relations/types.js';
import type { TokensLayer } from './tokens.js';

export function createRelationFinder(): Component<RelationItem[]> {
  const cues = defaultRelationCues();
  return {
    name: 'relations',
    version: '1',
    requires: ['tokens', 'entities', 'quotes'],
    assigns: 'relations',
    languages: ['en'],
    run: (a, layers) =>
      findRelations(
        {
          text: a.text,
          title: a.title,
          paragraphs: a.paragraphs,
          sentences: a.sentences,
          tokens: layers.tokens as TokensLayer,
          entities: (layers.entities as ArticleEntity[]) ?? [],
          quotes: (layers.quotes as QuoteItem[]) ?? [],
        },
        cues,
      ),
    empty: () => [],
  };
}
