// HTML pages: the main content via Readability, the metadata from JSON-LD, meta tags,
// <time> and <title>, in that order of trust. A page yields one article or a diagnostic.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from '../../core/article.js';
import type { Report } from '../../core/diagnostics.js';
import { DiagnosticCode } from '../../core/errors.js';
import { identityKey } from '../../core/ids.js';
import { distinctSubtitle, languageCode, parseAuthors } from '../fields.js';
import { toIsoDate } from '../dates.js';
import { collapseWhitespace, htmlToText, inlineText, nodeToText } from '../html-text.js';
import { lineCount } from '../lines.js';
import type { Input, Reader } from '../reader.js';

export const htmlReader: Reader = {
  format: 'html',
  *read(input: Input, report: Report): Iterable<ArticleDraft> {
    const draft = readPage(input, report);
    if (draft) yield draft;
  },
};

function readPage(input: Input, report: Report): ArticleDraft | null {
  const fail = (code: string, message: string): null => {
    report({ severity: 'error', code, message, file: input.name });
    return null;
  };
  if (input.text.trim() === '') return fail(DiagnosticCode.empty, 'empty HTML document');
  let meta: PageMeta;
  let text: string;
  let visible: string;
  try {
    const document = loadDocument(input.text);
    meta = readMetadata(document);
    visible = identityKey(document.body?.textContent ?? '');
    text = mainText(document) || fallbackText(input.text);
  } catch (e) {
    return fail(DiagnosticCode.badHtml, `cannot parse HTML: ${(e as Error).message}`);
  }
  text = dropLeadingRepeats(text, [meta.title, meta.byline]);
  if (text === '') return fail(DiagnosticCode.noArticle, 'no article text found in the page');
  return {
    title: meta.title,
    // A meta description is a subtitle only when the page shows it (a standfirst); an
    // invisible summary written for search engines is not part of the article.
    subtitle: meta.description && visible.includes(identityKey(meta.description)) ? distinctSubtitle(meta.description, meta.title, text) : null,
    outlet: meta.outlet,
    authors: meta.authors,
    published: meta.published,
    url: absoluteUrl(meta.url, input.url) ?? input.url ?? null,
    text,
    origin: { file: input.name, line_start: 1, line_end: lineCount(input.text) },
    language: meta.language,
  };
}

/** linkedom does not repair fragments the way browsers do: give it an <html> and a <body>. */
function loadDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const { document } = parseHTML(wrapped);
  const body = document.body;
  if (body.childNodes.length === 0) {
    for (const node of [...document.documentElement.childNodes]) {
      if (node === body || isHeadNode(node)) continue;
      body.appendChild(node);
    }
  }
  return document;
}

const HEAD_TAGS = new Set(['head', 'title', 'meta', 'link', 'base', 'script', 'style']);

function isHeadNode(node: Node): boolean {
  return node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName.toLowerCase());
}

function mainText(document: Document): string {
  removeFurniture(document);
  try {
    const article = new Readability(document).parse();
    return article?.content ? htmlToText(article.content) : '';
  } catch {
    return '';
  }
}

/** When Readability finds nothing, read the visible body. */
function fallbackText(html: string): string {
  const document = loadDocument(html);
  removeFurniture(document);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return nodeToText(root);
}

const FURNITURE = 'nav, [role="navigation"], header, footer, aside';

/**
 * Page navigation, headers and sidebars never hold article text, but on short pages
 * Readability keeps them for want of anything better. Inside <article> they may (a header
 * holding the standfirst), so those stay.
 */
function removeFurniture(document: Document): void {
  for (const el of [...document.querySelectorAll(FURNITURE)]) {
    if (!el.closest('article')) el.remove();
  }
}

/** Readability often leaves the headline or the "By …" line at the top of the body. */
function dropLeadingRepeats(text: string, repeats: (string | null)[]): string {
  const keys = new Set(repeats.filter((r): r is string => !!r).map(identityKey));
  const lines = text.split('\n');
  let i = 0;
  while (i < Math.min(lines.length, 3) && keys.has(identityKey(lines[i]))) i++;
  return lines.slice(i).join('\n');
}

function absoluteUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

// ---- metadata ------------------------------------------------------------------------

