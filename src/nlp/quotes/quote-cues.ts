// The cue lists of data/quote-cues.json, loaded once: speech verbs with their inflected forms,
// the nouns that head a speaking description, pronouns, and the words the scare-quote rules use.
import { readFileSync } from 'node:fs';

interface RawCues {
  speechVerbs: string[];
  irregularForms: Record<string, string[]>;
  speechPhrases: string[];
  forwardVerbs: string[];
  inversionVerbs: string[];
  labelVerbs: string[];
  speakerNouns: string[];
  personNouns: string[];
  pronouns: Record<string, 'person' | 'plural' | 'thing'>;
  determiners: string[];
  definite: string[];
  prepositions: string[];
  clauseWords: string[];
  skipBeforeVerb: string[];
  functionWords: string[];
  nameWords: string[];
  scareCues: string[];
  nameCallVerbs: string[];
  nounVerbs: string[];
  openers: string[];
  nounModifiers: string[];
  adverbials: string[];
  conditionals: string[];
  maxScareWords: number;
  minDirectWords: number;
  attributionWindow: number;
  pronounSentences: number;
}

export interface SpeechVerb {
  base: string;
  /** Lower-cased words of the verb ("pointed", "out"). */
  words: string[];
  /** The speaker follows the cue ("according to X"). */
  forward: boolean;
  /** The speaker may follow the verb ("said Dacic"). */
  inverts: boolean;
  /** An -ing form: after a comma it shares the clause's subject ("…, adding that"). */
  participle: boolean;
}

export interface QuoteCues {
  /** First word (lower case) -> the speech verbs starting with it, longest first. */
  verbs: Map<string, SpeechVerb[]>;
  labelVerbs: Set<string>;
  speakerNouns: Set<string>;
  personNouns: Set<string>;
  pronouns: Map<string, 'person' | 'plural' | 'thing'>;
  determiners: Set<string>;
  definite: Set<string>;
  prepositions: Set<string>;
  clauseWords: Set<string>;
  skipBeforeVerb: Set<string>;
  functionWords: Set<string>;
  nameWords: Set<string>;
  scareCues: Set<string>;
  nameCallVerbs: Set<string>;
  /** Base and -s forms of verbs that are also nouns ("state", "reports"). */
  nounVerbs: Set<string>;
  /** Words that open a sentence before its subject ("But", "And"). */
  openers: Set<string>;
  /** Words between a name and the noun it modifies ("EU and US mediators", "Ministry senior advisor"). */
  nounModifiers: Set<string>;
  /** Words that open an adverbial phrase ending in a comma ("Earlier this month, ..."). */
  adverbials: Set<string>;
  /** "if it concludes that": a speech verb under these is no attribution. */
  conditionals: Set<string>;
  maxScareWords: number;
  minDirectWords: number;
  attributionWindow: number;
  pronounSentences: number;
}

/** Regular English inflections of a verb: -s, -ed, -ing (with e-dropping, y->i, final consonant doubling for short verbs). */
export function inflect(base: string): string[] {
  const out = new Set([base]);
  if (/[^aeiou]y$/.test(base)) {
    out.add(base.slice(0, -1) + 'ies');
    out.add(base.slice(0, -1) + 'ied');
    out.add(base + 'ing');
  } else if (base.endsWith('e')) {
    out.add(base + 's');
    out.add(base + 'd');
    out.add(base.slice(0, -1) + 'ing');
  } else {
    const sibilant = /(s|sh|ch|x|z)$/.test(base);
    out.add(base + (sibilant ? 'es' : 's'));
    const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) ? base + base.slice(-1) : base;
    out.add(doubled + 'ed');
    out.add(doubled + 'ing');
  }
  return [...out];
}

export function buildQuoteCues(raw: RawCues): QuoteCues {
  const verbs = new Map<string, SpeechVerb[]>();
  const add = (base: string, words: string[], forward: boolean) => {
    const list = verbs.get(words[0]) ?? [];
    list.push({ base, words, forward, inverts: forward || raw.inversionVerbs.includes(base), participle: words[0].endsWith('ing') && words[0] !== 'according' });
    list.sort((a, b) => b.words.length - a.words.length);
    verbs.set(words[0], list);
  };
  for (const base of raw.speechVerbs) for (const form of raw.irregularForms[base] ?? inflect(base)) add(base, [form], false);
  for (const base of Object.keys(raw.irregularForms)) if (!raw.speechVerbs.includes(base)) for (const form of [base, ...raw.irregularForms[base]]) add(base, [form], false);
  for (const phrase of raw.speechPhrases) {
    const [head, ...rest] = phrase.split(' ');
    const forward = raw.forwardVerbs.includes(phrase);
    const forms = forward || phrase.includes(' as ') ? [head] : raw.irregularForms[head] ?? inflect(head);
    for (const form of forms) add(phrase, [form, ...rest], forward);
  }
  const labelVerbs = new Set(raw.labelVerbs.flatMap((v) => raw.irregularForms[v] ?? inflect(v)));
  return {
    verbs,
    labelVerbs,
    speakerNouns: new Set(raw.speakerNouns),
    personNouns: new Set(raw.personNouns),
    pronouns: new Map(Object.entries(raw.pronouns)),
    determiners: new Set(raw.determiners),
    definite: new Set(raw.definite),
    prepositions: new Set(raw.prepositions),
    clauseWords: new Set(raw.clauseWords),
    skipBeforeVerb: new Set(raw.skipBeforeVerb),
    functionWords: new Set(raw.functionWords),
    nameWords: new Set(raw.nameWords),
    scareCues: new Set(raw.scareCues),
    nameCallVerbs: new Set(raw.nameCallVerbs),
    nounVerbs: new Set(raw.nounVerbs.flatMap((v) => [v, ...inflect(v).filter((f) => f.endsWith('s'))])),
    openers: new Set(raw.openers),
    nounModifiers: new Set(raw.nounModifiers),
    adverbials: new Set(raw.adverbials),
    conditionals: new Set(raw.conditionals),
    maxScareWords: raw.maxScareWords,
    minDirectWords: raw.minDirectWords,
    attributionWindow: raw.attributionWindow,
    pronounSentences: raw.pronounSentences,
  };
}

export const quoteCues: QuoteCues = buildQuoteCues(
  JSON.parse(readFileSync(new URL('../../../../src/nlp/data/quote-cues.json', import.meta.url), 'utf8')) as RawCues,
);
