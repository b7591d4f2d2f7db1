// Worker thread body: runs the analysis pipeline on the articles it is handed and posts back
// the layers the linker needs (tokens and raw mention candidates stay here: they are large
// and only the pipeline itself uses them).
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisArticle, Layers } from '../nlp/component.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';

export interface AnalysisJob {
  id: number;
  articles: AnalysisArticle[];
}

export type AnalysisReply = { id: number; layers: Layers[] } | { id: number; error: string };

const INTERNAL_LAYERS = new Set(['tokens', 'mentions']);

if (parentPort) {
  const port = parentPort;
  const pipeline = createDefaultPipeline({ kbFiles: (workerData as { kbFiles: string[] }).kbFiles });
  port.on('message', (job: AnalysisJob) => {
    try {
      const layers = job.articles.map((a) => Object.fromEntries(Object.entries(pipeline.run(a)).filter(([k]) => !INTERNAL_LAYERS.has(k))));
      port.postMessage({ id: job.id, layers } satisfies AnalysisReply);
    } catch (err) {
      port.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) } satisfies AnalysisReply);
    }
  });
}
