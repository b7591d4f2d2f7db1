// Finds events an article reports as facts: a trigger phrase from the lexicon, kept only when
// nothing around it makes it wanted, feared, denied, conditional or quoted; typed by the
// phrase, dated by the time expression that governs its clause (or the narration's current
// date, or the publication month), with the clause's actors, place and figures.
import type { Span } from '../../core/article.js';
import type { EntityType } from '../../core/entity.js';
import type { EventItem, EventType, QuantityItem, QuoteItem, TimexItem, TimexPrecision } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { firstAt, tokenAt, type Token } from '../tokenize.js';
import { eventCues as cues } from './event-cues.js';
import { compilePattern, defaultTriggerLexicon, type TriggerLexicon, type TriggerMatch } from './trigger-lexicon.js';

export interface EventInput {
  text: string;
  /** Publication date (YYYY-MM-DD) or null. */
  published: string | null;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  entities: ArticleEntity[];
  timex: TimexItem[];
  quantities: QuantityItem[];
  quotes: QuoteItem[];
}

interface EventDate {
  value: string;
  precision: TimexPrecision;
  rule: string;
}

interface Candidate {
  match: TriggerMatch;
  type: EventType;
  /** Token range of the clause, [first, last). */
  clause: [number, number];
  /** A noun naming the setting of another event ("killed in the fighting"). */
  setting: boolean;
  date: EventDate | null;
  /** What dated it: the timex's offset, or -1 for the narration's or the publication date. */
  source: number;
}

interface Quoted extends Span {
  long: boolean;
}

/** Quotations this long are someone's words, not the article's narration. */
const LONG_QUOTE_WORDS = 8;
/** How far back (in sentences) the narration's date carries to undated sentences. */
const CARRY_SENTENCES = 4;
const SUMMARY_CHARS = 220;
const DAY = 86_400_000;
/** How far before publication the article's lead date may lie. */
const NEWS_DAYS = 14;
/** A carried date this much older than the news date is background, not the day's news. */
const STALE_DAYS = 31;
/** Tokens a statement needs after its verb to say something of its own rather than attribute. */
const OWN_WORDS = 4;
/** How far before a noun trigger a modal still governs it ("would hold free and fair elections"). */
const NOUN_MODAL_REACH = 8;
/** Tokens after a verb of saying beyond which an undated event noun is what was said, not what happened. */
const HEARD_DISTANCE = 6;
/** Tokens of a place's name before its time expression, and of that expression before "and" ("took Bakhmut in May 2023 and …"). */
const GAP_PLACE_TOKENS = 4;
const GAP_DATE_TOKENS = 5;
/** Tokens between "which" and a capture verb: the subject ("which Russian troops seized"). */
const RELATIVE_SUBJECT_TOKENS = 4;
const POINT_PRECISION = new Set<TimexPrecision>(['day', 'week', 'month', 'year', 'range', 'decade']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const stem = (word: string) => word.slice(0, 5);
const ACTOR_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GROUP']);
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'inside', 'outside', 'across', 'on', 'from', 'to', 'around', 'towards', 'toward']);
const TOLL_CATEGORIES = new Set(['killed', 'injured']);
const CASUALTY_CATEGORIES = new Set(['killed', 'injured', 'missing', 'displaced', 'military_personnel', 'civilians_sheltered', 'population']);
const QUOTE_OPEN = new Set(['“', '"', '«']);
const QUOTE_CLOSE = new Set(['”', '"', '»']);

