// Builds the field input of the technique detector from a short invented text, the way the
// pipeline would (paragraphs, sentences, tokens), so tests read as examples.
import type { QuoteItem, TechniqueItem } from '../claims/types.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { tokenize } from '../tokenize.js';
import { detectTechniques, type FieldInput } from './detector.js';

export function fieldOf(text: string, quotes: QuoteItem[] = []): FieldInput {
  const sentences = splitSentences(text, splitParagraphs(text));
  return { field: 'text', text, tokens: tokenize(text, sentences), sentences, quotes };
}

/** What the rules flag; the learned sentence layer has its own tests (sentence-model.test.ts). */
export function detect(text: string, quotes: QuoteItem[] = []): TechniqueItem[] {
  return detectTechniques(fieldOf(text, quotes), undefined, { learned: false });
}

/** `technique: flagged text` for every item, as the text slices it. */
export function flagged(text: string, quotes: QuoteItem[] = []): string[] {
  return detect(text, quotes).map((i) => `${i.technique}: ${text.slice(i.start, i.end)}`);
}
