// What a view receives: the data source, the route it was opened with, and a way to change
// its own query parameters (so every filter state has a shareable URL).
import type { DataSource, Params } from './data.js';
import { query } from './data.js';

export interface Route {
  /** Path segments after "#/", decoded. */
  path: string[];
  params: Params;
}

export interface ViewContext {
  data: DataSource;
  route: Route;
  /** Replaces this view's query parameters (a new history entry). */
  setParams(params: Params): void;
}

export type View = (ctx: ViewContext) => Promise<Node>;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [p, q = ''] = raw.split('?', 2);
  const path = p.split('/').filter(Boolean).map((x) => {
    try { return decodeURIComponent(x); } catch { return x; }
  });
  const params: Params = {};
  for (const [k, v] of new URLSearchParams(q)) params[k] = v;
  return { path, params };
}

export function hashFor(path: string[], params: Params = {}): string {
  return `#/${path.map(encodeURIComponent).join('/')}${query(params)}`;
}
