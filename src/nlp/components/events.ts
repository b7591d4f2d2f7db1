// Component: dated, typed, placed events reported as fact.
// Placeholder until the stage lands: assigns an empty layer so the pipeline, store and
// export carry the layer end to end.
import type { Component } from '../component.js';
import type { EventItem } from '../claims/types.js';

export function createEventFinder(): Component<EventItem[]> {
  return {
    name: 'events',
    version: '0',
    requires: ['tokens', 'entities', 'timex', 'quantities', 'quotes'],
    assigns: 'events',
    languages: ['en'],
    run: () => [],
    empty: () => [],
  };
}
