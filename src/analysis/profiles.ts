// What an outlet does, measured the same way for every outlet: per article, its genre
// estimate, the persuasion techniques it uses, whom it quotes, which actors it names, and
// which techniques land next to which actor (portrayal); per outlet, the same summed.
// Nothing here knows any outlet or actor: the counterfactual test swaps their names and
// expects the same numbers.
import { readFileSync } from 'node:fs';
import type { Span } from '../core/article.js';
import type { ArticleProfile, Genre, OutletProfile, PortrayalItem } from '../core/profile.js';
import type { ArticleAnalysis } from '../store/repository.js';

interface GenreCues {
  titleLabels: Record<'opinion' | 'analysis', string[]>;
  firstPerson: string[];
  modals: string[];
  stance: string[];
  analysis: string[];
  reporting: string[];
  weights: Record<string, number>;
  opinionAt: number;
  analysisAt: number;
}

const cues = JSON.parse(readFileSync(new URL('../../../src/analysis/data/genre-cues.json', import.meta.url), 'utf8')) as GenreCues;
const phraseRegex = (phrases: string[]) => new RegExp(`\\b(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
const FIRST_PERSON = phraseRegex(cues.firstPerson);
const MODALS = phraseRegex(cues.modals);
const STANCE = phraseRegex(cues.stance);
const ANALYSIS = phraseRegex(cues.analysis);
const REPORTING = phraseRegex(cues.reporting);
const TITLE_LABEL = (genre: 'opinion' | 'analysis') => new RegExp(`^\\s*(?:${cues.titleLabels[genre].map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|')})\\s*[:|–—-]`, 'i');
const OPINION_LABEL = TITLE_LABEL('opinion');
const ANALYSIS_LABEL = TITLE_LABEL('analysis');
const PORTRAYED = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;

/** The article's own voice: its text with quotations blanked out (offsets kept). */
function ownVoice(text: string, quotes: Span[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

export function estimateGenre(a: { title: string; subtitle: string | null; text: string; words: number }, quotes: Span[], techniqueCount: number): { genre: Genre; opinion: number; analysis: number } {
  const voice = ownVoice(a.text, quotes);
  const per1000 = (n: number) => (1000 * n) / Math.max(200, a.words);
  const w = cues.weights;
  const opinion = per1000(
    w.firstPerson * count(FIRST_PERSON, voice) + w.modals * count(MODALS, voice) + w.stance * count(STANCE, voice)
    + w.questions * count(/\?(?=\s|$)/g, voice) + w.exclamations * count(/!(?=\s|$)/g, voice) + w.techniques * techniqueCount,
  );
  const analysis = per1000(w.analysis * count(ANALYSIS, voice) + w.reporting * count(REPORTING, voice)) + 0.3 * opinion;
  const labels = `${a.title}\n${a.subtitle ?? ''}`;
  const round = (x: number) => Math.round(x * 10) / 10;
  if (OPINION_LABEL.test(a.title) || OPINION_LABEL.test(a.subtitle ?? '')) return { genre: 'opinion', opinion: round(opinion), analysis: round(analysis) };
  if (ANALYSIS_LABEL.test(labels)) return { genre: 'analysis', opinion: round(opinion), analysis: round(analysis) };
  const genre: Genre = opinion >= cues.opinionAt ? 'opinion' : analysis >= cues.analysisAt ? 'analysis' : 'news';
  return { genre, opinion: round(opinion), analysis: round(analysis) };
}

export function profileArticle(
  a: { id: string; title: string; subtitle: string | null; text: string; outlet: string | null; published: string | null; words: number; sentences: Span[] },
  analysis: Pick<ArticleAnalysis, 'entities' | 'mentions' | 'quotes' | 'techniques'>,
): ArticleProfile {
  const techniques: Record<string, number> = {};
  let scareQuotes = 0;
  for (const t of analysis.techniques) {
    techniques[t.technique] = (techniques[t.technique] ?? 0) + 1;
    if (t.scare_quote) scareQuotes++;
  }
  const speakers: Record<string, number> = {};
  for (const q of analysis.quotes) {
    // A pronoun the resolver could not follow names nobody: counted, but as unresolved.
    const who = q.speaker ?? (q.speaker_text && !PRONOUNS.has(q.speaker_text.toLowerCase()) ? q.speaker_text : '(unresolved)');
    if (who) speakers[who] = (speakers[who] ?? 0) + 1;
  }
  const mentions: Record<string, number> = {};
  for (const m of analysis.mentions) mentions[m.entity] = (mentions[m.entity] ?? 0) + 1;
  const bodyQuotes = analysis.quotes.filter((q) => q.field === 'text');
  const g = estimateGenre(a, bodyQuotes, analysis.techniques.length);
  return {
    article: a.id, outlet: a.outlet, published: a.published, words: a.words,
    genre: g.genre, genreScores: { opinion: g.opinion, analysis: g.analysis },
    techniques, scareQuotes, quotes: analysis.quotes.length, speakers, mentions,
    portrayal: portray(a, analysis),
  };
}

/** Each technique span is attached to the nearest actor named in the same sentence, if any. */
function portray(a: { sentences: Span[]; title: string }, analysis: Pick<ArticleAnalysis, 'entities' | 'mentions' | 'techniques'>): PortrayalItem[] {
  const typeOf = new Map(analysis.entities.map((e) => [e.id, e.type]));
  const actors = analysis.mentions.filter((m) => PORTRAYED.has(typeOf.get(m.entity) ?? ''));
  const sentenceOf = (field: string, offset: number): Span => {
    if (field === 'title') return { start: 0, end: a.title.length };
    return a.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: offset, end: offset + 1 };
  };
  const out: PortrayalItem[] = [];
  for (const t of analysis.techniques) {
    const s = sentenceOf(t.field, t.start);
    let best: { entity: string; distance: number } | null = null;
    for (const m of actors) {
      if (m.field !== t.field || m.start < s.start || m.end > s.end) continue;
      // Inside the span counts as nearest; otherwise the gap in characters.
      const distance = m.end <= t.start ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0;
      if (!best || distance < best.distance) best = { entity: m.entity, distance };
    }
    if (best) out.push({ entity: best.entity, technique: t.technique, term: t.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 80) });
  }
  return out;
}

export function aggregateOutlets(profiles: Iterable<ArticleProfile>): OutletProfile[] {
  const byOutlet = new Map<string | null, ArticleProfile[]>();
  for (const p of profiles) {
    const list = byOutlet.get(p.outlet);
    if (list) list.push(p);
    else byOutlet.set(p.outlet, [p]);
  }
  const out: OutletProfile[] = [];
  for (const [outlet, list] of byOutlet) {
    const words = list.reduce((n, p) => n + p.words, 0);
    const genres: Record<Genre, number> = { news: 0, analysis: 0, opinion: 0 };
    const mix: Record<string, number> = {};
    const speakers = new Map<string, number>();
    const actorMentions = new Map<string, { mentions: number; articles: number }>();
    const portrayal = new Map<string, { techniques: Record<string, number>; terms: Map<string, number> }>();
    let scareQuotes = 0;
    let quotes = 0;
    for (const p of list) {
      genres[p.genre]++;
      scareQuotes += p.scareQuotes;
      quotes += p.quotes;
      for (const [t, n] of Object.entries(p.techniques)) mix[t] = (mix[t] ?? 0) + n;
      for (const [s, n] of Object.entries(p.speakers)) speakers.set(s, (speakers.get(s) ?? 0) + n);
      for (const [e, n] of Object.entries(p.mentions)) {
        const x = actorMentions.get(e) ?? { mentions: 0, articles: 0 };
        x.mentions += n;
        x.articles++;
        actorMentions.set(e, x);
      }
      for (const item of p.portrayal) {
        const x = portrayal.get(item.entity) ?? { techniques: {}, terms: new Map<string, number>() };
        x.techniques[item.technique] = (x.techniques[item.technique] ?? 0) + 1;
        x.terms.set(item.term, (x.terms.get(item.term) ?? 0) + 1);
        portrayal.set(item.entity, x);
      }
    }
    const total = Object.values(mix).reduce((n, x) => n + x, 0);
    const per1000 = (n: number) => Math.round((10_000 * n) / Math.max(1, words)) / 10;
    out.push({
      outlet, articles: list.length, words, genres,
      techniques: { total, per1000: per1000(total), mix: sortRecord(mix) },
      scareQuotes,
      quotes: { total: quotes, per1000: per1000(quotes), speakers: [...speakers].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([speaker, n]) => ({ speaker, quotes: n })) },
      actors: [...actorMentions].sort((x, y) => y[1].mentions - x[1].mentions || x[0].localeCompare(y[0])).map(([entity, x]) => ({ entity, ...x })),
      portrayal: [...portrayal].sort((x, y) => sum(y[1].techniques) - sum(x[1].techniques) || x[0].localeCompare(y[0])).map(([entity, x]) => ({
        entity, techniques: sortRecord(x.techniques),
        terms: [...x.terms].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0])).map(([term, n]) => ({ term, count: n })),
      })),
    });
  }
  return out.sort((x, y) => y.articles - x.articles || (x.outlet ?? '').localeCompare(y.outlet ?? ''));
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((n, x) => n + x, 0);
const sortRecord = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
