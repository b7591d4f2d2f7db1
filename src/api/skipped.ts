// GET /api/skipped: inputs that could not be read, each with its file, line and reason.
import type { Hono } from 'hono';
import type { Repository } from '../store/repository.js';
import { limitSchema, parseQuery } from './params.js';
import type { SkippedResponse } from './types.js';

export async function skipped(repo: Repository, query: Record<string, string>): Promise<SkippedResponse> {
  const q = parseQuery(limitSchema, query);
  return { skipped: await repo.listSkipped(q.limit ?? 1000) };
}

export function skippedRoutes(app: Hono, repo: Repository): void {
  app.get('/api/skipped', async (c) => c.json(await skipped(repo, c.req.query())));
}
