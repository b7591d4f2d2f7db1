// Component: numbers that count or measure something, with what they count, where, when, and
// who the text says gives them (see quantities/quantity-finder). Uses the time layer, when
// present, to leave dates out and to tie a figure to the date its sentence names.
import type { Component } from '../component.js';
import type { QuantityItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { findQuantities } from '../quantities/quantity-finder.js';

export function createQuantityFinder(): Component<QuantityItem[]> {
  return {
    name: 'quantities',
    version: '1',
    requires: ['tokens', 'entities', 'timex'],
    assigns: 'quantities',
    languages: ['en'],
    run: (a, layers) => {
      const entities = (layers.entities as ArticleEntity[] | undefined) ?? [];
      const timex = (layers.timex as TimexItem[] | undefined) ?? [];
      const body = a.sentences.length ? a.sentences : [{ start: 0, end: a.text.length }];
      return [
        ...findQuantities({ field: 'title', text: a.title, sentences: [{ start: 0, end: a.title.length }], entities, timex }),
        ...findQuantities({ field: 'text', text: a.text, sentences: body, entities, timex }),
      ];
    },
    empty: () => [],
  };
}
