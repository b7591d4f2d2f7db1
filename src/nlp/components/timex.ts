// Component: time expressions of the title and body, normalised against the publication date
// (see time/time-finder.ts for the rules).
import type { TimexItem } from '../claims/types.js';
import type { Component } from '../component.js';
import { loadTimeLexicon, type TimeLexicon } from '../time/lexicon.js';
import { createTimeFinder } from '../time/time-finder.js';

export function createTimeTagger(lexicon: TimeLexicon = loadTimeLexicon()): Component<TimexItem[]> {
  const find = createTimeFinder(lexicon);
  return {
    name: 'timex',
    version: '1',
    requires: ['tokens'],
    assigns: 'timex',
    languages: ['en'],
    run: (a) => [
      ...find({ text: a.title, field: 'title', published: a.published }),
      ...find({ text: a.text, field: 'text', published: a.published, sentences: a.sentences, paragraphs: a.paragraphs }),
    ],
    empty: () => [],
  };
}
