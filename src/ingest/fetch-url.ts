// Fetching a URL for ingest, with the limits a crawler of untrusted pages needs: redirects
// followed by hand (so each hop's scheme is checked), one timeout for the whole transfer,
// and a body cap enforced while streaming. Also picks a reader for what came back.
import { DiagnosticCode } from '../core/errors.js';
import type { InputFormat } from './reader.js';

export interface FetchOptions {
  /** Whole transfer, headers and body. Default 20 s. */
  timeoutMs?: number;
  /** Default 20 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchedUrl {
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    /** Diagnostic code for the catalogue: `too-large` or `fetch-failed`. */
    readonly code: string = DiagnosticCode.fetchFailed,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;
const DEFAULTS = { timeoutMs: 20_000, maxBytes: 20 * MB, maxRedirects: 5, userAgent: 'dossier/0.1 (+news ingest)' };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedUrl> {
  const o = { ...DEFAULTS, ...opts };
  const signal = AbortSignal.timeout(o.timeoutMs);
  let current = checkedUrl(url, url);
  try {
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': o.userAgent, accept: 'text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8' },
      });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location) {
        await res.body?.cancel();
        if (hops + 1 > o.maxRedirects) throw new FetchError(`too many redirects (${hops + 1})`, url);
        current = checkedUrl(new URL(location, current).href, url);
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel();
        throw new FetchError(`HTTP ${res.status} ${res.statusText}`.trim(), url, DiagnosticCode.fetchFailed, res.status);
      }
      const bytes = await readCapped(res, o.maxBytes, url);
      return { url, finalUrl: current.href, status: res.status, contentType: res.headers.get('content-type'), bytes };
    }
  } catch (e) {
    throw asFetchError(e, url, o.timeoutMs);
  }
}

function checkedUrl(href: string, original: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw new FetchError(`invalid URL: ${href}`, original);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(`unsupported scheme ${parsed.protocol}`, original);
  }
  return parsed;
}

/** The body, refused as soon as it passes `maxBytes` (declared or actually received). */
async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (): FetchError => new FetchError(`too large: over ${formatBytes(maxBytes)}`, url, DiagnosticCode.tooLarge);
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function asFetchError(e: unknown, url: string, timeoutMs: number): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new FetchError(`timed out after ${formatSeconds(timeoutMs)}`, url);
  }
  const detail = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
  return new FetchError(`cannot fetch: ${detail}`, url);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function formatBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}

// ---- choosing a reader ---------------------------------------------------------------

const BY_TYPE: Record<string, InputFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

const BY_EXTENSION: Record<string, InputFormat> = {
  html: 'html', htm: 'html', xhtml: 'html',
  rss: 'feed', atom: 'feed', xml: 'feed',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
  txt: 'dump', text: 'dump',
};

/**
 * The reader for a response (or a file: pass its path as `url` and no type). Content type
 * first, then the first 1 KB, then the extension; plain text is a dump unless the extension
 * says otherwise, because static hosts serve everything as text/plain.
 */
export function sniffFormat(contentType: string | null, url: string, head: string): InputFormat {
  const type = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  const start = head.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  const ext = extensionOf(url);
  if (BY_TYPE[type]) return BY_TYPE[type];
  if (type === 'application/xml' || type === 'text/xml') return looksLikeHtmlDoc(start) ? 'html' : 'feed';
  if (type === 'application/json' || type === 'text/json') return jsonKind(start, ext);
  if (type === 'text/plain') return ext && ext !== 'txt' && BY_EXTENSION[ext] ? BY_EXTENSION[ext] : 'dump';
  return sniffHead(start, ext) ?? (ext ? BY_EXTENSION[ext] : undefined) ?? 'dump';
}

function sniffHead(start: string, ext: string | null): InputFormat | null {
  const lower = start.toLowerCase();
  if (/^<rss[\s>]|^<feed[\s>]|^<rdf:rdf[\s>]/.test(lower)) return 'feed';
  if (looksLikeHtmlDoc(lower)) return 'html';
  // XML that is not a feed still goes to the feed reader, which says what it found instead.
  if (lower.startsWith('<?xml')) return /<html[\s>]/.test(lower) && !/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower) ? 'html' : 'feed';
  if (lower.startsWith('[')) return 'json';
  if (lower.startsWith('{')) return jsonKind(start, ext);
  return null;
}

function looksLikeHtmlDoc(start: string): boolean {
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)[\s>]/i.test(start);
}

/**
 * `{…}\n{…}` is JSON Lines; a single object spanning lines is JSON. A first line longer
 * than the head cannot be told apart, so the extension decides first.
 */
function jsonKind(start: string, ext: string | null): InputFormat {
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (start.startsWith('[')) return 'json';
  const [first, second] = start.split(/\r?\n/, 2);
  if (second === undefined || !second.trimStart().startsWith('{')) return 'json';
  try {
    JSON.parse(first);
    return 'jsonl';
  } catch {
    return 'json';
  }
}

function extensionOf(url: string): string | null {
  let path = url;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      path = new URL(url).pathname;
    } catch {
      // not a parseable URL: use it as written
    }
  }
  const m = /\.([a-z0-9]+)$/i.exec(path);
  return m ? m[1].toLowerCase() : null;
}
