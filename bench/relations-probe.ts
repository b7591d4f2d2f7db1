// Dev probe of the relations stage: runs the default pipeline plus the relation finder over a
// text dump, prints every relation with its cue and evidence (for judging precision by
// reading), and the stage's words per second. `node dist/bench/relations-probe.js [FILE] [rounds]`
import { readFileSync } from 'node:fs';
import { dumpReader } from '../src/ingest/readers/dump.js';
import { prepareArticle } from '../src/ingest/prepare-article.js';
import { createRelationFinder } from '../src/nlp/components/relations.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import type { ArticleEntity } from '../src/nlp/entities/article-resolver.js';
import { createPipeline } from '../src/nlp/pipeline.js';
import type { RelationItem } from '../src/nlp/relations/types.js';

const [file = '../shared/corpus/000_47d8ce2904932a8f.txt', roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? '20');
const articles = [...dumpReader.read({ name: file, text: readFileSync(file, 'utf8') }, () => {})].map(prepareArticle);
const words = articles.reduce((n, a) => n + a.words, 0);
const base = createDefaultPipeline().components.filter((c) => c.assigns !== 'relations');
const finder = createRelationFinder();
const pipeline = createPipeline([...base, finder]);

let spent = 0;
let total = 0;
const counts = new Map<string, number>();
for (const a of articles) {
  const layers = pipeline.run(a);
  const entities = layers.entities as ArticleEntity[];
  const relations = layers.relations as RelationItem[];
  console.log(`\n=== ${a.title}`);
  for (const r of relations) {
    total++;
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    console.log(`${entities[r.source].name} --${r.type}--> ${entities[r.target].name}${r.quoted ? '  (quoted)' : ''}  [${r.rule}] cue="${r.cue.text}"`);
    console.log(`    ${r.field === 'title' ? '(title) ' : ''}${r.text.replace(/\s+/g, ' ')}`);
  }
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    finder.run(a, layers, { report() {} });
    spent += performance.now() - t;
  }
}
console.log(`\n${total} relations ${JSON.stringify(Object.fromEntries(counts))}`);
console.log(`relations stage: ${Math.round((words * rounds) / (spent / 1000))} words/s over ${words} words x ${rounds} rounds`);
