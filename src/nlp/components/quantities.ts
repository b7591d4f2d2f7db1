// Component: numbers that count or measure something, with what they count and who gives them.
// Placeholder until the stage lands: assigns an empty layer so the pipeline, store and
// export carry the layer end to end.
import type { Component } from '../component.js';
import type { QuantityItem } from '../claims/types.js';

export function createQuantityFinder(): Component<QuantityItem[]> {
  return {
    name: 'quantities',
    version: '0',
    requires: ['tokens', 'entities', 'timex'],
    assigns: 'quantities',
    languages: ['en'],
    run: () => [],
    empty: () => [],
  };
}
