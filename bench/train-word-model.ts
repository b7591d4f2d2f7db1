// Trains the word layer of the technique detector (src/nlp/framing/word-model.ts) on the public
// SemEval-2020 Task 11 training articles and writes its weights as data:
//
//   node dist/bench/train-word-model.js --articles DIR --labels FILE|DIR [--out FILE]
//
// A word's class is the technique of the shortest gold span over it, else "none"; words whose
// shortest span is longer than 40 characters (SHORT) are left out. Knobs for experiments: SHORT,
// MINC (least count of a feature, 5), EPOCHS (5), PRUNE (smallest weight kept, 0.05). The model is a
// softmax regression over wordFeatures(), fitted by AdaGrad (bench/softmax-training.ts). The
// flagging threshold is chosen on a fifth of the articles held out from a first fit (the best
// span F1 there, rules and sentence layer included); the final weights are then fitted on every
// article. The task's development set is never read, so it stays a fair test.
import { detectTechniques, makeView, type FieldView } from '../src/nlp/framing/detector.js';
import { listPtcFiles, ptcInput, readPtcArticle } from '../src/nlp/framing/ptc.js';
import { scoreLabelled, scoreSpans, type LabelledSpan } from '../src/nlp/framing/ptc-score.js';
import { findLearnedSentences } from '../src/nlp/framing/sentence-model.js';
import { findLearnedWords, ruleCover, wordFeatures, type WordModel } from '../src/nlp/framing/word-model.js';
import type { TechniqueItem } from '../src/nlp/claims/types.js';
import { arg, chooseClasses, fitSoftmax, nameWords, readLabels, splitFifth, writeModel, type Row } from './softmax-training.js';

/** Features that spell words out (the word, its neighbours, pairs of them). */
const WORDY = /^(w|p|n|pw|wn)=/;

/** A technique needs this many words of its own to be a class. */
const MIN_WORDS = 300;
/** Characters of the longest span whose words are taught; longer spans are the sentence layer's. */
const SHORT_SPAN = Number(process.env.SHORT ?? 40);
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
const PRUNE = Number(process.env.PRUNE ?? 0.05);
const MIN_COUNT = Number(process.env.MINC ?? 5);
const EPOCHS = Number(process.env.EPOCHS ?? 5);

interface Prepared {
  id: string;
  view: FieldView;
  rules: TechniqueItem[];
  sentences: TechniqueItem[];
  gold: LabelledSpan[];
  rows: Row[];
}

function prepare(id: string, text: string, gold: LabelledSpan[]): Prepared {
  const input = ptcInput(text);
  const rules = detectTechniques(input, undefined, { learned: false });
  const view = makeView(input);
  const cover = ruleCover(view, rules);
  const rows: Row[] = [];
  view.tokens.forEach((t, k) => {
    let target = 'none';
    let shortest = Infinity;
    for (const g of gold) if (g.start < t.end && g.end > t.start && g.end - g.start < shortest) [target, shortest] = [g.technique, g.end - g.start];
    // Words of long spans (a whole sentence of Doubt) say little about themselves: left out.
    if (shortest > SHORT_SPAN && shortest !== Infinity) return;
    rows.push({ features: wordFeatures(view, k, cover), target });
  });
  return { id, view, rules, sentences: findLearnedSentences(view, rules), gold, rows };
}

function evaluate(articles: Prepared[], model: WordModel | null): { span: number; labelled: number } {
  const predicted: LabelledSpan[] = [];
  for (const a of articles) {
    const words = model ? findLearnedWords(a.view, a.rules, model) : [];
    for (const it of [...a.rules, ...a.sentences, ...words]) predicted.push({ article: a.id, technique: it.technique, start: it.start, end: it.end });
  }
  const gold = articles.flatMap((a) => a.gold);
  return { span: scoreSpans(predicted, gold).f1, labelled: scoreLabelled(predicted, gold).f1 };
}

function main(): void {
  const dir = arg('articles');
  const labels = arg('labels');
  const out = arg('out') ?? 'src/nlp/data/framing/word-model.json';
  if (!dir || !labels) {
    console.error('usage: node dist/bench/train-word-model.js --articles DIR --labels FILE|DIR [--out FILE]');
    process.exit(2);
  }
  const gold = readLabels(labels);
  const articles = listPtcFiles(dir).map((e) => prepare(e.id, readPtcArticle(e).text, gold.get(e.id) ?? []));
  const { classes, counts } = chooseClasses(articles.flatMap((a) => a.rows), MIN_WORDS);
  console.log(`${articles.length} articles, ${articles.reduce((n, a) => n + a.rows.length, 0)} words; classes: ${classes.map((c) => `${c} ${counts.get(c)}`).join(', ')}`);

  const { held, rest } = splitFifth(articles);
  const names = nameWords(articles.map((a) => a.view));
  const keep = (f: string) => !WORDY.test(f) || !f.slice(f.indexOf('=') + 1).split('|').some((w) => names.has(w));
  const trial = fitSoftmax(rest.flatMap((a) => a.rows), classes, { keep, minCount: MIN_COUNT, epochs: EPOCHS });
  const base = evaluate(held, null);
  console.log(`threshold chosen on ${held.length} held-out articles (without the word layer: span F1 ${base.span.toFixed(3)}, labelled ${base.labelled.toFixed(3)})`);
  let threshold = THRESHOLDS[0];
  let best = -1;
  for (const t of THRESHOLDS) {
    const f = evaluate(held, { classes, threshold: t, weights: trial });
    console.log(`  threshold ${t}: span F1 ${f.span.toFixed(3)}, labelled ${f.labelled.toFixed(3)}`);
    if (f.span > best) [best, threshold] = [f.span, t];
  }

  const weights = fitSoftmax(articles.flatMap((a) => a.rows), classes, { keep, minCount: MIN_COUNT, epochs: EPOCHS });
  const written = writeModel(out, 'dossier-word-model/1', 'bench/train-word-model.ts', classes, threshold, weights, PRUNE);
  console.log(`threshold ${threshold}; ${written} features written to ${out}`);
}

main();
