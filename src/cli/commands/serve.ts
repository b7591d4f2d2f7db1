// `dossier serve`: the web UI and JSON API over the store, on 127.0.0.1 unless told
// otherwise. Any other address needs a token, and then every request must carry it.

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../api/app.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';

export interface ServeFlags {
  port?: string;
  host?: string;
  token?: string;
  /** Resolves when the server should stop (tests); by default SIGINT or SIGTERM. */
  until?: Promise<void>;
  /** Called with the address once listening (tests use port 0). */
  onListening?: (url: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export async function runServe(flags: ServeFlags, ctx: CommandContext): Promise<number> {
  const port = Number(flags.port ?? '4477');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got "${flags.port}"`);
  const host = (flags.host ?? '127.0.0.1').trim();
  const token = flags.token?.trim() || undefined;
  if (!LOOPBACK.has(host) && !token) {
    throw new UsageError(`--host ${host} would let other machines read the dossier: add --token <secret> (or set DOSSIER_TOKEN)`);
  }
  if (token && token.length < 8) throw new UsageError('--token must be at least 8 characters');
  const repo = openStore(ctx.global.db, { mustExist: true });
  const app = createApp({ repo, token, onError: (err) => ctx.io.err(`internal error: ${(err as Error)?.stack ?? String(err)}`) });
  try {
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host.replace(/^\[|\]$/g, '') }, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${shown}:${address.port}/`;
    flags.onListening?.(url);
    if (ctx.global.json) ctx.io.out(JSON.stringify({ url, token: Boolean(token) }));
    else if (!ctx.global.quiet) ctx.io.err(`Dossier at ${url}${token ? '?token=<your token>' : ''}  (${ctx.global.db}; Ctrl-C stops)`);
    await (flags.until ?? untilSignal());
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return ExitCode.ok;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use: try --port ${port + 1}`);
    if ((err as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${host}: not an address of this machine`);
    throw err;
  } finally {
    await repo.close();
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
