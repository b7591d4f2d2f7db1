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
const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
/** A write: JSON in, and the request headers that keep other sites from sending it (see corrections.ts). */
const write = (summary: string, parameters: object[], body: object | null, description: string) => ({
  summary,
  parameters: [
    { name: 'X-Dossier-Request', in: 'header', required: true, description: 'must be 1', schema: { type: 'string', enum: ['1'] } },
    { name: 'X-Dossier-User', in: 'header', required: false, description: 'who makes the change (default "web")', schema: str },
    ...parameters,
  ],
  requestBody: { required: true, content: { 'application/json': { schema: body ?? { type: 'object' } } } },
  responses: {
    [body ? 201 : 200]: { description, content: { 'application/json': { schema: { type: 'object' } } } },
    400: { description: 'bad input', ...errorRef },
    403: { description: 'not JSON, no X-Dossier-Request header, or another site\'s Origin', ...errorRef },
    404: { description: 'no such entity, quotation or correction', ...errorRef },
  },
});
const entityRef = { type: 'string', description: 'entity id, or a name or alias naming one entity' };
const correctionBody = {
  oneOf: [
    { type: 'object', required: ['kind', 'from', 'into'], properties: { kind: { const: 'merge' }, from: entityRef, into: entityRef } },
    { type: 'object', required: ['kind', 'entity'], properties: { kind: { const: 'reject' }, entity: entityRef } },
    { type: 'object', required: ['kind', 'entity', 'type'], properties: { kind: { const: 'type' }, entity: entityRef, type: { enum: ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK'] } } },
    { type: 'object', required: ['kind', 'entity', 'alias'], properties: { kind: { enum: ['add_alias', 'remove_alias'] }, entity: entityRef, alias: str } },
    { type: 'object', required: ['kind', 'quote', 'speaker'], properties: { kind: { const: 'quote_speaker' }, quote: str, speaker: { ...entityRef, type: ['string', 'null'] } } },
  ],
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Dossier API', version: '1', description: 'JSON over a dossier store, read-only except for the user\'s corrections. Every record points to exact characters of its article (UTF-16 offsets). Search snippets mark matches with U+0002 … U+0003.' },
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
    '/api/corrections': {
      ...get('Corrections, newest first, with author, time and undo state', [q('entity', 'only those naming this entity'), q('all', 'false leaves out undone ones', { type: 'boolean' })], '{ corrections }'),
      post: write('Make a correction: merge, reject, type, add_alias, remove_alias or quote_speaker', [], correctionBody, '{ correction }'),
    },
    '/api/corrections/{id}/undo': {
      post: write('Undo a correction; merges, types and aliases re-analyse the articles concerned', [path('id', 'correction number')], null, '{ correction, reanalyzed }'),
    },
    '/api/openapi.json': get('This document', []),
  },
} as const;

export function openapiRoutes(app: Hono): void {
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
}
