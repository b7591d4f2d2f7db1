// JSON and JSON Lines exports from scrapers and news APIs: one record per article, with
// the common field names mapped and `--map` overrides given as dotted paths.
import type { ArticleDraft } from '../../core/article.js';
import type { Report } from '../../core/diagnostics.js';
import { DiagnosticCode } from '../../core/errors.js';
import { toIsoDate } from '../dates.js';
import { distinctSubtitle, languageCode, parseAuthors } from '../fields.js';
import { inlineText, toBodyText } from '../html-text.js';
import { lineAt, lineCount, lineStarts } from '../lines.js';
import type { Input, Reader, ReaderOptions } from '../reader.js';

/** Draft fields a `--map field=path` override may name. */
export const MAPPABLE_FIELDS = ['title', 'subtitle', 'text', 'outlet', 'authors', 'published', 'url', 'language'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Keys tried for each field, in order. `description` is text only when nothing else is. */
const FIELD_KEYS: Record<MappableField, readonly string[]> = {
  title: ['title', 'headline', 'name'],
  subtitle: ['subtitle', 'subheadline', 'dek', 'description'],
  text: ['text', 'body', 'content', 'article', 'maintext', 'full_text', 'articleBody', 'description'],
  outlet: ['outlet', 'source', 'publisher', 'site_name', 'source_domain', 'site'],
  authors: ['authors', 'author', 'byline', 'creator'],
  published: ['published', 'date', 'pubDate', 'published_at', 'date_publish', 'datePublished', 'datetime', 'timestamp'],
  url: ['url', 'link', 'href', 'canonical_url'],
  language: ['language', 'lang'],
};

/** Keys under which an object wraps its array of records. */
const WRAPPER_KEYS = ['articles', 'items', 'data', 'results', 'records', 'entries', 'posts', 'documents', 'docs'];

type JsonObject = Record<string, unknown>;

export const jsonReader: Reader = {
  format: 'json',
  *read(input: Input, report: Report, options?: ReaderOptions): Iterable<ArticleDraft> {
    const fail = (code: string, message: string, line?: number): void =>
      report({ severity: 'error', code, message, file: input.name, ...(line ? { line } : {}) });
    if (input.text.trim() === '') return fail(DiagnosticCode.empty, 'empty JSON file');
    let data: unknown;
    try {
      data = JSON.parse(input.text);
    } catch (e) {
      const { message, offset } = describeJsonError(e, input.text);
      if (offset !== null && isJsonLines(input.text, offset)) return yield* jsonlReader.read(input, report, options);
      return fail(DiagnosticCode.badJson, message, offset === null ? undefined : lineAt(lineStarts(input.text), offset));
    }
    const records = recordsOf(data);
    if (!records) return fail(DiagnosticCode.unknownFormat, 'expected an array of article objects');
    const origin = { file: input.name, line_start: 1, line_end: lineCount(input.text) };
    for (const [i, record] of records.entries()) {
      const draft = draftFromRecord(record, options?.fieldMap);
      if (typeof draft === 'string') fail(DiagnosticCode.missingField, `record ${i + 1}: ${draft}; skipped`);
      else yield { ...draft, origin };
    }
  },
};

export const jsonlReader: Reader = {
  format: 'jsonl',
  *read(input: Input, report: Report, options?: ReaderOptions): Iterable<ArticleDraft> {
    const re = /\r\n|\r|\n/g;
    let from = 0;
    for (let lineNo = 1; from <= input.text.length; lineNo++) {
      const m = re.exec(input.text);
      const to = m ? m.index : input.text.length;
      const draft = parseJsonLine(input.text.slice(from, to), lineNo, input.name, report, options);
      if (draft) yield draft;
      if (!m) break;
      from = m.index + m[0].length;
    }
  },
};

/**
 * One JSONL line to a draft, reporting (never throwing) what is wrong with it. Blank lines
 * give null silently. Streaming callers feed it lines with their 1-based numbers.
 */
export function parseJsonLine(
  line: string,
  lineNo: number,
  name: string,
  report: Report,
  options?: ReaderOptions,
): ArticleDraft | null {
  if (line.trim() === '') return null;
  const fail = (code: string, message: string): null => {
    report({ severity: 'error', code, message, file: name, line: lineNo });
    return null;
  };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    const { message, offset } = describeJsonError(e, line);
    return fail(DiagnosticCode.badJson, offset === null ? message : `${message} (column ${offset + 1})`);
  }
  if (!isObject(record)) return fail(DiagnosticCode.badJson, `expected a JSON object, found ${jsonKind(record)}`);
  const draft = draftFromRecord(record, options?.fieldMap);
  if (typeof draft === 'string') return fail(DiagnosticCode.missingField, `${draft}; skipped`);
  return { ...draft, origin: { file: name, line_start: lineNo, line_end: lineNo } };
}

