import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distinctSubtitle, languageCode, parseAuthors } from './fields.js';

describe('parseAuthors', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['"By" and " and "', 'By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['commas and ampersands', 'Ann Lee, Bo Chu & Cy Dee', ['Ann Lee', 'Bo Chu', 'Cy Dee']],
    ['RSS "email (Name)"', 'desk@news.example (Jane Roe)', ['Jane Roe']],
    ['a bare email is not a name', 'desk@news.example', []],
    ['a profile URL is not a name', 'https://facebook.com/janeroe', []],
    ['objects with name, duplicates dropped', [{ name: 'Jane Roe' }, { '@type': 'Person', name: 'Jane Roe' }, 'By: Bo Chu'], ['Jane Roe', 'Bo Chu']],
    ['a name starting with "By" is kept', 'Byron Smith', ['Byron Smith']],
    ['nothing usable', 42, []],
  ];
  for (const [intent, input, expected] of cases) {
    it(intent, () => assert.deepEqual(parseAuthors(input), expected));
  }
});

describe('languageCode', () => {
  it('keeps the primary subtag, lower-cased', () => {
    assert.deepEqual(['en-GB', 'hy_AM', 'RU', 'not a tag', null].map(languageCode), ['en', 'hy', 'ru', null, null]);
  });
});

describe('distinctSubtitle', () => {
  const text = 'Azerbaijan launched an operation on Tuesday in Nagorno-Karabakh.\nSecond paragraph.';
  it('keeps a description that says something else', () => {
    assert.equal(distinctSubtitle('Thousands flee as talks stall', 'Title', text), 'Thousands flee as talks stall');
  });
  it('drops a description that is the opening of the text, even cut short', () => {
    assert.equal(distinctSubtitle('Azerbaijan launched an operation on Tuesday…', 'Title', text), null);
  });
  it('drops a description that repeats the title', () => {
    assert.equal(distinctSubtitle('Title', 'Title', text), null);
  });
});
