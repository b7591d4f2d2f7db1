// Turns HTML into the body-text convention every reader shares: one paragraph per line,
// whitespace inside a paragraph collapsed, entities decoded, no script or style content.
// readability's textContent glues paragraphs together, so we walk the blocks ourselves.
import { parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'button', 'head', 'title', 'meta', 'link',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
  'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr',
  'ul',
]);

/** Cells of one row stay on one line, separated by a space. */
const CELLS = new Set(['td', 'th']);

const TAG_HINT =
  /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|pre|table|tr|td|article|section|span|a|em|strong|b|i|img)(?:\s[^<>]*)?\/?>/i;

/** True when a string carries HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return TAG_HINT.test(s);
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Paragraph text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return nodeToText(document.documentElement);
}

/** Paragraph text of one element subtree: one line per block, skipping non-text elements. */
export function nodeToText(root: Node): string {
  const lines: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const line = collapseWhitespace(buffer);
    if (line) lines.push(line);
    buffer = '';
  };
  // An explicit stack: malformed pages can nest thousands of unclosed elements.
  const stack: Array<Node | 'flush'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'flush') {
      flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_SECTION_NODE) {
      buffer += item.textContent ?? '';
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const tag = (item as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'pre') {
      flush();
      for (const line of (item.textContent ?? '').split(/\r\n|\r|\n/)) {
        buffer = line;
        flush();
      }
      continue;
    }
    if (CELLS.has(tag)) buffer += ' ';
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push('flush');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return lines.join('\n');
}

/**
 * Plain text to the same convention. Blank-line-separated text is read as hard-wrapped
 * paragraphs; otherwise every non-empty line is a paragraph.
 */
export function plainToText(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  const paragraphs = /\n[ \t]*\n/.test(normalised)
    ? normalised.split(/\n[ \t]*\n/)
    : normalised.split('\n');
  return paragraphs.map(collapseWhitespace).filter((p) => p !== '').join('\n');
}

/** Body text from a value that may be HTML or plain text. */
export function toBodyText(raw: string): string {
  return looksLikeHtml(raw) ? htmlToText(raw) : plainToText(raw);
}

/** A one-line string (title, name) with entities decoded and any stray tags dropped. */
export function inlineText(raw: string): string {
  if (!/[<&]/.test(raw)) return collapseWhitespace(raw);
  const markup = looksLikeHtml(raw) ? raw : raw.replace(/</g, '&lt;');
  return htmlToText(markup).replace(/\n/g, ' ');
}
