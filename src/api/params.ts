// Query-string validation shared by the routes: every parameter is checked with zod, and a
// bad one becomes a 400 with a message naming it, never a 500 from deeper down.
import { z } from 'zod';
import { ENTITY_TYPES } from '../core/entity.js';
import type { ArticleFilter } from '../store/repository.js';

/** An error the client caused: answered with its status and message as JSON. */
export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404, message: string) {
    super(message);
  }
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const text = (max = 200) => z.string().trim().min(1).max(max);
const whole = (min: number, max: number) => z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const date = z.string().regex(DATE, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const articleFilterSchema = z.object({
  outlet: text().optional(),
  author: text().optional(),
  from: date.optional(),
  to: date.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as en').optional(),
  entity: text(300).optional(),
  duplicates: bool.optional(),
  limit: whole(1, 1000).optional(),
  offset: whole(0, 1_000_000).optional(),
});
export type ArticleFilterQuery = z.infer<typeof articleFilterSchema>;

export const searchSchema = articleFilterSchema.extend({ q: text(500) });

export const entityListSchema = z.object({
  type: z.enum(ENTITY_TYPES).optional(),
  name: text().optional(),
  limit: whole(1, 5000).optional(),
  offset: whole(0, 1_000_000).optional(),
});

export const limitSchema = z.object({ limit: whole(1, 5000).optional() });

/** Article ids, entity ids, or entity names ("Côte d'Ivoire"); used only as SQL parameters, never as paths. */
export const idSchema = z.string().min(1).max(300).regex(/^[^\u0000-\u001f\u007f<>/\\]+$/u, 'not an id or name');

/** Validates a query object (the token parameter is the middleware's, not the route's). */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const { token: _token, ...rest } = query;
  const result = schema.safeParse(rest);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `parameter "${issue.path.join('.')}"` : 'query';
    throw new HttpError(400, `${where}: ${issue.message}`);
  }
  return result.data;
}

export function parseId(value: string): string {
  const r = idSchema.safeParse(value);
  if (!r.success) throw new HttpError(400, `bad id: ${r.error.issues[0].message}`);
  return r.data;
}

/** A year or month bound means its first or last day, as on the command line. */
export function isoDay(value: string, edge: 'start' | 'end'): string {
  const [, y, mo, d] = DATE.exec(value)!;
  if (d) return value;
  if (mo) return edge === 'start' ? `${y}-${mo}-01` : `${y}-${mo}-31`;
  return edge === 'start' ? `${y}-01-01` : `${y}-12-31`;
}

/** The repository filter for validated parameters; `entity` must already be an id. */
export function toFilter(q: ArticleFilterQuery): ArticleFilter {
  return {
    outlet: q.outlet,
    author: q.author,
    from: q.from === undefined ? undefined : isoDay(q.from, 'start'),
    to: q.to === undefined ? undefined : isoDay(q.to, 'end'),
    language: q.language,
    entity: q.entity,
    includeDuplicates: q.duplicates,
    limit: q.limit,
    offset: q.offset,
  };
}
