// Words per second of every analysis stage and of the whole pipeline on one core, beside the
// compromise library's people()/places()/organizations() on the same articles in the same
// run. `node dist/bench/stage-speed.js FILE [rounds]` prints one JSON line.
import { readFileSync } from 'node:fs';
import { dumpReader } from '../src/ingest/readers/dump.js';
import { prepareArticle } from '../src/ingest/prepare-article.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { compromiseEntities } from './compromise-baseline.js';

const [file, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? '5');
const articles = [...dumpReader.read({ name: file, text: readFileSync(file, 'utf8') }, () => {})].map(prepareArticle);
const words = articles.reduce((n, a) => n + a.words, 0);

const loadStart = performance.now();
const pipeline = createDefaultPipeline();
const loadMs = performance.now() - loadStart;
const silent = { report() {} };

/** Seconds of each round, fastest first, after one warm-up round. */
function time(fn: () => void): number[] {
  fn();
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    fn();
    out.push((performance.now() - t) / 1000);
  }
  return out.sort((x, y) => x - y);
}

/** Seconds spent in each component over all articles, summed across the measured rounds. */
function perStage(): Map<string, number> {
  const spent = new Map(pipeline.components.map((c) => [c.name, 0]));
  for (let r = 0; r <= rounds; r++) {
    for (const a of articles) {
      const layers: Record<string, unknown> = {};
      for (const c of pipeline.components) {
        const t = performance.now();
        layers[c.assigns] = c.run(a, layers, silent);
        if (r > 0) spent.set(c.name, spent.get(c.name)! + (performance.now() - t) / 1000);
      }
    }
  }
  return spent;
}

const whole = time(() => { for (const a of articles) pipeline.run(a); });
const stages = Object.fromEntries([...perStage()].map(([name, s]) => [name, (words * rounds) / s]));
const theirs = time(() => { compromiseEntities(articles); });
const rate = (s: number[]) => ({ median: words / s[Math.floor(s.length / 2)], min: words / s[s.length - 1], max: words / s[0] });
const entitySeconds = ['tokens', 'mentions', 'entities'].reduce((n, name) => n + (words * rounds) / (stages[name] ?? Infinity), 0);
console.log(JSON.stringify({
  articles: articles.length, words, rounds, resourcesLoadMs: loadMs,
  pipeline: rate(whole), stages, entityStages: (words * rounds) / entitySeconds, compromise: rate(theirs),
}));
