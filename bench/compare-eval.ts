// Scores the Compare stage on a fixture of invented stories whose figures were written to
// agree or disagree (test/fixtures/compare/expected.json): each expected group is matched to
// the predicted comparison holding most of its figures (same article, same value); a
// disagreement is found when that comparison is flagged, invented when a flagged comparison
// matches no expected disagreement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Repository } from '../src/store/repository.js';

interface ExpectedFigure { article_title: string; value: number; text: string }
interface ExpectedGroup { description: string; category: string; disagree: boolean; figures: ExpectedFigure[] }

export interface CompareReport {
  groups: number;
  grouped: number;
  disagreements: number;
  disagreements_found: number;
  agreements: number;
  agreements_kept: number;
  invented_disagreements: number;
  figures: number;
  figures_placed: number;
  misses: string[];
}

export async function evaluateComparisons(repo: Repository, fixtureDir: string): Promise<CompareReport> {
  const expected = (JSON.parse(readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as { groups: ExpectedGroup[] }).groups;
  const predicted = await repo.listComparisons({ limit: 100_000 });
  const titles = new Map<string, string>();
  for await (const a of repo.iterateArticles()) titles.set(a.id, a.title);
  const key = (title: string, value: number) => `${title.trim().toLowerCase()}\u0000${value}`;
  const report: CompareReport = {
    groups: expected.length, grouped: 0, disagreements: 0, disagreements_found: 0, agreements: 0, agreements_kept: 0,
    invented_disagreements: 0, figures: 0, figures_placed: 0, misses: [],
  };
  const matchedFlagged = new Set<string>();
  for (const g of expected) {
    const want = new Set(g.figures.map((f) => key(f.article_title, f.value)));
    let best: { id: string; disagree: boolean; hits: number } | null = null;
    for (const c of predicted) {
      const hits = new Set(c.figures.map((f) => key(titles.get(f.article) ?? '', f.value)).filter((k) => want.has(k))).size;
      if (hits >= 2 && (!best || hits > best.hits)) best = { id: c.id, disagree: c.disagree, hits };
    }
    report.figures += want.size;
    if (g.disagree) report.disagreements++;
    else report.agreements++;
    if (!best) {
      report.misses.push(`not grouped: ${g.category} — ${g.description.slice(0, 80)}`);
      continue;
    }
    report.grouped++;
    report.figures_placed += best.hits;
    if (best.disagree) matchedFlagged.add(best.id);
    if (g.disagree && best.disagree) report.disagreements_found++;
    else if (!g.disagree && !best.disagree) report.agreements_kept++;
    else report.misses.push(`${g.disagree ? 'disagreement not flagged' : 'agreement flagged as disagreement'}: ${g.category} — ${g.description.slice(0, 80)}`);
  }
  for (const c of predicted) {
    if (c.disagree && !matchedFlagged.has(c.id)) {
      report.invented_disagreements++;
      report.misses.push(`invented disagreement: ${c.category} ${c.counted} ${JSON.stringify(c.figures.map((f) => f.text))}`);
    }
  }
  return report;
}
