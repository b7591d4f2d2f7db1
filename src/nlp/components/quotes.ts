// Component: direct and partial quotations with their speakers.
// Placeholder until the stage lands: assigns an empty layer so the pipeline, store and
// export carry the layer end to end.
import type { Component } from '../component.js';
import type { QuoteItem } from '../claims/types.js';

export function createQuoteFinder(): Component<QuoteItem[]> {
  return {
    name: 'quotes',
    version: '0',
    requires: ['tokens', 'entities'],
    assigns: 'quotes',
    languages: ['en'],
    run: () => [],
    empty: () => [],
  };
}
