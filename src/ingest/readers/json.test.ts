import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDraft } from '../../core/article.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Reader, ReaderOptions } from '../reader.js';
import { draftFromRecord, jsonlReader, jsonReader, parseJsonLine } from './json.js';

function read(reader: Reader, text: string, options?: ReaderOptions): { drafts: ArticleDraft[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = [...reader.read({ name: 'in.json', text }, (d) => diagnostics.push(d), options)];
  return { drafts, diagnostics };
}

describe('draftFromRecord', () => {
  it('maps the common field names of scrapers and news APIs', () => {
    const record = {
      headline: 'Exodus from Karabakh',
      dek: 'Most of the population has left.',
      body: '<p>More than 100,000 people crossed.</p><p>The corridor is open.</p>',
      source: { id: 'reuters', name: 'Reuters' },
      byline: 'By Ann Lee and Bo Chu',
      published_at: 'Sat, 30 Sep 2023 14:00:00 +0400',
      link: 'https://r.example/exodus',
      lang: 'en-US',
    };
    assert.deepEqual(draftFromRecord(record, undefined), {
      title: 'Exodus from Karabakh',
      subtitle: 'Most of the population has left.',
      outlet: 'Reuters',
      authors: ['Ann Lee', 'Bo Chu'],
      published: '2023-09-30',
      url: 'https://r.example/exodus',
      text: 'More than 100,000 people crossed.\nThe corridor is open.',
      origin: null,
      language: 'en',
    });
  });

  it('reads authors as objects, dates as unix milliseconds and text as an array of paragraphs', () => {
    const draft = draftFromRecord(
      { title: 'T', authors: [{ name: 'Jane Roe' }, { name: 'John Doe' }], timestamp: 1695800000000, text: ['One.', 'Two.'] },
      undefined,
    );
    assert.deepEqual(typeof draft === 'string' ? draft : [draft.authors, draft.published, draft.text], [
      ['Jane Roe', 'John Doe'],
      '2023-09-27',
      'One.\nTwo.',
    ]);
  });

  it('uses description as the subtitle beside a text, and as the text when there is nothing else', () => {
    const both = draftFromRecord({ title: 'T', description: 'A summary.', maintext: 'The body.' }, undefined);
    const only = draftFromRecord({ title: 'T', description: 'A summary.' }, undefined);
    assert.deepEqual(
      [both, only].map((d) => (typeof d === 'string' ? d : [d.subtitle, d.text])),
      [['A summary.', 'The body.'], [null, 'A summary.']],
    );
  });

  it('follows --map overrides given as dotted paths', () => {
    const record = { meta: { head: 'Mapped title', site: 'EVN Report' }, body: { plain: 'Plain body.', html: '<p>x</p>' } };
    const draft = draftFromRecord(record, { title: 'meta.head', outlet: 'meta.site', text: 'body.plain' });
    assert.deepEqual(typeof draft === 'string' ? draft : [draft.title, draft.outlet, draft.text], ['Mapped title', 'EVN Report', 'Plain body.']);
  });

  it('says why a record cannot be read', () => {
    assert.equal(
      draftFromRecord({ title: 'No body' }, undefined),
      'no text field (tried: text, body, content, article, maintext, full_text, articleBody, description)',
    );
    assert.equal(draftFromRecord({ body: 'x' }, { text: 'body.plain' }), 'no text field (tried: body.plain)');
    assert.equal(draftFromRecord(['not', 'a', 'record'], undefined), 'expected a JSON object, found an array');
  });
});

describe('jsonlReader', () => {
  const JSONL = [
    '{"title":"First","text":"Body one.","outlet":"Azertac","date":"2023-09-19"}',
    '',
    '{"title":"Broken", "text": "cut',
    '{"title":"No text"}',
    '{"title":"Last","content":"Body two.","author":"Jane Roe"}',
  ].join('\n');

  it('yields a draft per good line with that line as its origin', () => {
    assert.deepEqual(read(jsonlReader, JSONL).drafts, [
      {
        title: 'First',
        subtitle: null,
        outlet: 'Azertac',
        authors: [],
        published: '2023-09-19',
        url: null,
        text: 'Body one.',
        origin: { file: 'in.json', line_start: 1, line_end: 1 },
        language: null,
      },
      {
        title: 'Last',
        subtitle: null,
        outlet: null,
        authors: ['Jane Roe'],
        published: null,
        url: null,
        text: 'Body two.',
        origin: { file: 'in.json', line_start: 5, line_end: 5 },
        language: null,
      },
    ]);
  });

  it('reports a broken line and a record without text by line, ignoring blank lines, and carries on', () => {
    assert.deepEqual(read(jsonlReader, JSONL).diagnostics, [
      { severity: 'error', code: 'bad-json', message: 'invalid JSON: Unterminated string (column 32)', file: 'in.json', line: 3 },
      {
        severity: 'error',
        code: 'missing-field',
        message: 'no text field (tried: text, body, content, article, maintext, full_text, articleBody, description); skipped',
        file: 'in.json',
        line: 4,
      },
    ]);
  });

  it('exposes parseJsonLine for callers that stream huge files line by line', () => {
    const diagnostics: Diagnostic[] = [];
    const report = (d: Diagnostic): void => void diagnostics.push(d);
    const lines = ['{"headline":"H","body":"B"}', '   ', '{'];
    const drafts = lines.map((line, i) => parseJsonLine(line, i + 1, 'big.jsonl', report, { fieldMap: { title: 'headline' } }));
    assert.deepEqual(drafts.map((d) => d && [d.title, d.text, d.origin]), [['H', 'B', { file: 'big.jsonl', line_start: 1, line_end: 1 }], null, null]);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['bad-json', 3]]);
  });
});