export function findEvents(input: EventInput, lexicon: TriggerLexicon = defaultTriggerLexicon()): EventItem[] {
  const { text, tokens } = input;
  if (!tokens.length) return [];
  const words = tokens.map((t) => t.text.toLowerCase());
  const sentenceTokens = tokenRanges(tokens, input.sentences.length);
  const quoted = quotations(input, tokens);
  const long = quoted.filter((q) => q.long);
  // Dates inside someone's long quotation belong to their words, not to the narration.
  const timex = input.timex.filter((t) => t.field === 'text' && !inside(long, t.start)).sort((a, b) => a.start - b.start);
  const news = newsDate(timex, input.published);
  const mentions = entityMentions(input.entities);
  const commentators = findCommentators(input.entities, tokens, words);
  const publication = input.published ? { value: input.published.slice(0, 7), precision: 'month' as const, rule: 'publication-month' } : null;
  const paragraphOf = indexer(input.paragraphs);
  const ctx: SentenceContext = { words, tokens, quoted, long, commentators, mentions, entities: input.entities, published: input.published };

  const events: EventItem[] = [];
  const seenNouns = new Set<string>();
  let carried = null as { date: EventDate; sentence: number; paragraph: number } | null;
  // Sentence of the last time expression naming a year well before publication: undated
  // sentences soon after it tell history, so the publication date cannot stand in for theirs.
  let historicalAt = -1;
  const publishedYear = Number((input.published ?? '').slice(0, 4));
  let tx = 0;

  for (let s = 0; s < sentenceTokens.length; s++) {
    const [first, last] = sentenceTokens[s];
    if (first >= last) continue;
    const sentence = input.sentences[s] ?? { start: tokens[first].start, end: tokens[last - 1].end };
    while (tx < timex.length && timex[tx].end <= sentence.start) tx++;
    const local: TimexItem[] = [];
    for (let k = tx; k < timex.length && timex[k].start < sentence.end; k++) local.push(timex[k]);
    const paragraph = paragraphOf(sentence.start);
    if (words[last - 1] === '?') continue;
    const historical = historicalAt >= 0 && s - historicalAt <= CARRY_SENTENCES;
    const current = sequenceIn(cues.currentTimes, words, first, last);
    const inherited = carried && s - carried.sentence <= CARRY_SENTENCES && paragraph - carried.paragraph <= 1 ? carried.date : null;

    if (!isHeading(words, first, last)) {
      const candidates: Candidate[] = [];
      const found = [...lexicon.find(words, first, last), ...captures(first, last, ctx)];
      const sayings = found.filter((m) => m.pattern.type === 'statement' && m.pattern.kind === 'verb');
      for (const m of found) {
        const clause = clauseOf(words, first, last, m.first);
        if (!reportedAsFact(m, clause, first, ctx)) continue;
        // "the blockade" once a blockade ("blocked") is reported refers back to it.
        if (m.pattern.kind === 'noun' && seenNouns.has(stem(words[m.last - 1])) && definiteBefore(words, m.first)) continue;
        const own = dateOf(m, clause, first, local, tokens, words, input.published, sayings, found);
        // "launched a programme right before the elections": an event named as the time of another
        // act is not reported by the sentence, unless a date of its own follows it ("after the vote in May").
        if (m.pattern.kind === 'noun' && landmark(words, m.first) && !(own && dateRightAfter(own.source, tokens, m))) continue;
        // Undated and told as what came before or after the narrated moment ("three weeks after
        // the assembly adopted…", "later said"): the text does not date it.
        if (!own && relativeTo(words, clause[0], m.first)) continue;
        // "fled in 2014, which inspectors later described…": after a date the sentence gives but undated.
        if (!own && posteriorTo(words, m) && local.some((t) => t.end <= tokens[m.first].start)) continue;
        // "claimed the attack", "after the coup" with no date of their own: a definite noun points
        // back to an event the article has already placed, or takes for granted.
        if (!own && m.pattern.kind === 'noun' && definiteBefore(words, m.first) && !cues.participants.has(words[m.last - 1])) continue;
        if (!own && m.pattern.type === 'statement' && (cues.perfect.has(words[m.first - 1]) || (cues.perfect.has(words[m.first - 2]) && !cues.recentPerfect.has(words[m.first - 1])))) continue;
        let date = own?.date ?? (inherited ? { ...inherited, rule: `carried:${inherited.rule}` } : historical ? null : publication);
        // "the latest escalation" after a paragraph of history is today's news again.
        if (!own && inherited && current && olderThan(inherited.value, (news ?? publication)?.value ?? inherited.value)) date = news ?? publication;
        // A verb of saying with no date of its own is the news of the day: a date carried from
        // background history does not reach it.
        // "At the time, X accused …" points back to the narrated date, and keeps it.
        if (!own && m.pattern.type === 'statement' && news && (!date || olderThan(date.value, news.value)) && !(inherited && anaphoric(words, first, last))) date = news;
        const setting = m.pattern.kind === 'noun' && cues.circumstantial.has(`${words[m.first - 2]} ${words[m.first - 1]}`);
        candidates.push({ match: m, type: m.pattern.type, clause, setting, date, source: own?.source ?? -1 });
      }
      let used = false;
      const chosen = choose(reportedTolls(candidates, words, tokens), lexicon, words);
      chosen.push(...secondDates(local, chosen, first, last, ctx, lexicon));
      for (const c of chosen) {
        if (!c.date) continue;
        seenNouns.add(stem(words[c.match.last - 1]));
        events.push(build(c, c.date, input, tokens, mentions));
        used ||= c.source < 0 && c.date.rule.startsWith('carried:');
      }
      // A paragraph that goes on narrating under the carried date keeps the narration there.
      if (used && inherited) carried = { date: inherited, sentence: s, paragraph };
    }
    if (local.length) {
      // Any time expression moves the narration: a usable one becomes its date, a vague one
      // ("in the late 1980s") leaves no date to carry.
      const narration = local.filter((t) => !inRelative(t, first, tokens, words) && !attributive(t, tokens, words) && !sinceThen(t, tokens, words) && !inSinceClause(t, first, tokens, words));
      const latest = latestPast(narration, input.published);
      carried = latest ? { date: latest, sentence: s, paragraph } : null;
      const year = Number((narration[narration.length - 1]?.value ?? '').slice(0, 4));
      historicalAt = year > 0 && publishedYear > 0 && year < publishedYear - 1 ? s : -1;
    }
  }
  return events;
}

interface SentenceContext {
  words: string[];
  tokens: Token[];
  quoted: Quoted[];
  long: Quoted[];
  commentators: Set<number>;
  mentions: Mention[];
  entities: ArticleEntity[];
  published: string | null;
}

const TERMINAL = new Set(['.', '!', '?', '”', '"', '’', "'", ')', '…']);

/** A sub-heading or caption: short and without closing punctuation. */
function isHeading(words: string[], first: number, last: number): boolean {
  return last - first < 12 && !TERMINAL.has(words[last - 1]);
}

/** Token ranges [first, last) of each sentence. */
function tokenRanges(tokens: Token[], sentences: number): [number, number][] {
  const ranges: [number, number][] = Array.from({ length: Math.max(sentences, 1) }, () => [0, 0] as [number, number]);
  for (let i = 0; i < tokens.length; i++) {
    const r = ranges[Math.min(tokens[i].sentence, ranges.length - 1)];
    if (r[1] === 0) r[0] = i;
    r[1] = i + 1;
  }
  return ranges;
}

function indexer(spans: Span[]): (offset: number) => number {
  let i = 0;
  return (offset) => {
    while (i < spans.length - 1 && offset >= spans[i].end) i++;
    return i;
  };
}

