// One source (file, URL or stdin) -> article drafts: fetch or read the bytes, decode them,
// pick the reader for the format, and read. Every failure becomes a diagnostic naming the
// source; nothing here throws for bad input.
import { createReadStream, readFileSync } from 'node:fs';
import readline from 'node:readline';
import type { ArticleDraft } from '../core/article.js';
import type { Report } from '../core/diagnostics.js';
import { DiagnosticCode } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import { FetchError, fetchUrl, sniffFormat } from './fetch-url.js';
import type { Input, InputFormat, Reader, ReaderOptions } from './reader.js';
import { dumpReader } from './readers/dump.js';
import { feedReader } from './readers/feed.js';
import { htmlReader } from './readers/html.js';
import { jsonlReader, jsonReader, parseJsonLine } from './readers/json.js';
import { sourceName, type Source } from './sources.js';

export interface ReadOptions extends ReaderOptions {
  /** Files larger than this are refused, except JSONL, which is streamed line by line. */
  maxFileBytes?: number;
  fetchTimeoutMs?: number;
  fetchMaxBytes?: number;
}

const READERS: Record<InputFormat, Reader> = {
  dump: dumpReader, html: htmlReader, feed: feedReader, json: jsonReader, jsonl: jsonlReader,
};
const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const STREAM_JSONL_OVER = 8 * 1024 * 1024;

export async function* readSource(source: Source, report: Report, options: ReadOptions = {}): AsyncIterable<ArticleDraft> {
  const name = sourceName(source);
  const fail = (code: string, message: string) => report({ severity: 'error', code, message, file: name });

  if (source.kind === 'file' && isJsonlName(source.path) && source.size > STREAM_JSONL_OVER) {
    yield* streamJsonl(source.path, report, options);
    return;
  }
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let url: string | null = null;
  try {
    if (source.kind === 'file') {
      const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      if (source.size > max) return fail(DiagnosticCode.tooLarge, `file is ${mb(source.size)}, over the ${mb(max)} limit (split it, or use JSONL, which is streamed)`);
      // Synchronous on purpose: reading runs on worker threads or as the only work of this
      // thread, and an async read costs a thread-pool round trip per file (about 1 ms each
      // when pinned to one core).
      bytes = readFileSync(source.path);
    } else if (source.kind === 'url') {
      const res = await fetchUrl(source.url, { timeoutMs: options.fetchTimeoutMs, maxBytes: options.fetchMaxBytes });
      bytes = res.bytes;
      contentType = res.contentType;
      url = res.finalUrl;
    } else {
      bytes = await readStdin();
    }
  } catch (err) {
    if (err instanceof FetchError) return fail(err.code, err.message);
    return fail(DiagnosticCode.unreadable, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(decoded.code === 'empty' ? DiagnosticCode.empty : DiagnosticCode.binary, decoded.message);
  if (decoded.warning) report({ severity: 'warning', code: DiagnosticCode.encoding, message: decoded.warning, file: name });

  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  const format = sniffFormat(contentType, source.kind === 'file' ? source.path : (url ?? name), text.slice(0, 1024));
  const input: Input = { name, text, contentType, url };
  yield* READERS[format].read(input, report, options);
}

async function* streamJsonl(path: string, report: Report, options: ReaderOptions): AsyncIterable<ArticleDraft> {
  // JSON is UTF-8 by definition (RFC 8259), so a streamed file needs no encoding guess.
  const lines = readline.createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const draft = parseJsonLine(line, n, path, report, options);
    if (draft) yield draft;
  }
}

function isJsonlName(p: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(p);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
