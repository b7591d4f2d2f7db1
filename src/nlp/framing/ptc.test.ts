import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runTechniques } from '../../cli/commands/techniques.js';
import type { CommandContext } from '../../cli/context.js';
import { detectPtc, formatPtcLine, listPtcFiles, ptcSentences, readPtcArticle } from './ptc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'ptc');

function captureIo(json = false): { ctx: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => { out.push(`${t}\n`); }, err: (t: string) => { err.push(t); }, write: async (c: string) => { out.push(c); }, color: false, interactive: false };
  return { ctx: { global: { db: ':memory:', quiet: true, json }, io }, out, err };
}

describe('PTC layout', () => {
  it('makes one sentence of each non-blank line, title included', () => {
    const text = 'A title\n\nFirst line.\nSecond line.\n';
    assert.deepEqual(ptcSentences(text).map((s) => text.slice(s.start, s.end)), ['A title', 'First line.', 'Second line.']);
  });

  it('lists article<ID>.txt files by id', () => {
    assert.deepEqual(listPtcFiles(FIXTURE).map((f) => f.id), ['1001', '1002']);
  });

  it('gives offsets into the whole file, title line and blank line counted', () => {
    const article = readPtcArticle(listPtcFiles(FIXTURE)[1]);
    const spans = detectPtc(article.text).map((i) => [i.technique, article.text.slice(i.start, i.end)]);
    assert.deepEqual(spans, [
      ['Name_Calling,Labeling', '“volunteers”'],
      ['Black-and-White_Fallacy', 'The only way to end the drought is to build a second reservoir.'],
    ]);
  });

  it('prints <ID> TAB technique TAB start TAB end, one span a line', async () => {
    const { ctx, out } = captureIo();
    assert.equal(await runTechniques({ ptc: FIXTURE }, ctx), 0);
    const lines = out.join('').trimEnd().split('\n');
    assert.ok(lines.length >= 4);
    for (const line of lines) assert.match(line, /^\d+\t[A-Za-z_,-]+\t\d+\t\d+$/);
    const texts = Object.fromEntries(listPtcFiles(FIXTURE).map((f) => [f.id, readPtcArticle(f).text]));
    const sliced = lines.map((l) => { const [id, technique, start, end] = l.split('\t'); return `${id} ${technique}: ${texts[id].slice(Number(start), Number(end))}`; });
    assert.ok(sliced.includes('1001 Loaded_Language: a shameful betrayal'), sliced.join('\n'));
    assert.ok(sliced.includes('1002 Name_Calling,Labeling: “volunteers”'), sliced.join('\n'));
    assert.ok(!sliced.some((s) => s.includes('timetable would be reviewed')), 'the neutral sentence is not flagged');
  });

  it('scores itself against a gold label file instead of printing spans', async () => {
    const text = readPtcArticle(listPtcFiles(FIXTURE).find((f) => f.id === '1001')!).text;
    const at = text.indexOf('a shameful betrayal');
    const dir = mkdtempSync(path.join(tmpdir(), 'ptc-gold-'));
    const gold = path.join(dir, 'gold.labels');
    // One gold span found with its technique, one the detector misses; 1002 has no gold and is scored as all wrong.
    writeFileSync(gold, `1001\tLoaded_Language\t${at}\t${at + 'a shameful betrayal'.length}\n1001\tDoubt\t0\t5\n`);
    const { ctx, out } = captureIo(true);
    assert.equal(await runTechniques({ ptc: FIXTURE, gold }, ctx), 0);
    const { spans, labelled } = JSON.parse(out.join('')) as { spans: { recall: number; precision: number; gold: number }; labelled: { recall: number } };
    assert.equal(spans.gold, 2);
    assert.ok(spans.recall >= 0.5 && spans.recall < 1, `recall ${spans.recall}`);
    assert.ok(spans.precision > 0 && spans.precision < 1, `precision ${spans.precision}`);
    assert.ok(labelled.recall >= 0.5, 'the betrayal is found with its label');
    await assert.rejects(runTechniques({ ptc: FIXTURE, gold: path.join(dir, 'none') }, captureIo().ctx), /does not exist/);
  });

  it('formats one item', () => {
    assert.equal(formatPtcLine('7', { field: 'text', start: 3, end: 9, text: 'x', technique: 'Doubt', scareQuote: false, rule: 'r' }), '7\tDoubt\t3\t9');
  });

  it('refuses a folder that does not exist', async () => {
    const { ctx } = captureIo();
    await assert.rejects(runTechniques({ ptc: path.join(FIXTURE, 'missing') }, ctx), /not a folder/);
  });
});
