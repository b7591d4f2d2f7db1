// Outlets: each outlet with its articles, dates and authors, and how it argues — genres,
// persuasion techniques per 1000 words and their mix, scare quotes, whom it quotes and names.
// The same measures for every outlet.
import type { ArticleListResponse, OutletsResponse, OverviewResponse } from '../../../src/api/types.js';
import { entityHref, exports, h, link, table } from '../dom.js';
import { hashFor, type View } from '../view.js';

export const outletsView: View = async ({ data }) => {
  const [overview, list, profiles] = await Promise.all([
    data.get<OverviewResponse>('/overview'),
    data.get<ArticleListResponse>('/articles', { limit: '1000' }),
    data.get<OutletsResponse>('/outlets').catch(() => ({ outlets: [], names: {} }) as OutletsResponse),
  ]);
  const nameOf = (id: string) => profiles.names[id] ?? id;
  const rows = overview.stats.outlets.map((o) => {
    const mine = list.articles.filter((a) => a.outlet === o.outlet);
    const dates = mine.map((a) => a.published).filter((d): d is string => Boolean(d)).sort();
    const p = profiles.outlets.find((x) => x.outlet === o.outlet);
    return {
      outlet: o.outlet,
      articles: o.articles,
      reposts: mine.filter((a) => a.duplicate_of).length,
      first: dates[0] ?? '',
      last: dates[dates.length - 1] ?? '',
      words: mine.reduce((n, a) => n + a.words, 0),
      genres: p ? Object.entries(p.genres).filter(([, n]) => n > 0).map(([g, n]) => `${g} ${n}`).join(', ') : '',
      techniques_per_1000: p?.techniques.per1000 ?? '',
      technique_mix: p ? Object.entries(p.techniques.mix).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, n]) => `${t} ${n}`).join(', ') : '',
      scare_quotes: p?.scareQuotes ?? '',
      quotes_per_1000: p?.quotes.per1000 ?? '',
      quotes_most: p?.quotes.speakers.slice(0, 3) ?? [],
      names_most: p?.actors.slice(0, 4) ?? [],
      authors: [...new Set(mine.flatMap((a) => a.authors))].join('; '),
    };
  });
  const entityList = (items: { id: string; n: number }[]) => items.length
    ? items.map((x, i) => [i ? ', ' : '', profiles.names[x.id] ? link(entityHref(x.id), nameOf(x.id)) : x.id, ` ${x.n}`])
    : '—';
  return h('section', {},
    h('h1', {}, 'Outlets'),
    h('p', {}, 'Techniques are counted with the same rules for every outlet; rates are per 1000 words.'),
    exports('outlets', () => rows.map((r) => ({
      ...r,
      quotes_most: r.quotes_most.map((s) => `${nameOf(s.speaker)} ${s.quotes}`).join('; '),
      names_most: r.names_most.map((a) => `${nameOf(a.entity)} ${a.mentions}`).join('; '),
    }))),
    table(['Outlet', 'Articles', 'Published', 'Words', 'Genres', 'Techniques /1000', 'Technique mix', 'Scare quotes', 'Quotes /1000', 'Quotes most', 'Names most', 'Authors'], rows.map((r) => [
      r.outlet ? link(hashFor(['articles'], { outlet: r.outlet }), r.outlet) : h('em', {}, 'no outlet named'),
      `${r.articles}${r.reposts ? ` (${r.reposts} repost${r.reposts === 1 ? '' : 's'})` : ''}`,
      r.first === r.last ? r.first : `${r.first} – ${r.last}`, r.words.toLocaleString('en'), r.genres,
      String(r.techniques_per_1000), r.technique_mix, String(r.scare_quotes), String(r.quotes_per_1000),
      entityList(r.quotes_most.map((s) => ({ id: s.speaker, n: s.quotes }))),
      entityList(r.names_most.map((a) => ({ id: a.entity, n: a.mentions }))),
      r.authors,
    ])));
};