describe('jsonReader', () => {
  it('reads an array under a wrapper key and reports records without text by number', () => {
    const json = `{
  "status": "ok",
  "articles": [
    { "title": "One", "content": "Body." },
    { "title": "Two" }
  ]
}`;
    assert.deepEqual(read(jsonReader, json), {
      drafts: [
        {
          title: 'One',
          subtitle: null,
          outlet: null,
          authors: [],
          published: null,
          url: null,
          text: 'Body.',
          origin: { file: 'in.json', line_start: 1, line_end: 7 },
          language: null,
        },
      ],
      diagnostics: [
        {
          severity: 'error',
          code: 'missing-field',
          message:
            'record 2: no text field (tried: text, body, content, article, maintext, full_text, articleBody, description); skipped',
          file: 'in.json',
        },
      ],
    });
  });

  it('reports a truncated array once, at its last line, and yields nothing', () => {
    const json = `[
  { "title": "One", "text": "Body one." },
  { "title": "Two", "text": "Bo`;
    assert.deepEqual(read(jsonReader, json), {
      drafts: [],
      diagnostics: [
        { severity: 'error', code: 'bad-json', message: 'invalid JSON: Unterminated string', file: 'in.json', line: 3 },
      ],
    });
  });

  it('reads JSON Lines handed to it as JSON, with per-line origins', () => {
    const text = '{"title":"A","text":"One."}\n{"title":"B","text":"Two."}\n';
    assert.deepEqual(
      read(jsonReader, text).drafts.map((d) => [d.title, d.origin?.line_start]),
      [['A', 1], ['B', 2]],
    );
  });

  it('finds the line of a syntax error even when the engine gives no position', () => {
    const json = `[
  { "title": "One", "text": "Body one." },
  ,
  { "title": "Two", "text": "Body two." }
]`;
    assert.deepEqual(read(jsonReader, json).diagnostics, [
      { severity: 'error', code: 'bad-json', message: "invalid JSON: Unexpected token ','", file: 'in.json', line: 3 },
    ]);
  });
});