/** Quotations: the quotes layer's, plus paired quotation marks inside one paragraph. */
function quotations(input: EventInput, tokens: Token[]): Quoted[] {
  const spans: Quoted[] = input.quotes
    .filter((q) => q.field === 'text')
    .map((q) => ({ start: q.start, end: q.end, long: q.text.split(/\s+/).length >= LONG_QUOTE_WORDS }));
  let open = -1;
  let openPara = -1;
  let count = 0;
  const paragraphOf = indexer(input.paragraphs);
  for (const t of tokens) {
    const p = paragraphOf(t.start);
    if (open >= 0 && p !== openPara) open = -1;
    if (open >= 0 && QUOTE_CLOSE.has(t.text)) {
      spans.push({ start: open, end: t.start, long: count >= LONG_QUOTE_WORDS });
      open = -1;
    } else if (open < 0 && QUOTE_OPEN.has(t.text)) {
      open = t.end;
      openPara = p;
      count = 0;
    } else if (open >= 0 && t.word) count++;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const inside = (spans: Span[], offset: number) => spans.some((q) => q.start <= offset && offset < q.end);

interface Mention {
  start: number;
  end: number;
  entity: number;
}

function entityMentions(entities: ArticleEntity[]): Mention[] {
  const list: Mention[] = [];
  entities.forEach((e, i) => {
    for (const m of e.mentions) if (m.field === 'text') list.push({ start: m.start, end: m.end, entity: i });
  });
  return list.sort((a, b) => a.start - b.start);
}

function mentionsIn(mentions: Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAt(mentions, start); i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  return out;
}

/** People the article introduces as commentators ("X, a political scientist"; "analyst X"). */
function findCommentators(entities: ArticleEntity[], tokens: Token[], words: string[]): Set<number> {
  const result = new Set<number>();
  const starts = tokens.map((t) => t.start);
  entities.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    for (const m of e.mentions) {
      if (m.field !== 'text') continue;
      const at = lowerBound(starts, m.start);
      let end = at;
      while (end < tokens.length && tokens[end].start < m.end) end++;
      const before = words.slice(Math.max(0, at - 4), at);
      const after = words[end] === ',' ? words.slice(end + 1, end + 9) : [];
      const apposition = after.length && (after[0] === 'a' || after[0] === 'an' || after[0] === 'the') ? after.slice(0, after.indexOf(',') < 0 ? 8 : after.indexOf(',')) : [];
      if (before.some((w) => cues.commentators.has(w)) || apposition.some((w) => cues.commentators.has(w))) {
        result.add(i);
        return;
      }
    }
  });
  return result;
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clause around token `at`: bounded by strong punctuation or a comma before a conjunction. */
function clauseOf(words: string[], first: number, last: number, at: number): [number, number] {
  const isBreak = (i: number) => cues.clauseBreaks.has(words[i]) || (words[i] === ',' && i + 1 < last && cues.clauseConjunctions.has(words[i + 1]));
  let a = at;
  while (a > first && !isBreak(a - 1)) a--;
  let b = at + 1;
  while (b < last && !isBreak(b)) b++;
  return [a, b];
}

function reportedAsFact(m: TriggerMatch, clause: [number, number], sentenceStart: number, ctx: SentenceContext): boolean {
  const { words, tokens } = ctx;
  const i = m.first;
  // Someone's words, or the article's scare-quoted label for something, are not its narration.
  if (inside(ctx.quoted, tokens[i].start)) return false;
  const from = clause[0];
  const window = (n: number) => words.slice(Math.max(from, i - n), i);
  for (let k = Math.max(from, i - 4); k < i; k++) {
    const w = words[k];
    // "in early May" names a month, not a possibility.
    const month = w === 'may' && tokens[k].upper && !tokens[k].sentenceStart;
    if ((cues.modals.has(w) && !month) || cues.habitual.has(w) || cues.intentions.has(w)) return false;
    if (cues.allegations.has(w) && m.pattern.type !== 'statement') return false;
  }
  // "said the council would hold elections": a noun is the object of a predicted act, and the
  // verb carrying the modal stands several words before it.
  if (m.pattern.kind === 'noun') {
    for (let k = Math.max(from, i - NOUN_MODAL_REACH); k < i - 4; k++) {
      const month = words[k] === 'may' && tokens[k].upper && !tokens[k].sentenceStart;
      if (cues.modals.has(words[k]) && !month) return false;
    }
  }
  if (window(3).some((w) => cues.negations.has(w))) return false;
  // "anti-riot training": the trigger only modifies what follows.
  if (words[i - 1] === '-' && cues.notPrefixes.has(words[i - 2])) return false;
  if (words.slice(from, i).some((w) => cues.hypothetical.has(w))) return false;
  if (m.pattern.kind === 'verb') {
    // "the reported effort", "the said exercises": a participle used as an adjective.
    // ("the alliance that signed": "that" is a relative pronoun far more often than a determiner.)
    // ("of the dead": the adjective as a noun.)
    const participle = words[i].endsWith('ed') || words[i] === 'said' || words[i] === 'dead';
    if (DETERMINERS.has(words[i - 1]) && words[i - 1] !== 'that' && participle) return false;
    // "the openly declared intention": an adverb between the article and the participle.
    const nextWord = words[m.last];
    const attributiveUse = nextWord !== undefined && /^\p{L}+$/u.test(nextWord) && !DETERMINERS.has(nextWord) && !cues.functionWords.has(nextWord);
    if (participle && attributiveUse && words[i - 1]?.endsWith('ly') && DETERMINERS.has(words[i - 2]) && words[i - 2] !== 'that') return false;
    // "a hazard for Russian forces deployed in the region": a participle after the troops that a
    // preposition governs describes where they are; it tells no deployment. (Other participles
    // after a noun — "the shelling of towns killed 12" — are as often the main verb.)
    if (participle && m.pattern.type === 'deployment' && m.last - m.first === 1 && reducedRelative(words, tokens, i, from)) return false;
    const to = words[i - 1] === 'to' ? i - 1 : words[i - 2] === 'to' ? i - 2 : -1;
    if (to >= from && !cues.factiveBeforeTo.has(words[to - 1])) return false;
  } else {
    // "regards it as offensive": the adjective, not the noun.
    if (m.last - m.first === 1 && cues.adjectivalNouns.get(words[i])?.has(words[i - 1])) return false;
    // "Armenia's withdrawal might still happen": a modal right after the noun makes it a prospect.
    const after = tokens[m.last];
    if (after && cues.modals.has(words[m.last]) && !(words[m.last] === 'may' && after.upper)) return false;
    const b = window(3);
    for (let k = 0; k < b.length; k++) if (cues.nounBlockers.has(b[k]) || (k + 1 < b.length && cues.nounBlockers.has(`${b[k]} ${b[k + 1]}`))) return false;
    // A capitalised noun inside a name ("Collective Security Treaty Organization") is part of the
    // name; one ending it ("the Dayton Agreement of 1995") names the event itself.
    const next = tokens[m.last];
    const head = m.last - m.first === 1 && (!next || !next.word || cues.functionWords.has(words[m.last]));
    if (tokens[i].upper && !tokens[i].sentenceStart && !head && !insideEvent(ctx, tokens[i].start)) return false;
  }
  // "its withdrawal from the CSTO": leaving an organisation moves no troops.
  if (m.pattern.type === 'deployment' && words[m.last] === 'from') {
    const k = DETERMINERS.has(words[m.last + 1]) ? m.last + 2 : m.last + 1;
    const at = tokens[k]?.start ?? -1;
    if (mentionsIn(ctx.mentions, at, at + 1).some((x) => x.start === at && ctx.entities[x.entity].type === 'ORG')) return false;
  }
  if (m.pattern.type === 'statement') {
    // "were reported missing", "people reported dead": a passive verb of saying names no speaker;
    // it qualifies a fact.
    if (cues.passive.has(words[i - 1]) || cues.passiveComplements.has(words[m.last])) return false;
    if (i - 1 >= from && (i - 1 === from || tokens[i - 1].sentenceStart) && cues.sayingIdioms.has(`${words[i - 1]} ${words[i]}`)) return false;
    // "…,” the ministry said: the attribution of a quotation already reported or to be read as words.
    const sentenceFrom = tokens[sentenceStart].start;
    if (ctx.long.some((q) => q.end > sentenceFrom && q.end <= tokens[i].start)) return false;
    const lo = Math.max(from, i - 8);
    const hi = Math.min(clause[1], m.last + 4);
    if (words.slice(lo, hi).some((w) => cues.commentators.has(w))) return false;
    const near = mentionsIn(ctx.mentions, tokens[lo].start, tokens[hi - 1].end);
    if (near.some((x) => ctx.commentators.has(x.entity))) return false;
  }
  return true;
}

/** The synthetic pattern of a capture verb whose object is a named place ("took Lashio"). */
const CAPTURE = compilePattern('capture-verb + place', 'military_operation', 'verb');
/** The synthetic pattern of a recognition verb whose object is a named place ("recognised Kosovo"). */
const RECOGNITION = compilePattern('recognition-verb + place', 'other', 'verb');

/**
 * "seized Kadugli", "took the town of X": a capture verb directly followed by a place's name,
 * or after one and "which"; a second place taken with the verb left out; "Avdiivka fell";
 * "recognised Abkhazia".
 */
function captures(first: number, last: number, ctx: SentenceContext): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = first; i < last - 1; i++) {
    if (!cues.captureVerbs.has(ctx.words[i])) continue;
    const next = DETERMINERS.has(ctx.words[i + 1]) ? i + 2 : i + 1;
    if (next >= last) continue;
    const at = ctx.tokens[next].start;
    if (placeStartsAt(ctx, next)) {
      out.push({ pattern: CAPTURE, first: i, last: i + 1 });
      const second = gappedObject(ctx, next, last);
      if (second >= 0) out.push({ pattern: CAPTURE, first: second, last: second + 1 });
    } else if (relativeToPlace(ctx, first, i)) out.push({ pattern: CAPTURE, first: i, last: i + 1 });
  }
  // "Moscow recognised Abkhazia": recognising a named place is recognising it as a state.
  for (let i = first; i < last - 1; i++) {
    if (cues.recognitionVerbs.has(ctx.words[i]) && placeStartsAt(ctx, i + 1)) out.push({ pattern: RECOGNITION, first: i, last: i + 1 });
  }
  // "when Avdiivka fell", "the town of X fell to the rebels": the place is the one captured.
  for (let i = first + 1; i < last; i++) {
    if (!cues.fallVerbs.has(ctx.words[i]) || cues.fallNotCapture.has(ctx.words[i + 1])) continue;
    const before = ctx.tokens[i - 1];
    const place = mentionsIn(ctx.mentions, before.start, before.end).find((x) => x.end === before.end && ctx.entities[x.entity].type === 'PLACE');
    if (place) out.push({ pattern: CAPTURE, first: i, last: i + 1 });
  }
  return out;
}

