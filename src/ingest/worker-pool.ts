// Spreads source preparation over worker threads and hands the results back in source
// order, so what is stored (and which article counts as the first of a repost family) does
// not depend on which worker finished first.
import { Worker } from 'node:worker_threads';
import { DiagnosticCode } from '../core/errors.js';
import type { PreparedEvent, SourceEvents } from './prepare-sources.js';
import type { FromWorker, ToWorker } from './prepare-worker.js';
import type { ReadOptions } from './read-source.js';
import { sourceName, type Source } from './sources.js';

interface Slot {
  chunks: SourceEvents[];
  worker: Worker | null; // null: prepared here (standard input belongs to this thread)
}

export async function* prepareInWorkers(sources: Source[], options: ReadOptions, workerCount: number): AsyncIterable<SourceEvents> {
  // A capped heap makes each worker collect garbage early instead of growing towards V8's
  // default limit: peak memory must stay flat whatever the size of the input.
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./prepare-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const slots = new Map<number, Slot>();
  let nextToAssign = 0;
  let bytesAhead = 0; // file bytes handed out but not yet consumed here
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  for (const worker of workers) {
    worker.on('message', (msg: FromWorker) => {
      const slot = slots.get(msg.index);
      if (!slot) return;
      if (msg.type === 'chunk') slot.chunks.push({ index: msg.index, events: msg.events, last: msg.last });
      else slot.chunks.push({ index: msg.index, events: [crashed(sources[msg.index], msg.message)], last: true });
      notify();
    });
    worker.on('error', (err) => { failure = err; notify(); });
  }

  // Keep workers busy while this thread commits a batch, within a memory budget.
  const assign = (consumed: number) => {
    while (nextToAssign < sources.length && (nextToAssign <= consumed + workerCount || (bytesAhead < MAX_BYTES_AHEAD && nextToAssign < consumed + MAX_SOURCES_AHEAD))) {
      const index = nextToAssign++;
      const source = sources[index];
      bytesAhead += sizeOf(source);
      if (source.kind === 'stdin') {
        slots.set(index, { chunks: [], worker: null });
        continue;
      }
      const worker = workers.reduce((a, b) => (load.get(a)! <= load.get(b)! ? a : b));
      load.set(worker, load.get(worker)! + 1);
      slots.set(index, { chunks: [], worker });
      worker.postMessage({ type: 'source', index, source, options } satisfies ToWorker);
    }
  };

  try {
    for (let index = 0; index < sources.length; index++) {
      assign(index);
      const slot = slots.get(index)!;
      if (!slot.worker) {
        const { prepareSource } = await import('./prepare-sources.js');
        const events: PreparedEvent[] = [];
        for await (const e of prepareSource(sources[index], options)) events.push(e);
        yield { index, events, last: true };
        continue;
      }
      for (;;) {
        if (failure) throw failure;
        const chunk = slot.chunks.shift();
        if (!chunk) {
          await new Promise<void>((resolve) => { wake = resolve; });
          continue;
        }
        slot.worker.postMessage({ type: 'credit' } satisfies ToWorker);
        yield chunk;
        if (chunk.last) break;
      }
      load.set(slot.worker, load.get(slot.worker)! - 1);
      slots.delete(index);
      bytesAhead -= sizeOf(sources[index]);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const WORKER_HEAP_MB = 512;
const MAX_BYTES_AHEAD = 8 * 1024 * 1024;
const MAX_SOURCES_AHEAD = 256;

function sizeOf(source: Source): number {
  return source.kind === 'file' ? source.size : 0;
}

function crashed(source: Source, message: string): PreparedEvent {
  return {
    type: 'diagnostic',
    diagnostic: { severity: 'error', code: DiagnosticCode.unreadable, file: sourceName(source), message: `reader failed unexpectedly (a bug, please report it): ${message.split('\n')[0]}` },
  };
}
