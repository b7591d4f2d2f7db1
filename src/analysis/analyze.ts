// The analysis job: every article not yet analysed by the current pipeline goes through it,
// results are linked into corpus entities and stored, batch by batch. Afterwards, people
// known in some article only by surname are joined to the one full name that ends with it,
// and the user's corrections are replayed over the fresh results (they must outlive re-analysis).
import type { AnalysisArticle } from '../nlp/component.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Repository } from '../store/repository.js';
import { compareQuantities } from './compare.js';
import { inThreadRunner, type PipelineRunner } from './pipeline-runner.js';
import { linkArticle, type Gazetteer } from './link-entities.js';
import { clusterStories } from './stories.js';

export interface AnalyzeOptions {
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export interface AnalyzeResult {
  articles: number;
  mentions: number;
  merged: number;
  /** Items of each claim and framing layer found. */
  timex: number;
  quantities: number;
  quotes: number;
  events: number;
  techniques: number;
  comparisons: number;
  disagreements: number;
  stories: number;
}

/**
 * `pipeline` may be a runner over worker threads (pipeline-runner.ts): while this thread links
 * and stores one batch, the workers already analyse the next.
 */
export async function analyzeStore(repo: Repository, pipeline: Pipeline | PipelineRunner, gazetteer: Gazetteer, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const runner: PipelineRunner = 'components' in pipeline ? inThreadRunner(pipeline) : pipeline;
  const batchSize = options.batchSize ?? 200;
  const result: AnalyzeResult = { articles: 0, mentions: 0, merged: 0, timex: 0, quantities: 0, quotes: 0, events: 0, techniques: 0, comparisons: 0, disagreements: 0, stories: 0 };
  const fetch = async (after?: string) => {
    const batch = await repo.articlesToAnalyze(runner.version, batchSize, after);
    const layers = batch.length ? runner.run(batch.map(toAnalysisArticle)) : Promise.resolve([]);
    layers.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
    return { batch, layers };
  };
  let next = await fetch();
  for (;;) {
    const { batch, layers } = next;
    if (batch.length === 0) break;
    const computed = await layers;
    next = await fetch(batch[batch.length - 1].id);
    const analyses = batch.map((a, i) => linkArticle(a, runner.version, computed[i], gazetteer));
    await repo.saveAnalyses(analyses);
    result.articles += batch.length;
    for (const x of analyses) {
      result.mentions += x.mentions.length;
      result.timex += x.timex.length;
      result.quantities += x.quantities.length;
      result.quotes += x.quotes.length;
      result.events += x.events.length;
      result.techniques += x.techniques.length;
    }
    options.onProgress?.(result.articles);
  }
  // Before the surname join and comparisons, so both see entities as the user corrected them.
  await repo.replayCorrections();
  if (result.articles > 0) {
    result.merged = await joinSurnames(repo);
    // The join may have merged an entity a correction names; corrections follow merges.
    await repo.replayCorrections();
    const corpus = await compareCorpus(repo);
    result.comparisons = corpus.comparisons.length;
    result.disagreements = corpus.comparisons.filter((c) => c.disagree).length;
    result.stories = corpus.stories.length;
  }
  return result;
}

/** Comparisons and stories span the whole corpus, so they are recomputed whenever any article changed. */
async function compareCorpus(repo: Repository) {
  const all = async <T>(list: (f: { limit: number; offset: number }) => Promise<T[]>) => {
    const out: T[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await list({ limit: 5000, offset });
      out.push(...page);
      if (page.length < 5000) return out;
    }
  };
  const quantities = await all((f) => repo.listQuantities(f));
  const events = await all((f) => repo.listEvents(f));
  const eventOf = new Map<string, string>();
  for (const e of events) for (const q of e.quantities) if (!eventOf.has(q)) eventOf.set(q, e.id);
  const placeGeo = new Map<string, { lat: number; lon: number }>();
  for (const p of await repo.listEntities({ type: 'PLACE', limit: 1_000_000 })) if (p.geo) placeGeo.set(p.id, p.geo);
  const comparisons = compareQuantities(quantities, placeGeo).map((c) => ({ ...c, event: c.quantities.map((q) => eventOf.get(q)).find(Boolean) ?? null }));
  await repo.saveComparisons(comparisons);
  const stories = clusterStories(events, comparisons);
  await repo.saveStories(stories);
  return { comparisons, stories };
}

function toAnalysisArticle(a: AnalysisArticle): AnalysisArticle {
  return { id: a.id, title: a.title, text: a.text, language: a.language, published: a.published, paragraphs: a.paragraphs, sentences: a.sentences };
}

/** One-word PERSON entities join the single multi-word PERSON whose last word they are. */
async function joinSurnames(repo: Repository): Promise<number> {
  const people = await repo.listEntities({ type: 'PERSON', limit: 1_000_000 });
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    if (!/\s/.test(p.name)) continue;
    const last = p.name.split(/\s+/).pop()!.toLowerCase();
    bySurname.set(last, [...(bySurname.get(last) ?? []), p.id]);
  }
  let merged = 0;
  for (const p of people) {
    if (/\s/.test(p.name)) continue;
    const full = bySurname.get(p.name.toLowerCase());
    if (full?.length === 1) {
      await repo.mergeEntities(p.id, full[0]);
      merged++;
    }
  }
  return merged;
}