/** A place's name starts at token k. */
function placeStartsAt(ctx: SentenceContext, k: number): boolean {
  const at = ctx.tokens[k]?.start ?? -1;
  return mentionsIn(ctx.mentions, at, at + 1).some((x) => x.start === at && ctx.entities[x.entity].type === 'PLACE');
}

/**
 * "took Bakhmut in May 2023 and Avdiivka in February": a second place after "and", with a time
 * expression of its own after the first, is a second capture told with the verb left out. Returns
 * the second place's token (the match stands there, so it takes its own date), or -1.
 */
function gappedObject(ctx: SentenceContext, place: number, last: number): number {
  const { words } = ctx;
  let k = place + 1;
  while (k < last && k - place <= GAP_PLACE_TOKENS && !cues.timeOpeners.has(words[k])) k++;
  if (k >= last || !cues.timeOpeners.has(words[k])) return -1;
  for (let j = k + 1; j < last && j - k <= GAP_DATE_TOKENS; j++) {
    if (words[j] !== 'and') continue;
    const next = words[j + 1] === 'of' ? j + 2 : j + 1;
    return placeStartsAt(ctx, next) && cues.timeOpeners.has(words[next + 1] ?? '') ? next : -1;
  }
  return -1;
}

/** "Kherson, which Russian troops seized in March": the capture verb's object is the place before "which". */
function relativeToPlace(ctx: SentenceContext, first: number, verb: number): boolean {
  const { words, tokens } = ctx;
  for (let k = verb - 1; k >= Math.max(first + 2, verb - RELATIVE_SUBJECT_TOKENS - 1); k--) {
    if (words[k] !== 'which') continue;
    if (words[k - 1] !== ',') return false;
    const before = tokens[k - 2];
    return mentionsIn(ctx.mentions, before.start, before.end).some((x) => x.end === before.end && ctx.entities[x.entity].type === 'PLACE');
  }
  return false;
}

/** The sentence holds a time expression pointing back to the narrated date ("at the time"). */
function anaphoric(words: string[], first: number, last: number): boolean {
  return sequenceIn(cues.anaphoricTimes, words, first, last);
}

function sequenceIn(sequences: string[][], words: string[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (sequences.some((p) => p.every((w, j) => words[k + j] === w))) return true;
  }
  return false;
}

/** Prepositions whose noun a following participle describes ("for troops stationed there"). */
const GOVERNING_PREPOSITIONS = new Set(['for', 'of', 'with', 'against', 'among', 'on', 'at', 'from', 'to', 'by']);
/** How many words of a noun phrase may stand between the preposition and the participle. */
const NOUN_PHRASE_WORDS = 3;

function reducedRelative(words: string[], tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && i - k <= NOUN_PHRASE_WORDS && tokens[k].word && !cues.functionWords.has(words[k]) && !/ed$/.test(words[k])) k--;
  if (k === i - 1 || k < from) return false;
  if (DETERMINERS.has(words[k]) || /^\d/.test(words[k])) k--;
  return k >= from && GOVERNING_PREPOSITIONS.has(words[k]);
}

function insideEvent(ctx: SentenceContext, offset: number): boolean {
  return mentionsIn(ctx.mentions, offset - 80, offset + 1).some((x) => x.start <= offset && offset < x.end && ctx.entities[x.entity].type === 'EVENT');
}

/**
 * Which candidates of one sentence to report: one per time expression governing them. Among
 * those, an event proper before a statement about it (a ministry saying a ceasefire was agreed
 * reports the ceasefire), the most specific type first; a statement keeps the event that was
 * only its setting ("called on Armenia during joint drills").
 */
