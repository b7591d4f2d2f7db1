import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectTechniques } from './detector.js';
import { compileLexicon, type RawLexicon } from './lexicon.js';
import { fieldOf } from './test-helpers.js';

const rule = (id: string, phrases: string[]) => ({ id, technique: 'Whataboutism', span: 'match' as const, phrases });

function lexiconOf(...rules: ReturnType<typeof rule>[]): RawLexicon {
  return { rules, stopAfter: [] };
}

describe('compileLexicon', () => {
  it('indexes a phrase by its longest word, not by a function word that opens it', () => {
    const lex = compileLexicon(lexiconOf(rule('what.lecture', ['the same _ who lecture'])));
    assert.equal(lex.byWord.get('the'), undefined);
    assert.equal(lex.byWord.get('lecture')?.[0].phrase, 'the same _ who lecture');
  });

  it('still finds the phrase from its first word', () => {
    const lex = compileLexicon(lexiconOf(rule('what.lecture', ['the same _ who lecture'])));
    const text = 'It is the same envoys who lecture Tarven on rights.';
    const items = detectTechniques(fieldOf(text), lex, { learned: false, afinn: false });
    assert.deepEqual(items.map((i) => text.slice(i.start, i.end)), ['the same envoys who lecture']);
  });

  it('of two equally long findings on the same words, reports the phrase listed first', () => {
    const text = 'The same envoys who lecture Tarven came back.';
    for (const [first, second] of [['what.a', 'what.b'], ['what.b', 'what.a']]) {
      const lex = compileLexicon(lexiconOf(rule(first, ['same _ who lecture']), rule(second, ['same envoys _ lecture'])));
      const items = detectTechniques(fieldOf(text), lex, { learned: false, afinn: false });
      assert.equal(items.length, 1);
      assert.match(items[0].rule, new RegExp(`^${first}:`));
    }
  });
});