interface PageMeta {
  title: string;
  description: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  language: string | null;
  /** The "By …" line as it appears in the body, to drop it from the text. */
  byline: string | null;
}

function readMetadata(document: Document): PageMeta {
  const ld = readJsonLd(document);
  const tags = readMetaTags(document);
  const outlet = ld.publisher ?? tags.get('og:site_name') ?? null;
  const rawTitle =
    tags.get('og:title') ?? ld.headline ?? text(document.querySelector('h1')) ?? text(document.querySelector('title')) ?? '';
  const authors = ld.authors.length > 0 ? ld.authors : parseAuthors(tags.get('author') ?? tags.get('article:author') ?? '');
  return {
    title: stripSiteSuffix(rawTitle, outlet),
    description: ld.description ?? tags.get('description') ?? tags.get('og:description') ?? null,
    outlet,
    authors: authors.length > 0 ? authors : parseAuthors(bylineText(document) ?? ''),
    published: firstDate([ld.datePublished, ...DATE_TAGS.map((k) => tags.get(k)), timeInArticle(document)]),
    url: canonicalUrl(document) ?? tags.get('og:url') ?? null,
    language: languageCode(document.documentElement.getAttribute('lang') ?? tags.get('og:locale') ?? null),
    byline: bylineText(document),
  };
}

const DATE_TAGS = ['article:published_time', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date'];

function text(el: Element | null): string | null {
  const t = el ? collapseWhitespace(el.textContent ?? '') : '';
  return t === '' ? null : t;
}

/** First value per lower-cased `property` / `name` / `itemprop`, entities decoded. */
function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of document.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = inlineText(el.getAttribute('content') ?? '');
    if (key && value && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), value);
  }
  return tags;
}

function canonicalUrl(document: Document): string | null {
  return document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? null;
}

function timeInArticle(document: Document): string | null {
  const el = document.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
  return el?.getAttribute('datetime') ?? null;
}

/** A short element marked as the byline or author; longer ones are author bios. */
function bylineText(document: Document): string | null {
  const el = document.querySelector('[rel="author"], [itemprop="author"], .byline, .author');
  const t = text(el);
  return t && t.length <= 80 ? t : null;
}

function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const d = toIsoDate(c);
    if (d) return d;
  }
  return null;
}

/** "Headline | Site" and "Headline - Site" lose the suffix when it is the outlet's name. */
function stripSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  const m = /^(.*\S)\s+[|\-–—]\s+(.+)$/.exec(title);
  return m && identityKey(m[2]) === identityKey(site) ? m[1] : title;
}

// ---- JSON-LD -------------------------------------------------------------------------

interface LdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  description: string | null;
}

const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNews', 'ReportageNewsArticle', 'BlogPosting',
  'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting',
]);

function readJsonLd(document: Document): LdArticle {
  const node = findArticleNode(document);
  return {
    headline: ldString(node?.headline),
    authors: parseAuthors(node?.author ?? null),
    datePublished: ldString(node?.datePublished) ?? ldString(node?.dateCreated),
    publisher: ldString(ldName(node?.publisher)),
    description: ldString(node?.description),
  };
}

type LdNode = Record<string, unknown>;

function findArticleNode(document: Document): LdNode | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = parseLd(script.textContent ?? '').find(isArticleNode);
    if (found) return found;
  }
  return null;
}

/** Every object at the top level, inside arrays, inside @graph and as mainEntity. */
function parseLd(source: string): LdNode[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    try {
      // CMSs often leave raw line breaks inside JSON-LD strings.
      data = JSON.parse(source.replace(/[\r\n\t]+/g, ' '));
    } catch {
      return [];
    }
  }
  const nodes: LdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (value !== null && typeof value === 'object') {
      const node = value as LdNode;
      nodes.push(node);
      if ('@graph' in node) visit(node['@graph'], depth + 1);
      if ('mainEntity' in node) visit(node.mainEntity, depth + 1);
    }
  };
  visit(data, 0);
  return nodes;
}

function isArticleNode(node: LdNode): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^.*[/:]/, '')));
}

function ldName(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' ? (first as LdNode).name : first;
}

function ldString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = inlineText(value);
  return s === '' ? null : s;
}
