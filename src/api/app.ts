// The HTTP API and UI server as a Hono app over a Repository. Pure request -> response, so
// tests call app.request() without opening a port; `dossier serve` binds it to a socket.
import { Hono } from 'hono';
import { ZodError } from 'zod';
import type { Repository } from '../store/repository.js';
import { articleRoutes } from './articles.js';
import { claimRoutes } from './claims.js';
import { correctionRoutes } from './corrections.js';
import { entityRoutes } from './entities.js';
import { openapiRoutes } from './openapi.js';
import { outletRoutes } from './outlets.js';
import { overviewRoutes } from './overview.js';
import { HttpError } from './params.js';
import { searchRoutes } from './search.js';
import { loopbackOnly, requireToken, securityHeaders } from './security.js';
import { skippedRoutes } from './skipped.js';
import { staticRoutes, WEB_DIR } from './static.js';

export interface AppDeps {
  repo: Repository;
  /** When set, every request must carry it; when not, only loopback Host names are served. */
  token?: string;
  /** The built UI (default dist/web). */
  webDir?: string;
  /** Where unexpected errors are reported (the response only says an error happened). */
  onError?: (err: unknown) => void;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', deps.token ? requireToken(deps.token) : loopbackOnly);
  overviewRoutes(app, deps.repo);
  articleRoutes(app, deps.repo);
  searchRoutes(app, deps.repo);
  entityRoutes(app, deps.repo);
  claimRoutes(app, deps.repo);
  outletRoutes(app, deps.repo);
  skippedRoutes(app, deps.repo);
  correctionRoutes(app, deps.repo);
  openapiRoutes(app);
  app.all('/api/*', (c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  staticRoutes(app, deps.webDir ?? WEB_DIR);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (err instanceof ZodError) return c.json({ error: err.issues[0]?.message ?? 'bad request' }, 400);
    deps.onError?.(err);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
