// Runs components in order after checking, once, that each one's requirements are assigned
// by an earlier one. The pipeline's version names every component's version, so stored
// results can tell when they are stale.
import type { AnalysisArticle, Component, ComponentContext, Layers } from './component.js';

export interface Pipeline {
  readonly version: string;
  readonly components: readonly Component[];
  run(article: AnalysisArticle, ctx?: ComponentContext): Layers;
}

const silent: ComponentContext = { report() {} };

export function createPipeline(components: Component[]): Pipeline {
  const assigned = new Set<string>();
  for (const c of components) {
    const missing = c.requires.filter((r) => !assigned.has(r));
    if (missing.length) throw new Error(`component "${c.name}" requires ${missing.join(', ')}, which no earlier component assigns`);
    if (assigned.has(c.assigns)) throw new Error(`layer "${c.assigns}" is assigned twice (again by "${c.name}")`);
    assigned.add(c.assigns);
  }
  return {
    version: components.map((c) => `${c.name}@${c.version}`).join(','),
    components,
    run(article, ctx = silent) {
      const layers: Record<string, unknown> = {};
      for (const c of components) {
        const understood = !c.languages || c.languages.includes(article.language);
        layers[c.assigns] = understood ? c.run(article, layers, ctx) : c.empty();
      }
      return layers;
    },
  };
}
