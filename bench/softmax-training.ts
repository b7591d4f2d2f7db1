// What the trainers of the technique detector's learned layers share: reading the SemEval-2020
// Task 11 label files and fitting a softmax regression by AdaGrad over sparse string features.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldView } from '../src/nlp/framing/detector.js';
import { parseSpanLines, type LabelledSpan } from '../src/nlp/framing/ptc-score.js';

export interface Row {
  features: string[];
  target: string;
}

export interface FitOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Features seen fewer times are left out. */
  minCount?: number;
  /** Whether a feature may enter the model at all (counts given); by default every one may. */
  keep?: (feature: string, count: Map<string, number>) => boolean;
}

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The task's label lines, one file or a folder of *.labels files, by article id. */
export function readLabels(where: string): Map<string, LabelledSpan[]> {
  const files = statSync(where).isDirectory() ? readdirSync(where).filter((n) => n.endsWith('.labels')).map((n) => path.join(where, n)) : [where];
  const by = new Map<string, LabelledSpan[]>();
  for (const f of files) {
    for (const s of parseSpanLines(readFileSync(f, 'utf8'))) {
      const list = by.get(s.article);
      if (list) list.push(s);
      else by.set(s.article, [s]);
    }
  }
  return by;
}

/**
 * Words written with a capital inside sentences more often than not are names ("Moscow" opening a
 * sentence is still "moscow" to the features): features naming them are dropped, so that no actor
 * or outlet weighs for or against a span.
 */
export function nameWords(views: Iterable<FieldView>): Set<string> {
  const capital = new Map<string, number>();
  const small = new Map<string, number>();
  for (const view of views) {
    view.tokens.forEach((t, k) => {
      if (!t.word || t.sentenceStart) return;
      const m = t.upper ? capital : small;
      m.set(view.lower[k], (m.get(view.lower[k]) ?? 0) + 1);
    });
  }
  return new Set([...capital].filter(([w, n]) => n > (small.get(w) ?? 0)).map(([w]) => w));
}

/** Weights (feature → one per class) of a softmax regression over `rows`; rows of other classes are skipped. */
export function fitSoftmax(all: Row[], classes: string[], options: FitOptions = {}): Map<string, Float32Array> {
  const { epochs = 5, rate = 0.1, l2 = 1e-6, minCount = 5, keep = () => true } = options;
  const k = classes.length;
  const index = new Map(classes.map((c, i) => [c, i]));
  const rows = all.filter((r) => index.has(r.target));
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map<string, Float32Array>();
  const g2 = new Map<string, Float32Array>();
  for (const [f, n] of count) {
    if (n < minCount || !keep(f, count)) continue;
    w.set(f, new Float32Array(k));
    g2.set(f, new Float32Array(k).fill(1e-8));
  }
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = rows.map((_, i) => i);
  const z = new Float64Array(k);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order.map((i) => rows[i])) {
      z.fill(0);
      const ws = r.features.map((f) => w.get(f)).filter((x): x is Float32Array => x !== undefined);
      const gs = r.features.map((f) => g2.get(f)).filter((x): x is Float32Array => x !== undefined);
      for (const v of ws) for (let c = 0; c < k; c++) z[c] += v[c];
      const max = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
      const y = index.get(r.target)!;
      for (let c = 0; c < k; c++) {
        const grad = z[c] / sum - (c === y ? 1 : 0);
        for (let m = 0; m < ws.length; m++) {
          const gg = grad + l2 * ws[m][c];
          gs[m][c] += gg * gg;
          ws[m][c] -= (rate * gg) / Math.sqrt(gs[m][c]);
        }
      }
    }
  }
  return w;
}

/** "none" first, then every class with at least `least` rows, most frequent first; with the count of each. */
export function chooseClasses(rows: Iterable<Row>, least: number): { classes: string[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
  const classes = ['none', ...[...counts].filter(([c, n]) => c !== 'none' && n >= least).sort((a, b) => b[1] - a[1]).map(([c]) => c)];
  return { classes, counts };
}

/** A deterministic fifth of the articles (by id) held out to choose a threshold, and the rest. */
export function splitFifth<T extends { id: string }>(articles: T[]): { held: T[]; rest: T[] } {
  return { held: articles.filter((a) => Number(a.id) % 5 === 0), rest: articles.filter((a) => Number(a.id) % 5 !== 0) };
}

/**
 * Writes a model file (linear-model.ts reads it): weights under `prune` for every class are
 * dropped, the rest rounded to three decimals, one feature per line.
 */
export function writeModel(out: string, format: string, trainer: string, classes: string[], threshold: number, weights: Map<string, Float32Array>, prune: number): number {
  const kept: Record<string, number[]> = {};
  for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (w.every((x) => Math.abs(x) < prune)) continue;
    kept[f] = Array.from(w, (x) => Math.round(x * 1000) / 1000);
  }
  const file = { format, source: `SemEval-2020 Task 11 training articles; ${trainer}`, classes, threshold, weights: kept };
  writeFileSync(out, `${JSON.stringify(file).replace(/\],"/g, '],\n"')}\n`);
  return Object.keys(kept).length;
}
