// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item or entry. Malformed XML
// is reported once with its line and nothing is read, so a half feed is never stored.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleDraft, Origin } from '../../core/article.js';
import type { Report } from '../../core/diagnostics.js';
import { DiagnosticCode } from '../../core/errors.js';
import { languageCode, parseAuthors } from '../fields.js';
import { toIsoDate } from '../dates.js';
import { htmlToText, inlineText, toBodyText } from '../html-text.js';
import { lineAt, lineCount, lineStarts } from '../lines.js';
import type { Input, Reader } from '../reader.js';

type XmlNode = Record<string, unknown>;

/** One feed entry, reduced to what a draft needs, before text conversion. */
interface Entry {
  title: string;
  /** Raw body and whether it is XHTML markup (Atom type="xhtml") rather than text-or-HTML. */
  body: { raw: string; xhtml: boolean } | null;
  summary: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  language: string | null;
}

interface Feed {
  kind: 'rss' | 'atom';
  outlet: string | null;
  entries: Entry[];
}

export const feedReader: Reader = {
  format: 'feed',
  *read(input: Input, report: Report): Iterable<ArticleDraft> {
    const feed = parseFeed(input, report);
    if (!feed) return;
    const origins = entryOrigins(input, feed.kind === 'rss' ? 'item' : 'entry', feed.entries.length);
    for (const [i, entry] of feed.entries.entries()) {
      const draft = toDraft(entry, feed.outlet, origins[i]);
      if (draft) yield draft;
      else
        report({
          severity: 'warning',
          code: DiagnosticCode.missingField,
          message: `${feed.kind === 'rss' ? 'item' : 'entry'} ${i + 1} has no text; skipped`,
          file: input.name,
          line: origins[i].line_start,
        });
    }
  },
};

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#8217;) are only decoded with this option on.
  htmlEntities: true,
  // XHTML content is markup to read as HTML, not XML to turn into objects.
  stopNodes: ['..content[type=xhtml]', '..summary[type=xhtml]'],
  isArray: (name: string) => ARRAY_TAGS.has(name),
});

function parseFeed(input: Input, report: Report): Feed | null {
  const fail = (code: string, message: string, line?: number): null => {
    report({ severity: 'error', code, message, file: input.name, ...(line ? { line } : {}) });
    return null;
  };
  if (input.text.trim() === '') return fail(DiagnosticCode.empty, 'empty feed');
  const valid = XMLValidator.validate(input.text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { message, line } = describeXmlError(valid.err.msg, valid.err.line, input.text);
    return fail(DiagnosticCode.badXml, message, line);
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(input.text) as XmlNode;
  } catch (e) {
    return fail(DiagnosticCode.badXml, `malformed XML: ${(e as Error).message}`);
  }
  const rootKey = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const root = rootKey ? asNode(doc[rootKey]) : null;
  switch (rootKey?.replace(/^.*:/, '')) {
    case 'rss':
      return rssFeed(asNode(root?.channel), asNode(root?.channel)?.item);
    case 'RDF':
      return rssFeed(asNode(root?.channel), root?.item);
    case 'feed':
      return atomFeed(root ?? {});
    default:
      return fail(DiagnosticCode.unknownFormat, `XML root <${rootKey ?? ''}> is neither RSS nor Atom`);
  }
}

/** The validator reports a truncated file as a list of open tags on line 1: say what it means. */
function describeXmlError(msg: string, line: number, text: string): { message: string; line: number } {
  if (msg.startsWith("Invalid '[")) {
    const open = [...msg.matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
    return { message: `malformed XML: unclosed ${open.join(', ')} at end of file (truncated?)`, line: lineCount(text) };
  }
  return { message: `malformed XML: ${msg}`, line };
}

// ---- RSS -----------------------------------------------------------------------------

function rssFeed(channel: XmlNode | null, items: unknown): Feed {
  const language = textOf(channel?.language) ?? textOf(channel?.['dc:language']);
  return {
    kind: 'rss',
    outlet: inlineOrNull(textOf(channel?.title)),
    entries: asNodes(items).map((item) => rssEntry(item, language)),
  };
}

function rssEntry(item: XmlNode, feedLanguage: string | null): Entry {
  const encoded = textOf(item['content:encoded']);
  const description = textOf(item.description);
  const body = encoded ?? description;
  const creators = textsOf(item['dc:creator']);
  return {
    title: inlineText(textOf(item.title) ?? ''),
    body: body === null ? null : { raw: body, xhtml: false },
    summary: encoded !== null ? description : null,
    authors: parseAuthors(creators.length > 0 ? creators : textsOf(item.author)),
    published: toIsoDate(textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published)),
    url: textOf(item.link) ?? permalink(item.guid),
    language: languageCode(textOf(item['dc:language']) ?? feedLanguage),
  };
}

