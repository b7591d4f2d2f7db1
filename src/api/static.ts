// Serves the built UI from dist/web. Only the regular files found directly in that folder
// when the server starts can be served, looked up by exact name: no path a client sends is
// ever joined onto the file system, so no traversal is possible.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** dist/web beside the compiled dist/src/api. */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export function webFiles(dir: string): Map<string, { body: Uint8Array<ArrayBuffer>; type: string }> {
  const files = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const name of names) {
    const type = TYPES[path.extname(name)];
    const full = path.join(dir, name);
    if (!type || name.startsWith('.') || !statSync(full).isFile()) continue;
    files.set(name, { body: new Uint8Array(readFileSync(full)), type });
  }
  return files;
}

export function staticRoutes(app: Hono, dir: string): void {
  const files = webFiles(dir);
  const send = (name: string) => {
    const f = files.get(name);
    if (!f) return null;
    return new Response(f.body, { headers: { 'Content-Type': f.type, 'Cache-Control': 'no-cache' } });
  };
  app.get('/', (c) => send('index.html') ?? c.text('The UI is not built: run "npm run build".', 404));
  app.get('/:file', (c) => send(c.req.param('file')) ?? c.json({ error: 'not found' }, 404));
}
