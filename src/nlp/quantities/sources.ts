// Who a sentence says gives its figures: reporting verbs ("the ministry said", "Armenia says",
// "officials saying that", "…, said the mayor"), "according to X" and its kin ("figures released
// by X"), and the subject a pronoun ("it said") stands for. A source keeps its bracketed short
// name ("the agency (UNHCR) says") and is found across an aside ("X, a rebel alliance, said").
// Works on a light word split of one sentence; the finder turns subjects into entities.
import type { Span } from '../../core/article.js';
import { LEX, fold } from './lexicon.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface SourceCue {
  /** The reporting verb or "according to" phrase. */
  start: number;
  end: number;
  /** Who the cue names, or null when the verb has no subject of its own (", adding that"). */
  subject: Span | null;
  pronoun: boolean;
  according: boolean;
  /** A reporting clause after what it reports (", Armenia says", "who it said were killed"). */
  postposed: boolean;
  /** The verb introduces the words after it ("said that ..."). */
  introduces: boolean;
  rule: string;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.\-‐][\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
/** Words that may open a speaker put after the verb (", said the mayor"). */
const DETERMINER_AFTER_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'one', 'two', 'three', 'several', 'local', 'military', 'government', 'senior', 'officials', 'residents', 'witnesses', 'sources']);

/** Words between commas that are a name: capitalised words (hyphens and a bracketed acronym allowed). */
function nameAside(aside: Word[]): boolean {
  const named = aside.filter((w) => isWord(w));
  return named.length > 0 && named.length <= 5 && aside.every((w) => UPPER.test(w.text) || connector(w) || /^[-()]$/.test(w.text)) && UPPER.test(aside[0].text);
}

/** "India's Director General of Military Operations (DGMO), X, said": a capitalised position before the name. */
function namedPosition(words: Word[], end: number): boolean {
  let k = end;
  if (words[k]?.text === ')') while (k >= 0 && words[k].text !== '(') k--;
  const last = words[k - (words[k]?.text === '(' ? 1 : 0)];
  return last !== undefined && isWord(last) && UPPER.test(last.text) && LEX.sourceNouns.has(words.slice(Math.max(0, k - 6), k).map((w) => w.lower).find((w) => LEX.sourceNouns.has(w)) ?? '');
}
const DIGIT = /^\p{N}/u;
const ALNUM = /^[\p{L}\p{N}]/u;
const CLOSING = /^[”"’»]$/u;

/** Words and punctuation marks of a sentence. */
export function splitWords(text: string, s: Span): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = s.start;
  for (let m = WORD.exec(text); m && m.index < s.end; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: fold(m[0]) });
  }
  return out;
}

const isWord = (w: Word | undefined) => w !== undefined && ALNUM.test(w.text);
const isNumber = (w: Word | undefined) => w !== undefined && (DIGIT.test(w.text) || LEX.numberWords.has(w.lower) || LEX.vaguePlurals.has(w.lower));
/** May belong to the name of a source: a capitalised word, a source noun, or a connector inside one. */
const sourceWord = (w: Word, initial: boolean) =>
  isWord(w) && !isNumber(w) && !LEX.qualifierOf.has(w.lower) && !LEX.weekdays.has(w.lower) &&
  ((UPPER.test(w.text) && !(initial && LEX.sentenceOpeners.has(w.lower))) || LEX.sourceNouns.has(w.lower));
const connector = (w: Word) => LEX.subjectConnectors.has(w.lower);

