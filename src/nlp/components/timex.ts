// Component: time expressions of the title and body, normalised against the publication date
// (see time/time-finder.ts for the rules).
import type { TimexItem } from '../claims/types.js';
import type { Component } from '../component.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { loadTimeLexicon, type TimeLexicon } from '../time/lexicon.js';
import { createTimeFinder } from '../time/time-finder.js';

export function createTimeTagger(lexicon: TimeLexicon = loadTimeLexicon()): Component<TimexItem[]> {
  const find = createTimeFinder(lexicon);
  return {
    name: 'timex',
    version: '1',
    requires: ['tokens', 'entities'],
    assigns: 'timex',
    languages: ['en'],
    run: (a, layers) => {
      const found = [
        ...find({ text: a.title, field: 'title', published: a.published }),
        ...find({ text: a.text, field: 'text', published: a.published, sentences: a.sentences, paragraphs: a.paragraphs }),
      ];
      // "the March 23 Movement", "the April 6 Youth Movement": a date inside an organisation's name dates nothing.
      const names = ((layers.entities as ArticleEntity[] | undefined) ?? []).filter((e) => e.type === 'ORG').flatMap((e) => e.mentions);
      return names.length ? found.filter((t) => !names.some((m) => m.field === t.field && m.start <= t.start && t.end <= m.end)) : found;
    },
    empty: () => [],
  };
}