function permalink(guid: unknown): string | null {
  const value = textOf(guid);
  const isPermaLink = attr(guid, 'isPermaLink') !== 'false';
  return value && isPermaLink && /^https?:\/\//.test(value) ? value : null;
}

// ---- Atom ----------------------------------------------------------------------------

function atomFeed(feed: XmlNode): Feed {
  const feedAuthors = atomAuthors(feed.author);
  const language = attr(feed, 'xml:lang');
  return {
    kind: 'atom',
    outlet: atomText(feed.title),
    entries: asNodes(feed.entry).map((entry) => atomEntry(entry, feedAuthors, language)),
  };
}

function atomEntry(entry: XmlNode, feedAuthors: string[], feedLanguage: string | null): Entry {
  const content = attr(entry.content, 'src') === null ? entry.content : undefined;
  const source = content ?? entry.summary;
  const raw = textOf(source);
  const authors = atomAuthors(entry.author);
  return {
    title: atomText(entry.title) ?? '',
    body: raw === null ? null : { raw, xhtml: attr(source, 'type') === 'xhtml' },
    summary: content !== undefined ? atomText(entry.summary) : null,
    authors: authors.length > 0 ? authors : feedAuthors.concat(parseAuthors(textsOf(entry['dc:creator']))),
    published: toIsoDate(textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry['dc:date'])),
    url: atomLink(entry.link),
    language: languageCode(attr(entry, 'xml:lang') ?? feedLanguage),
  };
}

function atomAuthors(authors: unknown): string[] {
  return parseAuthors(asNodes(authors).map((a) => textOf(a.name) ?? ''));
}

/** Atom text constructs: type="html" and "xhtml" carry markup, "text" does not. */
function atomText(value: unknown): string | null {
  const raw = textOf(value);
  return raw === null ? null : inlineOrNull(raw);
}

function atomLink(links: unknown): string | null {
  const all = asNodes(links);
  const alternate = all.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
  return attr(alternate, 'href');
}

// ---- drafts --------------------------------------------------------------------------

function toDraft(entry: Entry, outlet: string | null, origin: Origin): ArticleDraft | null {
  if (!entry.body) return null;
  const text = entry.body.xhtml ? htmlToText(entry.body.raw) : toBodyText(entry.body.raw);
  if (text === '') return null;
  return {
    title: entry.title,
    // An item's description/summary is a teaser written for feed readers, not a subtitle the
    // article carries (the same rule as an HTML page's invisible meta description).
    subtitle: null,
    outlet,
    authors: entry.authors,
    published: entry.published,
    url: entry.url,
    text,
    origin,
    language: entry.language,
  };
}

/**
 * Line ranges of the nth <item>/<entry>, found by scanning for the tags. When the count
 * disagrees with the parser (tags inside CDATA, prefixed names) every entry gets the whole file.
 */
function entryOrigins(input: Input, tag: string, count: number): Origin[] {
  const whole: Origin = { file: input.name, line_start: 1, line_end: lineCount(input.text) };
  const ranges = findElements(input.text, tag);
  if (ranges.length !== count) return Array.from({ length: count }, () => whole);
  const starts = lineStarts(input.text);
  return ranges.map(([from, to]) => ({
    file: input.name,
    line_start: lineAt(starts, from),
    line_end: lineAt(starts, to),
  }));
}

function findElements(text: string, tag: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const open = new RegExp(`<${tag}[\\s>/]`, 'g');
  const close = `</${tag}>`;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const tagEnd = text.indexOf('>', m.index);
    const end = text[tagEnd - 1] === '/' ? tagEnd : text.indexOf(close, m.index);
    if (end < 0) break;
    ranges.push([m.index, end]);
    open.lastIndex = end;
  }
  return ranges;
}

// ---- parsed-XML access ---------------------------------------------------------------

function asNode(value: unknown): XmlNode | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' ? (first as XmlNode) : null;
}

function asNodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An empty element (<item/>) parses to "": keep it so item numbers stay true.
  return list.map((v) => (v !== null && typeof v === 'object' ? (v as XmlNode) : {}));
}

/** Text of an element that may carry attributes or repeat. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return null;
}

function textsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(textOf).filter((t): t is string => t !== null);
}

function attr(value: unknown, name: string): string | null {
  const node = asNode(value);
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? v : null;
}

function inlineOrNull(raw: string | null): string | null {
  const s = raw === null ? '' : inlineText(raw);
  return s === '' ? null : s;
}
