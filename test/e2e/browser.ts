// Shared by the browser tests: finding Debian's chromium, serving a store on a free localhost
// port, pages that record every script error, and waiting until a hash route is on screen.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { ROOT } from '../../src/api/fixture-store.js';
import type { Repository } from '../../src/store/repository.js';

export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
export const WEB = path.join(ROOT, 'dist', 'web');

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const c of candidates) {
    if (!c) continue;
    if (c.includes('/')) { if (existsSync(c)) return c; continue; }
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (dir && existsSync(path.join(dir, c))) return path.join(dir, c);
    }
  }
  return null;
}

/** Builds the UI bundle when a test run starts from a tree where only tsc ran; makes the screenshot folder. */
export function prepareWeb(): void {
  if (!existsSync(path.join(WEB, 'app.js'))) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'web', 'build.mjs'), '--quiet'], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
  }
  mkdirSync(SHOTS, { recursive: true });
}

export interface Served {
  /** http://127.0.0.1:PORT/ */
  base: string;
  close(): Promise<void>;
}

/** The API and UI over this store on a free loopback port. */
export async function serveStore(repo: Repository): Promise<Served> {
  const app = createApp({ repo, webDir: WEB });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface Watched { page: Page; problems: string[] }

/** A page that records script errors, CSP refusals and dialogs: any of them fails the test. */
export async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { page, problems };
}

/** Opens a hash route and waits until that route has been rendered. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && main.dataset.route === location.hash && !main.hasAttribute('aria-busy');
  }, undefined, { timeout: 15_000 });
}

/** Waits until a route changed by the page itself (a filter, a link) has been rendered. */
export async function settled(page: Page, routeMatches: RegExp): Promise<void> {
  await page.waitForFunction((source) => {
    const main = document.querySelector('main');
    return main !== null && new RegExp(source).test(main.dataset.route ?? '') && main.dataset.route === location.hash && !main.hasAttribute('aria-busy');
  }, routeMatches.source, { timeout: 15_000 });
}
