// Component: word tokens of the body (with its stored sentences) and of the title.
import type { Component } from '../component.js';
import { tokenize, type Token } from '../tokenize.js';

export interface TokensLayer {
  text: Token[];
  title: Token[];
}

export function createTokenizer(): Component<TokensLayer> {
  return {
    name: 'tokens',
    version: '1',
    requires: [],
    assigns: 'tokens',
    run: (a) => ({
      text: tokenize(a.text, a.sentences.length ? a.sentences : [{ start: 0, end: a.text.length }]),
      title: tokenize(a.title, [{ start: 0, end: a.title.length }]),
    }),
    empty: () => ({ text: [], title: [] }),
  };
}
