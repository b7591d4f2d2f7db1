// Trains the sentence layer of the technique detector (src/nlp/framing/sentence-model.ts) on
// the public SemEval-2020 Task 11 training articles and writes its weights as data:
//
//   node dist/bench/train-sentence-model.js --articles DIR --labels FILE [--out FILE]
//
// DIR holds article<ID>.txt files, FILE the task's technique labels (`<ID>\t<technique>\t<start>\t<end>`,
// one file or a folder of them). A sentence's class is the technique whose spans cover at least half
// of it, else "none". The model is a softmax regression over sentenceFeatures(), fitted by AdaGrad.
// The flagging threshold is chosen on a fifth of the articles held out from a first fit (the best
// span F1 there, rules included); the final weights are then fitted on every article. The task's
// development set is never read, so it stays a fair test.
import { detectTechniques, makeView, type FieldView } from '../src/nlp/framing/detector.js';
import { listPtcFiles, ptcInput, readPtcArticle } from '../src/nlp/framing/ptc.js';
import { scoreSpans, type LabelledSpan } from '../src/nlp/framing/ptc-score.js';
import { sentenceFeatures, findLearnedSentences, type SentenceModel } from '../src/nlp/framing/sentence-model.js';
import type { TechniqueItem } from '../src/nlp/claims/types.js';
import { arg, chooseClasses, fitSoftmax, nameWords, readLabels, splitFifth, writeModel, type Row } from './softmax-training.js';

/** Share of a sentence a technique's spans must cover for the sentence to be of that class. */
const COVER = 0.5;
/** A technique needs this many sentences of its own to be a class; rarer ones are left out of training. */
const MIN_SENTENCES = 20;
const MIN_FEATURE_COUNT = Number(process.env.MINC ?? 5);
/**
 * Words in more than this share of sentences ("the", "of", ",") are left out, alone and in pairs
 * of two such words: they carry sentence length, not persuasion, and would fill the explanations.
 */
const MAX_SHARE = Number(process.env.MAXDF ?? 0.02);
/** Weights this small (every class) are dropped from the file. */
const PRUNE = Number(process.env.PRUNE ?? 0.1);
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];

interface Prepared {
  id: string;
  view: FieldView;
  rules: TechniqueItem[];
  gold: LabelledSpan[];
  /** Per sentence: features and the covering technique (or 'none'). */
  rows: Row[];
}

function prepare(id: string, text: string, gold: LabelledSpan[]): Prepared {
  const input = ptcInput(text);
  const { tokens } = input;
  const rules = detectTechniques(input, undefined, { learned: false });
  const view = makeView(input);
  const rows: Prepared['rows'] = [];
  for (let s = 0; s < view.sentenceFirst.length; s++) {
    const first = view.sentenceFirst[s];
    if (first === undefined) continue;
    const from = tokens[first].start;
    const to = tokens[view.sentenceEnd[s] - 1].end;
    let target = 'none';
    let most = COVER;
    for (const technique of new Set(gold.map((g) => g.technique))) {
      const mask = new Uint8Array(to - from);
      for (const g of gold) if (g.technique === technique) mask.fill(1, Math.max(0, g.start - from), Math.max(0, Math.min(to, g.end) - from));
      const share = mask.reduce((a, b) => a + b, 0) / (to - from);
      if (share >= most) [target, most] = [technique, share];
    }
    rows.push({ features: sentenceFeatures(view, s, rules), target });
  }
  return { id, view, rules, gold, rows };
}

/**
 * The softmax fit over the sentences of `articles`. Words in most sentences are left out alone and
 * in pairs of two such words, and so are names (found over `all` articles).
 */
function fit(articles: Prepared[], classes: string[], all: Prepared[]): Map<string, Float32Array> {
  const rows = articles.flatMap((a) => a.rows);
  const index = new Set(classes);
  const counted = rows.filter((r) => index.has(r.target)).length;
  const names = nameWords(all.map((a) => a.view));
  const keep = (f: string, count: Map<string, number>) => {
    const common = (word: string) => (count.get(`u=${word}`) ?? 0) > MAX_SHARE * counted;
    if (f.startsWith('u=') && common(f.slice(2))) return false;
    if (f.startsWith('g=') && f.slice(2).split('|').every(common)) return false;
    return !((f.startsWith('u=') || f.startsWith('g=')) && f.slice(2).split('|').some((word) => names.has(word)));
  };
  return fitSoftmax(rows, classes, { minCount: MIN_FEATURE_COUNT, keep });
}

/**
 * Span F0.5 (precision weighted twice recall) on `articles`, rules included: a flag an analyst
 * reads should more often be right than a missed span be found.
 */
function spanScore(articles: Prepared[], model: SentenceModel): number {
  const predicted: LabelledSpan[] = [];
  for (const a of articles) {
    for (const it of [...a.rules, ...findLearnedSentences(a.view, a.rules, model)]) predicted.push({ article: a.id, technique: it.technique, start: it.start, end: it.end });
  }
  const { precision: p, recall: r } = scoreSpans(predicted, articles.flatMap((a) => a.gold));
  return p + r > 0 ? (1.25 * p * r) / (0.25 * p + r) : 0;
}

function main(): void {
  const dir = arg('articles');
  const labels = arg('labels');
  const out = arg('out') ?? 'src/nlp/data/framing/sentence-model.json';
  if (!dir || !labels) {
    console.error('usage: node dist/bench/train-sentence-model.js --articles DIR --labels FILE|DIR [--out FILE]');
    process.exit(2);
  }
  const gold = readLabels(labels);
  const articles = listPtcFiles(dir).map((e) => prepare(e.id, readPtcArticle(e).text, gold.get(e.id) ?? []));
  const { classes, counts } = chooseClasses(articles.flatMap((a) => a.rows), MIN_SENTENCES);
  console.log(`${articles.length} articles, ${articles.reduce((n, a) => n + a.rows.length, 0)} sentences; classes: ${classes.map((c) => `${c} ${counts.get(c)}`).join(', ')}`);

  const { held, rest } = splitFifth(articles);
  const trial = fit(rest, classes, articles);
  console.log(`threshold chosen on ${held.length} held-out articles (rules alone: span F0.5 ${spanScore(held, { classes, threshold: 2, weights: trial }).toFixed(3)})`);
  let threshold = THRESHOLDS[0];
  let best = -1;
  for (const t of THRESHOLDS) {
    const f = spanScore(held, { classes, threshold: t, weights: trial });
    console.log(`  threshold ${t}: span F0.5 ${f.toFixed(3)}`);
    if (f > best) [best, threshold] = [f, t];
  }

  const weights = fit(articles, classes, articles);
  const written = writeModel(out, 'dossier-sentence-model/1', 'bench/train-sentence-model.ts', classes, threshold, weights, PRUNE);
  console.log(`threshold ${threshold}; ${written} features written to ${out}`);
}

main();
