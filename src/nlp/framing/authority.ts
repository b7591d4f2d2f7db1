// Appeal to authority by pattern: a sentence that opens with a named person and their
// credentials ("Dr Ana Vel, a historian at the Institute of …,") and goes on with a verb of
// judgement ("argues", "points out"). The span runs from the name to the verb, and on to the
// end of the sentence when the judgement that follows is short.
import type { TechniqueItem } from '../claims/types.js';
import type { FieldView } from './detector.js';
import { item } from './detector.js';
import { CUES, LEXICON, matchesAt } from './lexicon.js';

const MAX_SUBJECT_TOKENS = 35;
const SHORT_CLAIM_TOKENS = 20;
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', '«', '»']);

export function findAuthorityAppeals(v: FieldView): TechniqueItem[] {
  const out: TechniqueItem[] = [];
  const { tokens, lower, upper } = v;
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const first = v.sentenceFirst[s];
    if (first === undefined) continue;
    const end = v.sentenceEnd[s];
    if (!tokens[first].upper || !tokens[first].word) continue;
    let names = 0;
    let credential: string | null = null;
    for (let k = first; k < Math.min(end, first + MAX_SUBJECT_TOKENS); k++) {
      if (QUOTE_MARKS.has(tokens[k].text)) break;
      if (upper[k] && tokens[k].word) names++;
      if (!credential && CUES.authorityCredentials.has(lower[k])) credential = lower[k];
      if (k - first < 2 || !credential || names < 2) continue;
      const verb = CUES.authorityVerbs.find((e) => matchesAt(e, k, lower, upper, LEXICON.stopAfter));
      if (!verb) continue;
      let stop = k + verb.length;
      if (lower[stop] === 'that') stop++;
      const claimEnd = end - stop <= SHORT_CLAIM_TOKENS ? end : stop;
      const verbText = lower.slice(k, k + verb.length).join(' ');
      out.push(item(v, tokens[first].start, tokens[claimEnd - 1].end, 'Appeal_to_Authority', `authority: name + credential "${credential}" + "${verbText}"`));
      break;
    }
  }
  return out;
}
