// Component: candidate names in title and body, typed, with the rule that found each.
import type { Component } from '../component.js';
import { findMentions, type FinderResources, type MentionCandidate } from '../entities/mention-finder.js';
import type { TokensLayer } from './tokens.js';

export function createMentionFinder(resources: FinderResources): Component<MentionCandidate[]> {
  return {
    name: 'mentions',
    version: '1',
    requires: ['tokens'],
    assigns: 'mentions',
    languages: ['en'],
    run: (a, layers) => {
      const tokens = layers.tokens as TokensLayer;
      return [...findMentions(tokens.title, a.title, 'title', resources), ...findMentions(tokens.text, a.text, 'text', resources)];
    },
    empty: () => [],
  };
}
