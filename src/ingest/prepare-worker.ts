// Worker thread body: prepares the sources it is handed and posts their events back in
// chunks, waiting for credit so a fast reader cannot flood a slower store with memory.
import { parentPort } from 'node:worker_threads';
import type { ReadOptions } from './read-source.js';
import { CHUNK_EVENTS, prepareSource, type PreparedEvent } from './prepare-sources.js';
import type { Source } from './sources.js';

export type ToWorker =
  | { type: 'source'; index: number; source: Source; options: ReadOptions }
  | { type: 'credit' };

export type FromWorker =
  | { type: 'chunk'; index: number; events: PreparedEvent[]; last: boolean }
  | { type: 'failed'; index: number; message: string };

/**
 * Chunks a worker may have in flight before it waits for the main thread to take one: enough
 * (about 2,500 articles) to keep it busy while the main thread commits a batch.
 */
export const MAX_UNCONSUMED_CHUNKS = 40;

if (parentPort) {
  const port = parentPort;
  let credit = MAX_UNCONSUMED_CHUNKS;
  let waiting: (() => void) | null = null;
  const queue: Extract<ToWorker, { type: 'source' }>[] = [];
  let busy = false;

  const send = async (msg: FromWorker) => {
    while (credit <= 0) await new Promise<void>((resolve) => { waiting = resolve; });
    credit--;
    port.postMessage(msg);
  };

  const work = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const job = queue.shift()!;
      try {
        let events: PreparedEvent[] = [];
        for await (const e of prepareSource(job.source, job.options)) {
          events.push(e);
          if (events.length >= CHUNK_EVENTS) {
            await send({ type: 'chunk', index: job.index, events, last: false });
            events = [];
          }
        }
        await send({ type: 'chunk', index: job.index, events, last: true });
      } catch (err) {
        await send({ type: 'failed', index: job.index, message: (err as Error).stack ?? String(err) });
      }
    }
    busy = false;
  };

  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'credit') {
      credit++;
      const resume = waiting;
      waiting = null;
      resume?.();
    } else {
      queue.push(msg);
      void work();
    }
  });
}
