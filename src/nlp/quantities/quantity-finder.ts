// Turns the figures the scanner reads into quantity items: what each counts (the noun phrase
// after it), its unit and category (from the unit, or from cue words around it: "killed",
// "fled", "living in", "located in a camp"), the place named in its sentence, the date it is
// tied to, and who the text says gives it: the speaker of the quotation it stands in, else a
// reporting cue of its sentence ("according to X" after it first), else, for a toll, the source of
// the sentence before. Figures that are parts of names or time expressions found by earlier
// stages are dropped.
import type { Span } from '../../core/article.js';
import type { EntityRef, QuantityCategory, QuantityItem, QuoteItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import type { Field } from '../entities/mention-finder.js';
import { LEX, fold } from './lexicon.js';
import { scanNumbers, type NumberExpr } from './number-scanner.js';
import { findSourceCues, sentenceSubject, splitWords, type SourceCue, type Word } from './sources.js';

export interface QuantityInput {
  field: Field;
  text: string;
  /** Sentences covering the text in order (the title is one sentence). */
  sentences: Span[];
  entities: readonly ArticleEntity[];
  timex: readonly TimexItem[];
  /** Quotations of the field, when known: a figure inside one is given by its speaker. */
  quotes?: readonly QuoteItem[];
}

interface MentionRef { start: number; end: number; entity: EntityRef; type: string }
interface Counted { start: number; end: number; head: string | null }

const COUNTED_WORD = /[ \t\u00a0]*([“"‘]?)([\p{L}\p{N}][\p{L}\p{N}’'\-‐]*)([”"’]?)/uy;
const PLURAL = /^[a-z][a-z’'-]*[^siu’']s$/;
const WINDOW = 140;
/** How far before a bare figure the words making it a rival estimate may start. */
const RIVAL_REACH = 40;
/** People counted by at least this many, with no event cue, are a population. */
const POPULATION_SCALE = 1_000_000;
const LOCATIVE_BEFORE = /\s(?:in|at|from|near|across)\s+(?:the\s+)?$/i;

export function findQuantities(input: QuantityInput): QuantityItem[] {
  const { field, text, sentences } = input;
  const mentions = mentionIndex(input.entities, field);
  const timex = input.timex.filter((t) => (t.field ?? 'text') === field);
  const quotes = (input.quotes ?? []).filter((q) => q.field === field && (q.speaker !== null || q.speakerText !== null));
  const exprs = scanNumbers(text, sentences, { capitalRule: field === 'text' })
    .filter((e) => !mentions.some((m) => m.start <= e.numStart && e.numEnd <= m.end));

  const out: QuantityItem[] = [];
  const subjects = new Map<number, Span | null>();
  // The source a sentence's own reporting verb names ("..., the cooperative reported."), else its subject.
  const subjectOf = (si: number): Span | null => {
    if (si < 0 || si >= sentences.length) return null;
    if (!subjects.has(si)) {
      const words = splitWords(text, sentences[si]);
      const reported = findSourceCues(words).filter((c) => c.subject && !c.pronoun);
      subjects.set(si, reported.length ? reported[reported.length - 1].subject : sentenceSubject(words));
    }
    return subjects.get(si)!;
  };

  // The last figure with a category, for a rival estimate in the next sentence.
  let lastCued = null as { category: QuantityCategory; unit: string; counted: string; sentence: number } | null;
  for (let a = 0; a < exprs.length; ) {
    // The figures of one sentence.
    let b = a;
    while (b < exprs.length && exprs[b].sentence === exprs[a].sentence) b++;
    const group = exprs.slice(a, b);
    a = b;
    const si = group[0].sentence;
    const sent = sentences[si];
    const sentenceText = text.slice(sent.start, sent.end);
    const words = splitWords(text, sent);
    const cues = findSourceCues(words);
    if (field === 'title') cues.push(...headlineSource(words));

    const counted = group.map((e) => readCounted(text, e.end, sent.end));
    const units = group.map((e, i) => e.unit ?? unitFromHead(counted[i].head, counted[i], mentions));
    // Time expressions found by the time stage: a figure inside one is a date, unless it measures.
    const keep = group.map((e, i) => e.unit !== null || units[i] !== 'other' || !timex.some((t) => t.start <= e.numStart && e.numEnd <= t.end));
    const parts = group.map((e, i) => i > 0 && isPartOf(text, group[i - 1], e));
    const borrowedCounted = new Map<number, string>();
    const countedText = (k: number) => borrowedCounted.get(k) ?? (counted[k].end > counted[k].start ? text.slice(counted[k].start, counted[k].end) : unitWords(text, group[k]));

    const cats: Categorised[] = group.map((e, i) => {
      let next = i + 1;
      while (next < group.length && parts[next]) next++;
      const rightEnd = Math.min(sent.end, next < group.length ? group[next].start : sent.end, e.end + WINDOW);
      // A part ("including 1,049 children") has no left context of its own: the words before it name the whole.
      // "The number of people killed in the strike has risen to 27": after a verb of change the
      // subject, however long, names what the figure counts.
      const reach = LEX.changeVerbBefore.test(text.slice(Math.max(sent.start, e.start - 30), e.start)) ? e.start - sent.start : 40;
      const leftStart = parts[i] ? e.start : Math.max(sent.start, i > 0 ? group[i - 1].end : sent.start, e.start - reach);
      return categorise(e, units[i], text.slice(e.end, rightEnd), text.slice(leftStart, e.start), sentenceText, next < group.length && rightEnd === group[next].start);
    });
    // "2,261 civilians, including 1,049 children, are sheltered": the part takes the whole's category.
    for (let i = 1; i < group.length; i++) {
      if (parts[i] && !cats[i].cued && cats[i - 1].cued) cats[i] = { ...cats[i - 1], rule: `${cats[i - 1].rule}(inherited)` };
    }
    // "had killed 40 civilians, including 15 children, and 11 members of the armed forces": a verb
    // before the first figure of a list governs the figures listed after it that have no verb of their own.
    for (let i = 1; i < group.length; i++) {
      const prev = cats[i - 1];
      const persons = units[i] === 'people' || units[i] === 'troops';
      if (prev.governs && LEX.casualty.has(prev.category) && persons && (!cats[i].cued || cats[i].weak) && isListed(text, group[i - 1], group[i])) {
        cats[i] = { ...prev, rule: `${prev.rule}(listed)` };
      }
    }
    // "rivers that feed 240 million Pakistanis": people counted by the million in figures, with
    // nothing said to have happened to them, are a population ("millions of traders" is no count).
    for (let i = 0; i < group.length; i++) {
      const noun = counted[i].head ? fold(counted[i].head!) : '';
      const figure = /\d/.test(text.slice(group[i].numStart, group[i].numEnd));
      if (figure && units[i] === 'people' && group[i].value >= POPULATION_SCALE && (!cats[i].cued || (cats[i].weak && cats[i].rule !== `cue:${noun}`))) {
        cats[i] = { category: 'population', rule: 'people-by-the-million', cued: true };
      }
    }
    // "29 deaths in Pakistan and 19 in India": a figure with no noun of its own counts what the
    // figure listed before it counts.
    for (let i = 1; i < group.length; i++) {
      if (!cats[i].cued && cats[i - 1].cued && units[i] === 'other' && group[i].unit === null && counted[i].end <= counted[i].start && isListed(text, group[i - 1], group[i])) {
        cats[i] = { ...cats[i - 1], rule: `${cats[i - 1].rule}(elliptic)`, governs: false };
        borrowedCounted.set(i, countedText(i - 1));
      }
    }
    // "12 soldiers and 3 civilians were killed": an uncued figure takes the cue of the one coordinated after it.
    for (let i = group.length - 2; i >= 0; i--) {
      if (!cats[i].cued && cats[i + 1].cued && LEX.cues.some((c) => c.category === cats[i + 1].category && (!c.peopleOnly || units[i] !== 'troops')) && isCoordinated(text, group[i], group[i + 1])) {
        cats[i] = { ...cats[i + 1], rule: `${cats[i + 1].rule}(coordinated)` };
      }
    }

    // "Bosniaks make up half of the population, Serbs a third and Croats 15 percent": the shares of
    // one list divide the same whole, so an uncued share takes the category of the share before it.
    for (let i = 1; i < group.length; i++) {
      if (!cats[i].cued && cats[i - 1].cued && units[i] === 'percent' && units[i - 1] === 'percent' && isListed(text, group[i - 1], group[i])) {
        cats[i] = { ...cats[i - 1], rule: `${cats[i - 1].rule}(share-list)` };
      }
    }
    // "Twenty-five years after the war, and sixteen after independence": a bare number before a
    // time preposition repeats the time unit of the duration listed before it.
    for (let i = 1; i < group.length; i++) {
      const prev = units[i - 1];
      if (units[i] === 'other' && group[i].unit === null && cats[i - 1].category === 'duration' && counted[i].end <= counted[i].start &&
        LEX.ellipticTimeAfter.test(text.slice(group[i].end, group[i].end + 12)) && isListed(text, group[i - 1], group[i])) {
        units[i] = prev;
        cats[i] = { category: 'duration', rule: 'elliptic-duration', cued: true };
      }
    }

    // "… fled, says the government, while the network counts about 115,000": a figure with no noun
    // of its own, given as another estimate, counts what the figure before it counts (in this
    // sentence, else in the one before).
    for (let i = 0; i < group.length; i++) {
      const e = group[i];
      if (cats[i].cued || units[i] !== 'other' || e.unit !== null || counted[i].end > counted[i].start) continue;
      const left = text.slice(Math.max(sent.start, e.start - RIVAL_REACH), e.start);
      if (!LEX.rivalEstimateBefore.test(left)) continue;
      let j = i - 1;
      while (j >= 0 && !(cats[j].cued && cats[j].category !== 'other')) j--;
      const earlier = j >= 0
        ? { category: cats[j].category, unit: units[j], counted: countedText(j) }
        // Across a sentence only "the figure", "the toll", "it" point back to a figure already given.
        : lastCued && lastCued.sentence >= si - 1 && LEX.figureReferenceBefore.test(left) ? lastCued : null;
      if (!earlier) continue;
      units[i] = earlier.unit;
      borrowedCounted.set(i, earlier.counted);
      cats[i] = { category: earlier.category, rule: 'rival-estimate', cued: true };
    }

    group.forEach((e, i) => {
      if (!keep[i]) return;
      const quote = quoteAround(quotes, e);
      const source = quote ? null : pickSource(cues, e, text);
      let attribution = quote
        ? { entity: quote.speaker, text: quote.speakerText!, rule: 'quoted' }
        : source ? resolveSource(source, cues, words, si, subjectOf, text, mentions, input.entities, sentences) : null;
      // "The ministry said the shelling went on all night. Four people were killed.": a toll in a
      // sentence with no source of its own goes on reporting the source of the sentence before.
      if (!attribution && !cues.length && LEX.casualty.has(cats[i].category) && si > 0) {
        const prevWords = splitWords(text, sentences[si - 1]);
        const prevCues = findSourceCues(prevWords).filter((c) => c.subject !== null && !c.postposed);
        if (prevCues.length) {
          const r = resolveSource(prevCues[prevCues.length - 1], prevCues, prevWords, si - 1, subjectOf, text, mentions, input.entities, sentences);
          if (r) attribution = { ...r, rule: `previous-sentence:${r.rule}` };
        }
      }
      const place = pickPlace(mentions, sent, e, words, source?.subject ?? null);
      const asOf = pickDate(timex, sent, e);

      const item: QuantityItem = {
        field,
        start: e.start,
        end: e.end,
        text: text.slice(e.start, e.end),
        value: e.value,
        low: e.low,
        high: e.high,
        qualifier: e.qualifier,
        unit: units[i],
        category: cats[i].category,
        counted: countedText(i),
        place,
        asOf,
        attributedTo: attribution?.entity ?? null,
        attributedText: attribution && attribution.entity === null ? attribution.text : null,
        rule: [...e.rules, `category:${cats[i].rule}`, ...(attribution ? [`source:${attribution.rule}`] : [])].join(';'),
      };
      out.push(item);
      if (cats[i].cued && item.category !== 'other') lastCued = { category: item.category, unit: item.unit, counted: item.counted, sentence: si };
    });
  }
  return out;
}

function mentionIndex(entities: readonly ArticleEntity[], field: Field): MentionRef[] {
  const out: MentionRef[] = [];
  entities.forEach((e, i) => {
    for (const m of e.mentions) if (m.field === field) out.push({ start: m.start, end: m.end, entity: i, type: e.type });
  });
  return out.sort((x, y) => x.start - y.start);
}

/** The noun phrase a figure counts: "50,000 ethnic Armenians arrived" -> "ethnic Armenians". */
function readCounted(text: string, pos: number, limit: number): Counted {
  let p = pos;
  let start = -1;
  let end = pos;
  let head: string | null = null;
  let n = 0;
  let skippedOf = false;
  while (n < 6) {
    COUNTED_WORD.lastIndex = p;
    const m = COUNTED_WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const word = m[2];
    const lower = fold(word);
    const wStart = m.index + m[0].length - m[3].length - word.length - m[1].length;
    if (n === 0 && !skippedOf && lower === 'of') {
      skippedOf = true;
      p = m.index + m[0].length;
      // "half of the population", "two of their soldiers"
      COUNTED_WORD.lastIndex = p;
      const d = COUNTED_WORD.exec(text);
      if (d && ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all'].includes(fold(d[2]))) p = d.index + d[0].length;
      continue;
    }
    if (LEX.countedStops.has(lower) || /^\p{N}/u.test(word)) break;
    if (n > 0 && /(?:ed|ing)$/.test(lower) && !LEX.peopleNouns.has(lower)) {
      // A participle ends the phrase unless a noun follows it ("mining sites").
      COUNTED_WORD.lastIndex = m.index + m[0].length;
      const after = COUNTED_WORD.exec(text);
      if (!after || LEX.countedStops.has(fold(after[2])) || /(?:ed|ing)$/.test(fold(after[2]))) break;
    }
    if (start < 0) start = wStart;
    end = m.index + m[0].length;
    p = end;
    n++;
    const last = lower.split(/[-‐]/).pop()!;
    if (LEX.peopleNouns.has(lower) || LEX.troopNouns.has(lower) || LEX.peopleNouns.has(last) || LEX.troopNouns.has(last) || PLURAL.test(lower) || LEX.demonym.test(word)) {
      head = word;
      // "ethnic Armenians", "wounded civilians": a people word used as an adjective before the noun it qualifies.
      if (LEX.peopleModifiers.has(lower) && !m[3]) {
        COUNTED_WORD.lastIndex = end;
        const next = COUNTED_WORD.exec(text);
        const noun = next ? fold(next[2]) : '';
        if (next && next.index + next[0].length <= limit && !next[1] && !LEX.peopleModifiers.has(noun) && (LEX.peopleNouns.has(noun) || LEX.troopNouns.has(noun) || LEX.demonym.test(next[2]))) {
          head = next[2];
          end = next.index + next[0].length;
        }
      }
      break;
    }
  }
  if (start < 0) return { start: pos, end: pos, head: null };
  if (!head) {
    const all = text.slice(start, end).trim().split(/\s+/);
    head = all[all.length - 1].replace(/^[“"‘]|[”"’]$/g, '');
  }
  return { start, end, head };
}

/** people, troops or other, from the head of the counted phrase. */
function unitFromHead(head: string | null, c: Counted, mentions: MentionRef[]): string {
  if (!head) return 'other';
  const bare = head.replace(/^[“"‘]|[”"’]$/g, '');
  const lower = fold(bare);
  const last = lower.split(/[-‐]/).pop()!;
  if (LEX.troopNouns.has(lower) || LEX.troopNouns.has(last)) return 'troops';
  if (LEX.peopleNouns.has(lower) || LEX.peopleNouns.has(last) || LEX.demonym.test(bare)) return 'people';
  if (mentions.some((m) => m.type === 'GROUP' && m.start >= c.start && m.end <= c.end)) return 'people';
  return 'other';
}

/**
 * The category of a figure: fixed by its unit, else the nearest cue around it. A verb or
 * predicate cue ("were killed", "are sheltering") outranks a cue that is only the counted noun
 * ("refugees", "soldiers"), which outranks nothing; a military cue loses to any other.
 */
interface Categorised {
  category: QuantityCategory;
  rule: string;
  cued: boolean;
  /** The cue is a verb before the figure ("killed 40 civilians"): it may govern a list of figures. */
  governs?: boolean;
  /** Only a noun naming who is counted cued it ("11 members"): a governing verb outranks it. */
  weak?: boolean;
}

function categorise(e: NumberExpr, unit: string, right: string, left: string, sentence: string, beforeFigure = false): Categorised {
  if (e.category && e.category !== 'military_personnel') return { category: e.category, rule: 'unit', cued: true };
  if ((e.unit === 'percent' || e.kind === 'fraction') && LEX.shareOfLand.test(right)) return { category: 'area', rule: 'share of land', cued: true };
  // "2.45 percent of GDP", "revenue fell by 60 percent", "2.8 times the economic output": a share or ratio of money.
  const ratio = e.unit === 'percent' || e.kind === 'fraction' || /^\s*times\b/iu.test(right);
  if (ratio && (LEX.shareOfMoney.test(right) || LEX.moneyChangeBefore.test(left))) return { category: 'money', rule: 'share of money', cued: true };
  // "173,000 refugees living in camps": the refugees are the displaced, wherever they now live.
  let displacedNoun = false;
  let best: { category: QuantityCategory; distance: number; order: number; phrase: string; left: boolean } | null = null;
  const relative = relativeClause(right);
  const clauseEnd = right.search(/[,;:(]/u);
  LEX.cues.forEach((cue, order) => {
    if (cue.peopleOnly && unit === 'troops') return;
    if (cue.personsOnly && unit !== 'people' && unit !== 'troops') return;
    if (cue.needs && !cue.needs.test(sentence)) return;
    let distance = Infinity;
    let phrase = '';
    let fromLeft = false;
    const rightRe = cue.right;
    if (rightRe) rightRe.lastIndex = 0;
    for (let r = rightRe?.exec(right) ?? null; r && rightRe; r = rightRe.exec(right)) {
      // "abducted 25 students and killed two": a verb right before the next figure takes that one as its object.
      if (beforeFigure && right.slice(r.index + r[0].length).trim() === '') continue;
      // A cue inside a relative clause describes the people counted ("eight people who fled ...
      // have died"); the clause's main verb says what happened to them.
      const inRelative = relative !== null && r.index >= relative.start && r.index < relative.end;
      // Past a comma or semicolon the words belong to another clause ("27 dead, a figure ... the
      // people who live there"): they lose to the noun right after the figure.
      const otherClause = clauseEnd >= 0 && r.index > clauseEnd;
      const noun = LEX.nounCues.has(fold(r[0]));
      if (noun && cue.category === 'displaced' && r.index <= NEAR_NOUN) displacedNoun = true;
      const d = (noun ? r.index + 5_000 : r.index) + (inRelative ? 2_000 : 0) + (otherClause ? 10_000 : 0);
      if (d < distance) {
        distance = d;
        phrase = r[0];
      }
    }
    if (cue.left) {
      cue.left.lastIndex = 0;
      for (let m = cue.left.exec(left); m; m = cue.left.exec(left)) {
        const d = left.length - (m.index + m[0].length);
        if (d < distance) {
          distance = d;
          phrase = m[0];
          fromLeft = true;
        }
      }
    }
    if (distance === Infinity) return;
    const rank = cue.category === 'military_personnel' ? distance + 10_000 : distance;
    if (!best || rank < best.distance || (rank === best.distance && order < best.order)) best = { category: cue.category, distance: rank, order, phrase, left: fromLeft };
  });
  const found = best as { category: QuantityCategory; phrase: string; distance: number; left: boolean } | null;
  if (found?.category === 'population' && displacedNoun) return { category: 'displaced', rule: `cue:refugees over ${fold(found.phrase)}`, cued: true };
  if (found) return { category: found.category, rule: `cue:${fold(found.phrase)}`, cued: true, governs: found.left, weak: !found.left && found.distance >= 5_000 };
  if (e.category) return { category: e.category, rule: 'modifier', cued: true };
  if (unit === 'troops') return { category: 'military_personnel', rule: 'troops', cued: false };
  return { category: 'other', rule: 'default', cued: false };
}

/** Characters after a figure within which a noun cue names who is counted ("173,000 Sahrawi refugees"). */
const NEAR_NOUN = 24;

const RELATIVE_OPENER = /^[^,;.]{0,40}?\b(who|that|which)\b\s+/iu;
const AUXILIARY = /\b(have|has|had|were|was|are|is)\b/giu;

/**
 * The relative clause right after a figure's noun, in `right` coordinates: from the pronoun to
 * the first auxiliary that is not its own ("who fled Murzuq | have died"; "who were wounded in
 * the blast | have fled"). Null when there is none or it never ends before the window does.
 */
export function relativeClause(right: string): { start: number; end: number } | null {
  const m = RELATIVE_OPENER.exec(right);
  if (!m) return null;
  const start = m.index + m[0].length - m[0].slice(m[0].search(/\b(who|that|which)\b/iu)).length;
  const bodyStart = m.index + m[0].length;
  AUXILIARY.lastIndex = bodyStart;
  for (let a = AUXILIARY.exec(right); a; a = AUXILIARY.exec(right)) {
    if (a.index === bodyStart) continue;
    return { start, end: a.index };
  }
  return null;
}

/** "2,261 civilians, including 1,049 children": the second figure is part of the first. */
function isPartOf(text: string, prev: NumberExpr, e: NumberExpr): boolean {
  const between = text.slice(prev.end, e.start);
  if (between.length >= 80 || /[.;!?]/.test(between)) return false;
  // "26 people, 25 of them tourists": the link follows the part.
  return LEX.partLink.test(between) || (/,\s*$/.test(between) && PART_AFTER.test(text.slice(e.end, e.end + 16)));
}

/** After a figure, words that make it a part of the figure before ("25 of them"). */
const PART_AFTER = /^\s+(?:of them|of whom|among them)\b/i;

function isCoordinated(text: string, a: NumberExpr, b: NumberExpr): boolean {
  const between = text.slice(a.end, b.start);
  return between.length < 60 && between.trim().split(/\s+/).length <= 5 && !/[.;:!?]/.test(between) && LEX.coordination.test(between);
}

/** Items of one list: close together, no sentence break, joined by a comma or a conjunction. */
function isListed(text: string, a: NumberExpr, b: NumberExpr): boolean {
  const between = text.slice(a.end, b.start);
  return between.length < 90 && !/[.;:!?]/.test(between) && (between.includes(',') || LEX.listLink.test(between));
}

/** The attributed quotation a figure stands in, if any (quotes are few: a scan is cheap). */
function quoteAround(quotes: readonly QuoteItem[], e: NumberExpr): QuoteItem | null {
  for (const q of quotes) if (q.start <= e.start && e.end <= q.end) return q;
  return null;
}

/**
 * The reporting cue that covers a figure: "according to X" after it in the sentence (it names
 * the figure's source even when another speaker frames the sentence), else the nearest cue
 * before it, else "according to" before, else a reporting clause after it.
 */
function pickSource(cues: SourceCue[], e: NumberExpr, text: string): SourceCue | null {
  // (Not across ", while …": "X reported 45 dead, while an assessment cited by Y put the figure at 35".)
  const accordingAfter = cues.find((c) => c.according && c.subject && c.start >= e.end && !LEX.clauseJoin.test(text.slice(e.end, c.start)));
  if (accordingAfter) return accordingAfter;
  let before: SourceCue | null = null;
  for (const c of cues) if (c.end <= e.start && (c.subject || !c.according)) before = c;
  // "“…,” said Ana Lind, a farmer who has lived in a tent for three years": a figure after a
  // speaker put behind the verb describes the speaker; it is not what the speaker reports.
  if (before?.rule === 'verb-inverted' && before.subject && e.start >= before.subject.end) return null;
  if (before) return before;
  const according = cues.find((c) => c.according && c.subject);
  if (according) return according;
  // "..., medical sources told the paper": a clause after a comma that reports nothing of its own.
  const postposed = (c: SourceCue) => c.postposed || (!c.introduces && c.subject !== null && text.slice(e.end, c.subject.start).includes(','));
  return cues.find((c) => c.start >= e.end && postposed(c) && c.subject && !(c.subject.start <= e.start && e.end <= c.subject.end)) ?? null;
}

interface Attribution { entity: EntityRef | null; text: string; rule: string }

function resolveSource(
  cue: SourceCue, cues: SourceCue[], words: Word[], si: number, subjectOf: (si: number) => Span | null,
  text: string, mentions: MentionRef[], entities: readonly ArticleEntity[], sentences: Span[],
): Attribution | null {
  let subject = cue.subject;
  let rule = cue.rule;
  if (!subject) {
    // ", adding that ...": the subject of the previous reporting verb, else of the sentence.
    const earlier = cues.filter((c) => c.end <= cue.start && c.subject);
    subject = earlier.length ? earlier[earlier.length - 1].subject : subjectOf(si);
    rule = earlier.length ? 'verb-chain' : 'sentence-subject';
    if (earlier.length && earlier[earlier.length - 1].pronoun) return resolveSource(earlier[earlier.length - 1], cues, words, si, subjectOf, text, mentions, entities, sentences);
  } else if (cue.pronoun && LEX.personPronouns.has(fold(text.slice(cue.subject!.start, cue.subject!.end)))) {
    // "he said", "she said": the last person named in this or the two sentences before.
    const from = sentences[Math.max(0, si - 2)].start;
    let person: MentionRef | null = null;
    for (const m of mentions) {
      if (m.start >= cue.subject!.start) break;
      if (m.start >= from && m.type === 'PERSON') person = m;
    }
    if (person) return { entity: person.entity, text: text.slice(person.start, person.end), rule: 'pronoun-person' };
    return null;
  } else if (cue.pronoun) {
    // "it said", "they said": the subject of this sentence when it comes before, else of the previous one.
    const own = subjectOf(si);
    subject = own && own.start < cue.subject!.start ? own : subjectOf(si - 1);
    rule = own && own.start < cue.subject!.start ? 'pronoun-sentence-subject' : 'pronoun-previous-subject';
  }
  if (!subject) return null;
  const subjectText = text.slice(subject.start, subject.end);
  return { ...toEntity(subject, subjectText, text, mentions, entities), rule };
}

/** Words before a subject that make it the body a part or member belongs to ("the health ministry of"). */
const PART_OF = /(?<![\p{L}\p{N}])(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){1,3}(?:of|for)\s+(?:(?:one|some|two|three|each)\s+of\s+)?(?:the\s+)?(?:\p{L}+-[\p{L}-]+\s+)?$/u;

/** A subject as an entity when a name covers its head word, or a definite description names one ("the ministry"). */
function toEntity(subject: Span, subjectText: string, text: string, mentions: MentionRef[], entities: readonly ArticleEntity[]): { entity: EntityRef | null; text: string } {
  // "officials in Velka": a place after a locative word is where the source is, not who it is.
  const inside = mentions.filter((m) => m.start >= subject.start && m.end <= subject.end && !LOCATIVE_BEFORE.test(text.slice(subject.start, m.start)));
  const headCovered = inside.find((m) => m.end >= subject.end - 2);
  // "the health ministry of the Unity Government", "a spokesman for one of the groups": the source
  // is a part or member of the named body, so the words that describe it are kept, not its name.
  const part = PART_OF.exec(text.slice(Math.max(0, subject.start - 60), subject.start));
  if (part) return { entity: null, text: text.slice(subject.start - part[0].length, subject.end) };
  // The same when the walk back took the describing words in: "The interior ministry of the GNU
  // said", "The health ministry of the Government of National Unity (GNU) said".
  const named = headCovered && (inside.find((m) => m.entity === headCovered.entity) ?? headCovered);
  if (named && named.start > subject.start && PART_OF.test(text.slice(subject.start, named.start))) return { entity: null, text: subjectText };
  if (headCovered) return { entity: headCovered.entity, text: subjectText };
  // "… Farmers and Fishers of the Coast said": a long name whose start the walk back left out.
  const early = mentions.find((m) => m.start < subject.start && m.end >= subject.end - 2 && m.end <= subject.end);
  if (early) return { entity: early.entity, text: text.slice(early.start, subject.end) };
  // A long name the word walk cut short ("The Group for the Support of ..."): the mention it opens.
  const opening = /^the\s+/i.exec(subjectText);
  const from = subject.start + (opening ? opening[0].length : 0);
  const cut = mentions.find((m) => m.start === from && m.end > subject.end);
  if (cut) return { entity: cut.entity, text: text.slice(subject.start, cut.end) };
  const desc = /^the\s+([\p{Ll}\s-]+)$/iu.exec(subjectText);
  if (desc && !/^\p{Lu}/u.test(desc[1])) {
    const head = fold(desc[1].trim().split(/\s+/).pop()!);
    let best: MentionRef | null = null;
    for (const m of mentions) {
      if (m.start >= subject.start) break;
      const e = entities[m.entity];
      if ((e.type === 'ORG' || e.type === 'PERSON' || e.type === 'GROUP') && [e.name, ...e.forms].some((f) => fold(f).split(/[\s-]+/).includes(head))) best = m;
    }
    if (best) return { entity: best.entity, text: subjectText };
  }
  // "Khan said" after "Karim Khan" earlier: a lone surname stands for the person last named with it.
  if (/^\p{Lu}[\p{L}’'-]+$/u.test(subjectText)) {
    const surname = fold(subjectText);
    let best: MentionRef | null = null;
    for (const m of mentions) {
      if (m.start >= subject.start) break;
      const e = entities[m.entity];
      if (e.type === 'PERSON' && fold(e.name).split(/\s+/).pop() === surname) best = m;
    }
    if (best) return { entity: best.entity, text: subjectText };
  }
  return { entity: null, text: subjectText };
}

/** A headline ending in ": Armenia" names its source. */
function headlineSource(words: Word[]): SourceCue[] {
  let colon = -1;
  words.forEach((w, i) => { if (w.text === ':') colon = i; });
  if (colon < 0 || words.length - colon - 1 > 4 || words.length - colon - 1 < 1) return [];
  const tail = words.slice(colon + 1).filter((w) => /^[\p{L}]/u.test(w.text));
  if (!tail.length || !tail.every((w) => /^\p{Lu}/u.test(w.text))) return [];
  return [{ start: words[colon].start, end: words[colon].end, subject: { start: tail[0].start, end: tail[tail.length - 1].end }, pronoun: false, according: false, postposed: true, introduces: false, rule: 'headline-colon' }];
}

/** The place named in the sentence: after "in/at/from/near" first, the nearest first. */
function pickPlace(mentions: MentionRef[], sent: Span, e: NumberExpr, words: Word[], source: Span | null): EntityRef | null {
  let best: { entity: EntityRef; score: number } | null = null;
  for (const m of mentions) {
    if (m.start < sent.start) continue;
    if (m.start >= sent.end) break;
    if (m.type !== 'PLACE') continue;
    if (source && m.start >= source.start && m.end <= source.end) continue;
    const wi = words.findIndex((w) => w.start === m.start);
    if (namesAnActor(words, m.end)) continue;
    const prev = wi > 0 ? words[wi - 1].lower : '';
    const locative = LEX.locatives.has(prev) || (wi > 1 && prev === 'the' && LEX.locatives.has(words[wi - 2].lower));
    const after = m.start >= e.end;
    const distance = after ? m.start - e.end : e.start - m.end;
    const score = (locative ? 0 : 100_000) + (after ? 0 : 10_000) + distance;
    if (!best || score < best.score) best = { entity: m.entity, score };
  }
  return best?.entity ?? null;
}

/**
 * "the Tripoli government pledged", "Sudan's health ministry said": a place naming who acts,
 * not where the figure is. True when an institution noun follows within two words.
 */
function namesAnActor(words: Word[], end: number): boolean {
  const i = words.findIndex((w) => w.start >= end);
  if (i < 0) return false;
  for (const w of words.slice(i, i + 3)) {
    if (LEX.actorHeads.has(w.lower)) return true;
  }
  return false;
}

/** The date of the nearest resolved time expression in the sentence. */
function pickDate(timex: readonly TimexItem[], sent: Span, e: NumberExpr): string | null {
  let best: { value: string; d: number } | null = null;
  for (const t of timex) {
    if (t.start < sent.start || t.end > sent.end || !t.value) continue;
    if (t.start < e.end && e.start < t.end) continue;
    const d = t.start >= e.end ? t.start - e.end : e.start - t.end;
    if (!best || d < best.d) best = { value: t.value, d };
  }
  return best?.value ?? null;
}

/** For a figure with nothing counted after it ("in 24 hours"), its unit words. */
function unitWords(text: string, e: NumberExpr): string {
  // "millions of dollars" counts dollars, not "of dollars".
  return text.slice(e.numEnd, e.end).replace(/^[\s\-‐]+/, '').replace(/^of\s+/i, '').trim();
}
