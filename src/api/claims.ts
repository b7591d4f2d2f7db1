// GET /api/quantities, /api/quotes, /api/events (the timeline) and /api/comparisons
// (figures about the same thing side by side, disagreements first): the claim layers, each
// with the names of the entities its records point to.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Repository } from '../store/repository.js';
import { entityId } from './articles.js';
import { cachedJson } from './cache.js';
import { entityNames } from './entity-names.js';
import { isoDay, parseQuery } from './params.js';
import type { ComparisonsResponse, EventsResponse, QuantitiesResponse, QuotesResponse } from './types.js';

const text = z.string().trim().min(1).max(200);
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const whole = (min: number, max: number) => z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const page = { limit: whole(1, 5000).optional(), offset: whole(0, 1_000_000).optional() };
const slug = z.string().regex(/^[a-z_]{1,40}$/, 'expected a lower-case name such as killed');

const quantitySchema = z.object({ category: slug.optional(), entity: text.optional(), outlet: text.optional(), from: date.optional(), to: date.optional(), ...page });
const quoteSchema = z.object({ speaker: text.optional(), outlet: text.optional(), ...page });
const eventSchema = z.object({ actor: text.optional(), type: slug.optional(), outlet: text.optional(), from: date.optional(), to: date.optional(), ...page });
const comparisonSchema = z.object({ category: slug.optional(), disagree: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), place: text.optional(), ...page });

const DEFAULT_LIMIT = 500;
const maybe = async (repo: Repository, v: string | undefined) => (v === undefined ? undefined : entityId(repo, v));
const day = (v: string | undefined, edge: 'start' | 'end') => (v === undefined ? undefined : isoDay(v, edge));

export async function quantities(repo: Repository, query: Record<string, string>): Promise<QuantitiesResponse> {
  const q = parseQuery(quantitySchema, query);
  const items = await repo.listQuantities({
    category: q.category, entity: await maybe(repo, q.entity), outlet: q.outlet, from: day(q.from, 'start'), to: day(q.to, 'end'),
    limit: q.limit ?? DEFAULT_LIMIT, offset: q.offset,
  });
  return { quantities: items, names: await entityNames(repo, items.flatMap((i) => [i.place, i.attributed_entity])) };
}

export async function quotes(repo: Repository, query: Record<string, string>): Promise<QuotesResponse> {
  const q = parseQuery(quoteSchema, query);
  const items = await repo.listQuotes({ speaker: await maybe(repo, q.speaker), outlet: q.outlet, limit: q.limit ?? DEFAULT_LIMIT, offset: q.offset });
  return { quotes: items, names: await entityNames(repo, items.map((i) => i.speaker)) };
}

export async function events(repo: Repository, query: Record<string, string>): Promise<EventsResponse> {
  const q = parseQuery(eventSchema, query);
  const items = await repo.listEvents({
    actor: await maybe(repo, q.actor), type: q.type, outlet: q.outlet, from: day(q.from, 'start'), to: day(q.to, 'end'),
    limit: q.limit ?? DEFAULT_LIMIT, offset: q.offset,
  });
  return { events: items, names: await entityNames(repo, items.flatMap((i) => [i.place, ...i.actors])) };
}

export async function comparisons(repo: Repository, query: Record<string, string>): Promise<ComparisonsResponse> {
  const q = parseQuery(comparisonSchema, query);
  const items = await repo.listComparisons({ category: q.category, disagree: q.disagree, place: await maybe(repo, q.place), limit: q.limit ?? DEFAULT_LIMIT, offset: q.offset });
  return { comparisons: items, names: await entityNames(repo, items.flatMap((i) => [i.place, ...i.figures.map((f) => f.attributed_to)])) };
}

export function claimRoutes(app: Hono, repo: Repository): void {
  app.get('/api/quantities', async (c) => c.json(await quantities(repo, c.req.query())));
  app.get('/api/quotes', async (c) => c.json(await quotes(repo, c.req.query())));
  app.get('/api/events', (c) => cachedJson(c, repo, () => events(repo, c.req.query())));
  app.get('/api/comparisons', async (c) => c.json(await comparisons(repo, c.req.query())));
}
