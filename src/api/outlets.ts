// GET /api/outlets: per outlet, what it publishes and how it argues — articles, words,
// genres, persuasion techniques per 1000 words and their mix, scare quotes, whom it quotes,
// whom it names, and how it portrays them. The same measures for every outlet.
import type { Hono } from 'hono';
import { aggregateOutlets } from '../analysis/profiles.js';
import type { Repository } from '../store/repository.js';
import { entityNames } from './entity-names.js';
import { optional } from './optional.js';
import type { OutletsResponse } from './types.js';

export async function outlets(repo: Repository): Promise<OutletsResponse> {
  const profiles = aggregateOutlets(await optional(() => repo.listArticleProfiles(), []));
  const ids = profiles.flatMap((p) => [
    ...p.quotes.speakers.slice(0, 20).map((s) => s.speaker),
    ...p.actors.slice(0, 20).map((a) => a.entity),
    ...p.portrayal.slice(0, 20).map((x) => x.entity),
  ]);
  return { outlets: profiles, names: await entityNames(repo, ids) };
}

export function outletRoutes(app: Hono, repo: Repository): void {
  app.get('/api/outlets', async (c) => c.json(await outlets(repo)));
}
