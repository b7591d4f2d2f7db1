// A second, unrelated gold for entity mentions: the 24 news documents of the GUM corpus
// (../shared/data/gum-news, WebAnno TSV). GUM annotates every referring expression and types
// countries as organisations when they act, so the comparison is untyped and about names:
// recall = of the things GUM links to Wikipedia in a document, the share that some mention of
// ours overlaps; precision = the share of our PERSON/ORG/PLACE mentions that overlap a GUM
// person, organisation or place. The same for compromise, as the baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalysisArticle } from '../src/nlp/component.js';
import type { ArticleEntity } from '../src/nlp/entities/article-resolver.js';
import type { Pipeline } from '../src/nlp/pipeline.js';
import { splitParagraphs, splitSentences } from '../src/nlp/segment.js';
import { compromiseEntities } from './compromise-baseline.js';

interface GoldSpan { start: number; end: number; type: string; identity: string | null }
interface Doc { name: string; text: string; spans: GoldSpan[] }

export function readGumDocs(dir: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => parseTsv(f.replace(/\.tsv$/, ''), readFileSync(path.join(dir, f), 'utf8')));
}

function parseTsv(name: string, tsv: string): Doc {
  const chars: string[] = [];
  const groups = new Map<string, GoldSpan>();
  let sentenceStart = true;
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#Text=')) {
      sentenceStart = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 7 || !/^\d+-\d+$/.test(cols[0])) continue;
    const [s, e] = cols[1].split('-').map(Number);
    while (chars.length < s) chars.push(' ');
    if (sentenceStart && s > 0) chars[s - 1] = '\n';
    sentenceStart = false;
    for (let i = 0; i < cols[2].length; i++) chars[s + i] = cols[2][i];
    if (cols[3] === '_') continue;
    const types = cols[3].split('|');
    const ids = cols[6].split('|');
    types.forEach((label, k) => {
      const m = /^([a-z]+)(?:\[(\d+)\])?$/.exec(label);
      if (!m) return;
      const key = m[2] ?? `single:${s}`;
      const identity = ids[k] && ids[k] !== '_' ? ids[k].replace(/\[\d+\]$/, '') : null;
      const g = groups.get(key);
      if (g) g.end = Math.max(g.end, e);
      else groups.set(key, { start: s, end: e, type: m[1], identity });
    });
  }
  return { name, text: chars.join(''), spans: [...groups.values()] };
}

interface Score { precision: number; recall: number; f1: number; predicted: number; gold: number }

function score(docs: Doc[], predicted: Map<string, { start: number; end: number }[]>): Score {
  let found = 0;
  let gold = 0;
  let right = 0;
  let total = 0;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const d of docs) {
    const mine = predicted.get(d.name) ?? [];
    const named = new Map<string, GoldSpan[]>();
    for (const s of d.spans) if (s.identity) named.set(s.identity, [...(named.get(s.identity) ?? []), s]);
    gold += named.size;
    for (const spans of named.values()) if (spans.some((s) => mine.some((m) => overlaps(s, m)))) found++;
    const typed = d.spans.filter((s) => s.type === 'person' || s.type === 'organization' || s.type === 'place');
    total += mine.length;
    right += mine.filter((m) => typed.some((s) => overlaps(s, m))).length;
  }
  const precision = total ? right / total : 0;
  const recall = gold ? found / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, predicted: total, gold };
}

export function evaluateGum(dir: string, pipeline: Pipeline): { documents: number; dossier: Score; compromise: Score } | null {
  const docs = readGumDocs(dir);
  if (docs.length === 0) return null;
  const ours = new Map<string, { start: number; end: number }[]>();
  for (const d of docs) {
    const paragraphs = splitParagraphs(d.text);
    const article: AnalysisArticle = { id: d.name, title: '', text: d.text, language: 'en', published: null, paragraphs, sentences: splitSentences(d.text, paragraphs) };
    const entities = (pipeline.run(article).entities as ArticleEntity[]).filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE');
    ours.set(d.name, entities.flatMap((e) => e.mentions.filter((m) => m.field === 'text')));
  }
  const baseline = compromiseEntities(docs.map((d) => ({ id: d.name, text: d.text })));
  const theirs = new Map<string, { start: number; end: number }[]>();
  for (const m of baseline.mentions) theirs.set(m.article, [...(theirs.get(m.article) ?? []), m]);
  return { documents: docs.length, dossier: score(docs, ours), compromise: score(docs, theirs) };
}