function choose(candidates: Candidate[], lexicon: TriggerLexicon, words: string[]): Candidate[] {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const g = groups.get(c.source);
    if (g) g.push(c);
    else groups.set(c.source, [c]);
  }
  const out: Candidate[] = [];
  const best = (list: Candidate[]) => list.reduce<Candidate | null>((a, c) => (!a || lexicon.rank(c.type) < lexicon.rank(a.type) ? c : a), null);
  for (const group of groups.values()) {
    const weak = (c: Candidate) => c.type === 'statement' || c.type === 'other';
    // "X said the government was driving people out through raids": a noun with no date of its
    // own deep inside what a speaker said is the content of the statement, not a reported event.
    // Close behind the verb it is the object reported ("media reported heavy casualties").
    const heard = (c: Candidate) =>
      c.source < 0 && c.match.pattern.kind === 'noun' &&
      group.some((s) => s.type === 'statement' && s.match.pattern.elements.length === 1 && c.match.first - s.match.last >= HEARD_DISTANCE && s.clause[0] === c.clause[0]);
    const strong = group.filter((c) => !weak(c) && !c.setting && !heard(c));
    const main = best(strong);
    if (main) {
      out.push(main);
      // A clause can report two distinct happenings ("the exodus started after Azerbaijan lifted
      // its blockade"); types that describe one happening twice stay one event.
      const kept = [main];
      for (const c of [...strong].sort((a, b) => lexicon.rank(a.type) - lexicon.rank(b.type))) {
        if (c.match.pattern.kind === 'verb' && kept.every((k) => !lexicon.sameEvent(k.type, c.type) || separateActs(k, c, words))) {
          kept.push(c);
          out.push(c);
        }
      }
      // "…shelled the town as agencies warned that…": a statement after the event, with words of
      // its own, is a second event; one closing the sentence ("…, officials said.") attributes it.
      // A participle ("a resolution demanding…") describes the event rather than reporting speech.
      const own = ownSaying(group, main);
      if (own) out.push(own);
      // "placed the treaty in abeyance and shut the crossing": a second act told by its own verb.
      const act = group.find((c) => c.type === 'other' && c.match.pattern.kind === 'verb' && !c.setting);
      if (act) out.push(act);
      continue;
    }
    // "Border guards detained two shepherds, the service said": an act told by its own verb is
    // what happened; a saying after it only attributes it unless it goes on with words of its own.
    // A saying before it ("Putin noted that Yerevan had recognised …") is the event.
    const act = group.find((c) => c.type === 'other' && c.match.pattern.kind === 'verb' && !c.setting && !heard(c));
    if (act && !group.some((c) => c.type === 'statement' && c.match.first < act.match.first)) {
      out.push(act);
      const own = ownSaying(group, act);
      if (own) out.push(own);
      continue;
    }
    const statement = group.find((c) => c.type === 'statement');
    const setting = best(group.filter((c) => !weak(c) && !heard(c)));
    if (statement) out.push(statement);
    if (setting) out.push(setting);
    if (!statement && !setting) {
      const other = group.find((c) => c.type === 'other');
      if (other) out.push(other);
    }
  }
  return out.sort((a, b) => a.match.first - b.match.first);
}

/**
 * "The dams broke in September 2023, and in May the two sides met…": a sentence often dates
 * several happenings. A date that no chosen event took dates the past-tense verb of its own
 * clause nearest to it, typed by the trigger lexicon when the lexicon knows that verb only as
 * one kind of act, and 'other' otherwise. Periods reaching up to now ("since 2014"), a year
 * modifying a noun ("the 2008 constitution") and dates ahead of publication date nothing.
 */
function secondDates(local: TimexItem[], chosen: Candidate[], first: number, last: number, ctx: SentenceContext, lexicon: TriggerLexicon): Candidate[] {
  const { tokens, words } = ctx;
  const out: Candidate[] = [];
  for (const t of local) {
    if (!t.value || chosen.some((c) => c.source === t.start) || sinceThen(t, tokens, words) || attributive(t, tokens, words)) continue;
    const date = dateValue(t, ctx.published);
    if (!date) continue;
    const at = tokenAt(tokens, t.start);
    const clause = clauseOf(words, first, last, at);
    const verb = pastVerb(words, tokens, clause, at);
    // The verb of an event the sentence already dated is not dated twice.
    if (verb < 0 || chosen.some((c) => c.date && verb >= c.match.first && verb < c.match.last)) continue;
    const match: TriggerMatch = { pattern: PAST_ACT, first: verb, last: verb + 1 };
    if (!reportedAsFact(match, clause, first, ctx)) continue;
    const type = lexicon.verbTypeIn(words, verb, clause[0], clause[1]) ?? 'other';
    out.push({ match, type, clause, setting: false, date: { ...date, rule: `second-date:${date.rule}` }, source: t.start });
  }
  return out;
}

/** The synthetic pattern of a past-tense verb no trigger names ("the dams broke in 2023"). */
const PAST_ACT = compilePattern('past-verb', 'other', 'verb');

/** The clause's past-tense verb nearest to token `at`, or -1. A word after a determiner ("the armed groups") is an adjective. */
function pastVerb(words: string[], tokens: Token[], clause: [number, number], at: number): number {
  let best = -1;
  for (let k = clause[0]; k < clause[1]; k++) {
    const w = words[k];
    if (!tokens[k].word || tokens[k].upper) continue;
    if (!(cues.pastIrregular.has(w) || (/^[a-z]{3,}ed$/.test(w) && !cues.notPastVerbs.has(w)))) continue;
    if (DETERMINERS.has(words[k - 1])) continue;
    if (best < 0 || Math.abs(k - at) < Math.abs(best - at)) best = k;
  }
  return best;
}

/** A statement after `event` that goes on with words of its own rather than attributing it. */
function ownSaying(group: Candidate[], event: Candidate): Candidate | undefined {
  return group.find((c) => c.type === 'statement' && c.match.first > event.match.last && c.clause[1] - c.match.last >= OWN_WORDS && !c.match.pattern.source.endsWith('ing'));
}

/**
 * "took the town within days, captured hundreds of conscripts and held…": two verbs of one type,
 * each with its own object, are two acts; "shelled and bombed the town" is one. Only for types
 * whose verbs name discrete acts (a capture, a strike), not a flow told twice ("fled … driven out").
 * Verbs of two related types are two acts when the second has a subject of its own (ownSubject).
 */
