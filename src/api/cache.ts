// Responses that cost a pass over the whole store (overview, entity pages, the network, the
// timeline, search facets) are kept, serialised, until the store's data version changes: a
// page seen twice is served from memory, and any write — an ingest, an analysis, a correction,
// from this process or another — makes every kept response stale at once.
import type { Context } from 'hono';
import type { Repository } from '../store/repository.js';

/** Serialised bytes kept per store; the least recently used go first. */
const BUDGET_CHARS = 48 * 1024 * 1024;

interface Kept {
  version: string;
  body: string;
}

class ResponseCache {
  private readonly entries = new Map<string, Kept>();
  private size = 0;

  get(key: string, version: string): string | undefined {
    const kept = this.entries.get(key);
    if (!kept) return undefined;
    this.entries.delete(key);
    if (kept.version !== version) {
      this.size -= kept.body.length;
      return undefined;
    }
    this.entries.set(key, kept); // most recently used last
    return kept.body;
  }

  set(key: string, version: string, body: string): void {
    const old = this.entries.get(key);
    if (old) { this.size -= old.body.length; this.entries.delete(key); }
    if (body.length > BUDGET_CHARS / 4) return;
    this.entries.set(key, { version, body });
    this.size += body.length;
    for (const [k, v] of this.entries) {
      if (this.size <= BUDGET_CHARS) break;
      this.entries.delete(k);
      this.size -= v.body.length;
    }
  }
}

const caches = new WeakMap<Repository, ResponseCache>();

/** The JSON `make` builds for this request's path and query, computed once per data version. */
export async function cachedJson(c: Context, repo: Repository, make: () => Promise<unknown>): Promise<Response> {
  let cache = caches.get(repo);
  if (!cache) { cache = new ResponseCache(); caches.set(repo, cache); }
  const url = new URL(c.req.url);
  const key = `${url.pathname}?${[...url.searchParams].sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]))).map(([k, v]) => `${k}=${v}`).join('&')}`;
  const version = await repo.dataVersion();
  let body = cache.get(key, version);
  if (body === undefined) {
    body = JSON.stringify(await make());
    // Kept under the version read before building: a write meanwhile makes the next request rebuild.
    cache.set(key, version, body);
  }
  return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
}
