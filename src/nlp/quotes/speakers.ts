// Who says what: speech verbs in a token stream, the speaker each one has (a named entity, a
// pronoun, or a description such as "one expert" or "the ministry"), and the resolution of
// pronouns and definite descriptions to the speaker or subject named before them.
import type { ArticleEntity } from '../entities/article-resolver.js';
import type { Field } from '../entities/mention-finder.js';
import type { Token } from '../tokenize.js';
import type { QuoteCues, SpeechVerb } from './quote-cues.js';

export interface Speaker {
  startTok: number;
  endTok: number;
  entity: number | null;
  kind: 'entity' | 'pronoun' | 'description';
  /** The words that name the speaker. */
  text: string;
  person: boolean;
  plural: boolean;
  /** Last word of a description, singular ("expert"), for "the expert" -> "another expert". */
  head: string;
  definite: boolean;
  /** A description pinned down by a name ("the commander of the Guard"): a new referent. */
  specific?: boolean;
}

export interface Resolved {
  entity: number | null;
  /** The words at the attribution, or for an unnamed antecedent the antecedent's words. */
  text: string;
  rule: string;
}

export interface VerbHit {
  tok: number;
  end: number;
  verb: SpeechVerb;
}

interface MentionRef {
  entity: number;
  endTok: number;
  type: string;
}