function separateActs(a: Candidate, b: Candidate, words: string[]): boolean {
  if (a.match.pattern.kind !== 'verb' || b.match.pattern.kind !== 'verb') return false;
  const [x, y] = a.match.first < b.match.first ? [a.match, b.match] : [b.match, a.match];
  if (a.type !== b.type) return ownSubject(words.slice(x.last, y.first));
  if (!cues.discreteActs.has(a.type)) return false;
  if (y.first - x.last < SEPARATE_ACT_GAP || words[x.first] === words[y.first]) return false;
  // "tightened their grip, shelling districts…": a participle elaborates the act before it.
  if (words[y.first].endsWith('ing')) return false;
  const between = words.slice(x.last, y.first);
  return between.includes(',') || between.includes('and') || between.includes('then');
}

/**
 * "China fired missiles …, and President Clinton sent two carrier groups": the second verb opens
 * a clause with a subject of its own (words after ", and" or ";" that are not adverbs,
 * auxiliaries or a prepositional opener), so the two happenings are told apart.
 */
function ownSubject(between: string[]): boolean {
  let k = -1;
  for (let i = between.length - 1; i >= 0; i--) {
    if (between[i] === ';' || (between[i] === ',' && cues.clauseJoiners.has(between[i + 1]))) {
      k = between[i] === ';' ? i + 1 : i + 2;
      break;
    }
  }
  if (k < 0 || k >= between.length) return false;
  return !cues.notSubjectOpeners.has(between[k]);
}

/**
 * "The ministry said on Monday that 12 people were killed": a dated verb of saying whose clause
 * goes on to a death or injury of its own undated is one report of a toll, dated by the saying.
 */
function reportedTolls(candidates: Candidate[], words: string[], tokens: Token[]): Candidate[] {
  const tolls = new Set<Candidate>();
  const sayings = new Set<Candidate>();
  // "said on Wednesday that 18 had been killed and that 37,000 had been displaced since Sunday":
  // a time after a later happening's verb dates that happening, not the toll before it.
  const borrowed = (c: Candidate) =>
    c.source > tokens[c.match.last - 1].end && candidates.some((d) => d !== c && d.type !== 'statement' && d.match.first >= c.match.last && tokens[d.match.first].start < c.source);
  for (const s of candidates) {
    if (s.type !== 'statement' || s.match.pattern.elements.length !== 1 || s.source < 0 || !s.date) continue;
    for (const c of candidates) {
      if ((c.type !== 'casualty_report' && !(c.type === 'armed_clash' && words[c.match.first] === 'killed')) || (c.source >= 0 && !borrowed(c))) continue;
      if (c.match.first <= s.match.last || c.match.first - s.match.last > TOLL_REACH || c.clause[0] !== s.clause[0]) continue;
      tolls.add(c);
      sayings.add(s);
      Object.assign(c, { type: 'casualty_report' as EventType, date: { ...s.date, rule: `reported:${s.date.rule}` }, source: s.source });
    }
  }
  const kept = tolls.size ? candidates.filter((c) => !sayings.has(c)) : candidates;
  // "OCHA said on Wednesday that … 37,000 people were displaced": an undated happening told in a
  // dated report took place by then; the report's month is its date, not a date carried from before.
  for (const s of kept) {
    if (s.type !== 'statement' || s.source < 0 || !s.date || s.date.value.length < 7) continue;
    for (const c of kept) {
      if (c === s || c.source >= 0 || c.type === 'statement' || c.match.first <= s.match.last || c.clause[0] !== s.clause[0]) continue;
      c.date = { value: s.date.value.slice(0, 7), precision: 'month', rule: `within-report:${s.date.rule}` };
    }
  }
  return kept;
}

function definiteBefore(words: string[], i: number): boolean {
  return DEFINITE.has(words[i - 1]) || (DEFINITE.has(words[i - 2]) && /^[a-z-]+$/.test(words[i - 1]));
}

