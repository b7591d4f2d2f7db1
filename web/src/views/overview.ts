// Overview: what the dossier holds — counts, articles by outlet and by day, the most
// mentioned actors of each type, claim totals and disagreements, skipped inputs.
import type { ComparisonsResponse, OverviewResponse } from '../../../src/api/types.js';
import { bars, entityHref, h, link, table } from '../dom.js';
import { hashFor, type View } from '../view.js';

export const overviewView: View = async ({ data }) => {
  const o = await data.get<OverviewResponse>('/overview');
  const s = o.stats;
  const root = h('section', { class: 'overview' },
    h('h1', {}, 'Overview'),
    h('dl', { class: 'stats' },
      h('dt', {}, 'Articles'), h('dd', {}, `${s.articles} (${s.duplicates} repost${s.duplicates === 1 ? '' : 's'})`),
      h('dt', {}, 'Words'), h('dd', {}, s.words.toLocaleString('en')),
      h('dt', {}, 'Published'), h('dd', {}, s.first_published ? `${s.first_published} to ${s.last_published}` : '—', s.undated ? ` (${s.undated} undated)` : ''),
      h('dt', {}, 'Outlets'), h('dd', {}, String(s.outlets.filter((x) => x.outlet).length)),
      h('dt', {}, 'Authors'), h('dd', {}, String(s.authors)),
      h('dt', {}, 'Languages'), h('dd', {}, s.languages.map((l) => `${l.language} ${l.articles}`).join(', ') || '—'),
      h('dt', {}, 'Skipped inputs'), h('dd', {}, String(s.skipped))),
    h('div', { class: 'grid' },
      bars(o.by_outlet.map((b) => ({
        label: b.value ? link(hashFor(['articles'], { outlet: b.value }), b.value) : h('em', {}, 'no outlet named'),
        count: b.count,
      })), 'Articles by outlet'),
      bars(o.by_date.map((b) => ({
        label: b.value === 'undated' ? h('em', {}, 'undated') : link(hashFor(['articles'], { from: b.value, to: b.value }), b.value),
        count: b.count,
      })), 'Articles by publication date')));

  const actors = h('div', { class: 'grid actors' });
  for (const [type, list] of Object.entries(o.top_entities)) {
    if (list.length === 0) continue;
    actors.appendChild(bars(list.map((e) => ({ label: link(entityHref(e.id), e.name), count: e.mentions })), `Most mentioned: ${type}`));
  }
  root.append(h('h2', {}, 'Actors'), actors);

  if (o.claims) {
    root.append(h('h2', {}, 'Claims'), h('p', {},
      link(hashFor(['claims']), `${o.claims.quantities} figures`), ', ',
      link(hashFor(['quotes']), `${o.claims.quotes} quotations`), ', ',
      link(hashFor(['timeline']), `${o.claims.events} events`), ', ',
      `${o.claims.comparisons} compared figures, `,
      link(hashFor(['claims'], { disagree: 'true' }), `${o.claims.disagreements} disagreements`), '.'));
    if (o.claims.disagreements > 0) {
      const c = await data.get<ComparisonsResponse>('/comparisons', { disagree: 'true', limit: '5' }).catch(() => null);
      const list = c?.comparisons.filter((x) => x.disagree).slice(0, 5) ?? [];
      if (list.length) {
        root.append(table(['What', 'Figures (publication order)'], list.map((x) => [
          `${x.category}: ${x.counted}${x.place ? ` in ${c!.names[x.place] ?? x.place}` : ''}`,
          x.figures.map((f) => `${f.text} (${f.outlet ?? 'no outlet'}, ${f.published ?? 'undated'})`).join(' · '),
        ]), 'Where sources disagree'));
      }
    }
  }

  root.append(h('h2', {}, 'Skipped inputs'));
  root.append(o.skipped.length === 0
    ? h('p', {}, 'Every input was read.')
    : table(['File', 'Line', 'Reason', 'Code'], o.skipped.map((k) => [k.file, k.line === null ? '' : String(k.line), k.message, k.code])));
  return root;
};
