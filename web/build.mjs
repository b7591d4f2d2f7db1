// Bundles the UI (web/src/main.ts, with the world base map) into dist/web/app.js and copies
// index.html and app.css beside it. Run from the repository root: node web/build.mjs
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'dist', 'web');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(here, 'src', 'main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  outfile: path.join(out, 'app.js'),
  logLevel: process.argv.includes('--quiet') ? 'error' : 'warning',
});
for (const f of ['index.html', 'app.css']) copyFileSync(path.join(here, f), path.join(out, f));
if (!process.argv.includes('--quiet')) console.log(`web UI built into ${path.relative(process.cwd(), out) || '.'}`);