/** The time expression governing the trigger's clause, else the nearest usable one in the sentence. */
function dateOf(
  m: TriggerMatch,
  clause: [number, number],
  sentenceFirst: number,
  local: TimexItem[],
  tokens: Token[],
  words: string[],
  published: string | null,
  sayings: TriggerMatch[],
  found: TriggerMatch[],
): { date: EventDate; source: number } | null {
  const triggerStart = tokens[m.first].start;
  const triggerEnd = tokens[m.last - 1].end;
  const clauseStart = tokens[clause[0]].start;
  const clauseEnd = tokens[clause[1] - 1].end;
  // A statement's own date comes before its verb or right after it ("said on Wednesday");
  // dates further on belong to what was said.
  // A statement with an object of its own ("issued a declaration on June 8") is dated like any act.
  const said = m.pattern.type === 'statement' && m.pattern.elements.length === 1;
  // "announced the ceasefire on Saturday evening": after a short object, no clause has begun.
  const ownObject = (t: TimexItem) => {
    if (t.start - triggerEnd > OBJECT_REACH) return false;
    const between = words.slice(m.last, tokenAt(tokens, t.start));
    return between.length > 0 && !between.some((w) => w === 'that' || /^[,;:“”"]$/.test(w));
  };
  const usable = local.filter((t) => !said || t.start < triggerStart || t.start - triggerEnd <= 4 || ownObject(t));
  // "later said", "subsequently signed": the dates before the trigger are not its own.
  const posterior = posteriorTo(words, m);
  let best: { date: EventDate; source: number } | null = null;
  let bestScore = Infinity;
  for (const t of usable) {
    if (embedded(t, m, sentenceFirst, tokens, words)) continue;
    if (posterior && t.start < triggerStart) continue;
    const np = attributive(t, tokens, words);
    // "the 2008 constitution" dates nothing else; "ousted in the 2021 coup" shares the coup's year.
    if (np && !(m.first >= np[0] && m.first <= np[1]) && !(np[0] > m.last && np[0] - m.last <= 4 && found.some((f) => f.pattern.kind === 'noun' && f.first >= np[0] && f.first <= np[1]))) continue;
    if (m.pattern.type !== 'statement' && ownedBySaying(t, m, sayings, tokens)) continue;
    const distance = t.start >= triggerEnd ? t.start - triggerEnd : triggerStart - t.end;
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    // "annexed Crimea in 2014 and launched an invasion in February 2022": a date before an "and"
    // belongs to the act before it; one after the trigger is nearer in the sense that counts.
    const across = t.end <= triggerStart && words.slice(tokenAt(tokens, t.end), m.first).includes('and');
    const score = Math.max(0, distance) + (inClause ? 0 : 10_000) + (across ? COORDINATION_PENALTY : 0);
    if (score >= bestScore) continue;
    const date = dateValue(t, published);
    if (date) {
      best = { date, source: t.start };
      bestScore = score;
    }
  }
  return best;
}

/**
 * A time expression closing a relative clause or apposition before the trigger ("X, who seized
 * power in 2023, said"), or inside one after it ("signed the deal, which collapsed in 2024"),
 * dates that clause's verb, not the trigger.
 */
function embedded(t: TimexItem, m: TriggerMatch, sentenceFirst: number, tokens: Token[], words: string[]): boolean {
  const first = tokenAt(tokens, t.start);
  if (t.end <= tokens[m.first].start) {
    let after = first;
    while (after < m.first && tokens[after].start < t.end) after++;
    if (words[after] !== ',' || after >= m.first) return false;
    for (let k = first - 1; k >= sentenceFirst && k > first - 16; k--) {
      if (words[k] === ',' || cues.clauseBreaks.has(words[k])) return false;
      if (cues.relatives.has(words[k])) return first - k > 2;
    }
    return false;
  }
  for (let k = m.last; k < first; k++) if (words[k] === ',' && cues.relatives.has(words[k + 1])) return true;
  return inSinceClause(t, m.last, tokens, words);
}

/**
 * "… since its war with the RSF began in April 2023": a date inside a clause that "since" opens
 * dates that clause's own verb, not the act before it nor the narration after it. ("since 2014"
 * right before the date is a period, left to `sinceThen`.)
 */
function inSinceClause(t: TimexItem, from: number, tokens: Token[], words: string[]): boolean {
  const first = tokenAt(tokens, t.start);
  for (let k = first - 2; k >= from && k > first - 16; k--) {
    if (words[k] === ',' || cues.clauseBreaks.has(words[k])) return false;
    if (words[k] === 'since') return true;
  }
  return false;
}

/**
 * A timex as an event date: a past point or period. Vague recency words mean the publication
 * month; a week becomes its month (or year): annotators and readers date "last week" by the
 * day it happened, which a month contains and an ISO week value would not; a period
 * running up to publication ("over the past 35 years") is a duration, not a date.
 */
function dateValue(t: TimexItem, published: string | null): EventDate | null {
  if (t.value && POINT_PRECISION.has(t.precision)) {
    if (published && t.from && t.from > published) {
      // A bare month ("in November") read forward of publication: a past report means last year's.
      if (t.precision !== 'month' || /\d/.test(t.text)) return null;
      const value = `${Number(t.value.slice(0, 4)) - 1}${t.value.slice(4)}`;
      return value.slice(0, 7) < published.slice(0, 7) ? { value, precision: 'month', rule: `timex-previous-year:${t.rule}` } : null;
    }
    if (t.precision === 'range' && published && t.to && t.to >= published) return null;
    if (t.precision === 'week' && t.from && t.to) {
      const sameMonth = t.from.slice(0, 7) === t.to.slice(0, 7);
      return { value: sameMonth ? t.from.slice(0, 7) : t.from.slice(0, 4), precision: sameMonth ? 'month' : 'year', rule: `timex-week:${t.rule}` };
    }
    // "in the early 1990s": a part of a decade is told as the span of years it covers.
    if (t.precision === 'decade' && t.from && t.to && !(t.from.endsWith('0-01-01') && t.to.endsWith('9-12-31'))) {
      return { value: `${t.from}/${t.to}`, precision: 'range', rule: `timex-decade-part:${t.rule}` };
    }
    return { value: t.value, precision: t.precision, rule: `timex:${t.rule}` };
  }
  if (published && t.text.toLowerCase().split(/\s+/).some((w) => cues.recency.has(w))) {
    return { value: published.slice(0, 7), precision: 'month', rule: 'recency-publication-month' };
  }
  return null;
}

/**
 * A year used as a modifier ("the 2008 constitution", "Kosovo's 2008 declaration", "the accord
 * of 1995") dates the noun it modifies, nothing else in the sentence. Returns the token range
 * [from, to] where that noun's trigger may start, or null when the year is adverbial.
 */
/** Tokens after a verb of saying within which a death or injury is the toll it reports. */
const TOLL_REACH = 16;

/** Added to a date's distance when an "and" stands between it and the trigger before it. */
const COORDINATION_PENALTY = 200;

/** Characters after a verb of saying within which a date still follows its short object ("announced the ceasefire on Saturday"). */
const OBJECT_REACH = 40;
/** Fewest words between two verbs of one type for them to be separate acts, each with an object. */
const SEPARATE_ACT_GAP = 3;

function attributive(t: TimexItem, tokens: Token[], words: string[]): [number, number] | null {
  if (t.precision !== 'year' || !/^\d{4}$/.test(t.text.trim())) return null;
  const at = tokenAt(tokens, t.start);
  const before = words[at - 1];
  const next = tokens[at + 1];
  // "during the 2020 war, Turkey sent…": the phrase is a time adjunct of the clause.
  if (DETERMINERS.has(before) && cues.timeAdjuncts.has(words[at - 2])) return null;
  if ((DETERMINERS.has(before) || cues.possessives.has(before)) && next?.word && !cues.clauseConjunctions.has(words[at + 1]) && words[at + 1] !== 'and') {
    let to = at + 1;
    while (to < at + 3 && tokens[to + 1]?.word && !cues.relatives.has(words[to + 1]) && words[to + 1] !== 'and') to++;
    // An apposition renames the same thing: "the 2015 accord, the peace deal that…".
    if (words[to + 1] === ',' && DETERMINERS.has(words[to + 2])) to += 4;
    return [at + 1, to];
  }
  if (before === 'of' && tokens[at - 2]?.word && !DETERMINERS.has(words[at - 2])) return [Math.max(0, at - 4), at - 2];
  return null;
}

/** "said on Friday that the assembly adopted…": the date right after a verb of saying is the saying's. */
function ownedBySaying(t: TimexItem, m: TriggerMatch, sayings: TriggerMatch[], tokens: Token[]): boolean {
  const at = tokenAt(tokens, t.start);
  return sayings.some((s) => s.first < m.first && at >= s.last && at <= s.last + 1 && at < m.first);
}

const posteriorTo = (words: string[], m: TriggerMatch) => cues.posterior.has(words[m.first - 1]) || cues.posterior.has(words[m.first - 2]);

/** "months", "two weeks", "several years" right after `k`: a span of time, not an event. */
function spanFollows(words: string[], k: number): boolean {
  return cues.spans.has(words[k]) || (cues.spans.has(words[k + 1]) && !cues.spans.has(words[k]) && /^(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/.test(words[k]));
}

/** Tokens between a landmark event's noun and a date that is its own ("the referendum in May"). */
const LANDMARK_DATE_REACH = 2;

/** "before the elections", "after the war", "ahead of the summit": the trigger is a point of time. */
function landmark(words: string[], first: number): boolean {
  let k = first - 1;
  if (words[k] === 'the') k--;
  return cues.relative.has(words[k]) || words[k] === 'until' || (words[k] === 'of' && words[k - 1] === 'ahead');
}

function dateRightAfter(start: number, tokens: Token[], m: TriggerMatch): boolean {
  const at = tokenAt(tokens, start);
  return at >= m.last && at - m.last <= LANDMARK_DATE_REACH;
}

/** The clause places the trigger before or after its narrated moment ("after", "later"). */
function relativeTo(words: string[], clauseFirst: number, at: number): boolean {
  for (let k = Math.max(clauseFirst, at - 8); k < at; k++) if (cues.relative.has(words[k]) && !spanFollows(words, k + 1)) return true;
  return false;
}

/**
 * The day the article reports as its news: its first day-dated expression within two weeks
 * before publication, else the publication month.
 */
function newsDate(timex: TimexItem[], published: string | null): EventDate | null {
  if (!published) return null;
  const pub = Date.parse(published.slice(0, 10));
  for (const t of timex) {
    if (t.precision !== 'day' || !t.value) continue;
    const d = Date.parse(t.value);
    if (d <= pub && pub - d <= NEWS_DAYS * DAY) return { value: t.value, precision: 'day', rule: `news-date:${t.rule}` };
  }
  return { value: published.slice(0, 7), precision: 'month', rule: 'news-date:publication-month' };
}

/** Whether the period `value` ended more than a month before the news date. */
function olderThan(value: string, news: string): boolean {
  const [y, mo, d] = value.split('-').map(Number);
  if (!y) return false;
  const end = d ? Date.UTC(y, mo - 1, d) : mo ? Date.UTC(y, mo, 0) : Date.UTC(y, 11, 31);
  const n = Date.parse(news.length === 7 ? `${news}-01` : news.length === 4 ? `${news}-01-01` : news);
  return n - end > STALE_DAYS * DAY;
}

/** A time expression inside a relative clause ("…, whose fighters killed scores in August") is background, not the narration's date. */
function inRelative(t: TimexItem, sentenceFirst: number, tokens: Token[], words: string[]): boolean {
  const first = tokenAt(tokens, t.start);
  for (let k = first - 1; k >= sentenceFirst && k > first - 16; k--) {
    if (words[k] === ',' || cues.clauseBreaks.has(words[k])) return false;
    if (cues.relatives.has(words[k])) return first - k > 2;
  }
  return false;
}

/**
 * "for the first time since 1943", "since 2014": a period reaching up to now. Its start dates
 * what the clause itself says, but the narration stays in the present for what follows.
 */
function sinceThen(t: TimexItem, tokens: Token[], words: string[]): boolean {
  return /^since\b/i.test(t.text) || words[tokenAt(tokens, t.start) - 1] === 'since';
}

/** The last past, dated expression of a sentence: the narration's date for what follows. */
function latestPast(local: TimexItem[], published: string | null): EventDate | null {
  for (let k = local.length - 1; k >= 0; k--) {
    const t = local[k];
    if (t.precision === 'decade' || !t.value) continue;
    const date = dateValue(t, published);
    if (date) return date;
  }
  return null;
}

function build(c: Candidate, date: EventDate, input: EventInput, tokens: Token[], mentions: Mention[]): EventItem {
  const { text } = input;
  const start = tokens[c.clause[0]].start;
  const end = tokens[c.clause[1] - 1].end;
  const trigger = { start: tokens[c.match.first].start, end: tokens[c.match.last - 1].end, text: '' };
  trigger.text = text.slice(trigger.start, trigger.end);

  const actors: number[] = [];
  let place: number | null = null;
  for (const m of mentionsIn(mentions, start, end)) {
    const e = input.entities[m.entity];
    const country = e.type === 'PLACE' && e.kb?.kind === 'country';
    const before = text.slice(Math.max(start, m.start - 12), m.start).toLowerCase().split(/\s+/).filter(Boolean).pop() ?? '';
    if (e.type === 'PLACE' && !country && place === null && LOCATIVE.has(before)) place = m.entity;
    if ((ACTOR_TYPES.has(e.type) || e.type === 'PLACE') && !actors.includes(m.entity) && !(e.type === 'PLACE' && LOCATIVE.has(before))) actors.push(m.entity);
  }
  if (place === null) {
    for (const m of mentionsIn(mentions, start, end)) {
      const e = input.entities[m.entity];
      if (e.type === 'PLACE' && LOCATIVE.has(text.slice(Math.max(start, m.start - 12), m.start).toLowerCase().split(/\s+/).filter(Boolean).pop() ?? '')) {
        place = m.entity;
        break;
      }
    }
  }

  const quantities: number[] = [];
  input.quantities.forEach((q, i) => {
    if (q.field === 'text' && q.start >= start && q.end <= end && CASUALTY_CATEGORIES.has(q.category)) quantities.push(i);
  });

  // "The army said it had neutralised 70 fighters and lost six men": a saying whose own words give
  // a toll of dead or wounded is a casualty report, whatever verb carries the count.
  const verbEnd = tokens[c.match.last - 1].end;
  const toll = c.type === 'statement' && input.quantities.some((q) => q.field === 'text' && q.start >= verbEnd && q.end <= end && TOLL_CATEGORIES.has(q.category));
  return {
    field: 'text',
    start,
    end,
    trigger,
    type: toll ? 'casualty_report' : c.type,
    date: { value: date.value, precision: date.precision },
    actors: actors.slice(0, 6),
    place,
    quantities,
    summary: summarize(text.slice(start, end)),
    rule: `${c.match.pattern.kind}:${c.match.pattern.source}; date:${date.rule}`,
  };
}

function summarize(clause: string): string {
  let s = clause.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:–—-]+$/, '');
  if (s.length > SUMMARY_CHARS) {
    const cut = s.lastIndexOf(' ', SUMMARY_CHARS);
    s = `${s.slice(0, cut > 0 ? cut : SUMMARY_CHARS)}…`;
  }
  return s;
}
