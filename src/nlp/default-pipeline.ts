// The analysis pipeline Dossier runs on every article, in DESIGN.md order.
import { createArticleResolver } from './components/entities.js';
import { createEventFinder } from './components/events.js';
import { createMentionFinder } from './components/mentions.js';
import { createQuantityFinder } from './components/quantities.js';
import { createQuoteFinder } from './components/quotes.js';
import { createRelationFinder } from './components/relations.js';
import { createTechniqueDetector } from './components/techniques.js';
import { createTimeTagger } from './components/timex.js';
import { createTokenizer } from './components/tokens.js';
import { loadEntityResources } from './entities/resources.js';
import { createPipeline, type Pipeline } from './pipeline.js';

export interface PipelineOptions {
  /** Users' own knowledge-base files (--kb). */
  kbFiles?: string[];
}

export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  const entityResources = loadEntityResources(options.kbFiles);
  return createPipeline([
    createTokenizer(),
    createMentionFinder(entityResources),
    createArticleResolver(entityResources),
    createTimeTagger(),
    createQuoteFinder(),
    createQuantityFinder(),
    createEventFinder(),
    createTechniqueDetector(),
    createRelationFinder(),
  ]);
}
