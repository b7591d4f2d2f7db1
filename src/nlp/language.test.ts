import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.js';

test('a one-line English brief is English, not a trigram guess', () => {
  assert.equal(detectLanguage('Blast', 'At least 12 people were killed and 40 wounded.'), 'en');
});

test('short texts in other languages are still told apart', () => {
  assert.equal(detectLanguage('Gesetz', 'Der Bundestag hat am Montag das Gesetz beschlossen, sagte die Sprecherin.'), 'de');
  assert.equal(detectLanguage('Couvre-feu', 'Le gouvernement a annoncé la fin du couvre-feu dans la capitale.'), 'fr');
});

test('a few words with nothing to go on are undetermined', () => {
  assert.equal(detectLanguage('', 'Some text here.'), 'und');
});
