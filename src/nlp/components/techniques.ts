// Component: persuasion techniques on spans, each with the rule that flagged it.
// Placeholder until the stage lands: assigns an empty layer so the pipeline, store and
// export carry the layer end to end.
import type { Component } from '../component.js';
import type { TechniqueItem } from '../claims/types.js';

export function createTechniqueDetector(): Component<TechniqueItem[]> {
  return {
    name: 'techniques',
    version: '0',
    requires: ['tokens', 'entities', 'quotes'],
    assigns: 'techniques',
    languages: ['en'],
    run: () => [],
    empty: () => [],
  };
}