/** One record to a draft (origin null: the caller knows where it came from), or why not. */
export function draftFromRecord(record: unknown, fieldMap: Record<string, string> | undefined): ArticleDraft | string {
  if (!isObject(record)) return `expected a JSON object, found ${jsonKind(record)}`;
  const field = (f: MappableField, skip: readonly string[] = []): unknown[] => candidates(record, f, fieldMap, skip);
  const body = firstText(record, fieldMap);
  if (!body) return `no text field (tried: ${triedKeys('text', fieldMap).join(', ')})`;
  const title = firstOf(field('title'), oneLine) ?? '';
  const subtitle = firstOf(field('subtitle', [body.key]), oneLine);
  return {
    title,
    subtitle: distinctSubtitle(subtitle, title, body.text),
    outlet: firstOf(field('outlet'), (v) => oneLine(nameOf(v))),
    authors: firstOf(field('authors'), nonEmptyAuthors) ?? [],
    published: firstOf(field('published'), toIsoDate),
    url: firstOf(field('url'), (v) => oneLine(isObject(v) ? (v.href ?? v.url) : v)),
    text: body.text,
    origin: null,
    language: firstOf(field('language'), (v) => (typeof v === 'string' ? languageCode(v) : null)),
  };
}

function firstText(record: JsonObject, fieldMap: Record<string, string> | undefined): { key: string; text: string } | null {
  for (const key of triedKeys('text', fieldMap)) {
    const text = bodyText(lookup(record, key));
    if (text) return { key, text };
  }
  return null;
}

function triedKeys(field: MappableField, fieldMap: Record<string, string> | undefined): readonly string[] {
  const mapped = fieldMap?.[field];
  return mapped ? [mapped] : FIELD_KEYS[field];
}

function candidates(
  record: JsonObject,
  field: MappableField,
  fieldMap: Record<string, string> | undefined,
  skip: readonly string[],
): unknown[] {
  return triedKeys(field, fieldMap)
    .filter((key) => !skip.includes(key))
    .map((key) => lookup(record, key));
}

function firstOf<T>(values: unknown[], convert: (v: unknown) => T | null): T | null {
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const converted = convert(v);
    if (converted !== null) return converted;
  }
  return null;
}

/** Dotted path, each step matching a key exactly or, failing that, case-insensitively. */
function lookup(record: JsonObject, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const step of path.split('.')) {
    if (Array.isArray(value) && /^\d+$/.test(step)) value = value[Number(step)];
    else if (isObject(value)) value = step in value ? value[step] : value[findKey(value, step) ?? ''];
    else return undefined;
  }
  return value;
}

function findKey(obj: JsonObject, key: string): string | undefined {
  const lower = key.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

/** Body text from a string (plain or HTML) or an array of paragraph strings. */
function bodyText(value: unknown): string | null {
  const parts = Array.isArray(value) ? value : [value];
  const text = parts
    .filter((p): p is string => typeof p === 'string')
    .map(toBodyText)
    .filter((p) => p !== '')
    .join('\n');
  return text === '' ? null : text;
}

function oneLine(value: unknown): string | null {
  const s = typeof value === 'string' ? inlineText(value) : typeof value === 'number' ? String(value) : '';
  return s === '' ? null : s;
}

function nameOf(value: unknown): unknown {
  return isObject(value) ? (value.name ?? value.title) : value;
}

function nonEmptyAuthors(value: unknown): string[] | null {
  const authors = parseAuthors(value);
  return authors.length > 0 ? authors : null;
}

function recordsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return null;
  for (const key of WRAPPER_KEYS) {
    const value = lookup(data, key);
    if (Array.isArray(value)) return value;
  }
  const arrays = Object.values(data).filter((v) => Array.isArray(v) && v.length > 0 && v.every(isObject));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : [data];
}

/**
 * A JSON parse that stops at a second object on a later line was given JSON Lines
 * (a `.json` name, or a first line too long to sniff): read it as such.
 */
function isJsonLines(text: string, errorOffset: number): boolean {
  return text.trimStart().startsWith('{') && text[errorOffset] === '{' && /\n\s*$/.test(text.slice(0, errorOffset));
}

/** V8's message without the echoed input, and the offset it points at when it says. */
function describeJsonError(e: unknown, text: string): { message: string; offset: number | null } {
  const raw = e instanceof Error ? e.message : String(e);
  if (/unexpected end of json input/i.test(raw)) {
    return { message: 'invalid JSON: unexpected end of input (truncated?)', offset: text.length };
  }
  const position = /at position (\d+)/.exec(raw);
  const reason = raw.replace(/,\s*(?:\.\.\.)?".*$/s, '').replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
  return { message: `invalid JSON: ${reason}`, offset: position ? Number(position[1]) : syntaxErrorOffset(text) };
}

/**
 * Offset of the first syntax error, found by a minimal JSON scanner: V8 does not give a
 * position for every error. Runs only after JSON.parse has failed.
 */
function syntaxErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (c: string): void => {
    skipSpace();
    if (text[i] !== c) fail();
    i++;
  };
  const string = (): void => {
    expect('"');
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') i++;
      else if (c < ' ') fail();
    }
    fail();
  };
  const sequence = (close: string, item: () => void): void => {
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      return sequence('}', () => (string(), expect(':'), value()));
    }
    if (c === '[') {
      i++;
      return sequence(']', value);
    }
    if (c === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    skipSpace();
    return i < text.length ? i : null;
  } catch (at) {
    return typeof at === 'number' ? at : null;
  }
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
