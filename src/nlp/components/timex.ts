// Component: time expressions normalised against the publication date.
// Placeholder until the stage lands: assigns an empty layer so the pipeline, store and
// export carry the layer end to end.
import type { Component } from '../component.js';
import type { TimexItem } from '../claims/types.js';

export function createTimeTagger(): Component<TimexItem[]> {
  return {
    name: 'timex',
    version: '0',
    requires: ['tokens'],
    assigns: 'timex',
    languages: ['en'],
    run: () => [],
    empty: () => [],
  };
}
