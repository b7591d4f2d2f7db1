// Appeal to authority by pattern. (1) A sentence that opens with a named person and their
// credentials ("Dr Ana Vel, a historian at the Institute of …,") and goes on with a verb of
// judgement ("argues", "points out"): the span runs from the name to the verb, and on to the
// end of the sentence when the judgement that follows is short. (2) "according to" a named
// person presented by an expert credential ("according to Ana Vel, a researcher at …"): the
// span runs from "according" to the end of the credential. Office titles (spokesman, minister)
// are attribution, not an appeal to expertise, so they do not count for (2). (3) A named
// person vouched for by experience in a relative clause ("retired Vice Admiral Ana Vel, who
// once commanded the northern fleet"; "Dr Ana Vel, who has studied the militias for two
// decades"): the span runs from the name, with a rank and "retired" before it, to the end of
// the clause. The verbs of experience are data (cues.json `authorityExperience`); any other
// verb counts only with a span of years in the clause, so "who led the delegation" does not.
import type { TechniqueItem } from '../claims/types.js';
import type { FieldView } from './detector.js';
import { item } from './detector.js';
import { CUES, LEXICON, matchesAt } from './lexicon.js';

const MAX_SUBJECT_TOKENS = 35;
const SHORT_CLAIM_TOKENS = 20;
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', '«', '»']);
/** Tokens of the name after "according to" ("Dr Ana Maria Vel"). */
const MAX_NAME_TOKENS = 6;
/** Tokens between the article of the apposition and its credential ("a senior security researcher"). */
const MAX_CREDENTIAL_GAP = 6;
const APPOSITION_END = new Set([';', ':', '(', ')', '–', '—', '“', '”', '"']);
const ARTICLES = new Set(['a', 'an', 'the']);

export function findAuthorityAppeals(v: FieldView): TechniqueItem[] {
  const out: TechniqueItem[] = [];
  const { tokens, lower, upper } = v;
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const first = v.sentenceFirst[s];
    if (first === undefined) continue;
    const end = v.sentenceEnd[s];
    findAccordingTo(v, first, end, out);
    findExperience(v, first, end, out);
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

/** "according to Dr Ana Vel, a researcher at the Coast Institute" within sentence tokens [first, end). */
function findAccordingTo(v: FieldView, first: number, end: number, out: TechniqueItem[]): void {
  const { tokens, lower } = v;
  for (let k = first; k + 2 < end; k++) {
    if (lower[k] !== 'according' || lower[k + 1] !== 'to') continue;
    let n = k + 2;
    const nameStart = n;
    let title: string | null = null;
    while (n < end && n - nameStart < MAX_NAME_TOKENS && (tokens[n].upper || tokens[n].text === '.')) {
      if (!title && CUES.authorityExperts.has(lower[n])) title = lower[n];
      n++;
    }
    if (n - nameStart < 2 || tokens[n]?.text !== ',' || !ARTICLES.has(lower[n + 1])) continue;
    let credential: string | null = title;
    let c = n + 2;
    for (; c < Math.min(end, n + 2 + MAX_CREDENTIAL_GAP) && !credential; c++) {
      if (tokens[c].text === ',' || APPOSITION_END.has(tokens[c].text)) break;
      if (CUES.authorityExperts.has(lower[c])) credential = lower[c];
    }
    if (!credential) continue;
    // The apposition runs on to the next comma or clause mark ("… at the Coast Institute in Port Vell").
    let stop = c;
    while (stop < end && tokens[stop].text !== ',' && !APPOSITION_END.has(tokens[stop].text)) stop++;
    let last = stop - 1;
    while (last > k && !tokens[last].word) last--;
    out.push(item(v, tokens[k].start, tokens[last].end, 'Appeal_to_Authority', `authority: according to + name + credential "${credential}"`));
    return;
  }
}

/** Words a name may hold besides capitalised ones ("Brigadier General (res.) Ana Vel"). */
const NAME_INNER = new Set(['(', ')', '.', 'res', '-']);
const NAME_OPENERS = new Set(['retired', 'former', 'veteran']);
const DURATIONS = new Set(['years', 'decades', 'decade']);
/** Tokens of the relative clause read for its verb of experience ("who has long since commanded"). */
const MAX_VERB_OFFSET = 3;

/** "Name, who once commanded …" within sentence tokens [first, end). */
function findExperience(v: FieldView, first: number, end: number, out: TechniqueItem[]): void {
  const { tokens, lower, upper } = v;
  for (let k = first + 2; k + 2 < end; k++) {
    if (lower[k] !== 'who' || tokens[k - 1].text !== ',' || !upper[k - 2] || !tokens[k - 2].word) continue;
    let clauseEnd = k + 1;
    while (clauseEnd < end && !APPOSITION_END.has(tokens[clauseEnd].text) && tokens[clauseEnd].text !== ',') clauseEnd++;
    let verb: string | null = null;
    for (let j = k + 1; j < Math.min(clauseEnd, k + 1 + MAX_VERB_OFFSET) && !verb; j++) if (CUES.authorityExperience.has(lower[j])) verb = lower[j];
    const years = lower.slice(k + 1, clauseEnd).some((w) => DURATIONS.has(w));
    if (!verb && !years) continue;
    let a = k - 2;
    let capitals = 0;
    while (a > first && (upper[a - 1] && tokens[a - 1].word || NAME_INNER.has(lower[a - 1])) && !tokens[a].sentenceStart) {
      if (upper[a]) capitals++;
      a--;
    }
    if (upper[a]) capitals++;
    if (capitals < 2) continue;
    if (a > first && NAME_OPENERS.has(lower[a - 1])) a--;
    let last = clauseEnd - 1;
    while (last > k && !tokens[last].word) last--;
    out.push(item(v, tokens[a].start, tokens[last].end, 'Appeal_to_Authority', `authority: name + experience "${verb ?? 'years'}"`));
  }
}
