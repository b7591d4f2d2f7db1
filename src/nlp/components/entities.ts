// Component: the entities an article names, each with all its mentions (see article-resolver).
import type { Component } from '../component.js';
import { resolveArticle, type ArticleEntity, type ResolverResources } from '../entities/article-resolver.js';
import type { MentionCandidate } from '../entities/mention-finder.js';

export function createArticleResolver(resources: ResolverResources): Component<ArticleEntity[]> {
  return {
    name: 'entities',
    version: '1',
    requires: ['mentions'],
    assigns: 'entities',
    run: (_a, layers) => resolveArticle(layers.mentions as MentionCandidate[], resources),
    empty: () => [],
  };
}
