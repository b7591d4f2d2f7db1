// GET /api/corrections, POST /api/corrections (make one), POST /api/corrections/:id/undo.
// The only writes the server accepts. A page on another site can make a browser send a
// simple cross-site POST to a localhost server, so every write must carry a JSON content
// type and the X-Dossier-Request header (neither of which a cross-site form can set without
// a CORS preflight, which this server never grants), and, when the browser names an Origin,
// it must be this server's own. The token rules of security.ts apply before any of this.
import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ENTITY_TYPES } from '../core/entity.js';
import { CorrectionStateError, type CorrectionChange, type EntitySummary, type Repository } from '../store/repository.js';
import { HttpError, idSchema, parseId } from './params.js';

export const REQUEST_HEADER = 'X-Dossier-Request';
export const USER_HEADER = 'X-Dossier-User';

/** Refuses writes a browser could have been tricked into sending. */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) return c.json({ error: 'a correction is sent as Content-Type: application/json' }, 403);
  if (c.req.header(REQUEST_HEADER) !== '1') return c.json({ error: `the ${REQUEST_HEADER}: 1 header is required` }, 403);
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) return c.json({ error: `origin "${origin}" may not make corrections here` }, 403);
  await next();
};

const ref = idSchema;
const bodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), from: ref, into: ref }).strict(),
  z.object({ kind: z.literal('reject'), entity: ref }).strict(),
  z.object({ kind: z.literal('type'), entity: ref, type: z.enum(ENTITY_TYPES) }).strict(),
  z.object({ kind: z.literal('add_alias'), entity: ref, alias: z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]+$/u, 'not an alias') }).strict(),
  z.object({ kind: z.literal('remove_alias'), entity: ref, alias: z.string().trim().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('quote_speaker'), quote: ref, speaker: ref.nullable() }).strict(),
]);
export type CorrectionBody = z.infer<typeof bodySchema>;

const listSchema = z.object({ entity: idSchema.optional(), all: z.enum(['true', 'false', '1', '0']).optional() });

/** X-Dossier-User when given (trimmed, printable, at most 100 characters), else "web". */
function authorOf(header: string | undefined): string {
  const name = header?.trim();
  if (!name) return 'web';
  if (name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) throw new HttpError(400, `${USER_HEADER}: expected a name of at most 100 printable characters`);
  return name;
}

async function entity(repo: Repository, idOrName: string): Promise<EntitySummary> {
  const found = await repo.findEntities(idOrName);
  const pick = found.find((e) => e.id === idOrName) ?? (found.length === 1 ? found[0] : undefined);
  if (pick) return pick;
  if (found.length === 0) throw new HttpError(404, `no entity "${idOrName}"`);
  throw new HttpError(400, `"${idOrName}" names ${found.length} entities; give an id: ${found.map((e) => e.id).join(', ')}`);
}

/** The stored change for a request body: entity names resolved to ids, names kept beside them. */
export async function toChange(repo: Repository, body: CorrectionBody): Promise<CorrectionChange> {
  switch (body.kind) {
    case 'merge': {
      const [a, b] = [await entity(repo, body.from), await entity(repo, body.into)];
      if (a.id === b.id) throw new HttpError(400, 'an entity cannot be merged into itself');
      return { kind: 'merge', payload: { from: a.id, into: b.id, from_name: a.name, into_name: b.name } };
    }
    case 'reject': {
      const e = await entity(repo, body.entity);
      return { kind: 'reject', payload: { entity: e.id, name: e.name } };
    }
    case 'type': {
      const e = await entity(repo, body.entity);
      if (e.type === body.type) throw new HttpError(400, `"${e.name}" is already of type ${body.type}`);
      return { kind: 'type', payload: { entity: e.id, type: body.type, previous: e.type, name: e.name } };
    }
    case 'add_alias':
    case 'remove_alias': {
      const e = await entity(repo, body.entity);
      const has = e.aliases.some((a) => a.toLowerCase() === body.alias.toLowerCase());
      if (body.kind === 'add_alias' && has) throw new HttpError(400, `"${e.name}" already has the alias "${body.alias}"`);
      if (body.kind === 'remove_alias' && !has) throw new HttpError(400, `"${e.name}" has no alias "${body.alias}"`);
      return { kind: body.kind, payload: { entity: e.id, alias: body.alias, name: e.name } };
    }
    case 'quote_speaker': {
      let previous: string | null | undefined;
      for await (const q of repo.iterateLayer('quotes')) if (q.id === body.quote) { previous = q.speaker; break; }
      if (previous === undefined) throw new HttpError(404, `no quotation "${body.quote}"`);
      const speaker = body.speaker === null ? null : await entity(repo, body.speaker);
      return { kind: 'quote_speaker', payload: { quote: body.quote, speaker: speaker?.id ?? null, previous, speaker_name: speaker?.name ?? null } };
    }
  }
}

/**
 * Re-analyses what an undo cleared. The pipeline and knowledge base are loaded on first use
 * only: a server that never undoes a merge never pays for them.
 */
async function reanalyze(repo: Repository): Promise<number> {
  const [{ analyzeStore }, { createDefaultPipeline }, { loadEntityResources }] = await Promise.all([
    import('../analysis/analyze.js'), import('../nlp/default-pipeline.js'), import('../nlp/entities/resources.js'),
  ]);
  return (await analyzeStore(repo, createDefaultPipeline(), loadEntityResources())).articles;
}

export function correctionRoutes(app: Hono, repo: Repository): void {
  app.get('/api/corrections', async (c) => {
    const parsed = listSchema.safeParse(Object.fromEntries(Object.entries(c.req.query()).filter(([k]) => k !== 'token')));
    if (!parsed.success) throw new HttpError(400, `parameter "${parsed.error.issues[0].path.join('.')}": ${parsed.error.issues[0].message}`);
    const q = parsed.data;
    const id = q.entity ? (await repo.findEntities(q.entity))[0]?.id ?? q.entity : undefined;
    const all = q.all === undefined || q.all === 'true' || q.all === '1';
    return c.json({ corrections: await repo.listCorrections({ entity: id, activeOnly: !all }) });
  });
  app.use('/api/corrections', async (c, next) => (c.req.method === 'POST' ? sameOriginWrites(c, next) : next()));
  app.use('/api/corrections/*', async (c, next) => (c.req.method === 'POST' ? sameOriginWrites(c, next) : next()));
  app.post('/api/corrections', async (c) => {
    const raw = await c.req.json().catch(() => { throw new HttpError(400, 'the body is not JSON'); });
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(400, `${issue.path.length ? `"${issue.path.join('.')}"` : 'body'}: ${issue.message}`);
    }
    const author = authorOf(c.req.header(USER_HEADER));
    const change = await toChange(repo, parsed.data);
    return c.json({ correction: await repo.addCorrection({ ...change, author } as CorrectionChange & { author: string }) }, 201);
  });
  app.post('/api/corrections/:id/undo', async (c) => {
    const raw = parseId(c.req.param('id'));
    if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw new HttpError(400, 'a correction id is a whole number');
    const author = authorOf(c.req.header(USER_HEADER));
    let result;
    try {
      result = await repo.undoCorrection(Number(raw), author);
    } catch (err) {
      if (err instanceof CorrectionStateError) throw new HttpError(400, err.message);
      throw err;
    }
    if (!result) throw new HttpError(404, `no correction ${raw}`);
    const reanalyzed = result.reanalyze > 0 ? await reanalyze(repo) : 0;
    return c.json({ correction: result.correction, reanalyzed });
  });
}
