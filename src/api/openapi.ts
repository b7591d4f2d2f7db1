// GET /api/openapi.json: the API described by hand, kept beside the routes it documents.
import type { Hono } from 'hono';

const str = { type: 'string' };
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: str });
const filters = [
  q('outlet', 'outlet name, case-insensitive'),
  q('author', 'substring of an author name'),
  q('from', 'published on or after: YYYY, YYYY-MM or YYYY-MM-DD'),
  q('to', 'published on or before: YYYY, YYYY-MM or YYYY-MM-DD'),
  q('language', 'ISO 639-1 code'),
  q('entity', 'only articles mentioning this entity (id, name or alias)'),
  q('duplicates', 'false leaves out near-duplicate reposts', { type: 'boolean' }),
  q('limit', 'page size', { type: 'integer', minimum: 1, maximum: 1000 }),
  q('offset', 'skip this many', { type: 'integer', minimum: 0 }),
];
const page = [q('limit', 'page size', { type: 'integer', minimum: 1 }), q('offset', 'skip this many', { type: 'integer', minimum: 0 })];
const ok = (description: string) => ({
  200: { description, content: { 'application/json': { schema: { type: 'object' } } } },
  400: { description: 'a bad parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
});
const get = (summary: string, parameters: object[], description = summary) => ({ get: { summary, parameters, responses: ok(description) } });

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Dossier API', version: '1', description: 'Read-only JSON over a dossier store. Every record points to exact characters of its article (UTF-16 offsets). Search snippets mark matches with U+0002 … U+0003.' },
  components: {
    schemas: { Error: { type: 'object', properties: { error: str }, required: ['error'] } },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the server listens beyond 127.0.0.1; ?token= also works' } },
  },
  security: [{}, { bearer: [] }],
  paths: {
    '/api/overview': get('Counts, articles by outlet and date, top entities of each type, skipped inputs, claim totals', []),
    '/api/articles': get('Articles, newest first, filtered', filters, '{ total, limit, offset, articles }'),
    '/api/articles/{id}': get('One article with its text, entities, every layer, reposts and original', [path('id', 'id or unambiguous prefix')]),
    '/api/search': get('Full-text search with facets (outlet, author, month, entity)', [
      { name: 'q', in: 'query', required: true, description: 'words, "phrases", OR, NOT, prefix*', schema: str }, ...filters,
    ], '{ query, total, hits, facets }'),
    '/api/entities': get('Entities, most mentioned first', [q('type', 'PERSON, ORG, PLACE, GROUP, EVENT or WORK'), q('name', 'substring of name or alias'), ...page]),
    '/api/entities/{id}': get('One entity: aliases, place, counts, articles, co-mentioned entities, mentions in context', [path('id', 'entity id, name or alias')]),
    '/api/map': get('Geocoded places with mention counts', [q('limit', 'how many places', { type: 'integer' })]),
    '/api/network': get('Co-mention network of the most mentioned entities', [q('limit', 'how many nodes', { type: 'integer' })]),
    '/api/quantities': get('Numeric claims in publication order', [q('category', 'killed, displaced, …'), q('entity', 'place or source'), q('outlet', 'outlet'), q('from', 'date'), q('to', 'date'), ...page]),
    '/api/quotes': get('Quotations with their speakers', [q('speaker', 'entity id or name'), q('outlet', 'outlet'), ...page]),
    '/api/events': get('Events in date order: the timeline', [q('actor', 'entity id or name'), q('type', 'event type'), q('outlet', 'outlet'), q('from', 'date'), q('to', 'date'), ...page]),
    '/api/comparisons': get('Figures about the same thing side by side, disagreements first', [q('category', 'category'), q('disagree', 'true or false', { type: 'boolean' }), q('place', 'entity'), ...page]),
    '/api/outlets': get('Per outlet: articles, genres, techniques per 1000 words and their mix, whom it quotes and names, how it portrays them', []),
    '/api/skipped': get('Inputs that were skipped, with the reason', [q('limit', 'how many', { type: 'integer' })]),
    '/api/openapi.json': get('This document', []),
  },
} as const;

export function openapiRoutes(app: Hono): void {
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
}