/** Reporting cues of one sentence, in order. */
export function findSourceCues(words: Word[]): SourceCue[] {
  const cues: SourceCue[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const acc = matchAccording(words, i);
    if (acc > 0) {
      const subject = walkForward(words, i + acc);
      cues.push({ start: w.start, end: words[i + acc - 1].end, subject, pronoun: false, according: true, postposed: false, introduces: false, rule: 'according-to' });
      i += acc - 1;
      continue;
    }
    // "officials put the toll at 50": a verb that reports only with a report-like object.
    if (!LEX.speechVerbs.has(w.lower) && !(LEX.speechVerbsNeedObject.has(w.lower) && words.slice(i + 1, i + 4).some((x) => LEX.reportNouns.has(x.lower)))) continue;
    const cue = verbCue(words, i);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** The next n words from i, a figure with thousands commas ("3,000" is "3", ",", "000") counted as one. */
function objectWords(words: Word[], i: number, n: number): Word[] {
  const out: Word[] = [];
  for (let k = i; k < words.length && out.length < n; k++) {
    if (words[k].text === ',' && DIGIT.test(words[k - 1]?.text ?? '') && /^\d{3}$/.test(words[k + 1]?.text ?? '')) {
      k++;
      continue;
    }
    out.push(words[k]);
  }
  return out;
}

function matchAccording(words: Word[], i: number): number {
  for (const phrase of LEX.accordingPhrases) {
    if (phrase.every((p, k) => words[i + k]?.lower === p)) return phrase.length;
  }
  return 0;
}

function verbCue(words: Word[], i: number): SourceCue | null {
  const verb = words[i];
  const next = words[i + 1];
  if (objectWords(words, i + 1, 4).some((w) => LEX.notSpeechObjects.has(w.lower))) return null;
  const introduces = next !== undefined && (next.lower === 'that' || (isWord(next) && !LEX.countedStops.has(next.lower)) || isNumber(next));
  let j = i - 1;
  // Words between a source and its verb: "also", "on Monday", "has".
  while (j >= 0 && isWord(words[j]) && LEX.verbSkips.has(words[j].lower)) j--;
  // "“…,” said the mayor", "…, says Ana Lind": after a closing mark or a comma the source follows the verb.
  // (", said on May 13 that …": a preposition after the verb opens no speaker.)
  const speakerNext = next !== undefined && (UPPER.test(next.text) || DETERMINER_AFTER_VERB.has(next.lower));
  if (j >= 0 && (words[j].text === ',' || CLOSING.test(words[j].text)) && LEX.invertingVerbs.has(verb.lower) && speakerNext) {
    const after = walkForward(words, i + 1);
    // "…, said the attack showed that …": a definite phrase that runs on into more words is the
    // subject of the reported clause, not the speaker put after the verb ("…,” said the mayor.").
    const runsOn = after !== null && words[i + 1]?.lower === 'the' && isWord(words.find((w) => w.start >= after.end));
    if (after && !runsOn) return { start: verb.start, end: verb.end, subject: after, pronoun: false, according: false, postposed: true, introduces: false, rule: 'verb-inverted' };
  }
  // "a report by the UN panel, which claims": the relative pronoun stands for the phrase before
  // its comma, or for the name that phrase describes ("Ana Lind, the charity's doctor, who said").
  if (j >= 2 && (words[j].lower === 'which' || words[j].lower === 'who') && words[j - 1].text === ',') {
    const end = j - 2;
    let k = end;
    while (k >= 0 && end - k <= 8 && words[k].text !== ',') k--;
    const opener = words[k + 1];
    if (k > 0 && words[k].text === ',' && opener && (LEX.appositionOpeners.has(opener.lower) || /['’]s$/.test(opener.text))) {
      const named = verbCueBefore(words, i, k - 1, introduces);
      if (named?.subject) return { ...named, rule: `${named.rule}-relative` };
    }
    const cue = verbCueBefore(words, i, end, introduces);
    return cue?.subject ? { ...cue, rule: `${cue.rule}-relative` } : null;
  }
  // An aside between source and verb: "the ministry, for its part, released".
  const noSubject: SourceCue = { start: verb.start, end: verb.end, subject: null, pronoun: false, according: false, postposed: false, introduces, rule: 'verb-no-subject' };
  let apposition = false;
  if (j >= 0 && words[j].text === ',') {
    let k = j - 1;
    while (k >= 0 && j - k <= 11 && words[k].text !== ',') k--;
    const asideWords = k >= 0 && words[k].text === ',' ? words.slice(k + 1, j) : [];
    const aside = asideWords.map((w) => w.text).join(' ');
    if (aside && LEX.parenthetical.test(aside)) j = k - 1;
    else if (nameAside(asideWords) && (LEX.sourceNouns.has(words[k - 1]?.lower ?? '') || namedPosition(words, k - 1))) {
      // "Its commission president, Omar Alieu Touray, told": the name in apposition is the source.
      return { start: verb.start, end: verb.end, subject: { start: asideWords[0].start, end: asideWords[asideWords.length - 1].end }, pronoun: false, according: false, postposed: false, introduces, rule: 'verb-apposition-name' };
    } else if (asideWords.length && (LEX.appositionOpeners.has(asideWords[0].lower) || /['’]s$/.test(asideWords[0].text)) && k > 0 &&
      // ", adding that": a participle shares its clause's subject; ", the ministry said, adding": a clause, no description.
      !verb.lower.endsWith('ing') && !asideWords.some((w) => LEX.speechVerbs.has(w.lower))) {
      // "The movement, the rebels' political wing, said": the source stands before the description.
      j = k - 1;
      apposition = true;
    } else return noSubject;
  }
  if (apposition) {
    const cue = verbCueBefore(words, i, j, introduces);
    return cue?.subject ? { ...cue, rule: `${cue.rule}-apposition` } : noSubject;
  }
  return verbCueBefore(words, i, j, introduces);
}

/** The cue of the verb at `i` whose source ends at word `j`. */
function verbCueBefore(words: Word[], i: number, j: number, introduces: boolean): SourceCue | null {
  const verb = words[i];
  const next = words[i + 1];
  // "the refugee agency (UNHCR) says": the short name in brackets belongs to the source.
  let bracketEnd = -1;
  if (j >= 2 && words[j].text === ')') {
    let k = j - 1;
    while (k > 0 && j - k <= 6 && words[k].text !== '(' && words[k].text !== ')') k--;
    if (words[k].text === '(' && k > 0 && isWord(words[k - 1])) {
      bracketEnd = words[j].end;
      j = k - 1;
    }
  }
  if (j < 0) return { start: verb.start, end: verb.end, subject: null, pronoun: false, according: false, postposed: false, introduces, rule: 'verb-no-subject' };
  const last = words[j];
  if (LEX.pronouns.has(last.lower)) {
    const before = words[j - 1];
    const relative = before !== undefined && ['who', 'which', 'that', 'whom'].includes(before.lower);
    const postposed = (before?.text === ',' || relative) && !(next?.lower === 'that');
    return { start: verb.start, end: verb.end, subject: { start: last.start, end: last.end }, pronoun: true, according: false, postposed, introduces, rule: 'verb-pronoun' };
  }
  // "the cooperative reported", "the local mayor said": a definite noun phrase of any noun.
  if (!sourceWord(last, j === 0) && isWord(last) && !LEX.countedStops.has(last.lower) && !isNumber(last)) {
    const the = words[j - 1]?.lower === 'the' ? j - 1 : words[j - 2]?.lower === 'the' && isWord(words[j - 1]) && !isNumber(words[j - 1]) ? j - 2 : -1;
    if (the < 0) return null;
    const before = words[the - 1];
    // "By the latest estimates, ...": the phrase is the object of a preposition, the word a noun.
    if (before !== undefined && LEX.prepositionsBeforeSubject.has(before.lower)) return null;
    const postposed = before !== undefined && before.text === ',' && !(next?.lower === 'that');
    return { start: verb.start, end: verb.end, subject: { start: words[the].start, end: bracketEnd > 0 ? bracketEnd : last.end }, pronoun: false, according: false, postposed, introduces, rule: 'verb-definite' };
  }
  let k = j;
  while (k >= 0 && j - k < 8 && (sourceWord(words[k], k === 0) || connector(words[k]))) k--;
  let from = k + 1;
  // Connectors cannot open or close a source name ("of", "and"), except a leading "the".
  while (from <= j && connector(words[from]) && words[from].lower !== 'the') from++;
  let to = j;
  while (to >= from && connector(words[to])) to--;
  if (from > to) return { start: verb.start, end: verb.end, subject: null, pronoun: false, according: false, postposed: false, introduces, rule: 'verb-no-subject' };
  // "the coast guard said": a plain modifier between "the" and a source noun belongs to the source.
  const mod = words[from - 1];
  if (from >= 2 && words[from - 2].lower === 'the' && isWord(mod) && !UPPER.test(mod.text) && !LEX.countedStops.has(mod.lower) && !isNumber(mod)) from -= 2;
  // "100 people reported missing": the verb describes the counted people, it names no source.
  const figure = (w: Word | undefined) => isNumber(w) && !/^\d{4}$/.test(w!.text);
  if (figure(words[from - 1]) || (from > 0 && figure(words[from - 2]) && LEX.qualifierOf.has(words[from - 1].lower))) return null;
  const before = words[from - 1];
  const postposed = before !== undefined && (before.text === ',' || before.text === '—' || before.text === '–') && !(next?.lower === 'that');
  return { start: verb.start, end: verb.end, subject: { start: words[from].start, end: bracketEnd > 0 ? bracketEnd : words[to].end }, pronoun: false, according: false, postposed, introduces, rule: 'verb' };
}

/** The source named after "according to": capitalised words and source nouns, or a definite noun phrase ("the harbour master"). */
function walkForward(words: Word[], i: number): Span | null {
  if (words[i]?.lower === 'the' && isWord(words[i + 1]) && !sourceWord(words[i + 1], false)) {
    let k = i + 1;
    while (k < words.length && k - i <= 4 && isWord(words[k]) && !LEX.countedStops.has(words[k].lower) && !LEX.speechVerbs.has(words[k].lower) && !isNumber(words[k])) k++;
    return k > i + 1 ? { start: words[i].start, end: words[k - 1].end } : null;
  }
  let k = i;
  while (k < words.length && k - i < 8 && (sourceWord(words[k], false) || connector(words[k]))) k++;
  let to = k - 1;
  while (to >= i && connector(words[to])) to--;
  return to >= i ? { start: words[i].start, end: words[to].end } : null;
}

/** The subject a sentence opens with, after an opening adverbial ("On Wednesday, Yerevan ..."). */
export function sentenceSubject(words: Word[]): Span | null {
  let i = 0;
  while (i < words.length && !isWord(words[i])) i++;
  if (i < words.length && LEX.sentenceOpeners.has(words[i].lower)) {
    let k = i;
    while (k < words.length && k - i < 10 && words[k].text !== ',') k++;
    if (k >= words.length || words[k].text !== ',') return null;
    i = k + 1;
  }
  if (i < words.length && (LEX.pronouns.has(words[i].lower) || isNumber(words[i]) || LEX.qualifierOf.has(words[i].lower))) return null;
  return walkForward(words, i);
}
