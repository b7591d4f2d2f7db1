import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ArticleDraft } from '../../core/article.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { dumpReader } from './dump.js';

function read(text: string, name = 'dump.txt'): { drafts: ArticleDraft[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = [...dumpReader.read({ name, text }, (d) => diagnostics.push(d))];
  return { drafts, diagnostics };
}

const DUMP = [
  'Dam breach floods villages south of Gao',
  'Meridian Wire – March 5, 2024',
  'At least 12 people died when the dam gave way on Monday, the health ministry said.',
  'Rescue work',
  'Teams from the Red Cross reached the area by boat.',
  'Photo: Residents wait for water trucks. © Meridian Wire',
  'Why the Gao dam matters',
  'A reservoir built for a dry region',
  'BY KOFI MENSAH | MARCH 6, 2024',
  'The dam held back the river for forty years.',
  'Kofi Mensah is a security analyst based in Accra.',
].join('\n');

test('splits a dump into articles with title, subtitle and byline fields', () => {
  const { drafts, diagnostics } = read(DUMP);
  assert.deepEqual(diagnostics, []);
  assert.equal(drafts.length, 2);
  assert.deepEqual(drafts.map((d) => [d.title, d.subtitle, d.outlet, d.authors, d.published]), [
    ['Dam breach floods villages south of Gao', null, 'Meridian Wire', [], '2024-03-05'],
    ['Why the Gao dam matters', 'A reservoir built for a dry region', null, ['Kofi Mensah'], '2024-03-06'],
  ]);
});

test('sub-headings, captions and author bios stay in the body of their article', () => {
  const [first, second] = read(DUMP).drafts;
  assert.ok(first.text.includes('\nRescue work\n'));
  assert.ok(first.text.endsWith('© Meridian Wire'));
  assert.ok(second.text.endsWith('based in Accra.'));
  assert.deepEqual(first.origin, { file: 'dump.txt', line_start: 1, line_end: 6 });
  assert.deepEqual(second.origin, { file: 'dump.txt', line_start: 7, line_end: 11 });
});

test('a file without a byline is one article titled by its first line', () => {
  const { drafts } = read('Talks resume in Doha\n\nDelegates met for three hours.\nNo statement followed.\n');
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].title, 'Talks resume in Doha');
  assert.equal(drafts[0].text, 'Delegates met for three hours.\nNo statement followed.');
  assert.equal(drafts[0].published, null);
});

test('text before the first headline is reported, not silently merged', () => {
  const { drafts, diagnostics } = read(`Home | World | Africa\n\n${DUMP}`);
  assert.equal(drafts.length, 2);
  assert.equal(drafts[0].title, 'Dam breach floods villages south of Gao');
  assert.equal(diagnostics[0].code, 'preamble');
});

const CORPUS = new URL('../../../../../shared/corpus/000_47d8ce2904932a8f.txt', import.meta.url);
const GOLD = new URL('../../../../../shared/gold/dev/entities.json', import.meta.url);

test('the real corpus splits into exactly its annotated articles', { skip: !existsSync(CORPUS) && 'shared corpus not present' }, () => {
  const text = readFileSync(CORPUS, 'utf8');
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')).articles as {
    first_line: number; last_line: number; title: string; subtitle: string | null; outlet: string | null; authors: string[]; published: string;
  }[];
  const { drafts } = read(text);
  assert.equal(drafts.length, gold.length);
  drafts.forEach((d, i) => {
    const g = gold[i];
    assert.deepEqual(
      [d.title, d.subtitle, d.outlet, d.authors, d.published, d.origin?.line_start],
      [g.title, g.subtitle, g.outlet, g.authors, g.published, g.first_line],
    );
  });
});
