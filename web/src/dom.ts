// Building DOM from data. Text from articles only ever goes in as text nodes or attribute
// values set one by one: there is no innerHTML anywhere in the UI.

type Child = Node | string | number | null | undefined | false;
export type Children = Child | Children[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Children[]): void {
  for (const c of (children as unknown[]).flat(Infinity) as Child[]) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Only in-app hash links and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string {
  if (href.startsWith('#')) return href;
  try {
    const u = new URL(href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch { /* not a URL */ }
  return '#';
}

export const svgNs = 'http://www.w3.org/2000/svg';
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | null)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.appendChild(c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A search snippet: text between U+0002 and U+0003 is a match, shown in <mark>. */
export function snippet(text: string): HTMLElement {
  const out = h('span', { class: 'snippet' });
  for (const [i, part] of text.split('\u0002').entries()) {
    const [hit, rest] = i === 0 ? [null, part] : splitOnce(part, '\u0003');
    if (hit !== null) out.appendChild(h('mark', {}, hit));
    if (rest) out.appendChild(document.createTextNode(rest.replace(/[\u0002\u0003]/g, '')));
  }
  return out;
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

export const entityHref = (id: string) => `#/entity/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `#/article/${encodeURIComponent(id)}`;
/** A link to exact characters of an article: the reader marks them and scrolls to them. */
export const spanHref = (id: string, start: number, end: number, field: 'text' | 'title' = 'text') =>
  `#/article/${encodeURIComponent(id)}?at=${field === 'title' ? 'title:' : ''}${start}-${end}`;

export function link(href: string, text: string, attrs: Attrs = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, text);
}

export function table(headers: string[], rows: Children[][], caption?: string): HTMLTableElement {
  return h('table', {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

/** A horizontal bar chart of labelled counts; labels may be links. */
export function bars(items: { label: Children; count: number }[], caption: string): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.count));
  return h('figure', { class: 'bars' },
    h('figcaption', {}, caption),
    h('ul', {}, items.map((i) => {
      const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
      bar.style.width = `${Math.round((i.count / max) * 100)}%`;
      return h('li', {}, h('span', { class: 'label' }, i.label), h('span', { class: 'track' }, bar), h('span', { class: 'count' }, i.count));
    })));
}

/** Offers data as a file download (CSV or JSON) without any server round trip. */
export function downloadButton(label: string, filename: string, make: () => string, type: string): HTMLButtonElement {
  return h('button', {
    type: 'button', class: 'export',
    onclick: () => {
      const url = URL.createObjectURL(new Blob([make()], { type }));
      const a = h('a', {});
      a.setAttribute('href', url);
      a.setAttribute('download', filename);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  }, label);
}

export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n');
}

export function exports(name: string, rows: () => Record<string, unknown>[]): HTMLElement {
  return h('div', { class: 'exports' },
    downloadButton('Export CSV', `${name}.csv`, () => toCsv(rows()), 'text/csv'),
    downloadButton('Export JSON', `${name}.json`, () => JSON.stringify(rows(), null, 2), 'application/json'));
}
