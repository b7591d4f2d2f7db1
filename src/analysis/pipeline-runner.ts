// Where the analysis pipeline runs: in this thread, or spread over worker threads, each with
// its own copy of the pipeline and its resources. Articles are independent, so a batch is cut
// into one slice per worker and the layers come back in article order.
import { Worker } from 'node:worker_threads';
import type { AnalysisArticle, Layers } from '../nlp/component.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { AnalysisJob, AnalysisReply } from './analysis-worker.js';

export interface PipelineRunner {
  readonly version: string;
  run(articles: AnalysisArticle[]): Promise<Layers[]>;
  close(): Promise<void>;
}

export function inThreadRunner(pipeline: Pipeline): PipelineRunner {
  return {
    version: pipeline.version,
    run: async (articles) => articles.map((a) => pipeline.run(a)),
    close: async () => {},
  };
}

/** `workers` threads; the pipeline version is the one this thread would run (same code, same --kb files). */
export function workerRunner(pipeline: Pipeline, workers: number, kbFiles: string[] = []): PipelineRunner {
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./analysis-worker.js', import.meta.url), { workerData: { kbFiles } }));
  const pending = new Map<number, { resolve: (l: Layers[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  for (const w of pool) {
    w.on('message', (reply: AnalysisReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`analysis worker failed: ${reply.error}`));
      else p.resolve(reply.layers);
    });
    w.on('error', (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); });
  }
  const send = (worker: Worker, articles: AnalysisArticle[]) => new Promise<Layers[]>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, articles } satisfies AnalysisJob);
  });
  return {
    version: pipeline.version,
    async run(articles) {
      const size = Math.ceil(articles.length / pool.length);
      const slices = pool.map((w, i) => (articles.length > i * size ? send(w, articles.slice(i * size, (i + 1) * size)) : Promise.resolve([])));
      return (await Promise.all(slices)).flat();
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