const QUOTE_MARK = /^[“”„«»"‘’']$/;
const POSSESSIVE = /^['’]s$/i;
const singular = (w: string) => (w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** A token stream of one field with its entity mentions, and the discourse of who spoke or acted. */
export class SpeakerIndex {
  private readonly low: string[];
  private readonly mentions = new Map<number, MentionRef>();
  private readonly sentenceFirst = new Map<number, number>();
  private discourse: { pos: number; sentence: number; speaker: Speaker; resolved: Resolved }[] | null = null;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly entities: ArticleEntity[],
    readonly field: Field,
    readonly cues: QuoteCues,
  ) {
    this.low = tokens.map((t) => t.text.toLowerCase());
    entities.forEach((e, index) => {
      for (const m of e.mentions) {
        if (m.field !== field) continue;
        const s = this.tokenAt(m.start);
        if (s < 0 || tokens[s].start !== m.start) continue;
        let endTok = s;
        while (endTok < tokens.length && tokens[endTok].start < m.end) endTok++;
        this.mentions.set(s, { entity: index, endTok, type: e.type });
      }
    });
    tokens.forEach((t, i) => {
      if (!this.sentenceFirst.has(t.sentence)) this.sentenceFirst.set(t.sentence, i);
    });
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.tokens.length ? lo : -1;
  }

  lower(i: number): string {
    return this.low[i] ?? '';
  }

  firstOfSentence(s: number): number {
    return this.sentenceFirst.get(s) ?? 0;
  }

  /** No clause boundary (a semicolon, a dash, another speech verb) between tokens a and b. */
  sameClause(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      if (/^[;:—–()]$/.test(this.tokens[k].text) || QUOTE_MARK.test(this.tokens[k].text) || this.verbAt(k)) return false;
    }
    return b - a <= this.cues.attributionWindow;
  }

  /** The speech verb starting at token i, if any. */
  verbAt(i: number): VerbHit | null {
    const list = this.cues.verbs.get(this.low[i]);
    if (!list) return null;
    // Verbs are lower-case inside a sentence ("the State Department" names no speech).
    if (this.tokens[i].upper && !this.tokens[i].sentenceStart) return null;
    const prev = this.low[i - 1];
    if (prev && this.cues.determiners.has(prev) && prev !== 'that') return null; // "the said exercises"
    for (const verb of list) {
      if (!verb.words.every((w, k) => this.low[i + k] === w)) continue;
      if (verb.words.length === 1 && this.cues.nounVerbs.has(this.low[i])) {
        const p = this.tokens[i - 1];
        const ok = p && (this.cues.pronouns.has(this.low[i - 1]) || this.cues.speakerNouns.has(this.low[i - 1]) || (p.upper && !p.sentenceStart) || this.mentionEnding(i));
        if (!ok) continue;
      }
      return { tok: i, end: i + verb.words.length, verb };
    }
    return null;
  }

  private mentionEnding(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const m = this.mentions.get(k);
      if (m && m.endTok === i) return true;
    }
    return false;
  }

  /** A speaker phrase starting at token i (a pronoun, an entity mention, or a description). */
  speakerAt(i: number, limit: number): Speaker | null {
    const { tokens, low, cues } = this;
    if (i >= limit) return null;
    const pron = cues.pronouns.get(low[i]);
    if (pron) return this.make(i, i + 1, null, 'pronoun', pron === 'person', pron === 'plural', low[i], false);
    let j = i;
    while (j < limit && (QUOTE_MARK.test(tokens[j].text) || low[j] === 'the')) j++;
    const m = this.mentions.get(j);
    if (m && m.endTok <= limit && !POSSESSIVE.test(tokens[m.endTok]?.text ?? '')) {
      // "EU mediators", "US and EU mediators", "Foreign Ministry senior advisor Ananiev": the name modifies a noun.
      const longer = this.descriptionFrom(i, m.endTok, limit);
      if (longer) return longer;
      const type = m.type;
      let end = m.endTok;
      if (end < limit && QUOTE_MARK.test(tokens[end].text)) end++;
      return this.make(i, end, m.entity, 'entity', type === 'PERSON', type === 'GROUP', low[m.endTok - 1], false);
    }
    return this.descriptionFrom(i, i, limit);
  }

  /** A description from token i whose modifiers run from `from` up to a speaker noun ("one Iranian media outlet"). */
  private descriptionFrom(i: number, from: number, limit: number): Speaker | null {
    const { tokens, low, cues } = this;
    for (let k = from; k < Math.min(limit, i + 7); k++) {
      const w = low[k];
      // After a name only capitalised words and a few modifiers lead on to the noun.
      if (from > i && !cues.speakerNouns.has(w) && !tokens[k].upper && !cues.nounModifiers.has(w)) return null;
      if (cues.speakerNouns.has(w) && tokens[k].word) {
        // "defense minister Hulusi Akar": a name right after the noun is the speaker.
        const after = this.mentions.get(k + 1);
        if (after && after.type === 'PERSON' && after.endTok <= limit) return this.make(i, after.endTok, after.entity, 'entity', true, false, low[after.endTok - 1], false);
        if (k + 1 < limit && cues.speakerNouns.has(low[k + 1])) continue; // "media outlets"
        // "Pakistan’s National Security Committee": the noun closes a name; the name is the speaker.
        for (let n = i; n <= k; n++) {
          const named = this.mentions.get(n);
          if (named && named.endTok === k + 1 && named.type !== 'PLACE') return this.make(n, k + 1, named.entity, 'entity', named.type === 'PERSON', named.type === 'GROUP', w, false);
        }
        const head = singular(w);
        // "the commander of the Revolutionary Guard": a description made specific by a name.
        let end = k + 1;
        let specific = false;
        if (low[end] === 'of') {
          let n = end + 1;
          while (n < limit && (QUOTE_MARK.test(tokens[n].text) || low[n] === 'the')) n++;
          const named = this.mentions.get(n);
          if (named && named.endTok <= limit) {
            end = named.endTok;
            if (end < limit && QUOTE_MARK.test(tokens[end].text)) end++;
            specific = true;
          }
        }
        const d = this.make(i, end, null, 'description', cues.personNouns.has(head), w !== head || w === 'police' || w === 'authorities', head, cues.definite.has(low[i]));
        d.specific = specific;
        return d;
      }
      if (k > i && (cues.prepositions.has(w) || cues.clauseWords.has(w) || cues.skipBeforeVerb.has(w) || cues.determiners.has(w))) return null;
      if (!tokens[k].word && tokens[k].text !== '-' && !POSSESSIVE.test(tokens[k].text)) return null;
      if (k > i && (cues.pronouns.has(w) || (cues.verbs.has(w) && this.verbAt(k)))) return null;
      const named = this.mentions.get(k);
      if (named && named.type === 'PERSON' && k > from) return null;
    }
    return null;
  }

  private make(s: number, e: number, entity: number | null, kind: Speaker['kind'], person: boolean, plural: boolean, head: string, definite: boolean): Speaker {
    const text = this.text.slice(this.tokens[s].start, this.tokens[e - 1].end).replace(/^[“”„«»"‘’']+|[“”„«»"‘’',]+$/g, '');
    return { startTok: s, endTok: e, entity, kind, text, person, plural, head, definite };
  }

  /** Speakers in [lo, hi), each with whether a preposition or a possessive makes it a modifier. */
  private speakersIn(lo: number, hi: number): { s: Speaker; modifier: boolean }[] {
    const out: { s: Speaker; modifier: boolean }[] = [];
    for (let i = lo; i < hi; ) {
      const s = this.speakerAt(i, hi);
      if (!s) {
        i++;
        continue;
      }
      let b = s.startTok - 1;
      while (b >= lo && (QUOTE_MARK.test(this.tokens[b].text) || this.low[b] === 'the')) b--;
      const modifier = (b >= lo && this.cues.prepositions.has(this.low[b])) || POSSESSIVE.test(this.tokens[s.endTok]?.text ?? '');
      out.push({ s, modifier });
      i = s.endTok;
    }
    return out;
  }

  /** The subject of the sentence's main clause, after an opening adverbial ("On Tuesday, Baku ..."). */
  mainSubject(sentence: number, hi: number): Speaker | null {
    const { tokens, low, cues } = this;
    let i = this.firstOfSentence(sentence);
    while (i < hi && (QUOTE_MARK.test(tokens[i].text) || tokens[i].text === '(' || cues.openers.has(low[i]))) i++;
    const opening = cues.prepositions.has(low[i]) || cues.clauseWords.has(low[i]) || cues.adverbials.has(low[i]) || /ly$/.test(low[i]);
    let from = i;
    if (opening) {
      // Skip the opening phrase up to its comma ("On 2 December, the representative ...").
      let k = i;
      while (k < Math.min(hi, i + 25) && tokens[k].text !== ',') k++;
      if (k >= Math.min(hi, i + 25)) return null;
      from = k + 1;
    }
    for (let k = from; k < Math.min(hi, from + 3); k++) {
      const s = this.speakerAt(k, hi);
      if (!s) continue;
      if (POSSESSIVE.test(tokens[s.endTok]?.text ?? '')) return null;
      return s.kind === 'description' ? this.apposition(s, hi) : s;
    }
    return null;
  }

  /** "the representative of X at the UN, Araz Yurdseven, ...": the name in apposition to a description. */
  private apposition(s: Speaker, hi: number): Speaker {
    const { tokens } = this;
    for (let k = s.endTok; k < Math.min(hi, s.endTok + 14); k++) {
      if (this.verbAt(k) || this.cues.clauseWords.has(this.low[k])) break;
      if (tokens[k].text !== ',') continue;
      // ", Lieutenant General Ahmed Sharif Chaudhry,": titles may stand before the name.
      let n = k + 1;
      while (n < Math.min(hi, k + 4) && !this.mentions.has(n) && tokens[n].upper && tokens[n].word) n++;
      const m = this.mentions.get(n);
      if (m && m.type === 'PERSON' && /^[,]$/.test(tokens[m.endTok]?.text ?? '')) return this.make(k + 1, m.endTok, m.entity, 'entity', true, false, this.low[m.endTok - 1], false);
      break;
    }
    return s;
  }

  /** The speaker of the speech verb `v`, looking no further back than token `lo`. */
  subjectOf(v: VerbHit, lo: number): { speaker: Speaker; rule: string } | null {
    const { tokens, low, cues } = this;
    const sentence = tokens[v.tok].sentence;
    const limit = Math.min(tokens.length, v.end + 10);
    if (v.verb.forward) {
      const s = this.forwardSpeaker(v.end, limit);
      return s ? { speaker: s, rule: `${v.verb.base} X` } : null;
    }
    // "criticized by some observers": the agent of a passive verb.
    if (low[v.end] === 'by') {
      const s = this.speakerAt(v.end + 1, limit);
      if (s) return { speaker: s, rule: `${low[v.tok]} by X` };
    }
    let j = v.tok - 1;
    // Adverbs in -ly ("publicly said") and auxiliaries are skipped, names that look like them ("Coulibaly said", "Theresa May said") are not.
    const name = (k: number) => tokens[k].upper && !tokens[k].sentenceStart;
    while (j >= lo && !name(j) && (cues.skipBeforeVerb.has(low[j]) || (/ly$/.test(low[j]) && low[j].length > 4))) j--;
    // "…, adding that", "…” claiming", "… and accused": the verb shares the clause's subject.
    if (v.verb.participle || (j >= lo && (low[j] === 'and' || low[j] === 'but'))) {
      const s = this.mainSubject(sentence, v.tok);
      if (s && s.startTok < v.tok) return { speaker: s, rule: `${low[v.tok]} (subject of the clause)` };
    }
    // "Ana Lind, who runs the clinic, said" / "Lind, the clinic's head, said": the speaker stands before the aside.
    if (j > lo && tokens[j].text === ',') {
      let c = j - 1;
      // A relative clause may run long ("who leads the movement and has demanded that …"); an apposition is short.
      // The comma of a date ("on August 26, 2008") does not close the aside.
      const dateComma = (k: number) => /^\d{1,2}$/.test(tokens[k - 1]?.text ?? '') && /^\d{4}$/.test(tokens[k + 1]?.text ?? '');
      while (c > lo && j - c <= 30 && (tokens[c].text !== ',' || dateComma(c)) && !QUOTE_MARK.test(tokens[c].text)) c--;
      const opener = low[c + 1];
      const relative = opener === 'who' || opener === 'which';
      if (c > lo && tokens[c].text === ',' && (relative || (cues.determiners.has(opener) && j - c <= 16))) {
        const found = this.speakersIn(Math.max(lo, c - 6), c).filter((x) => !x.modifier && x.s.endTok === c);
        if (found.length) return { speaker: found[found.length - 1].s, rule: `X, …, ${low[v.tok]}` };
      }
    }
    // "allies, who stated that": the speaker is named before the relative pronoun, or not at all.
    if (j >= lo && (low[j] === 'who' || low[j] === 'which')) {
      let r = j - 1;
      if (r >= lo && tokens[r].text === ',') r--;
      const found = r >= lo ? this.speakersIn(Math.max(lo, r - 6), r + 1).filter((x) => !x.modifier && x.s.endTok === r + 1) : [];
      return found.length ? { speaker: found[0].s, rule: `X ${low[j]} ${low[v.tok]}` } : null;
    }
    if (j < lo || QUOTE_MARK.test(tokens[j].text)) {
      // "“…,” said Dacic", "says one expert".
      const s = v.verb.inverts ? this.forwardSpeaker(v.end, limit) : null;
      return s ? { speaker: s, rule: `${low[v.tok]} X` } : null;
    }
    // The noun phrase before the verb, back to a clause boundary.
    let k = j;
    while (k >= lo && !cues.clauseWords.has(low[k]) && !/^[;:()]$/.test(tokens[k].text) && !QUOTE_MARK.test(tokens[k].text) && !(k < j && this.verbAt(k))) k--;
    const found = this.speakersIn(k + 1, j + 1).filter((x) => !x.modifier);
    const people = found.filter((x) => x.s.entity !== null && x.s.person);
    const last = found[found.length - 1];
    let pick: Speaker | undefined;
    if (last && last.s.endTok === j + 1) pick = last.s;
    else if (people.length) pick = people[people.length - 1].s;
    else pick = found[0]?.s;
    if (pick) return { speaker: pick, rule: `X ${low[v.tok]}` };
    // "Until recently, says Shakarian, “…”": the speaker after the verb.
    const s = v.verb.inverts ? this.forwardSpeaker(v.end, limit) : null;
    return s ? { speaker: s, rule: `${low[v.tok]} X` } : null;
  }

  /** The subject of the clause ending at token `end` ("…, and President X, re-elected in May, has put it plainly"). */
  clauseSubject(lo: number, end: number): Speaker | null {
    const { tokens, low } = this;
    let from = lo;
    for (let k = end - 1; k > lo; k--) {
      if (/^[;—–]$/.test(tokens[k].text) || QUOTE_MARK.test(tokens[k].text) || ((low[k] === 'and' || low[k] === 'but') && tokens[k - 1].text === ',')) {
        from = k + 1;
        break;
      }
    }
    const found = this.speakersIn(from, end).filter((x) => !x.modifier);
    const first = found[0]?.s;
    if (!first || first.startTok - from > 3) return null;
    return first.kind === 'description' ? this.apposition(first, end) : first;
  }

  /** The speaker right after a verb ("said Dacic", "says one expert", "according to Dr. Ehsan Movahedian"). */
  private forwardSpeaker(from: number, limit: number): Speaker | null {
    const { tokens, low, cues } = this;
    for (let i = from; i < Math.min(limit, from + 5); i++) {
      const t = tokens[i];
      // "Dr." and other abbreviated titles keep their period.
      if (t.text === '.' && i > from && tokens[i - 1].upper && tokens[i - 1].text.length <= 4) continue;
      if (!t.word || cues.clauseWords.has(low[i]) || cues.prepositions.has(low[i])) return null;
      const s = this.speakerAt(i, limit);
      if (s) return s;
    }
    return null;
  }

  /** Every speech verb's speaker and every sentence's subject, in text order, each resolved. */
  private buildDiscourse(): NonNullable<SpeakerIndex['discourse']> {
    const items: { pos: number; sentence: number; speaker: Speaker }[] = [];
    const seen = new Set<number>();
    const push = (s: Speaker | null) => {
      if (!s || seen.has(s.startTok)) return;
      seen.add(s.startTok);
      items.push({ pos: s.startTok, sentence: this.tokens[s.startTok].sentence, speaker: s });
    };
    for (const [sentence, first] of this.sentenceFirst) {
      let end = first;
      while (end < this.tokens.length && this.tokens[end].sentence === sentence) end++;
      push(this.mainSubject(sentence, end));
    }
    for (let i = 0; i < this.tokens.length; i++) {
      if (!this.cues.verbs.has(this.low[i])) continue;
      const v = this.verbAt(i);
      if (!v) continue;
      const lo = this.firstOfSentence(this.tokens[i].sentence);
      push(this.subjectOf(v, lo)?.speaker ?? null);
    }
    items.sort((a, b) => a.pos - b.pos);
    const out: NonNullable<SpeakerIndex['discourse']> = [];
    this.discourse = out;
    for (const it of items) out.push({ ...it, resolved: this.resolveWith(it.speaker, out) });
    return out;
  }

  /** The person entity mentioned last before token `tok`, within the pronoun window. */
  private lastPersonBefore(tok: number, sentence: number): number | null {
    for (let k = tok - 1; k >= 0; k--) {
      if (sentence - this.tokens[k].sentence > this.cues.pronounSentences) break;
      const m = this.mentions.get(k);
      if (m && m.type === 'PERSON' && m.endTok <= tok) return m.entity;
    }
    return null;
  }

  /** The entity or words a speaker phrase refers to, resolving pronouns and "the expert". */
  resolve(s: Speaker): Resolved {
    const discourse = this.discourse ?? this.buildDiscourse();
    const before = discourse.filter((d) => d.pos < s.startTok);
    return this.resolveWith(s, before);
  }

  private resolveWith(s: Speaker, before: NonNullable<SpeakerIndex['discourse']>): Resolved {
    if (s.kind === 'entity') return { entity: s.entity, text: s.text, rule: 'named' };
    const sentence = this.tokens[s.startTok].sentence;
    const recent = before.filter((d) => d.pos < s.startTok && sentence - d.sentence <= this.cues.pronounSentences);
    const backwards = [...recent].reverse();
    const named = (d: (typeof before)[number]) => d.resolved.entity !== null || d.speaker.kind === 'description';
    if (s.kind === 'pronoun') {
      const kind = this.cues.pronouns.get(s.head);
      const hit = backwards.find((d) => {
        if (!named(d)) return false;
        const sp = d.speaker;
        const type = d.resolved.entity !== null ? this.entities[d.resolved.entity].type : null;
        if (kind === 'person') return type === 'PERSON' || (type === null && sp.person && !sp.plural);
        if (kind === 'plural') return type === 'GROUP' || (type === null && sp.plural);
        return type === 'ORG' || type === 'PLACE' || (type === null && !sp.person && !sp.plural);
      });
      if (hit) return { entity: hit.resolved.entity, text: hit.resolved.entity !== null ? s.text : hit.resolved.text, rule: `pronoun "${s.text}" -> ${hit.resolved.text}` };
      // No subject fits: "… to hear Archbishop X. “…,” he told the crowd" takes the person named last.
      if (kind === 'person') {
        const person = this.lastPersonBefore(s.startTok, sentence);
        if (person !== null) return { entity: person, text: s.text, rule: `pronoun "${s.text}" -> ${this.entities[person].name} (last person named)` };
      }
      return { entity: null, text: s.text, rule: 'pronoun unresolved' };
    }
    if (!s.definite || s.specific) return { entity: null, text: s.text, rule: 'description' };
    // "the expert": the last speaker of the same description, else (for people) the last person named.
    // "the Azeri side" is not "the Armenian side": the modifiers it has must be in the antecedent.
    const own = s.text.toLowerCase().split(/\s+/).filter((w) => !this.cues.determiners.has(w));
    const fits = (t: string) => own.length < 2 || own.every((w) => t.toLowerCase().includes(w));
    const same = backwards.find((d) => d.speaker.kind === 'description' && d.speaker.head === s.head && d.speaker.plural === s.plural && d.speaker.text !== s.text && fits(d.speaker.text));
    if (same) return { entity: same.resolved.entity, text: same.resolved.entity !== null ? s.text : same.resolved.text, rule: `"${s.text}" -> ${same.resolved.text}` };
    const byName = backwards.find((d) => d.resolved.entity !== null && this.entities[d.resolved.entity].name.toLowerCase().split(/[\s-]+/).includes(s.head));
    if (byName) return { entity: byName.resolved.entity, text: s.text, rule: `"${s.text}" -> ${byName.resolved.text}` };
    if (s.person) {
      const all = (this.discourse ?? before).filter((d) => d.pos < s.startTok).reverse();
      const person = all.find((d) => d.resolved.entity !== null && this.entities[d.resolved.entity].type === 'PERSON');
      if (person) return { entity: person.resolved.entity, text: s.text, rule: `"${s.text}" -> ${person.resolved.text}` };
    }
    // "the ministry": the last organisation whose name has that word, anywhere before.
    const start = this.tokens[s.startTok].start;
    let best: { entity: number; at: number } | null = null;
    this.entities.forEach((e, index) => {
      if (!e.name.toLowerCase().split(/[\s-]+/).includes(s.head)) return;
      for (const m of e.mentions) if (m.field === this.field && m.start < start && (!best || m.start > best.at)) best = { entity: index, at: m.start };
    });
    if (best) return { entity: (best as { entity: number }).entity, text: s.text, rule: `"${s.text}" -> ${this.entities[(best as { entity: number }).entity].name}` };
    return { entity: null, text: s.text, rule: 'description' };
  }
}
