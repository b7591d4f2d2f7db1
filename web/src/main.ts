// The single-page UI: a navigation bar and one view at a time, chosen by the URL hash, so
// every view (with its filters) has an address that can be shared or bookmarked.
import { dataSource } from './data.js';
import { clear, h } from './dom.js';
import { hashFor, parseHash, type View } from './view.js';
import { overviewView } from './views/overview.js';
import { articlesView } from './views/articles.js';
import { readerView } from './views/reader.js';
import { entitiesView, entityView } from './views/entity.js';
import { searchView } from './views/search.js';
import { mapView } from './views/map.js';
import { networkView } from './views/network.js';
import { claimsView, quotesView, timelineView } from './views/claims.js';
import { outletsView } from './views/outlets.js';
import { correctionsView } from './views/corrections.js';

const VIEWS: Record<string, { view: View; label?: string }> = {
  '': { view: overviewView, label: 'Overview' },
  articles: { view: articlesView, label: 'Articles' },
  article: { view: readerView },
  search: { view: searchView, label: 'Search' },
  entities: { view: entitiesView, label: 'Entities' },
  entity: { view: entityView },
  map: { view: mapView, label: 'Map' },
  network: { view: networkView, label: 'Network' },
  timeline: { view: timelineView, label: 'Timeline' },
  claims: { view: claimsView, label: 'Claims' },
  quotes: { view: quotesView, label: 'Quotes' },
  outlets: { view: outletsView, label: 'Outlets' },
  corrections: { view: correctionsView, label: 'Corrections' },
};

const data = dataSource();
let generation = 0;
let wantSearchFocus = false;

function shell(): { main: HTMLElement; nav: HTMLElement } {
  const nav = h('nav', { 'aria-label': 'Views' },
    h('ul', {}, Object.entries(VIEWS).filter(([, v]) => v.label).map(([key, v]) =>
      h('li', {}, h('a', { href: hashFor(key ? [key] : []), 'data-view': key }, v.label!)))));
  const main = h('main', { id: 'main', tabindex: '-1' });
  const header = h('header', {},
    h('a', { class: 'skip', href: '#main', onclick: (e: Event) => { e.preventDefault(); main.focus(); } }, 'Skip to content'),
    h('span', { class: 'brand' }, 'Dossier'),
    data.offline ? h('span', { class: 'badge', title: 'This report is a snapshot; search is a plain word match' }, 'offline report') : null,
    nav);
  document.body.append(header, main);
  return { main, nav };
}

async function render(main: HTMLElement, nav: HTMLElement): Promise<void> {
  const mine = ++generation;
  const hash = location.hash;
  const route = parseHash(hash);
  const key = route.path[0] ?? '';
  const entry = VIEWS[key] ?? VIEWS[''];
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset.view === key) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  let content: Node;
  try {
    content = await entry.view({
      data,
      route,
      setParams: (params) => { location.hash = hashFor(route.path, params); },
    });
  } catch (err) {
    content = h('div', { class: 'error', role: 'alert' }, h('h1', {}, 'Could not show this view'), h('p', {}, (err as Error).message ?? String(err)));
  }
  if (mine !== generation) return;
  clear(main);
  main.appendChild(content);
  main.removeAttribute('aria-busy');
  main.dataset.view = key || 'overview';
  // Lets tests and scripts wait for exactly this address to be on screen.
  main.dataset.route = hash;
  const title = main.querySelector('h1')?.textContent;
  document.title = title ? `${title} · Dossier` : 'Dossier';
}

const { main, nav } = shell();
window.addEventListener('hashchange', () => {
  void render(main, nav).then(() => {
    const query = wantSearchFocus ? main.querySelector<HTMLInputElement>('input[name="q"]') : null;
    wantSearchFocus = false;
    (query ?? main).focus();
    window.scrollTo(0, 0);
  });
});
// "/" jumps to search from anywhere except a text field, as on most sites with a search box.
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  e.preventDefault();
  if (parseHash(location.hash).path[0] === 'search') main.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
  else {
    wantSearchFocus = true;
    location.hash = hashFor(['search']);
  }
});
void render(main, nav);
