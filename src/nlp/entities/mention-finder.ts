// Finds names in a token stream and gives each a type, with the rule that decided it:
// capitalised chunks (with "of", "for", "and" ... inside names that take them), knowledge-base
// aliases (longest match), head words ("... Ministry" is an ORG, "... Province" a PLACE,
// "... War" an EVENT, "... Agreement" a WORK), person titles ("Prime Minister", "Dr") and
// plain name shape. Single unknown words are left untyped: the article resolver decides
// whether they are a surname, an acronym or nothing.
import type { EntityType, KbEntry } from '../../core/entity.js';
import { BROAD_KINDS } from '../kb/geocode.js';
import { tokenAt, type Token } from '../tokenize.js';
import { cues } from './cues.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';

export type Field = 'text' | 'title';

export interface MentionCandidate {
  field: Field;
  start: number;
  end: number;
  text: string;
  /** Null: one unknown word, to be settled by the article resolver. */
  type: EntityType | null;
  kb: KbEntry[];
  /** Why this span and type: the rule that decided, for users to judge. */
  rule: string;
  /** A person title stood right before the name ("President", "Dr"). */
  titled: boolean;
  /** The name is part of a person's title ("Parliament Speaker", "Speaker of Parliament"). */
  inTitle?: boolean;
  /** The name is followed by "(ACRONYM)". */
  acronym?: string;
  /** The word before the name, lower-cased ("in", "near", "said"): context for the resolver. */
  before?: string;
  /** Words before the name make it a place ("the town of X", "villages such as X"). */
  introduced?: boolean;
  /** The name when the mention also holds a generic noun ("Neelum" for "Neelum valley"). */
  name?: string;
  /** Start of the name this one is declared another name of ("Shire, also known as Inda Selassie"). */
  sameAs?: number;
  /** Starts of the names listed next to this one ("Tessalit and Aguelhok", "X, Y or Z"). */
  listedWith?: number[];
  /** One unknown capitalised plural ("Meiteis"): a people when the article also writes its singular or counts it. */
  plural?: boolean;
  /** A nickname written in quotes inside the name (“El Mayo” in Ismael “El Mayo” Zambada): the person's other name. */
  nickname?: string;
}

/** Between names of one list: a comma inside it, "and"/"or" before its last name. */
const LIST_COMMA = /^\s*,\s*$/;
const LIST_LAST = /^\s*,?\s+(and|or)\s+$/;

/**
 * Between two names of one thing: "X, also known as Y", "X (known locally as Y)", "X, formerly Y",
 * "X, the former Y", "X, alias Y", "X, the warlord known as Y", "X, which we call Y", "X, which
 * calls itself Y".
 */
const ANOTHER_NAME = /^\s*[,(]?\s*(?:the\s+\p{Ll}+\s+)?(?:also\s+)?(?:(?:better\s+|widely\s+)?known(?:\s+locally|\s+to(?:\s+\p{Ll}+){1,3}?)?\s+as|called|formerly(?:\s+known\s+as)?|(?:the\s+)?former|alias|a\.k\.a\.?|aka|(?:which|that)\s+(?:\p{Ll}+\s+){0,3}?call(?:s|ed)?(?:\s+(?:it|itself|themselves))?)\s+(?:the\s+)?$/iu;
/** "X, which Russians call Y", "X, a town the Kuki call Y", "Y, as Ethiopians call the X", "X, which Lima spells Y": before and after the name of those who call it so. */
const CALLED_BY = /^\s*,\s*(?:which|that|as|(?:a|the)\s+\p{Ll}+(?:\s+(?:which|that))?)\s+(?:the\s+)?$/u;
const CALL = /^\s+(?:call(?:s|ed)?|spell(?:s|ed)?|write(?:s)?)(?:\s+it)?\s+(?:the\s+)?$/u;

export interface FinderResources {
  lexicon: Lexicon;
  /** Adjectives of nationality ("Armenian", "Russian"), lower-cased: not names on their own. */
  adjectives: Set<string>;
  /** Given names, lower-cased: evidence that a capitalised pair is a person. */
  givenNames: Set<string>;
  /** Common English words, lower-cased: a capitalised one opening a sentence is no name. */
  commonWords: Set<string>;
  /**
   * Frequent English words only (SCOWL levels 10 to 35), lower-cased: names made of these alone
   * are ordinary words capitalised ("Lasting Peace"). The full dictionary also holds rarer words
   * that are names in the news ("Malik", "Agar", "Sultana").
   */
  frequentWords?: Set<string>;
  /** Knowledge-base people known by this surname (folded). */
  peopleBySurname(surname: string): KbEntry[];
  /** 'city' when a big city bears this name under any spelling ("Wad Madani"), 'town' when a settlement has it as its own ("Kiryat Shmona"). */
  settlement?(name: string): 'city' | 'town' | null;
  /** Names of languages, lower-cased: "in English" names no place. */
  languages?: Set<string>;
}

const lower = (t: Token) => t.text.toLowerCase();
// Abbreviations whose period stays inside a name ("St. Petersburg", "Dr. Amina Diallo").
const DOTTED = /^(st|mt|ft|dr|mr|mrs|ms|prof|gen|col|lt|sgt|capt|maj|adm|sen|rep|gov|rev)$/i;
const WEAK_KINDS = new Set(['city', 'region']);
/** The rule of a name shaped like a person's whose words are nearly all everyday ones. */
const DICTIONARY_WORDS = 'dictionary words';
const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/i;
/** Heads of military formations, which a bare number may open. */
const FORMATIONS = new Set(['brigade', 'battalion', 'regiment', 'division', 'corps', 'squadron']);
/** Rooms that, with "of" and a complement, name a legislature or a chamber of commerce. */
const BODY_ROOMS = new Set(['house', 'chamber']);
const SPELLED_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
const COMPASS = cues.compass;
/** "New Rafah", "Old Dongola": a town named after an older one. */
const NEW_OLD = new Set(['new', 'old']);
/** Compass points written after a place's name to name one side of it. */
const TRAILING_COMPASS = new Set(['north', 'south', 'east', 'west']);
// "El Geneina", "Al Hudaydah": a capitalised article opens a place name, not a person's.
const ARABIC_ARTICLE = cues.arabicArticles;
/** The year of an exercise's or operation's code name ("Zapad-2021", "Joint Sword-2024A"). */
const CODE_YEAR = /^(19|20)\d\d[A-Z]?$/;

/** Before "X platform", "X group": the article that makes X name one organisation. */
const DETERMINERS_BEFORE = new Set(['the', 'a', 'an']);

/** "the X party", "the ruling X party", "Irro’s X party": what may stand before a name that a noun of organisations follows. */
function opensOrgNoun(tokens: Token[], i: number): boolean {
  const before = wordBefore(tokens, i) ?? '';
  if (DETERMINERS_BEFORE.has(before)) return true;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === tokens[i].sentence && /^['’]s?$/.test(prev.text) && tokens[i - 2]?.end === prev.start) return true;
  return cues.orgStandings.has(before) && DETERMINERS_BEFORE.has(wordBefore(tokens, i - 1) ?? '');
}
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const POSSESSIVE_INSIDE = cues.possessiveInside;
/** Title words that also open the names of bodies ("General Intelligence Service", "Supreme Council"). */
const BODY_OPENING_TITLES = new Set(['general', 'supreme']);
/** Words for a saint that open a name ("St. Peter’s Square"): their possessive stays inside it. */
const SAINTS = new Set(['saint', 'st', 'st.', 'ste', 'san', 'santa', 'são']);
const headOfNamed = (w: string) => cues.placeHeads.has(w) || cues.orgHeads.has(w);
/** A word of a person's title ("Speaker", "President"), lower-cased. */
const titleNoun = (w: string) => cues.titles.has(w) || cues.titleCores.has(w);
const AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'could', 'should', 'did', 'do', 'say', 'claim']);

export function findMentions(tokens: Token[], text: string, field: Field, res: FinderResources): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const texts = tokens.map((t) => t.text);
  let i = 0;
  while (i < tokens.length) {
    // "resolution 51/1", "resolution 41/41": a session-numbered resolution is named in lower case too.
    const numbered = lower(tokens[i]) === 'resolution' && !tokens[i].upper ? slashNumberEnd(tokens, i + 1) : 0;
    if (numbered) {
      out.push({ ...mention(tokens, i, numbered, text, field, 'WORK', [], 'resolution and its session number', false), before: wordBefore(tokens, i) });
      i = numbered;
      continue;
    }
    if (!startsName(tokens, i, texts, res)) {
      i++;
      continue;
    }
    // "the Saudi-led coalition", "the Kenyan-led mission": a body named by who leads it.
    const [dash, led, body] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    // (A people leading it makes a description, not a name: "the Tuareg-led alliance".)
    const leader = res.lexicon.matchAt(texts, i, i + 1);
    if (dash?.text === '-' && led?.text === 'led' && body?.word && cues.ledBodies.has(body.text) && dash.start === tokens[i].end && led.start === dash.end && body.sentence === tokens[i].sentence
      && !leader?.entries.some((e) => e.type === 'GROUP')) {
      out.push({ ...mention(tokens, i, i + 4, text, field, 'ORG', [], `"-led" before "${body.text}"`, false), before: wordBefore(tokens, i) });
      i += 4;
      continue;
    }
    // Ismael “El Mayo” Zambada: a nickname in quotes between a given name and a surname.
    const nick = nicknamed(tokens, i);
    if (nick) {
      const [x, y] = nick.nickname;
      out.push({ ...mention(tokens, i, nick.end, text, field, 'PERSON', [], 'nickname in quotes inside a name', false),
        name: `${text.slice(tokens[i].start, tokens[x - 2].end)} ${text.slice(tokens[y + 1].start, tokens[nick.end - 1].end)}`,
        nickname: text.slice(tokens[x].start, tokens[y - 1].end), before: wordBefore(tokens, i) });
      i = nick.end;
      continue;
    }
    let end = chunkEnd(tokens, i, texts, res);
    // A user's own entry may run on in lower case past the capitalised run ("the Ansongo
    // dam"); built-in aliases may not, or descriptions like "Russian military" would match.
    const known = res.lexicon.matchAt(texts, i);
    if (placePair(tokens, texts, i, end, known?.length ?? 0, text, field, res, out)) {
      i = end;
      continue;
    }
    // "Cox’s Bazar", "March 23 Movement": a known name whose words are all capitalised may run
    // over a possessive or a number.
    if (known && i + known.length > end && tokens.slice(i, i + known.length).every((t) => !t.word || t.upper || /^(['’]s|\d+)$/i.test(t.text))) {
      pushKnown(tokens, i, i + known.length, text, field, known.entries, res, out);
      i += known.length;
      continue;
    }
    // "the Armenian genocide", "the Srebrenica massacre", "the Lachin corridor": a known name
    // written with a lower-case head, exactly as the knowledge base spells it.
    if (known && i + known.length > end && tokens[i + known.length - 1].sentence === tokens[i].sentence) {
      const surface = text.slice(tokens[i].start, tokens[i + known.length - 1].end);
      // ("the Russian army" stays an adjective and a noun: armies are named with capitals; "the
      // Islamic State in the Greater Sahara" has only its links in lower case.)
      const capitalHead = tokens[i + known.length - 1].upper;
      const named = known.entries.filter((e) => (e.type !== 'ORG' || capitalHead) && (e.name === surface || e.aliases.includes(surface)));
      if (named.length) {
        pushKnown(tokens, i, i + known.length, text, field, named, res, out);
        i += known.length;
        continue;
      }
    }
    // "the UN refugee agency", "the UN nuclear watchdog": an organisation the press names by an
    // acronym and plain words ending in a word for a body, which the knowledge base lists as such
    // ("the UN human rights chief" is a person's post, not the rights office).
    const head = known ? tokens[i + known.length - 1] : undefined;
    if (known && head && i + known.length > end && tokens[i].allCaps && head.sentence === tokens[i].sentence && cues.orgHeads.has(lower(head))) {
      const orgs = known.entries.filter((e) => e.type === 'ORG');
      if (orgs.length) {
        pushKnown(tokens, i, i + known.length, text, field, orgs, res, out);
        i += known.length;
        continue;
      }
    }
    const users = known?.entries.filter((e) => e.kind === 'user') ?? [];
    if (known && users.length && i + known.length > end && tokens[i + known.length - 1].sentence === tokens[i].sentence) {
      out.push(mention(tokens, i, i + known.length, text, field, users[0].type, users, 'your knowledge base', false));
      i += known.length;
      continue;
    }
    const after = nameBeforeNoun(tokens, i, end, known, text, field, res, out);
    if (after >= 0) {
      i = after;
      continue;
    }
    analyseChunk(tokens, texts, i, end, text, field, res, out);
    i = end;
  }
  lowerCaseMinistries(tokens, text, field, res, out);
  joinMissionsIn(out, text, tokens, res);
  // "its peacekeeping mission in the Central African Republic (MINUSCA)": letters after a place
  // that do not start as its name does abbreviate the body described before it, not the place.
  for (const m of out) {
    if (m.type !== 'PLACE' || !m.acronym || m.text.replace(/^the\s+/i, '')[0] === m.acronym[0]) continue;
    const body = /(\p{Ll}+)\s+(?:in|for|to|on)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (body && cues.orgHeads.has(body[1])) m.acronym = undefined;
  }
  markIntroduced(out, tokens, res);
  // "Parliament Speaker X", "the Speaker of Parliament": a body named inside a person's title.
  for (const m of out) {
    if (m.type !== null || !cues.bodiesNamedAlone.has(m.text.toLowerCase())) continue;
    const k = tokenAt(tokens, m.start);
    const next = tokens[tokenAt(tokens, m.end)];
    if ((next?.upper && titleNoun(lower(next))) || (k >= 2 && lower(tokens[k - 1]) === 'of' && titleNoun(lower(tokens[k - 2])))) m.inTitle = true;
  }
  // "the NKAO (Nagorno-Karabakh Autonomous Oblast)": the acronym comes first, the name in brackets.
  for (const m of out) {
    if (m.acronym || text[m.end] !== ')') continue;
    const before = /\b(\p{Lu}{2,6})\s*\($/u.exec(text.slice(Math.max(0, m.start - 10), m.start));
    if (before) m.acronym = before[1];
  }
  // The text between each name and the next (null across fields or overlaps).
  const gaps = out.map((m, k) => (out[k + 1] && out[k + 1].field === m.field && out[k + 1].start > m.end ? text.slice(m.end, out[k + 1].start) : null));
  for (let k = 1; k < out.length; k++) {
    const gap = gaps[k - 1];
    if (gap !== null && ANOTHER_NAME.test(gap)) out[k].sameAs = out[k - 1].start;
    // (The name of those who call it so lies between the two names.)
    if (k >= 2 && gaps[k - 2] !== null && gap !== null && CALLED_BY.test(gaps[k - 2]!) && CALL.test(gap)) out[k].sameAs = out[k - 2].start;
  }
  markLists(out, gaps);
  placeListedPeople(out, tokens);
  // Dictionary words no list or preposition made a place are left unknown.
  for (const m of out) if (m.type === 'PERSON' && m.rule === DICTIONARY_WORDS) m.type = null;
  nationalGroups(out, tokens, text, res);
  // "Ismael Zambada, known as “El Mayo”", "Nemesio Oseguera, “El Mencho”": a quoted other name after a person's.
  for (const m of out) {
    if (m.type !== 'PERSON' || m.nickname) continue;
    const after = NICKNAME_AFTER.exec(text.slice(m.end, m.end + 80));
    if (after) m.nickname = after[1];
  }
  return withTrailingParts(out, text);
}

const STATUTE_YEAR = /^, (1[89]\d\d|20\d\d)(?![\d,.]\d)/;

/** Heads of parties and movements that name their factions in brackets. */
const PARTY_HEADS = /\b(Party|League|Front|Movement|Congress)\b/;
/** "(Maoist Centre)", "(Unified Marxist–Leninist)": two to four capitalised words ("(Palika)" is an acronym in title case). */
const FACTION = /^ \((\p{Lu}\p{Ll}+(?:[ –-]\p{Lu}\p{Ll}+){1,3})\)/u;

/**
 * Parts a name's own words do not show: a law's year after a comma, as South Asian statute
 * books write it ("the Local Administration Act, 1971"), and a party's faction in brackets
 * ("the Communist Party of Nepal (Maoist Centre)"). Mentions inside them are dropped.
 */
function withTrailingParts(out: MentionCandidate[], text: string): MentionCandidate[] {
  const swallowed = new Set<MentionCandidate>();
  for (const m of out) {
    const rest = text.slice(m.end, m.end + 40);
    const head = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    const part = m.type === 'WORK' && cues.statuteHeads.has(head) ? STATUTE_YEAR.exec(rest)
      : m.type === 'ORG' && !m.acronym && PARTY_HEADS.test(m.text) ? FACTION.exec(rest) : null;
    if (!part) continue;
    const end = m.end + part[0].length;
    for (const o of out) if (o !== m && o.field === m.field && o.start >= m.end && o.end <= end) swallowed.add(o);
    m.end = end;
    m.text = text.slice(m.start, end);
  }
  return swallowed.size ? out.filter((m) => !swallowed.has(m)) : out;
}

/** A comma, maybe "known (to her customers) as" or "nicknamed" or "alias", and a quoted name of one to three capitalised words. */
const NICKNAME_AFTER = /^,\s+(?:(?:also\s+|widely\s+|better\s+)?(?:known|nicknamed|dubbed|called|alias)(?:\s+[\p{Ll}’']+){0,4}?(?:\s+as)?\s+)?[“"]((?:\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*){0,2})[”"]/u;

/** The place introducers by their last word, the word right before the name. */
const INTRODUCERS_BY_LAST = new Map<string, string[][]>();
for (const p of cues.placeIntroducers) INTRODUCERS_BY_LAST.set(p[p.length - 1], [...(INTRODUCERS_BY_LAST.get(p[p.length - 1]) ?? []), p]);

/** "the town of X", "villages such as X and Y", "X, a village on the border": words around an unknown name make it a place. */
function markIntroduced(out: MentionCandidate[], tokens: Token[], res: FinderResources): void {
  for (const m of out) {
    // A name guessed a person's by its shape alone ("the village of Qlayaat al-Wusta") may be a place too.
    const guessed = m.type === 'PERSON' && !m.titled && !m.kb.length;
    // (Known places are marked too: a list they open is a list of places.)
    if (m.type !== null && m.type !== 'PLACE' && !guessed) continue;
    const i = tokenAt(tokens, m.start);
    const before = tokens.slice(Math.max(0, i - 4), i).map(lower);
    // "or south-west to X": a bearing and "to" say where people went, verb or not.
    const bearingTo = before.at(-1) === 'to' && cues.bearings.has(before.at(-2) ?? '');
    // "fled south to X" is "fled to X": a bearing between the verb and its "to" changes nothing.
    if (before.length >= 3 && before[before.length - 1] === 'to' && cues.compass.has(before[before.length - 2])) before.splice(before.length - 2, 1);
    // ("across the Sobat", "in the Atacora": after a preposition and "the", a name that is no
    // English word; "across the Strait" and "in the Kingdom" are words standing for a name.)
    const word = () => !/\s/.test(m.text) && res.frequentWords?.has(m.text.toLowerCase()) === true;
    const introduced = (INTRODUCERS_BY_LAST.get(before.at(-1) ?? '') ?? []).some((p) => p.length <= before.length && p.every((w, k) => before[before.length - p.length + k] === w) && !(p[p.length - 1] === 'the' && word()))
      || bearingTo || describedAsPlace(tokens, tokenAt(tokens, m.end)) || afterPlacesColon(tokens, i) || inDivision(tokens, tokenAt(tokens, m.end))
      || afterPeopleOf(out, tokens, i) || endOfRange(out, tokens, i);
    m.introduced = introduced;
    if (guessed && introduced) {
      m.type = 'PLACE';
      m.rule = 'called a place by the words around it';
    }
  }
}

/** Whether a name the knowledge base knows as a place starts at token k. */
function knownPlaceAt(tokens: Token[], k: number, res: FinderResources): boolean {
  if (!tokens[k]?.upper) return false;
  // ("North Waziristan": a bearing before a known place.)
  if (COMPASS.has(lower(tokens[k])) && tokens[k + 1]?.upper) k++;
  const texts = tokens.slice(k, k + 6).map((t) => t.text);
  const m = res.lexicon.matchAt(texts, 0);
  // ("in X, Pakistan’s envoy said": a possessive makes the place no address.)
  return m !== null && m.entries.some((e) => e.type === 'PLACE') && !/^['’]s?$/.test(tokens[k + m.length]?.text ?? '');
}

/** The mention whose last token is `k`, if any. */
function mentionEndingAt(out: MentionCandidate[], tokens: Token[], k: number): MentionCandidate | undefined {
  const t = tokens[k];
  return t && out.find((o) => o.end === t.end && o.start <= t.start);
}

/** "the Rohingya of X", "the Turi of X": a people named, then "of" and the name of where they live. */
function afterPeopleOf(out: MentionCandidate[], tokens: Token[], i: number): boolean {
  if (i < 2 || lower(tokens[i - 1]) !== 'of' || tokens[i - 2].sentence !== tokens[i].sentence) return false;
  return mentionEndingAt(out, tokens, i - 2)?.type === 'GROUP';
}

/** "from Kubwat to X": the end of a range whose start is a place, or one unknown word after "from". */
function endOfRange(out: MentionCandidate[], tokens: Token[], i: number): boolean {
  if (i < 3 || lower(tokens[i - 1]) !== 'to') return false;
  const start = mentionEndingAt(out, tokens, i - 2);
  if (!start || start.type === 'GROUP' || (start.type !== 'PLACE' && (start.type !== null || /\s/.test(start.text)))) return false;
  const k = tokenAt(tokens, start.start);
  return k > 0 && lower(tokens[k - 1]) === 'from' && tokens[k - 1].sentence === tokens[i].sentence;
}

/**
 * "Thai Buddhists", "Palestinian Christians", "Syrian Kurds": an adjective of a nation before a
 * group the knowledge base knows belongs to the mention, which still names that group (the Kurds
 * of Syria are Kurds).
 */
function nationalGroups(out: MentionCandidate[], tokens: Token[], text: string, res: FinderResources): void {
  for (const m of out) {
    if (m.type !== 'GROUP' || !m.kb.length || /\s/.test(m.text)) continue;
    const k = tokenAt(tokens, m.start);
    const adjective = tokens[k - 1];
    if (!adjective || !adjective.upper || adjective.sentence !== tokens[k].sentence || !res.adjectives.has(lower(adjective)) || text.slice(adjective.end, m.start) !== ' ') continue;
    // (An adjective already part of another name stays there.)
    if (out.some((o) => o !== m && o.start <= adjective.start && o.end > adjective.start)) continue;
    m.start = adjective.start;
    m.text = text.slice(m.start, m.end);
    m.rule = `${m.rule}, "${adjective.text}" before it`;
  }
}

/**
 * "villages such as Aitaroun, Maroun al-Ras and Odaisseh", "at Jufra and Brak al-Shati": a name
 * guessed a person's by its shape alone, in a list of places that a preposition of place opens,
 * or of three or more places, is one of them ("Russia and Mher Grigoryan agreed" stays a person).
 * One opened by a given name ("Dajabón, Elías Piña and Jimaní") needs the three. In a list a noun
 * of places introduces ("the villages of …", "four districts: …") every such name is a place.
 */
function placeListedPeople(out: MentionCandidate[], tokens: Token[]): void {
  const at = new Map(out.map((m) => [m.start, m]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of out) {
      if (m.type !== 'PERSON' || m.titled || m.kb.length || !m.listedWith || !['name shape', 'given name', DICTIONARY_WORDS].includes(m.rule)) continue;
      const others = m.listedWith.map((s) => at.get(s));
      // ("burned villages in Dera and Hidabu Abote": one unknown word after a preposition of place is a place.)
      const place = others.find((o) => o?.type === 'PLACE' || (o?.type === null && !/\s/.test(o.text) && cues.placePrepositions.has(o.before ?? '')));
      const first = others.reduce<MentionCandidate>((a, b) => (b && b.start < a.start ? b : a), m);
      const last = others.reduce<MentionCandidate>((a, b) => (b && b.start > a.start ? b : a), m);
      // ("four districts of Songkhla: Chana, Thepha, Na Thawi and Saba Yoi" needs no known place;
      // nor does "A, B and C in our Qazax district".)
      const introduced = first.introduced === true || (last !== m && last.introduced === true && inDivision(tokens, tokenAt(tokens, last.end)));
      if (!place && !introduced) continue;
      const long = others.length >= 2 && others.every((o) => o?.type === 'PLACE');
      const opened = cues.placePrepositionsBeforeNames.has(wordBefore(tokens, tokenAt(tokens, first.start)) ?? '');
      // ("Saraqib and Maarat al-Numan", "Alamata, Raya Alamata and Ofla": no given name opens it,
      // and it is listed only with places, one of them no country, and names not yet typed;
      // "Armenia and X agreed" lists two parties.)
      const amongPlaces = m.rule === 'name shape' && others.every((o) => o !== undefined && (o.type === 'PLACE' || o.type === null))
        && others.some((o) => o?.type === 'PLACE' && !o.kb.some((e) => e.kind === 'country'));
      if (!long && !introduced && !amongPlaces && (m.rule === 'given name' || !opened)) continue;
      m.type = 'PLACE';
      m.rule = place ? `listed with "${place.text}"` : 'in a list of places';
      changed = true;
    }
  }
}

/**
 * Lists: "A and B", "A, B and C", "A, B, or C", and three names or more between commas ("the
 * Neelum valley, Athmuqam, Chakothi and the villages"). Two names and a comma ("After A, B's …")
 * make none. `gaps[k]` is the text between name k and name k + 1.
 */
function markLists(out: MentionCandidate[], gaps: (string | null)[]): void {
  for (let k = 0; k < out.length; ) {
    let last = k;
    while (gaps[last] != null && LIST_COMMA.test(gaps[last]!)) last++;
    const closing = gaps[last] ?? null;
    const closed = closing !== null && LIST_LAST.test(closing) && (last > k || !closing.includes(','));
    if (closed || last - k >= 2) {
      const members = out.slice(k, closed ? last + 2 : last + 1);
      for (const m of members) m.listedWith = members.filter((o) => o !== m).map((o) => o.start);
      k += members.length;
    } else k = last + 1;
  }
}

/**
 * A name completed or typed by the lower-case noun after it: "the Lachin corridor", "the
 * Pahalgam attack", "the Internews platform", "the Ibar river". Returns the index after what it
 * consumed, or -1 when the noun after the name says nothing.
 */
function nameBeforeNoun(tokens: Token[], i: number, end: number, known: LexiconMatch | null, text: string, field: Field, res: FinderResources, out: MentionCandidate[]): number {
  // "the Lachin corridor", "the Pretoria agreement": a lower-case noun completing a name.
  const tail = tokens[end];
  // "the Pahalgam attack" is an event: one town's name before an attack noun ("the Hamas attack"
  // names its actor, "the Red Sea attacks" a wide area, "British attacks" their side).
  // ("the Galwan Valley clash": a place word may end the name.)
  // ("the Tak Bai incident", "the Holey Artisan attack": a known town, or two unknown words, may be spaced.)
  const spaced = known !== null ? i + known.length === end : end - i === 2;
  const town = end - i <= 3 && (spaced || tokens.slice(i, end - 1).every((t, k) => tokens[i + k + 1].start === t.end) || (end - i === 2 && cues.placeHeads.has(lower(tokens[end - 1]))))
    && (!known || known.entries.every((e) => e.type === 'PLACE' && !BROAD_KINDS.has(e.kind)));
  const attack = tail !== undefined && cues.attackHeads.has(tail.text) && town;
  // ("the Turko-Azeri genocide": an adjective compound names no event.)
  const compound = end - i === 3 && tokens[i + 1].text === '-' && cues.adjectivePrefixes.has(lower(tokens[i]));
  // ("the Hamas massacre" names its actor too, whatever the head.)
  const actor = tail !== undefined && cues.attackHeads.has(tail.text) && known !== null && i + known.length === end && known.entries.every((e) => e.type !== 'PLACE');
  const tailType = tail && tail.sentence === tokens[i].sentence && !compound && !actor ? (attack ? 'EVENT' : cues.lowercaseHeads.get(tail.text)) : undefined;
  // ("the Serbian Orthodox monastery": a building needs a name, not a creed's capitalised adjective.)
  const described = tokens.slice(i, end).every((t) => !t.word || res.adjectives.has(lower(t)) || cues.creedAdjectives.has(lower(t)));
  // "the Zaporizhzhia nuclear power plant", "the Sudzha gas metering station": a name and the
  // lower-case words of a facility are that facility, a place.
  const facility = tail && tail.sentence === tokens[i].sentence ? facilityAfter(tokens, end) : 0;
  if (facility && end - i <= 3 && !tokens.slice(i, end).every((t) => !t.word || res.adjectives.has(lower(t)))) {
    out.push({ ...mention(tokens, i, end + facility, text, field, 'PLACE', [], `facility "${tokens.slice(end, end + facility).map((t) => t.text).join(' ')}"`, false), before: wordBefore(tokens, i) });
    return end + facility;
  }
  // "the Suspension of Operations (SoO) agreement": the same with the name's acronym between.
  const acronym = tail && !tailType && !known ? followingAcronym(tokens, end, i) : undefined;
  const headAfter = acronym ? tokens[end + (acronym.includes('-') ? 5 : 3)] : undefined;
  const documentType = headAfter && headAfter.sentence === tokens[i].sentence ? cues.lowercaseHeads.get(headAfter.text) : undefined;
  if (acronym && (documentType === 'WORK' || documentType === 'EVENT') && end - i >= 2 && !described) {
    out.push({ ...mention(tokens, i, end, text, field, documentType, [], `lower-case head "${headAfter!.text}" after its acronym`, false), acronym, before: wordBefore(tokens, i) });
    return end;
  }
  // "the al-Rawda mosque massacre": a building's name and an attack noun after it name the attack;
  // so does a town's with the attack's means between ("the Kulungugu bomb attack").
  const after = tokens[end + 1];
  const means = town && !actor && !compound && tail !== undefined && tail.sentence === tokens[i].sentence && cues.attackMeans.has(tail.text);
  if ((tailType === 'PLACE' || means) && after && after.sentence === tail.sentence && cues.attackHeads.has(after.text) && end - i <= 3 && !described) {
    out.push({ ...mention(tokens, i, end + 2, text, field, 'EVENT', [], `"${tail.text} ${after.text}"`, false), before: wordBefore(tokens, i) });
    return end + 2;
  }
  if (tailType && !cues.leadingHeads.has(lower(tokens[i])) && !described) {
    // A building or a crossing is named after its place ("the Enguri bridge"): that name is
    // what the gazetteer knows.
    const facility = tailType === 'PLACE' && cues.placeWordSuffix.test(` ${tail.text}`) ? text.slice(tokens[i].start, tokens[end - 1].end) : undefined;
    out.push({ ...mention(tokens, i, end + 1, text, field, tailType, [], `lower-case head "${tail.text}"`, false), name: facility, before: wordBefore(tokens, i) });
    return end + 1;
  }
  // "the Internews platform", "the Wagner group": an unknown name before a lower-case noun of
  // organisations is one, named without the noun.
  // ("Ukraine’s Khortytsia group of forces" is named with its noun, further on; "the X faction of Barrio 18" is not.)
  const nounOf = tokens[end + 1]?.text === 'of' && tokens[end + 2]?.word && !tokens[end + 2].upper;
  if (!known && tail && tail.sentence === tokens[i].sentence && cues.orgNounsAfterName.has(tail.text) && end - i <= 3 && !nounOf
    && opensOrgNoun(tokens, i) && !tokens.slice(i, end).some((t) => t.word && res.adjectives.has(lower(t)))
    && !(end - i === 1 && res.peopleBySurname(lower(tokens[i])).length)) {
    out.push({ ...mention(tokens, i, end, text, field, 'ORG', [], `before "${tail.text}"`, false), before: wordBefore(tokens, i) });
    return end;
  }
  // "the Ibar river", "Kyauktaw and Minbya townships": a name before a lower-case place noun
  // is a place, named without the noun; a list before a plural noun is several places. So with
  // a noun of kinship groups: "the Sakar clan", "the Sikin and Ambulin tribes" name peoples.
  const nounType: EntityType | null = !tail || tail.sentence !== tokens[i].sentence ? null
    : cues.placeNounsAfterName.has(tail.text) ? 'PLACE' : cues.groupNounsAfterName.has(tail.text) ? 'GROUP' : null;
  // A place's name before the noun names no people alone: "the Karabakh clan" is a faction named
  // with the noun, "the Saint-Louis tribe" the place's community, no name of its own.
  const placeNamed = known !== null && i + known.length === end && known.entries.some((e) => e.type === 'PLACE');
  if (nounType === 'GROUP' && placeNamed) {
    if (!cues.factionNounsAfterPlace.has(tail.text)) return -1;
    out.push({ ...mention(tokens, i, end + 1, text, field, 'GROUP', [], `lower-case head "${tail.text}"`, false), before: wordBefore(tokens, i) });
    return end + 1;
  }
  // ("the Taiwan area", "the Donetsk region": after a known place such a noun adds nothing.)
  if (nounType === 'PLACE' && placeNamed && cues.vagueNounsAfterPlace.has(tail.text)) return -1;
  if (nounType && !tokens.slice(i, end).every((t) => !t.word || res.adjectives.has(lower(t)))) {
    let from = i;
    const parts: [number, number][] = [];
    for (let k = i; k <= end; k++) {
      if (k < end && !(tokens[k].word && !tokens[k].upper && lower(tokens[k]) === 'and')) continue;
      if (k > from && k - from <= 3) parts.push([from, k]);
      from = k + 1;
    }
    // One name before a singular noun is written with it ("the Neelum valley"), and named without it.
    if (parts.length === 1 && parts[0][1] === end && !tail.text.endsWith('s')) {
      const [x] = parts[0];
      // ("Ituri province": a place the knowledge base knows stays that place.)
      const places = placeNamed && x === i ? known!.entries.filter((e) => e.type === 'PLACE' && e.kind === 'region') : [];
      if (nounType === 'GROUP') out.push({ ...mention(tokens, x, end, text, field, 'GROUP', [], `before "${tail!.text}"`, false), before: wordBefore(tokens, x) });
      else out.push({ ...mention(tokens, x, end + 1, text, field, 'PLACE', places, `before "${tail!.text}"`, false), name: text.slice(tokens[x].start, tokens[end - 1].end), before: wordBefore(tokens, x) });
      return end + 1;
    }
    for (const [x, y] of parts) out.push({ ...mention(tokens, x, y, text, field, nounType, [], `before "${tail!.text}"`, false), before: wordBefore(tokens, x) });
    return end;
  }
  // "claimed by Viv Ansanm, the criminal coalition that …": an unknown name that a comma and a
  // noun phrase headed by a word for organisations describe is one.
  const head = !known && end - i <= 4 ? appositiveOrgHead(tokens, end) : null;
  if (head) {
    out.push({ ...mention(tokens, i, end, text, field, 'ORG', [], `described as a "${head}"`, false), before: wordBefore(tokens, i) });
    return end;
  }
  return -1;
}

/** Words that may follow the head of a describing phrase ("the coalition that …", "a militia based in …"). */
const AFTER_APPOSITIVE_HEAD = new Set(['that', 'which', 'whose', 'in', 'from', 'with', 'of', 'and', 'based', 'led', 'known', 'behind', 'founded', 'accused', 'blamed', 'linked', 'allied', 'loyal', 'active', 'operating', 'fighting', 'controlling', 'responsible']);

/** "Kheyrimli in our Qazax district": from token `k`, right after a name, "in", a name and a noun of a division. */
function inDivision(tokens: Token[], k: number): boolean {
  if (lower(tokens[k] ?? tokens[0]) !== 'in' || tokens[k].sentence !== tokens[k - 1]?.sentence) return false;
  let j = k + 1;
  if (['the', 'our', 'its', 'their'].includes(lower(tokens[j] ?? tokens[k]))) j++;
  const first = j;
  while (tokens[j]?.upper && tokens[j].sentence === tokens[k].sentence && j - first < 3) j++;
  return j > first && tokens[j] !== undefined && !tokens[j].upper && cues.placeDivisions.has(lower(tokens[j]));
}

/** "four districts of Songkhla: Chana, …": a colon right before token `i` after a plural noun of places. */
function afterPlacesColon(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ':') return false;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    if (tokens[k].sentence !== tokens[i].sentence) return false;
    if (!tokens[k].upper && cues.placeNounsAfterName.has(lower(tokens[k])) && lower(tokens[k]).endsWith('s')) return true;
  }
  return false;
}

/** Words that may follow the noun of a describing phrase: "Kirants, a village on the border", "…, a town that …". */
const AFTER_PLACE_NOUN = new Set([...AFTER_APPOSITIVE_HEAD, 'on', 'near', 'at', 'by', 'outside', 'along', 'close', 'just', 'about', 'some', 'north', 'south', 'east', 'west', 'where', 'now', 'once', 'still', 'held', 'home', 'under']);

/**
 * ", a village on the …", ", an Armenian village", ", the capital of …": from token `end`, right after
 * a name, a comma, an article, at most three describing words and a noun for a kind of settlement.
 * The noun must end the phrase, so "Tural, a village elder" describes a person.
 */
function describedAsPlace(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(lower(tokens[end + 1] ?? tokens[end]))) return false;
  const sentence = tokens[end].sentence;
  for (let k = end + 2; k < end + 6 && k < tokens.length; k++) {
    const t = tokens[k];
    // ("Omarov, the head of Sergokalinsky District": the noun heads the phrase, not a name after "of".)
    if (t.sentence !== sentence || !t.word || AFTER_PLACE_NOUN.has(lower(t))) return false;
    if (!cues.placeNounsInApposition.has(lower(t)) || t.upper) continue;
    const next = tokens[k + 1];
    // ("Tural, the town’s mayor": a possessive makes the noun someone's.)
    if (next && /^['’]s?$/.test(next.text)) return false;
    return !next || next.sentence !== sentence || !next.word || AFTER_PLACE_NOUN.has(lower(next));
  }
  return false;
}

/** The organisation noun heading ", the/a … <noun>" right after a name, or null. */
function appositiveOrgHead(tokens: Token[], end: number): string | null {
  if (tokens[end]?.text !== ',' || !['the', 'a', 'an'].includes(lower(tokens[end + 1] ?? tokens[end]))) return null;
  const sentence = tokens[end].sentence;
  for (let k = end + 2; k < end + 6 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence || !t.word || t.upper) return null;
    if (!cues.orgNounsAfterName.has(t.text)) continue;
    const next = tokens[k + 1];
    // ("Amani Bahati, the charity’s medical coordinator": a possessive makes the noun someone's employer.)
    if (next && /^['’]s?$/.test(next.text)) return null;
    return !next || next.sentence !== sentence || !next.word || AFTER_APPOSITIVE_HEAD.has(lower(next)) ? t.text : null;
  }
  return null;
}

/** A capitalised word that may open a name (not a sentence-opening common word). */
function startsName(tokens: Token[], i: number, texts: string[], res: FinderResources): boolean {
  const t = tokens[i];
  if (!t.word) return false;
  const w = lower(t);
  // "al-Qaeda", "el-Sisi": a lower-case particle joined by a hyphen to a capitalised word.
  if (!t.upper) return cues.nameParticles.has(w) && tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && tokens[i + 2] !== undefined && isCapitalWord(tokens[i + 2]);
  if (cues.notNames.has(w)) {
    if (!MONTHS.has(w)) return false;
    // "the October Revolution"; "the March 23 Movement", a name the knowledge base knows.
    if (tokens[i + 1] !== undefined && tokens[i + 1].upper && cues.eventHeads.has(lower(tokens[i + 1]))) return true;
    const known = res.lexicon.matchAt(texts, i);
    return known !== null && known.length > 1;
  }
  // "Operation Sindoor tore…", "Lake Kivu lies…": a leading head word opens the name it heads.
  if (t.sentenceStart && cues.leadingHeads.has(w) && tokens[i + 1] !== undefined && isCapitalWord(tokens[i + 1])) return true;
  // "Executive Decree 111 names…": a word describing a numbered document opens its name ("Under
  // Resolution 2717, …" is a preposition before one).
  if (t.sentenceStart && !cues.sentenceStarters.has(w) && tokens[i + 1]?.upper && cues.workHeads.has(lower(tokens[i + 1])) && DOC_NUMBER.test(tokens[i + 2]?.text ?? '')) return true;
  // "Article 370 was repealed…", "Resolution 2216 demands…": a document head and its number.
  if (t.sentenceStart && cues.workHeads.has(w) && DOC_NUMBER.test(tokens[i + 1]?.text ?? '')) return true;
  if (t.sentenceStart && !t.allCaps && (cues.sentenceStarters.has(w) || (res.commonWords.has(w) && !res.givenNames.has(w)))) {
    // Still a name if the knowledge base knows it as more than a small place ("Turkey says ...").
    const known = res.lexicon.matchAt(texts, i);
    if (known !== null && known.entries.some((e) => !WEAK_KINDS.has(e.kind))) return true;
    // "Trump said…", "Modi and Xi met…": a known person's surname that is also an English word,
    // when what follows reads as its verb, possessive or partner.
    return res.peopleBySurname(w).length > 0 && surnameFollows(tokens[i + 1], tokens[i + 2]);
  }
  return true;
}

const SURNAME_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'also', 'did', 'does', 'met', 'called', 'visited', 'accused', 'signed', 'spoke', 'arrived', 'left']);

function surnameFollows(next: Token | undefined, after: Token | undefined): boolean {
  if (!next) return false;
  const w = lower(next);
  if (/^['’]s?$/.test(next.text)) return true;
  if (w === ',' || cues.personContext.has(w) || SURNAME_VERBS.has(w)) return true;
  return (w === 'and' || w === 'or') && after !== undefined && isCapitalWord(after);
}

/**
 * Words that start sentences but also form names inside them ("Jalisco New Generation Cartel",
 * "Second Army"): inside a run of capitalised words that a head word ends, they do not make it a
 * title-cased phrase.
 */
const NAME_FORMING = new Set(['new', 'old', 'first', 'second', 'third', 'one', 'two', 'three']);

/** End (exclusive) of the capitalised run starting at i, connectors included when inside. */
function chunkEnd(tokens: Token[], i: number, texts: string[], res: FinderResources): number {
  let end = i + 1;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence) break;
    // "Ordinance No. 21/015", "Decree No. 5": a document's number after "No.".
    if (numberMarkAt(tokens, k) && cues.workHeads.has(lower(tokens[k - 1]))) {
      // ("Law No. 034/PR/2015": the number runs on through letters and slashes written without spaces.)
      end = k + 3;
      while (tokens[end] && tokens[end].start === tokens[end - 1].end && /^(?:[\p{L}\d]+|[/-])$/u.test(tokens[end].text) && !(/^[/-]$/.test(tokens[end].text) && tokens[end + 1]?.start !== tokens[end].end)) end++;
      break;
    }
    // Inside a name, a word for an organisation is part of it even where it opens no name
    // ("Katsina Community Watch Corps", though "Watch" alone is a verb).
    if (t.word && t.upper && (!cues.notNames.has(lower(t)) || cues.orgHeads.has(lower(t)))) {
      end = k + 1;
      continue;
    }
    // "Cité de l’Union Africaine", "Val d’Oise": a French article elided onto a capitalised word
    // goes on a name after "de" or after a capitalised word.
    if (ELIDED_ARTICLE.test(t.text) && t.start - tokens[k - 1].end <= 1 && (isCapitalWord(tokens[k - 1]) || cues.nameParticles.has(lower(tokens[k - 1])))) {
      end = k + 1;
      continue;
    }
    // "Resolution 2724", "Operation 1027", "National Road 4": a number after a document, operation or road head.
    if (DOC_NUMBER.test(t.text) && (cues.workHeads.has(lower(tokens[k - 1])) || cues.leadingHeads.has(lower(tokens[k - 1])) || (ROAD_HEADS.has(lower(tokens[k - 1])) && k - 1 > i))) {
      end = slashNumberEnd(tokens, k) || k + 1;
      // "Presidential Decree 444 of 2014": the year a law was issued belongs to its number (a
      // resolution's is written beside its name: "Resolution 2349 of 2017" is Resolution 2349).
      if (lower(tokens[k + 1] ?? t) === 'of' && YEAR.test(tokens[k + 2]?.text ?? '') && cues.workHeads.has(lower(tokens[k - 1])) && lower(tokens[k - 1]) !== 'resolution') end = k + 3;
      break;
    }
    // "the Treaty of Friendship, Cooperation and Mutual Assistance": inside a document's "of"
    // complement, a comma lists the next capitalised subject when an "and" closes the list.
    if (t.text === ',' && listedSubject(tokens, i, k, res)) continue;
    // "Comprehensive Operation Sinai 2018": a year closes an operation's code name.
    if (YEAR.test(t.text) && tokens.slice(i, k).some((x) => opensCodeName(x))) {
      end = k + 1;
      break;
    }
    // "Omar al-Bashir": a particle and a hyphen before a capitalised word.
    if (t.word && cues.nameParticles.has(lower(t)) && tokens[k + 1]?.text === '-' && tokens[k + 2] !== undefined && isCapitalWord(tokens[k + 2])) {
      k += 1;
      continue;
    }
    // "Tigray People’s Liberation Front": a possessive inside a name, after a common noun.
    if (/^['’]s$/i.test(t.text) && POSSESSIVE_INSIDE.has(lower(tokens[k - 1])) && tokens[k + 1] !== undefined && isCapitalWord(tokens[k + 1])) continue;
    // "House of Peoples’ Representatives": so a plural's bare apostrophe.
    if (/^['’]$/.test(t.text) && t.start === tokens[k - 1].end && POSSESSIVE_INSIDE.has(lower(tokens[k - 1])) && tokens[k + 1] !== undefined && isCapitalWord(tokens[k + 1])) continue;
    // "Saint Martin’s Island", "St Mary’s Hospital": a saint's possessive before the head of a place or body.
    if (/^['’]s$/i.test(t.text) && SAINTS.has(lower(tokens[i])) && k - i <= 3 && tokens[k + 1] !== undefined && isCapitalWord(tokens[k + 1]) && headOfNamed(lower(tokens[k + 1]))) continue;
    // "Armed Forces (Special Powers) Act": a bracketed qualifier inside a law's name.
    if (t.text === '(') {
      const close = bracketedInWork(tokens, k);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    // "Bunyan-um-Marsoos", "Lashkar-e-Taiba", "Rostov-on-Don": a short lower-case link between
    // hyphens inside one name.
    if (t.text === '-' && linkedByParticle(tokens, k)) {
      k += 2;
      continue;
    }
    // "Dangsan-ri", "Gyeonggi-do": a Korean administrative ending closes a place's name.
    if (t.text === '-' && koreanDivision(tokens, k)) {
      end = k + 2;
      break;
    }
    // "Lai Ching-te", "Kim Jong-un": a given name of two syllables joined by a hyphen, after a surname.
    if (t.text === '-' && k - i >= 2 && givenNameSyllable(tokens, k)) {
      end = k + 2;
      break;
    }
    // "Zapad-2021", "Joint Sword-2024A": a code name with its year.
    if (t.text === '-' && tokens[k + 1] !== undefined && tokens[k + 1].start === t.end && t.start === tokens[k - 1].end && CODE_YEAR.test(tokens[k + 1].text)) {
      end = k + 2;
      break;
    }
    // Hyphens and dots join ("Nagorno-Karabakh", "St. Petersburg") when a capital follows.
    const joiner = t.text === '-' || t.text === '‐' || (t.text === '.' && (DOTTED.test(tokens[k - 1].text) || /^\p{Lu}$/u.test(tokens[k - 1].text)));
    const connector = t.word && (cues.connectors.has(lower(t)) || cues.nameParticles.has(lower(t)));
    // "Zanzibar and Dar es Salaam": a known name that runs on in lower case after "and" is a name
    // of its own, which the run would cut short.
    if (lower(t) === 'and' && lowerCaseInsideKnown(tokens, texts, k + 1, res)) break;
    if ((joiner || connector) && k + 1 < tokens.length && tokens[k + 1].start - t.end <= 1 && (isCapitalWord(tokens[k + 1]) || (connector && ELIDED_ARTICLE.test(tokens[k + 1].text)))) continue;
    // "Bank of the South", "Puerto de la Cruz": a connector or particle, an article, a capital
    // ("the 36th Division and the Golani Brigade" are two).
    if (connector && lower(t) !== 'and' && k + 2 < tokens.length && (cues.connectors.has(lower(tokens[k + 1])) || (cues.nameParticles.has(lower(t)) && ROMANCE_ARTICLES.has(lower(tokens[k + 1])))) && isCapitalWord(tokens[k + 2])) continue;
    // "Agreement on the Maintenance of Peace ... along the Line of Actual Control", "Operation to
    // Compel Peace": a document's or event's title runs on through short links, title-cased.
    // "the Sudan People’s Liberation Movement in Opposition", "the Government in Exile": a body
    // named for where it stands goes on through "in".
    if (lower(t) === 'in' && tokens[k + 1]?.upper && cues.bodyStandings.has(lower(tokens[k + 1])) && cues.orgHeads.has(lower(tokens[k - 1]))) continue;
    // "the National Mine Action Centre in Senegal (CNAMS)", "the ECOWAS Mission in The Gambia
    // (ECOMIG)": where the acronym follows the place, the place is part of the body's name.
    if (lower(t) === 'in' && cues.orgHeads.has(lower(tokens[k - 1]))) {
      let j = k + 1;
      while (j < tokens.length && j - k <= 4 && isCapitalWord(tokens[j])) j++;
      if (j > k + 1 && tokens[j]?.text === '(' && tokens[j + 1]?.allCaps && tokens[j + 2]?.text === ')') {
        end = j;
        k = j - 1;
        continue;
      }
    }
    if (t.word && TITLE_LINKS.has(lower(t)) && titleOpened(tokens, i, k)) {
      const the = lower(tokens[k + 1] ?? t) === 'the';
      const next = the ? tokens[k + 2] : tokens[k + 1];
      // "... in the India-China Border Areas" goes on with the title; "... in Geneva" says where it was signed.
      // A place straight after a link is one of its own: "the Operation to Kyiv".
      const named = !the && res.lexicon.matchAt(texts, k + 1) !== null;
      if (next && isCapitalWord(next) && !cues.notNames.has(lower(next)) && (the || OPENING_LINKS.has(lower(t))) && !named) {
        if (next !== tokens[k + 1]) k++;
        continue;
      }
    }
    break;
  }
  return end;
}

/** Whether a name the knowledge base knows starts at `k` and has a lower-case word inside ("Dar es Salaam"). */
function lowerCaseInsideKnown(tokens: Token[], texts: string[], k: number, res: FinderResources): boolean {
  if (!tokens[k]?.upper) return false;
  const known = res.lexicon.matchAt(texts, k);
  return known !== null && tokens.slice(k + 1, k + known.length - 1).some((t) => t.word && !t.upper);
}

/**
 * The index of the ")" closing capitalised words opened at `open`, when capitalised words ending
 * in a document head follow it ("(Special Powers) Act", "(Hill Areas) District Councils Act"); else -1.
 */
function bracketedInWork(tokens: Token[], open: number): number {
  let k = open + 1;
  while (k < tokens.length && k - open <= 5 && isCapitalWord(tokens[k])) k++;
  if (k === open + 1 || tokens[k]?.text !== ')') return -1;
  const close = k;
  for (k = close + 1; k < tokens.length && k - close <= 4 && isCapitalWord(tokens[k]); k++) {
    if (cues.workHeads.has(lower(tokens[k])) && !isCapitalWord(tokens[k + 1] ?? tokens[k - 1])) return close;
  }
  return -1;
}

/**
 * Lower-case words inside a title of a document or event, besides the connectors. Not "between",
 * "against" or "with": what follows them are the sides ("talks between the Greek and Turkish
 * leaders"), entities of their own; nor "at": "the Treaty on the State Border at the X residence"
 * says where it was signed.
 */
const TITLE_LINKS = new Set(['along', 'to', 'towards', 'toward', 'in', 'from', 'by']);

/** Whether the run from i to k holds a document or event head that a connector or link follows: a title is open. */
function titleOpened(tokens: Token[], i: number, k: number): boolean {
  for (let j = i; j < k; j++) {
    const w = lower(tokens[j]);
    const link = tokens[j + 1];
    if (!(cues.workHeads.has(w) || cues.eventHeads.has(w) || opensCodeName(tokens[j])) || !link.word || link.upper) continue;
    // Right after the head only a link that cannot say where it happened: "the Summit in Paris" is a summit in Paris.
    if (cues.connectors.has(lower(link)) || OPENING_LINKS.has(lower(link))) return j + 1 < k || OPENING_LINKS.has(lower(tokens[k]));
  }
  return false;
}

/** Links that may follow a head directly: "Operation to Coerce ...". */
const OPENING_LINKS = new Set(['along', 'to', 'towards', 'toward']);

/** At hyphen k: a short capitalised syllable, the hyphen and a short lower-case syllable, written together. */
function givenNameSyllable(tokens: Token[], k: number): boolean {
  const [prev, next] = [tokens[k - 1], tokens[k + 1]];
  if (!next || !prev.upper || prev.start + prev.text.length !== tokens[k].start || next.start !== tokens[k].end) return false;
  // ("Moon Jae-in": "in" is a syllable after a short surname and a short first syllable, not a sit-in.)
  const korean = next.text === 'in' && prev.text.length <= 4 && tokens[k - 2]?.upper === true && tokens[k - 2].text.length <= 5 && tokens[k - 2].end + 1 === prev.start;
  if (prev.text.length > 6 || !/^[a-z]{1,6}$/.test(next.text) || next.text.endsWith('ed') || (cues.notNameSyllables.has(next.text) && !korean)) return false;
  // Not followed by more of the word ("Ching-te-style").
  return tokens[k + 2] === undefined || tokens[k + 2].start > next.end || tokens[k + 2].text !== '-';
}

/** At hyphen k: a Korean administrative ending written onto the capitalised word before it. */
function koreanDivision(tokens: Token[], k: number): boolean {
  const [prev, next, after] = [tokens[k - 1], tokens[k + 1], tokens[k + 2]];
  return next !== undefined && prev.upper && prev.end === tokens[k].start && next.start === tokens[k].end && cues.hyphenPlaceSuffixes.has(next.text)
    && (after === undefined || after.start > next.end || !after.word);
}

/** At hyphen k: a short lower-case word, another hyphen and a capitalised word, all written together. */
function linkedByParticle(tokens: Token[], k: number): boolean {
  const [link, hyphen, next] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!link || !hyphen || !next) return false;
  const together = link.start === tokens[k].end && hyphen.start === link.end && next.start === hyphen.end;
  // "Commander-in-Chief" is a title, not a name.
  const title = cues.titles.has(lower(tokens[k - 1])) || cues.titles.has(lower(next));
  return together && !title && link.word && !link.upper && link.text.length <= 4 && hyphen.text === '-' && isCapitalWord(next);
}

/**
 * Whether the word after a leading head at `a` goes on with a name: a capitalised word, or a
 * Romance link before one ("Cártel de Jalisco", "Puerto de la Cruz", "Frente del Pueblo").
 */
function namedOnAfter(tokens: Token[], a: number, b: number): boolean {
  let k = a + 1;
  if (k < b && tokens[k].word && !tokens[k].upper && cues.nameParticles.has(lower(tokens[k]))) {
    k++;
    if (k < b && tokens[k].word && !tokens[k].upper && ROMANCE_ARTICLES.has(lower(tokens[k]))) k++;
  }
  return k < b && tokens[k].word && tokens[k].upper;
}

/** Definite articles of Spanish, French, Italian and Portuguese that open names of places and bodies. */
const ROMANCE_ARTICLES = new Set(['la', 'las', 'le', 'les', 'los', 'lo', 'il']);
/** A French or Italian article elided onto a capitalised word: "l’Union", "d’Ivoire". */
const ELIDED_ARTICLE = /^[lLdD]['’]\p{Lu}\p{L}/u;
/**
 * Those that open an unknown name written like a person's ("Las Quintas", "La Familia
 * Michoacana", "Les Cayes"): an article makes it no person's name. ("Los" is a leading word of
 * organisations of its own; "El" also opens nicknames, "El Chapo".)
 */
const OPENING_ARTICLES = new Set(['la', 'las', 'le', 'les']);

/** An acronym with small letters inside: "SoO", "MoU", "AfDB". */
const PLURAL_ACRONYM = /^(\p{Lu}{2,})s$/u;
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}?\p{Lu}(?:\p{Ll}?\p{Lu}){0,3}$/u;

/** A year of the last two centuries. */
const YEAR = /^(?:19|20)\d\d$/;

/** The number of an article, resolution or operation: "370", "239A". */
const DOC_NUMBER = /^\d+\p{Lu}?$/u;
/** Whether "No." and a number start at `k` ("Ordinance No. 21/015"). */
const numberMarkAt = (tokens: Token[], k: number): boolean => /^no$/i.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && /^\d+$/.test(tokens[k + 2]?.text ?? '');

/** Heads of road names that a number ends ("National Road 27", "Pan-American Highway 1"). */
const ROAD_HEADS = new Set(['road', 'highway', 'route', 'motorway', 'expressway']);

/**
 * Whether the comma at k continues the "of" complement of a document head opened at or after i:
 * capitalised ordinary words follow it, then "and" and capitalised words, before any other punctuation.
 */
function listedSubject(tokens: Token[], i: number, k: number, res: FinderResources): boolean {
  let ofAt = -1;
  for (let j = i + 1; j < k; j++) if (lower(tokens[j]) === 'of' && cues.workHeads.has(lower(tokens[j - 1]))) ofAt = j;
  if (ofAt < 0) return false;
  let j = k + 1;
  // (Ordinary words, the subjects of a treaty: not "the Treaty of Moscow, Russia and Iran".)
  const capital = (x: number) => tokens[x] !== undefined && tokens[x].sentence === tokens[k].sentence && tokens[x].word && tokens[x].upper && res.commonWords.has(lower(tokens[x]));
  if (!capital(j)) return false;
  while (capital(j) || (tokens[j]?.text === '-' && capital(j + 1))) j++;
  if (tokens[j]?.text === ',') return listedSubject(tokens, i, j, res);
  return lower(tokens[j] ?? tokens[k]) === 'and' && capital(j + 1);
}

/** End (exclusive) of a number written with its session, "51/1" or "ES-10/24", starting at token k; 0 if none. */
function slashNumberEnd(tokens: Token[], k: number): number {
  let j = k;
  // ("ES-10/24": an emergency special session's letters and a hyphen first.)
  if (/^\p{Lu}{1,3}$/u.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '-' && tokens[j + 1].start === tokens[j].end) j += 2;
  const adjacent = (x: number) => tokens[x] !== undefined && tokens[x].start === tokens[x - 1].end;
  if (!/^\d+$/.test(tokens[j]?.text ?? '') || (j > k && !adjacent(j)) || !adjacent(j + 1) || !adjacent(j + 2)) return 0;
  // ("Law 14.701": a point between digits groups thousands, as Portuguese and Spanish write numbers.)
  const sep = tokens[j + 1]?.text;
  const after = tokens[j + 2]?.text ?? '';
  return (sep === '/' && /^\d+$/.test(after)) || (sep === '.' && /^\d{3}$/.test(after)) ? j + 3 : 0;
}

/** Initials written together: "M.A.", "A.K.". */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Prefixes that make a name after them a stance ("pro-Beijing", "anti-Kremlin"). */
const ATTITUDE_PREFIXES = new Set(['pro', 'anti']);

/** Persian and Urdu links between hyphens ("-e-", "-i-"); "-ul-" also joins people's names ("Zia-ul-Haq"). */
const EZAFE = new Set(['e', 'i']);

/** Whether [a, b) holds Capital-e-Capital. */
function ezafeCompound(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k + 2 < b; k++) {
    if (tokens[k].text === '-' && EZAFE.has(tokens[k + 1].text) && tokens[k + 2].text === '-' && tokens[k - 1].upper && tokens[k + 3]?.upper
      && tokens[k].start === tokens[k - 1].end && tokens[k + 3].start === tokens[k + 2].end) return true;
  }
  return false;
}

/** An "-e-" compound typed by its head or leading word, else an organisation. */
function ezafeMention(tokens: Token[], a: number, b: number, text: string, field: Field): MentionCandidate {
  const type = headType(tokens, a, b)?.type ?? cues.leadingHeads.get(lower(tokens[a])) ?? 'ORG';
  return { ...mention(tokens, a, b, text, field, type, [], 'name linked by a particle between hyphens', false), before: wordBefore(tokens, a) };
}

function isCapitalWord(t: Token): boolean {
  return t.word && t.upper;
}

/**
 * Splits a chunk into units at connectors, keeping together "X of Y" where X takes a
 * complement ("University of Ottawa"), names the knowledge base knows across a connector
 * ("Bosnia and Herzegovina"), and "and" inside a name already joined ("Centre for Political
 * and Economic Studies") unless a new name starts ("... and the Higher School").
 */
function units(tokens: Token[], texts: string[], a: number, b: number, res: FinderResources): [number, number][] {
  const parts: [number, number][] = [];
  let start = a;
  let joined = false; // once a head has taken a complement, the rest of the chunk belongs to it
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!(t.word && cues.connectors.has(lower(t)) && !t.upper)) continue;
    // ("Decree 444 of 2014": the year of a numbered document is no name of its own.)
    if (lower(t) === 'of' && DOC_NUMBER.test(tokens[k - 1]?.text ?? '') && YEAR.test(tokens[k + 1]?.text ?? '')) continue;
    const known = res.lexicon.matchAt(texts, start, b);
    if (known !== null && start + known.length > k) continue;
    if (takesComplement(tokens, texts, start, k, b, joined, res)) {
      joined = true;
      continue;
    }
    parts.push([start, k]);
    let next = k + 1;
    while (next < b && tokens[next].word && cues.connectors.has(lower(tokens[next])) && !tokens[next].upper) next++;
    start = next;
    k = next - 1;
  }
  parts.push([start, b]);
  return parts.filter(([x, y]) => y > x);
}

function takesComplement(tokens: Token[], texts: string[], start: number, k: number, b: number, joined: boolean, res: FinderResources): boolean {
  const word = lower(tokens[k]);
  const left = lower(tokens[k - 1]);
  if (word === 'and' || word === '&') {
    if (joined) return lower(tokens[k + 1]) !== 'the';
    // "Operation Fast and Furious": a code name of ordinary words runs on through "and"; not
    // into a known name or another operation ("Operation Sindoor and Pakistan").
    if (opensCodeName(tokens[start]) && k + 1 < b && res.lexicon.matchAt(texts, k + 1) === null
      && tokens.slice(k + 1, b).every((t) => !t.word || (res.commonWords.has(lower(t)) && !cues.leadingHeads.has(lower(t))))) return true;
    // "Democratic and Popular Revolution": ordinary words on both sides of a headed name.
    const before = tokens.slice(start, k).filter((t) => t.word);
    return before.length === 1 && res.commonWords.has(left) && headType(tokens, k + 1, b) !== null;
  }
  // "Operation Volcano of Rage": a name a leading head opens runs on through its "of".
  if (word === 'of' && opensCodeName(tokens[start])) return true;
  // "Agreement on the Maintenance of ...", "Convention for the Protection of ...": a document or event head takes its subject.
  // "Talks on Cyprus" are talks about a place the text names in its own right.
  const subject = lower(tokens[k + 1] ?? tokens[k]) === 'the' ? k + 2 : k + 1;
  const titleHead = (word === 'on' || word === 'of' || word === 'for') && (cues.workHeads.has(left) || cues.eventHeads.has(left))
    && res.lexicon.matchAt(texts, subject, b) === null;
  // "the Commissions of Inquiry Act", "the Suppression of Communism Act": a law's name ends in its
  // head, so an "of" before that head is inside it.
  // ("the Fourth Schedule of the Anti-Terrorism Act": a part of a law is named apart from it.)
  const lawOf = word === 'of' && b - 1 > k && tokens[b - 1].upper && cues.statuteHeads.has(lower(tokens[b - 1])) && tokens.slice(start, k).every(isCapitalWord) && isCapitalWord(tokens[k + 1]);
  if (!(joined || titleHead || lawOf || cues.ofTakers.has(left) || cues.orgHeads.has(left))) return false;
  // "Special Envoy for Asian Affairs of the Chinese Foreign Ministry": a known body after "of" is
  // named in its own right when no word for a body opens the words before it.
  if (word === 'of' && !joined && !tokens.slice(start, k).some((t) => cues.orgHeads.has(lower(t)))) {
    const body = res.lexicon.matchAt(texts, subject, b);
    if (body && subject + body.length === b && body.entries.every((e) => e.type === 'ORG')) return false;
  }
  // "Yunnan Province of the People’s Republic of China": after a named province, "of" and a
  // country say whose province it is ("the Unitary State of the Republic of Indonesia" is the state itself).
  if (word === 'of' && cues.provinceWords.has(left) && k - 1 > start && res.lexicon.matchAt(texts, subject, b)?.entries.some((e) => e.kind === 'country')) return false;
  // ("the 41st Ranger Regiment on the Yala road": where a formation stands is no part of its name.)
  if (FORMATIONS.has(left) && ['on', 'in', 'at', 'near', 'along'].includes(word)) return false;
  // ("the Armed Forces for the National Police": after "for", a body's own head starts another body.)
  if (word === 'for' && cues.orgHeads.has(left) && cues.orgHeads.has(lower(tokens[b - 1]))) return false;
  // "the Presidential Council of Mohamed al-Menfi", "the Sovereignty Council of General X": a
  // person after "of" is who leads it, not its name.
  if (word === 'of' && k + 2 < b) {
    const known = res.lexicon.matchAt(texts, k + 1, b);
    if (known ? known.entries.every((e) => e.type === 'PERSON') : res.givenNames.has(lower(tokens[k + 1])) && !res.commonWords.has(lower(tokens[k + 1]))) return false;
    if (!known && cues.titleCores.has(lower(tokens[k + 1]))) return false;
    // ("the Defence Companies of Rifaat al-Assad", "the administration of Getachew Reda": a
    // person's name, two or three words ending in an Arabic surname or one the knowledge base gives a person.)
    const rest = tokens.slice(k + 1, b).filter((t) => t.word);
    const particle = (t: Token) => /^(al|el|bin|ibn)$/i.test(t.text);
    const names = rest.filter((t) => !particle(t));
    const last = names[names.length - 1];
    if (!known && names.length >= 2 && names.length <= 3 && rest.every((t) => t.upper || particle(t)) && !res.commonWords.has(lower(names[0]))
      && (rest.some(particle) || res.peopleBySurname(lower(last)).length > 0)) return false;
  }
  // "the Africa Corps of the Russian defence ministry": adjectives alone complete no name.
  if (word === 'of' && tokens.slice(subject, b).every((t) => !t.word || res.adjectives.has(lower(t)))) return false;
  // "Allameh Tabataba’i University of Tehran": after a proper name and its head, "of" and a
  // known place say where the institution is; "University of Ottawa" is the name itself.
  if (word === 'of' && !joined && cues.orgHeads.has(left)) {
    const properBefore = tokens.slice(start, k - 1).some((t) => t.word && !res.commonWords.has(lower(t)) && !res.adjectives.has(lower(t)));
    const place = res.lexicon.matchAt(texts, k + 1, b);
    if (properBefore && place?.entries.some((e) => e.type === 'PLACE')) return false;
  }
  return true;
}

function analyseChunk(tokens: Token[], texts: string[], a: number, b: number, text: string, field: Field, res: FinderResources, out: MentionCandidate[]): void {
  // "pro-Beijing New People's Party": a known name after "pro-" or "anti-" is a stance, ending
  // there; what follows starts a name of its own.
  const stance = tokens[a - 1]?.text === '-' && ATTITUDE_PREFIXES.has(lower(tokens[a - 2] ?? tokens[a - 1])) && tokens[a - 1].start === tokens[a - 2].end && tokens[a].start === tokens[a - 1].end;
  const opening = stance ? res.lexicon.matchAt(texts, a) : null;
  if (opening && a + opening.length < b) {
    pushKnown(tokens, a, a + opening.length, text, field, opening.entries, res, out);
    analyseChunk(tokens, texts, a + opening.length, b, text, field, res, out);
    return;
  }
  // "Zapad-2021", "Joint Sword-2024A": a name and its year are an exercise or operation.
  if (b - a >= 3 && tokens[b - 2].text === '-' && CODE_YEAR.test(tokens[b - 1].text)) {
    out.push({ ...mention(tokens, a, b, text, field, 'EVENT', [], 'code name and year', false), before: wordBefore(tokens, a) });
    return;
  }
  // The whole chunk is one known name ("Bosnia and Herzegovina", "Soviet Union"): the
  // knowledge base knows its type better than any head word does.
  const whole = res.lexicon.matchAt(texts, a, b);
  if (whole && a + whole.length === b) {
    pushKnown(tokens, a, b, text, field, whole.entries, res, out);
    return;
  }
  // "Janatha Vimukthi Peramuna (JVP)", "Border Guard Bangladesh (BGB)", "Directorate General of
  // Forces Intelligence (DGFI)": an acronym in brackets spelling the initials of every capitalised
  // word declares the words one name, whatever places or titles are among them; a body's, unless
  // a head word or a leading word says otherwise. People are not named with acronyms.
  // (Not a known place and words describing it: "Indian Illegally Occupied Jammu and Kashmir
  // (IIOJK)" is a side's name for the place.)
  const acronym = followingAcronym(tokens, b, a);
  const head = headType(tokens, a, b);
  if (acronym && initialsSpell(tokens, a, b, acronym) && (head || !describedPlace(tokens, texts, a, b, res))) {
    const type = head?.type ?? cues.leadingHeads.get(lower(tokens[a])) ?? 'ORG';
    out.push({ ...mention(tokens, a, b, text, field, type, [], `spelled by "${acronym}"`, false), acronym, before: wordBefore(tokens, a) });
    return;
  }
  // Capitalised function words ("Eject Russia From Region") mark a title-cased phrase, not a
  // name: only the names the knowledge base knows are taken from it.
  // An operation's code name may be any words ("Operation Just Cause").
  // (A run that links several names, "Gary Chan of DAB and Eunice Yung of New People's Party", is no one headed name.)
  const headed = head !== null && tokens.slice(a, b).every((t) => !t.word || t.upper);
  // (An initial is no function word: "M. A. Sumanthiran".)
  const initial = (k: number) => tokens[k].text.length === 1 && tokens[k + 1]?.text === '.';
  // (Nor is the "No." of a document's number: "Ordinance No. 21/015".)
  const titleCased = !opensCodeName(tokens[a]) && tokens.slice(a + 1, b).some((t, j) => t.upper && !initial(a + 1 + j) && !numberMarkAt(tokens, a + 1 + j) && (cues.connectors.has(lower(t)) || (cues.sentenceStarters.has(lower(t)) && !cues.titles.has(lower(t)) && !(headed && NAME_FORMING.has(lower(t))))));
  if (titleCased) {
    knownOnly(tokens, texts, a, b, text, field, res, out, false);
    return;
  }
  for (const [x, y] of units(tokens, texts, a, b, res)) analyseUnit(tokens, texts, x, y, text, field, res, out);
}

function analyseUnit(tokens: Token[], texts: string[], a: number, b: number, text: string, field: Field, res: FinderResources, out: MentionCandidate[]): void {
  const whole = res.lexicon.matchAt(texts, a, b);
  if (whole && a + whole.length === b) {
    pushKnown(tokens, a, b, text, field, whole.entries, res, out);
    return;
  }
  // "the Libyan Red Crescent", "the Palestine Red Crescent": a country's society of a movement.
  if (b - a >= 3 && cues.nationalSocieties.has(tokens.slice(a + 1, b).map(lower).join(' '))) {
    const country = res.adjectives.has(lower(tokens[a])) || res.lexicon.matchAt(texts, a, a + 1)?.entries.some((e) => e.kind === 'country' || e.kind === 'territory' || e.kind === 'disputed');
    if (country) {
      out.push({ ...mention(tokens, a, b, text, field, 'ORG', [], `national society of the "${tokens.slice(a + 1, b).map((t) => t.text).join(' ')}"`, false), before: wordBefore(tokens, a) });
      return;
    }
  }
  // "Puerto Jordán", "San Antonio del Táchira", "Cártel de Jalisco": a word that opens place or
  // organisation names makes the whole name one, whatever country or town its other words also
  // name; a head word still rules ("Lake Chad Basin Commission").
  const leads = cues.leadingHeads.get(lower(tokens[a]));
  if (b - a >= 2 && namedOnAfter(tokens, a, b) && (leads === 'PLACE' || leads === 'ORG') && (headType(tokens, a, b)?.type ?? leads) === leads) {
    out.push({ ...mention(tokens, a, b, text, field, leads, [], `leading word "${tokens[a].text}"`, false), before: wordBefore(tokens, a) });
    return;
  }
  if (b - a >= 3 && tokens[b - 2].text === '-' && koreanDivision(tokens, b - 2) && !res.lexicon.matchAt(texts, a, b)) {
    out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `Korean ending "-${tokens[b - 1].text}"`, false), before: wordBefore(tokens, a) });
    return;
  }
  // "Carabineros de Chile", "Multigremial de La Araucanía": unknown words, a Romance "de" and a
  // name are a body's name; a person's starts with a given name ("Charles de Gaulle") and a
  // place's with a place or a word that opens places ("Santiago de Chile", "Puerto de la Cruz").
  if (romanceBody(tokens, texts, a, b, res)) {
    out.push({ ...mention(tokens, a, b, text, field, 'ORG', [], `name linked by "de"`, false), before: wordBefore(tokens, a) });
    return;
  }
  // "Pakistan Tehreek-e-Insaf", "Jaish-e-Mohammed": a Persian or Urdu compound linked by a short
  // particle between hyphens names a party, a movement or an army, not a person; a head word or
  // a leading word still types it ("Sheikh-ul-Islam Square" is no organisation).
  if (ezafeCompound(tokens, a, b)) {
    out.push(ezafeMention(tokens, a, b, text, field));
    return;
  }
  // "Kebbi State", "Far North Region": a place the knowledge base knows, with the word for its
  // kind of division after it, is that place ("Islamic State" is no place: "Islamic" is none).
  if (b - a >= 2 && cues.placeDivisionSuffix.test(` ${tokens[b - 1].text}`)) {
    const bare = res.lexicon.matchAt(texts, a, b - 1);
    const places = bare && a + bare.length === b - 1 ? bare.entries.filter((e) => e.type === 'PLACE' && (e.kind === 'region' || e.kind === 'city' || e.kind === 'capital')) : [];
    if (places.length) {
      out.push({ ...mention(tokens, a, b, text, field, 'PLACE', places, `known place before "${tokens[b - 1].text}"`, false), before: wordBefore(tokens, a) });
      return;
    }
  }
  // "in Sheikh Zuweid", "near Capitán Pastene", "south of Sidi Bouzid": a title that also opens
  // towns' names, right after a preposition of place, opens a place's name ("in Sheikh Hasina's
  // time" is hers: a possessive follows).
  if (b - a >= 2 && cues.titlesInPlaceNames.has(lower(tokens[a])) && placeNamedAfter(tokens, a) && !/^['’]s$/i.test(tokens[b]?.text ?? '')
    && !headType(tokens, a, b) && !res.lexicon.matchAt(texts, a, b)?.entries.some((e) => e.type === 'PERSON')) {
    out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `"${tokens[a].text}" opening a place's name after "${wordBefore(tokens, a)}"`, false), before: wordBefore(tokens, a) });
    return;
  }
  // "Comprehensive Operation Sinai": an operation's code name after an adjective of its own.
  if (b - a >= 3 && opensCodeName(tokens[a + 1]) && tokens[a].upper && res.commonWords.has(lower(tokens[a])) && !res.adjectives.has(lower(tokens[a]))
    && tokens.slice(a + 2, b).every((t) => !t.word || t.upper || /^\d+$/.test(t.text))) {
    out.push({ ...mention(tokens, a, b, text, field, 'EVENT', [], `"${tokens[a + 1].text}" inside a code name`, false), before: wordBefore(tokens, a) });
    return;
  }
  // Leading titles and nationality adjectives describe a person; they are not the name
  // ("Russian President Vladimir Putin", "Secretary of State Antony Blinken").
  let titled = false;
  let s = a;
  while (s < b - 1) {
    // ("Tan Sri Zulkifli …": an honorific of two words, each of which alone is a name.)
    if (s < b - 2 && cues.titlePairs.has(`${lower(tokens[s])} ${lower(tokens[s + 1])}`)) {
      titled = true;
      s += 2;
      continue;
    }
    if (!isTitleWord(tokens[s], res)) break;
    if (cues.titleCores.has(lower(tokens[s]))) titled = true;
    s++;
  }
  // "the Prosecutor General’s Office": a title that owns the rest names an office, not a person.
  if (s > a && /^['’]s$/.test(tokens[s].text)) {
    s = a;
    titled = false;
  }
  // "Operation Prosperity Guardian": an operation's code name is one name, whatever its words
  // also name ("Guardian").
  if (b - a >= 2 && opensCodeName(tokens[a]) && tokens.slice(a + 1, b).every((t) => !t.word || t.upper || cues.connectors.has(lower(t)) || TITLE_LINKS.has(lower(t)))) {
    out.push({ ...mention(tokens, a, b, text, field, 'EVENT', [], `leading word "${tokens[a].text}"`, false), before: wordBefore(tokens, a) });
    return;
  }
  // "the 8888 Uprising", "the February 17 Revolution", "the 2008 Constitution": one head word
  // after its number (and month) is a named event or document.
  // "the army's 18th Brigade", "the 47th Mechanized Brigade": an ordinal opens a formation's name.
  const ordinal = tokens[a - 1];
  // ("11 Mechanised Battalion", "5 Infantry Brigade": British usage numbers a formation without a suffix.)
  const numbered = ordinal !== undefined && /^\d{1,3}$/.test(ordinal.text) && b - a >= 2 && FORMATIONS.has(lower(tokens[b - 1]));
  if (ordinal && ordinal.sentence === tokens[a].sentence && (ORDINAL.test(ordinal.text) || numbered) && b - a <= 4 && cues.ordinalUnitHeads.has(lower(tokens[b - 1])) && !tokens[a].sentenceStart) {
    out.push({ ...mention(tokens, a - 1, b, text, field, 'ORG', [], `ordinal before "${tokens[b - 1].text}"`, false), before: wordBefore(tokens, a - 1) });
    return;
  }
  // "the Fourth Army Area", "the Second Naval Zone": an ordinal in words opens a command's name.
  if (b - a >= 2 && b - a <= 4 && SPELLED_ORDINALS.has(lower(tokens[a])) && cues.ordinalUnitHeads.has(lower(tokens[b - 1])) && !res.lexicon.matchAt(texts, a, b)) {
    out.push({ ...mention(tokens, a, b, text, field, 'ORG', [], `ordinal "${tokens[a].text}" before "${tokens[b - 1].text}"`, false), before: wordBefore(tokens, a) });
    return;
  }
  const dated = b - a === 1 && numberedHead(tokens, a);
  if (dated) {
    out.push(mention(tokens, dated.from, b, text, field, dated.type, [], `head word "${tokens[a].text}" after a number`, false));
    return;
  }
  const head = headType(tokens, a, b);
  // (A title word opening a document's name is no title: "the General Amnesty Law"; nor is
  // "General" opening a body's: "the General Intelligence Service".)
  // ("the Sultan Murad Division": a formation named after a titled person keeps the title.)
  const bodyOpener = head?.type === 'ORG' && ((s === a + 1 && BODY_OPENING_TITLES.has(lower(tokens[a]))) || FORMATIONS.has(lower(tokens[b - 1])));
  if (head && (!(titled && s > a) || head.type === 'WORK' || bodyOpener)) {
    // A head word makes the whole unit one name, adjectives included ("Russian Defense Ministry");
    // a year just before an event or a document named by ordinary words belongs to it
    // ("2008 Constitution", "1982 Citizenship Law"; not "2013 Brussels Agreement").
    const year = (head.type === 'EVENT' || head.type === 'WORK') && a > 0 && /^\d{1,4}$/.test(tokens[a - 1].text)
      && tokens[a - 1].sentence === tokens[a].sentence
      && tokens.slice(a, b).every((t, k) => !t.word || (res.commonWords.has(lower(t)) && !res.lexicon.matchAt(texts, a + k, a + k + 1)?.entries.some((e) => e.type === 'PLACE')));
    out.push(mention(tokens, year ? a - 1 : a, b, text, field, head.type, [], `head word "${head.word}"`, false));
    return;
  }
  // "AJK Prime Minister Chaudhry Anwarul Haq", "ISPR Director General X": a name, then a title
  // and a person; each part is analysed on its own.
  if (s === a && !head) {
    const inner = innerTitle(tokens, a, b, res);
    if (inner > a) {
      analyseUnit(tokens, texts, a, inner, text, field, res, out);
      analyseUnit(tokens, texts, inner, b, text, field, res, out);
      return;
    }
  }
  // "its Deputy Foreign Minister": titles with no name after them name nobody.
  if (titled && s === b - 1 && cues.titles.has(lower(tokens[s]))) return;
  // (Initials are written in capitals too: "Air Marshal A.K. Bharti".)
  if (titled && s > a && (!tokens[s].allCaps || tokens[s].text.includes('.'))) {
    const kb = res.lexicon.matchAt(texts, s, b);
    // "the Secretary-General of Hezbollah": a title of an organisation or a place names its holder
    // elsewhere; what follows "of" is that organisation or place.
    if (lower(tokens[s - 1]) === 'of' && kb && kb.length === b - s && kb.entries.length && kb.entries.every((e) => e.type !== 'PERSON')) {
      analyseUnit(tokens, texts, s, b, text, field, res, out);
      return;
    }
    // "the Attorney-General of the Federation": one word for a body or a place after "of (the)" is
    // what the title belongs to, not who holds it.
    const linked = lower(tokens[s - 1]) === 'of' || (lower(tokens[s - 1]) === 'the' && lower(tokens[s - 2] ?? tokens[s - 1]) === 'of');
    if (linked && b - s === 1 && (cues.orgHeads.has(lower(tokens[s])) || cues.placeHeads.has(lower(tokens[s])))) return;
    const person = kb && kb.length === b - s ? kb.entries.filter((e) => e.type === 'PERSON') : [];
    out.push(mention(tokens, s, b, text, field, 'PERSON', person, `title "${tokens.slice(a, s).map((t) => t.text).join(' ')}"`, true));
    return;
  }
  const words = tokens.slice(a, b).filter((t) => t.word);
  // "Neo-Ottoman", "Russo-Armenian": a hyphenated adjective, not a name.
  if (words.length === 2 && tokens[a + 1]?.text === '-' && cues.adjectivePrefixes.has(lower(tokens[a]))) {
    // ("the Indo-Myanmar border": the place after a combining form is named alone.)
    const rest = res.lexicon.matchAt(texts, a + 2, b);
    if (rest && a + 2 + rest.length === b) pushKnown(tokens, a + 2, b, text, field, rest.entries, res, out);
    return;
  }
  // "the Sorosite Pashinyan regime": a name-derived adjective before a known surname describes him.
  if (words.length === 2 && cues.adjectiveEnding.test(words[0].text) && !res.givenNames.has(lower(words[0])) && res.peopleBySurname(lower(words[1])).length > 0) {
    shapeUnit(tokens, a + 1, b, text, field, res, out, false);
    return;
  }
  // "Western Tigray", "South Kordofan": a compass word and a known place are one place.
  if (words.length >= 2 && (COMPASS.has(lower(tokens[a])) || NEW_OLD.has(lower(tokens[a])))) {
    const rest = res.lexicon.matchAt(texts, a + 1, b);
    if (rest && a + 1 + rest.length === b && rest.entries.some((e) => e.type === 'PLACE')) {
      out.push(mention(tokens, a, b, text, field, 'PLACE', [], `compass word "${tokens[a].text}" and a known place`, false));
      return;
    }
  }
  // "West Guji", "West Shewa": a compass word the knowledge base knows only as a bloc ("the
  // West") before a name it does not know is a place on that side, as any compass word would be.
  // (Nor does a people's name after it: "West Guji" lies where the Guji live.)
  const restKnown = res.lexicon.matchAt(texts, a + 1, b);
  if (words.length === 2 && b - a === 2 && COMPASS.has(lower(tokens[a])) && words[1].upper && !res.adjectives.has(lower(words[1])) && (!restKnown || restKnown.entries.every((e) => e.type === 'GROUP'))) {
    const bloc = res.lexicon.matchAt(texts, a, a + 1);
    if (bloc && bloc.entries.every((e) => e.type === 'GROUP')) {
      out.push(mention(tokens, a, b, text, field, 'PLACE', [], `compass word "${tokens[a].text}"`, false));
      return;
    }
  }
  // "Imphal West", "Nairobi North": a known town or region with a compass word after it names
  // the district on that side of it (only the four points: "Kasai Central" stays Kasai and a word).
  if (words.length === 2 && b - a === 2 && TRAILING_COMPASS.has(lower(tokens[b - 1])) && !res.lexicon.matchAt(texts, a, b)) {
    const rest = res.lexicon.matchAt(texts, a, b - 1);
    if (rest && rest.length === 1 && rest.entries.some((e) => e.type === 'PLACE' && e.kind !== 'country')) {
      out.push(mention(tokens, a, b, text, field, 'PLACE', [], `known place and compass word "${tokens[b - 1].text}"`, false));
      return;
    }
  }
  // "Gao-Kidal road": places joined by hyphens are each a place, not a double-barrelled name.
  if (tokens.slice(a, b).some((t) => t.text === '-') && allKnownPlaces(texts, a, b, res)) {
    knownOnly(tokens, texts, a, b, text, field, res, out, false);
    return;
  }
  // "Kellem Wollega", "Horo Guduru Wollega": unknown words before a province's name are a zone of
  // it, neither a person nor the province.
  if (words.length >= 2 && words.length <= 3 && b - a === words.length && zoneOfRegion(tokens, texts, a, b, res)) {
    out.push(mention(tokens, a, b, text, field, 'PLACE', [], `unknown name before the province "${tokens[b - 1].text}"`, false));
    return;
  }
  // A person-shaped unit ("Paul Robinson") is not split by small places that share its words,
  // nor by a river or a province after a given name ("Frantz Elbé" is no Elbe). Particles are
  // no words of the count: "Marta Elena Rivas de Portillo" has four names.
  const named = words.filter((t) => t.upper).length;
  if (words.length >= 2 && named <= 4 && (!hasStrongKnownName(texts, a, b, res) || givenNameBeforePlace(tokens, texts, a, b, res))) {
    shapeUnit(tokens, a, b, text, field, res, out, false);
    return;
  }
  knownOnly(tokens, texts, a, b, text, field, res, out, true);
}

/** Kinds of known places a zone takes its name from. */
const ZONE_PARENTS = new Set(['region', 'historical']);

/** [a, b) is unknown capitalised words and then the one-word name of a province or historical region. */
function zoneOfRegion(tokens: Token[], texts: string[], a: number, b: number, res: FinderResources): boolean {
  const tail = res.lexicon.matchAt(texts, b - 1, b);
  if (!tail || !tail.entries.every((e) => e.type === 'PLACE' && ZONE_PARENTS.has(e.kind))) return false;
  return tokens.slice(a, b - 1).every((t, k) => {
    const w = lower(t);
    return isCapitalWord(t) && !t.allCaps && !res.lexicon.matchAt(texts, a + k, a + k + 1) && !res.givenNames.has(w) && !res.commonWords.has(w)
      && !res.adjectives.has(w) && !COMPASS.has(w) && !isTitleWord(t, res);
  });
}

/** Romance links inside bodies' names. */
const ROMANCE_DE = new Set(['de', 'del', 'des', 'do', 'da', 'dos', 'das', 'di', 'della']);

/** Whether [a, b) reads "Unknown de (la) Name": see analyseUnit. */
function romanceBody(tokens: Token[], texts: string[], a: number, b: number, res: FinderResources): boolean {
  let p = a + 1;
  while (p < b - 1 && p - a <= 3 && !(tokens[p].word && !tokens[p].upper && ROMANCE_DE.has(tokens[p].text))) p++;
  if (p >= b - 1 || p - a > 3) return false;
  const first = tokens[a];
  if (!tokens.slice(a, p).every(isCapitalWord) || res.givenNames.has(lower(first)) || isTitleWord(first, res) || cues.leadingHeads.has(lower(first))) return false;
  if (res.lexicon.matchAt(texts, a, b) || res.lexicon.matchAt(texts, a, p) || tokens.slice(a, p).some((t) => res.adjectives.has(lower(t)))) return false;
  // The name after "de": capitalised words, an article before them allowed ("de La Araucanía").
  const rest = tokens.slice(p + 1, b).filter((t) => t.word);
  if (!(rest.length > 0 && rest.every((t, k) => t.upper || (k === 0 && ROMANCE_ARTICLES.has(t.text)) || ROMANCE_DE.has(t.text)) && rest.some((t) => t.upper))) return false;
  // One unknown word after "de" is as often a surname ("Staffan de Mistura"): the name after it
  // must be a known one, opened by an article, or longer.
  return rest.length > 1 || res.lexicon.matchAt(texts, p + 1, b) !== null;
}

/** Length of the longest facility phrase in lower case starting at token `k` ("nuclear power plant"), or 0. */
function facilityAfter(tokens: Token[], k: number): number {
  let best = 0;
  for (const phrase of cues.facilityPhrases) {
    if (phrase.length > best && phrase.every((w, j) => tokens[k + j]?.text === w && tokens[k + j].sentence === tokens[k].sentence)) best = phrase.length;
  }
  return best;
}

/** Right after a preposition of place ("in", "near"), or "of" after a compass word ("south of"). */
function placeNamedAfter(tokens: Token[], a: number): boolean {
  const before = wordBefore(tokens, a);
  if (before === 'of') return COMPASS.has(wordBefore(tokens, a - 1) ?? '');
  return before !== undefined && cues.placePrepositionsBeforeNames.has(before);
}

/** Knowledge-base names inside [a, b), longest first from the left; with `shapeRest`, the words between are analysed as name shape. */
function knownOnly(tokens: Token[], texts: string[], a: number, b: number, text: string, field: Field, res: FinderResources, out: MentionCandidate[], shapeRest: boolean): void {
  let k = a;
  let rest = a;
  while (k < b) {
    const m = tokens[k].upper ? res.lexicon.matchAt(texts, k, b) : null;
    if (m) {
      if (shapeRest && rest < k) shapeUnit(tokens, rest, k, text, field, res, out, false);
      pushKnown(tokens, k, k + m.length, text, field, m.entries, res, out);
      k += m.length;
      rest = k;
    } else k++;
  }
  if (shapeRest && rest < b) shapeUnit(tokens, rest, b, text, field, res, out, false);
}

function pushKnown(tokens: Token[], a: number, b: number, text: string, field: Field, entries: KbEntry[], res: FinderResources, out: MentionCandidate[]): void {
  const type = entries[0].type;
  // A small place named like an ordinary word ("Along", "Arab") is most likely that word;
  // a large city is not ("Geneva" is also a gin). Inside a sentence it is left to the resolver
  // as an unknown word, which a place preposition or a list of places settles ("towards Sake").
  const small = entries.every((e) => WEAK_KINDS.has(e.kind) && (e.population ?? 0) < 100_000);
  // (A province needs an everyday word: "Texas" is also a steamboat's deck, yet "Unity" is the word.)
  const ordinary = entries.every((e) => e.kind === 'region') ? res.frequentWords ?? res.commonWords : res.commonWords;
  if (b - a === 1 && small && (ordinary.has(lower(tokens[a])) || res.adjectives.has(lower(tokens[a])))) {
    if (!tokens[a].sentenceStart && !res.adjectives.has(lower(tokens[a]))) out.push({ ...mention(tokens, a, b, text, field, null, entries, 'unknown word', false), before: wordBefore(tokens, a) });
    return;
  }
  // "the Obama administration": a small town sharing a name does not outweigh what follows it.
  const next = tokens[b];
  // (A province is not named for a person: "the Ladakh administration" governs Ladakh.)
  const town = small && entries.every((e) => e.kind === 'city');
  if (town && type === 'PLACE' && next?.word && !next.upper && cues.personNounsAfterName.has(lower(next))) {
    out.push(mention(tokens, a, b, text, field, 'PERSON', [], `before "${next.text}"`, false));
    return;
  }
  // "British" or "French" before a noun is an adjective, not the group of people.
  if (type === 'GROUP' && b - a === 1 && res.adjectives.has(lower(tokens[a])) && !standsAsNoun(tokens, a, res)) return;
  out.push({ ...mention(tokens, a, b, text, field, type, entries, 'knowledge base', false), before: wordBefore(tokens, a) });
}

function standsAsNoun(tokens: Token[], i: number, res: FinderResources): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "the Taiwanese voted", "many Taiwanese believe", "two Taiwanese and three Indonesians": a
  // determiner, a quantifier or a number before, and a verb or the end of the phrase after.
  const opened = before !== undefined && (lower(before) === 'the' || GROUP_QUANTIFIERS.has(lower(before)) || /^\d[\d,.]*$/.test(before.text) || NUMBER_WORDS.has(lower(before)));
  // "Egyptians, Sudanese and Nigeriens": in a list beside a plural of people.
  const listed = before !== undefined && (before.text === ',' || lower(before) === 'and') && pluralPeople(tokens[i - 2]);
  // "urged Beninese to reject", "kill Congolese to sell gold": the object of a verb, before "to"
  // or "who" ("is Congolese." describes someone).
  const object = before !== undefined && before.word && !before.upper && !COPULAS.has(lower(before)) && after !== undefined && ['to', 'who', 'whom', 'whose'].includes(lower(after));
  if (object) return true;
  if (!opened && !listed) return false;
  if (after === undefined || (!after.word && after.text !== '-')) return true;
  const w = lower(after);
  if (after.upper) return false;
  // "the Chinese and Indian armies": "and" goes on to another adjective of the same noun.
  if (w === 'and' || w === 'or') return !(tokens[i + 2]?.upper && res.adjectives.has(lower(tokens[i + 2])));
  // ("the Chinese quietly tell", "kill the Baloch as readily", "more for the Mapuche than …")
  return cues.personContext.has(w) || AUXILIARIES.has(w) || GROUP_VERBS.has(w) || AFTER_PEOPLE.has(w) || /ed$/.test(w) || /ly$/.test(w);
}

/** "Operation": a leading head whose name is a code name, any words at all. */
function opensCodeName(t: Token): boolean {
  return cues.leadingHeads.get(lower(t)) === 'EVENT';
}

/** Start and type of "8888 Uprising", "February 17 Revolution": a lone event or document head after a number in its sentence. */
function numberedHead(tokens: Token[], a: number): { from: number; type: EntityType } | null {
  const w = lower(tokens[a]);
  const type: EntityType | null = cues.eventHeads.has(w) ? 'EVENT' : cues.workHeads.has(w) ? 'WORK' : null;
  const n = tokens[a - 1];
  if (!type || tokens[a].sentenceStart || !n || n.sentence !== tokens[a].sentence || !/^\d{1,4}$/.test(n.text)) return null;
  // "the 1993 Agreement on the Maintenance of Peace …" is named by more than its head.
  const [link, next, after] = [tokens[a + 1], tokens[a + 2], tokens[a + 3]];
  if (link?.word && cues.connectors.has(lower(link)) && lower(link) !== 'and' && (next?.upper || (next && lower(next) === 'the' && after?.upper))) return null;
  const month = tokens[a - 2];
  return { from: month && month.sentence === n.sentence && MONTHS.has(lower(month)) ? a - 2 : a - 1, type };
}

const OPEN_QUOTE = /^[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']$/;

/**
 * Given names, a quoted nickname and a surname, each one to three capitalised words in one
 * sentence: the end (exclusive) of the whole and the token range [x, y) of the nickname.
 */
function nicknamed(tokens: Token[], i: number): { end: number; nickname: [number, number] } | null {
  const capital = (k: number) => tokens[k] !== undefined && tokens[k].word && tokens[k].upper && !tokens[k].allCaps && tokens[k].sentence === tokens[i].sentence;
  let k = i;
  while (k < i + 3 && capital(k)) k++;
  if (k === i || !OPEN_QUOTE.test(tokens[k]?.text ?? '') || tokens[k].start !== tokens[k - 1].end + 1) return null;
  const x = k + 1;
  let y = x;
  while (y < x + 3 && capital(y)) y++;
  if (y === x || !CLOSE_QUOTE.test(tokens[y]?.text ?? '') || tokens[y].start !== tokens[y - 1].end) return null;
  let end = y + 1;
  if (!capital(end) || tokens[end].start !== tokens[y].end + 1) return null;
  while (end < y + 4 && capital(end)) end++;
  return { end, nickname: [x, y] };
}

/** A capitalised plural naming people ("Egyptians", "Sunnis"). */
function pluralPeople(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.upper && !t.allCaps && /[^s]s$/.test(t.text);
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'several', 'both']);
/** Words that end a noun phrase, or irregular verbs, after a nationality word standing for its people ("the Sudanese neither …", "the Taiwanese went"). */
const AFTER_PEOPLE = new Set(['who', 'whom', 'whose', 'neither', 'nor', 'but', 'as', 'than', 'in', 'of', 'from', 'at', 'on', 'across', 'to', 'with', 'against', 'by', 'under', 'alike', 'themselves', 'still', 'also', 'too', 'now', 'then', 'again', 'went', 'came', 'took', 'made', 'fled', 'saw', 'lost', 'won', 'fought', 'kept', 'held', 'began', 'knew', 'felt', 'gave', 'got', 'left', 'stood', 'ran', 'sent', 'paid', 'must', 'can', 'may', 'might', 'cannot']);

/** Verbs after which a nationality word describes someone ("she is Congolese"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'became', 'becomes', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'feel', 'feels', 'felt']);
/** Words before a nationality word that make it the people ("many Taiwanese"). */
const GROUP_QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'all', 'every', 'we', 'us', 'ordinary', 'fellow', 'young', 'older', 'million', 'millions', 'thousands', 'of']);
/** Present-tense verbs after a nationality word that make it the people ("Taiwanese believe"). */
const GROUP_VERBS = new Set(['believe', 'think', 'want', 'fear', 'support', 'oppose', 'live', 'feel', 'know', 'see', 'vote', 'remember', 'reject', 'back', 'favour', 'favor', 'prefer', 'say', 'agree']);

/** Every hyphen-separated part of [a, b) is a known place. */
function allKnownPlaces(texts: string[], a: number, b: number, res: FinderResources): boolean {
  let k = a;
  while (k < b) {
    if (texts[k] === '-') {
      k++;
      continue;
    }
    const m = res.lexicon.matchAt(texts, k, b);
    if (!m || !m.entries.some((e) => e.type === 'PLACE')) return false;
    k += m.length;
  }
  return true;
}

/** Knowledge-base names that are more than a small place sharing a person's name. */
/** Countries and capitals stay themselves after any word ("Will Ukraine join?"); other places yield to a given name before them. */
const NAMED_AFTER_GIVEN = new Set(['country', 'capital', 'continent']);

/**
 * "Frantz Elbé", "Mumtaz Zahra Baloch": a given name that is no ordinary word, unknown words, then
 * one known name of a lesser place or of a people as the last word, is a person and their surname.
 */
function givenNameBeforePlace(tokens: Token[], texts: string[], a: number, b: number, res: FinderResources): boolean {
  if (b - a < 2 || b - a > 3 || tokens.slice(a, b).some((t) => !t.word)) return false;
  // (A capitalised word inside a name may also be a rare English word: "Sammi Deen Baloch".)
  // (A given name that is only a rare English word still opens one: "Germain Katanga".)
  const ordinary = res.givenNames.has(lower(tokens[a])) ? res.frequentWords ?? res.commonWords : res.commonWords;
  if (res.lexicon.matchAt(texts, a, b) || ordinary.has(lower(tokens[a])) || res.adjectives.has(lower(tokens[a]))) return false;
  for (let k = a; k < b - 1; k++) if (res.lexicon.matchAt(texts, k, b)) return false;
  const rest = res.lexicon.matchAt(texts, b - 1, b);
  if (!rest) return false;
  // Unknown words before a people's name in the singular are a person's ("Mumtaz Zahra Baloch",
  // "Mahrang Baloch"), given name known or not; a plural is the people ("Kachin Christians").
  if (rest.entries.every((e) => e.type === 'GROUP') && !/s$/.test(tokens[b - 1].text)) return true;
  if (tokens.slice(a + 1, b - 1).some((t) => res.commonWords.has(lower(t)))) return false;
  return res.givenNames.has(lower(tokens[a])) && rest.entries.every((e) => e.type === 'PLACE' && !NAMED_AFTER_GIVEN.has(e.kind ?? ''));
}

function hasStrongKnownName(texts: string[], a: number, b: number, res: FinderResources): boolean {
  for (let k = a; k < b; k++) {
    const m = res.lexicon.matchAt(texts, k, b);
    if (m && m.entries.some((e) => !WEAK_KINDS.has(e.kind))) return true;
  }
  return false;
}

/** Start of a run of titles with a core title inside [a, b), after a non-title word and before a name; or -1. */
function innerTitle(tokens: Token[], a: number, b: number, res: FinderResources): number {
  for (let j = a + 1; j < b - 1; j++) {
    if (!tokens[j].upper || !cues.titles.has(lower(tokens[j])) || isTitleWord(tokens[j - 1], res)) continue;
    let k = j;
    let core = false;
    while (k < b - 1 && isTitleWord(tokens[k], res)) {
      if (cues.titleCores.has(lower(tokens[k]))) core = true;
      k++;
    }
    if (core && tokens[k].word && tokens[k].upper && !cues.titles.has(lower(tokens[k]))) return j;
  }
  return -1;
}

function isTitleWord(t: Token, res: FinderResources): boolean {
  const w = lower(t);
  return cues.titles.has(w) || res.adjectives.has(w) || t.text === '-' || t.text === '.' || (!t.upper && cues.connectors.has(w)) || pluralTitle(t);
}

/** "Corporals Sergio Arévalo, …": a rank in the plural before a list of names. */
function pluralTitle(t: Token): boolean {
  const w = lower(t);
  return t.upper && w.length > 4 && w.endsWith('s') && cues.titles.has(w.slice(0, -1));
}

/**
 * "Lebanon's health ministry", "the Russian defence ministry", "its ministry of defense": a
 * government department written in lower case is still one organisation. A nationality adjective
 * right before it belongs to the name; the entity is named by its field ("Health Ministry") so
 * that every mention of it in the article is one entity.
 */
function lowerCaseMinistries(tokens: Token[], text: string, field: Field, res: FinderResources, out: MentionCandidate[]): void {
  const taken = (from: number, to: number) => out.some((m) => m.field === field && m.start < to && from < m.end);
  const found: MentionCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'ministry') continue;
    let a = -1;
    let b = -1;
    let domain = '';
    if (i > 0 && cues.ministryDomains.has(tokens[i - 1].text)) {
      a = i - 1;
      b = i + 1;
      domain = tokens[i - 1].text;
    } else if (tokens[i + 1]?.text === 'of' && cues.ministryDomains.has(tokens[i + 2]?.text ?? '')) {
      a = i;
      b = i + 3;
      domain = tokens[i + 2].text;
    }
    if (a < 0) continue;
    const before = tokens[a - 1];
    if (before && res.adjectives.has(lower(before)) && before.upper) a--;
    else if (!before || !(cues.ministryOpeners.has(lower(before)) || /^['’]s?$/.test(before.text))) {
      if (!cues.ministryRoles.has(tokens[b]?.text ?? '')) continue;
    }
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    if (taken(start, end)) continue;
    const name = `${domain[0].toUpperCase()}${domain.slice(1)} Ministry`;
    found.push({ ...mention(tokens, a, b, text, field, 'ORG', [], 'lower-case ministry', false), name });
  }
  if (!found.length) return;
  out.push(...found);
  out.sort((x, y) => x.start - y.start);
}

/**
 * "United Nations Support Mission in Libya (UNSMIL)": an organisation named after the place it
 * works in, when the acronym that follows spells the whole, is one name, not an organisation and
 * a place. So is a mission of an international body followed by "in" and a place ("United
 * Nations Interim Force in Lebanon"), acronym or not.
 */
function joinMissionsIn(out: MentionCandidate[], text: string, tokens: Token[], res: FinderResources): void {
  const texts = tokens.map((t) => t.text);
  for (let k = out.length - 2; k >= 0; k--) {
    const [org, place] = [out[k], out[k + 1]];
    if (org.type !== 'ORG' || place.type !== 'PLACE' || org.field !== place.field) continue;
    if (!/^\s+(in|for|to|on)\s+(the\s+)?$/i.test(text.slice(org.end, place.start))) continue;
    const span = text.slice(org.start, place.end);
    const acronym = /^\s*\((\p{Lu}{3,8})\)/u.exec(text.slice(place.end, place.end + 12))?.[1];
    if (isMissionName(org.text) && /^\s+in\s+(the\s+)?$/i.test(text.slice(org.end, place.start))) {
      out.splice(k, 2, { ...org, end: place.end, text: span, kb: knownAs(tokens, texts, org.start, place.end, res), rule: 'a mission named with the place it serves', acronym });
      continue;
    }
    if (!acronym || acronym[acronym.length - 1] !== place.text[0].toUpperCase()) continue;
    // The acronym's letters in order among the words' initials ("HRMMU" in "UN Human Rights …").
    const initials = span.split(/[\s-]+/).map((w) => w[0]?.toUpperCase() ?? '').join('');
    let at = 0;
    for (const ch of initials) if (ch === acronym[at]) at++;
    if (at < acronym.length) continue;
    out.splice(k, 2, { ...org, end: place.end, text: span, kb: [], rule: `named with its place, as "${acronym}" spells`, acronym });
  }
}

/**
 * "United Nations Interim Force", "EU Training Mission": a body of an international organisation
 * whose full name goes on with "in" and the place it serves.
 */
function isMissionName(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
  const opens = [1, 2].some((n) => cues.missionOpeners.has(words.slice(0, n).join(' ')));
  return opens && words.length > 2 && words.slice(1).some((w) => cues.missionHeads.has(w));
}

/** The knowledge-base entries named exactly by the text from `start` to `end` (a leading "The" aside). */
function knownAs(tokens: Token[], texts: string[], start: number, end: number, res: FinderResources): KbEntry[] {
  let i = tokens.findIndex((t) => t.start === start);
  if (i < 0) return [];
  if (lower(tokens[i]) === 'the') i++;
  const last = tokens.findIndex((t) => t.end === end);
  const m = last >= i ? res.lexicon.matchAt(texts, i, last + 1) : null;
  return m && m.length === last + 1 - i ? m.entries.filter((e) => e.type === 'ORG') : [];
}

/** Names not in the knowledge base, typed by their shape and surroundings. */
function shapeUnit(tokens: Token[], a: number, b: number, text: string, field: Field, res: FinderResources, out: MentionCandidate[], titled: boolean): void {
  // (A title's own link words go with it: "Minister of State for Defence" leaves no name "for Defence".)
  while (a < b && (tokens[a].text === '-' || res.adjectives.has(lower(tokens[a])) || cues.titles.has(lower(tokens[a])) || pluralTitle(tokens[a]) || (!tokens[a].upper && cues.connectors.has(lower(tokens[a]))))) a++;
  while (b > a && (tokens[b - 1].text === '-' || !tokens[b - 1].word)) b--;
  if (a >= b) return;
  const words = tokens.slice(a, b).filter((t) => t.word);
  if (words.every((t) => res.adjectives.has(lower(t)) || COMPASS.has(lower(t)))) return;
  if (!titled && ezafeCompound(tokens, a, b)) {
    out.push(ezafeMention(tokens, a, b, text, field));
    return;
  }
  // "South Korean officials": a nationality adjective of two words is no place either.
  if (res.adjectives.has(words.map(lower).join(' '))) return;
  const acronym = followingAcronym(tokens, b, a);
  const numbered = /^\d+$/.test(tokens[b - 1].text) && cues.leadingHeads.get(lower(words[0]));
  if (numbered && words.length === 2) {
    out.push({ ...mention(tokens, a, b, text, field, numbered, [], `leading word "${words[0].text}"`, false), acronym });
    return;
  }
  const before = wordBefore(tokens, a);
  const first = lower(words[0]);
  if (words.length >= 2) {
    const leading = cues.leadingHeads.get(first);
    if (leading) {
      out.push({ ...mention(tokens, a, b, text, field, leading, [], `leading word "${words[0].text}"`, false), acronym, before });
      return;
    }
    if (ARABIC_ARTICLE.has(first)) {
      // "Al-Hodeidah", "al-Mukalla": the article and a place the knowledge base knows without it.
      const rest = tokens.slice(tokens.indexOf(words[1], a), b).map((t) => t.text);
      const known = res.lexicon.matchAt(rest, 0);
      const places = known && known.length === rest.length ? known.entries.filter((e) => e.type === 'PLACE') : [];
      if (places.length) {
        out.push({ ...mention(tokens, a, b, text, field, 'PLACE', places, `"${words[0].text}" and a known place`, false), acronym, before });
        return;
      }
    }
    if (COMPASS.has(first) || ARABIC_ARTICLE.has(first)) {
      out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `compass word "${words[0].text}"`, false), acronym, before });
      return;
    }
    // "The Cradle", "The Guardian": a capitalised article inside a sentence opens a title.
    if (first === 'the' && !tokens[a].sentenceStart) {
      out.push({ ...mention(tokens, a, b, text, field, 'ORG', [], 'capitalised "The"', false), acronym, before });
      return;
    }
    // "Las Quintas", "La Familia Michoacana": an opening article is no given name ("La" is one in English).
    const article = OPENING_ARTICLES.has(first) && !tokens[a].allCaps;
    const given = !article && res.givenNames.has(first);
    // Ordinary words capitalised together ("Lasting Peace", "Strategic Framework") are no person.
    const ordinary = res.frequentWords ?? res.commonWords;
    if (!given && words.every((t) => ordinary.has(lower(t)))) return;
    // Nor, likely, are dictionary words all but one of which are everyday ones ("Civil Defence",
    // "Human Rights Ombudsman"): unless the words around make them a place, they stay unknown
    // (rare words together may be a person: "Malik Agar").
    // (Short syllables and given names anywhere keep it a person's: "Sun Li-fang", "Alpha Barry".)
    const dictionary = !given && words.length >= 2 && words.every((t) => t.text.length >= 4 && res.commonWords.has(lower(t)) && !res.givenNames.has(lower(t)))
      && words.filter((t) => !ordinary.has(lower(t))).length <= 1 && words.some((t) => ordinary.has(lower(t)));
    // "Illegally Occupied Jammu": an adverb or a participle is no part of a person's name.
    if (words.some((t) => /(ly|ed)$/i.test(t.text) && res.commonWords.has(lower(t)) && !res.givenNames.has(lower(t)))) return;
    const after = [tokens[b], tokens[b + 1]].filter((t) => t?.word && !t.upper).map((t) => lower(t!));
    // "the Neelum-Jhelum hydropower project": two names joined by a hyphen before a work.
    if (words.length === 2 && tokens.slice(a, b).some((t) => t.text === '-') && after.some((w) => cues.worksAfterCompound.has(w))) return;
    if (words.every((t) => !t.allCaps || t.text.length <= 2 || INITIALS.test(t.text))) {
      // "Kiryat Shmona", "Bint Jbeil": a name shaped like a person's that no given name opens and
      // a settlement bears is that place; so is one a big city bears, given name or not ("Ed Daein").
      const settlement = titled ? null : res.settlement?.(text.slice(tokens[a].start, tokens[b - 1].end));
      // ("in Mai Kadra": a town's name a given name opens, after a preposition of place.)
      const placed = cues.placePrepositionsBeforeNames.has(before ?? '');
      if (settlement === 'city' || (settlement === 'town' && (!given || placed))) {
        out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], 'settlement name', false), acronym, before });
        return;
      }
      // "in Mir Ali, North Waziristan": after a preposition of place and before a comma and a
      // known place, the region it lies in, a name is a place whatever its first word.
      if (!titled && placed && tokens[b]?.text === ',' && knownPlaceAt(tokens, b + 1, res)) {
        out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `after "${before}" and before a place it lies in`, false), acronym, before });
        return;
      }
      const preposition = before === 'the' ? wordBefore(tokens, a - 1) : before;
      if (!given && !titled && preposition && cues.placePrepositionsBeforeNames.has(preposition)) {
        out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `after "${preposition}"`, false), acronym, before });
        return;
      }
      // "the Latin Kings", "the Chone Killers", "the Proud Boys": a name that no given name opens,
      // ending in the plural of an ordinary noun, names a band of people, not one person.
      const last = lower(words[words.length - 1]);
      if (!given && !article && !titled && words.length >= 2 && last.length > 3 && last.endsWith('s') && res.commonWords.has(last) && res.commonWords.has(last.slice(0, -1))) {
        out.push({ ...mention(tokens, a, b, text, field, 'ORG', [], `plural "${words[words.length - 1].text}" ending the name`, false), acronym, before });
        return;
      }
      // An article before it, Romance ("Las Quintas") or English ("ruled the Tierra Caliente")
      // where no noun follows it ("the Biden administration"), makes it no person's name: it
      // stays unknown unless the text says more.
      const attributive = tokens[b]?.word && !tokens[b].upper && tokens[b].sentence === tokens[a].sentence;
      if (!titled && (article || (before === 'the' && !attributive))) {
        out.push({ ...mention(tokens, a, b, text, field, null, [], article ? `opened by the article "${words[0].text}"` : 'after "the"', false), acronym, before });
        return;
      }
      // "Akhmat-Yurt", "Oubangui-Chari": two words a hyphen joins, alone, are a place or a
      // double surname far more often than a whole person's name (unless both are given names,
      // "Jean-Pierre"): unknown until the text says more.
      const joined = words.length === 2 && b - a === 3 && tokens[a + 1].text === '-' && tokens[a + 1].start === tokens[a].end && tokens[a + 2].start === tokens[a + 1].end;
      if (!titled && joined && !(given && res.givenNames.has(lower(words[1])))) {
        out.push({ ...mention(tokens, a, b, text, field, null, [], 'two words joined by a hyphen', false), acronym, before });
        return;
      }
      // "the Black Volta", "Upper Kotli": an ordinary word before the name of a known river or
      // region makes a place named after it, not a person (surnames are towns' names too: "Reda").
      const lastKnown = !given && !titled && words.length === 2 && b - a === 2 && res.commonWords.has(lower(tokens[a])) ? res.lexicon.matchAt([tokens[a + 1].text], 0, 1) : null;
      if (lastKnown && lastKnown.length === 1 && lastKnown.entries.every((e) => e.type === 'PLACE' && e.kind !== 'city' && e.kind !== 'capital')) {
        out.push({ ...mention(tokens, a, b, text, field, 'PLACE', [], `before the place "${tokens[a + 1].text}"`, false), acronym, before });
        return;
      }
      // "the Enga Provincial Police Commander, Superintendent …": capitalised words that end in
      // a title name an office, and its holder is named after it.
      if (!given && !titled && words.length >= 2 && cues.titleCores.has(lower(words[words.length - 1]))) return;
      out.push({ ...mention(tokens, a, b, text, field, 'PERSON', [], given ? 'given name' : dictionary && !titled ? DICTIONARY_WORDS : 'name shape', titled), acronym, before });
      return;
    }
  }
  // "ISR (intelligence, surveillance, reconnaissance)", "the deputy chief of mission … the DCM":
  // an acronym the text spells out in lower-case words abbreviates a common noun, not a name.
  if (words.length === 1 && words[0].allCaps && spelledOut(tokens, words[0].text)) return;
  if (words.length === 1 && !titled && (res.languages?.has(lower(words[0])) || shouted(words[0], res))) return;
  // "the Communists", "Islamists": the capitalised plural of a follower of a creed or party.
  // Any "-ists" ("Communists", "Maoists"); an "-ites" only off the dictionary ("Alawites", not "Satellites").
  if (words.length === 1 && !titled && !words[0].sentenceStart && FOLLOWERS.test(words[0].text)
    && (/ists$/.test(words[0].text) || !res.commonWords.has(lower(words[0])))) {
    out.push({ ...mention(tokens, a, b, text, field, 'GROUP', [], 'followers of a creed or party', false), acronym, before });
    return;
  }
  // "an amendment to the Constitution", "its Charter": a state's or body's founding document,
  // capitalised alone after a determiner, is named.
  if (words.length === 1 && !titled && !words[0].sentenceStart && !words[0].allCaps && LONE_DOCUMENTS.has(lower(words[0])) && before && DOCUMENT_OWNERS.has(before)) {
    out.push({ ...mention(tokens, a, b, text, field, 'WORK', [], `"${words[0].text}" after "${before}"`, false), acronym, before });
    return;
  }
  // "Punjabis", "Gazans": the people of a province or city, named after it.
  // (At a sentence's start too, when a lower-case word follows: "Papuans who cross …".)
  const runningText = !words[0].sentenceStart || (tokens[b]?.word === true && !tokens[b].upper);
  if (words.length === 1 && !titled && runningText && peopleOfPlace(words[0], res)) {
    out.push({ ...mention(tokens, a, b, text, field, 'GROUP', [], 'people of a place', false), acronym, before });
    return;
  }
  const plural = words.length === 1 && !titled && pluralName(words[0], res);
  out.push({ ...mention(tokens, a, b, text, field, titled ? 'PERSON' : null, [], titled ? 'title' : 'unknown word', titled), acronym, before, ...(plural ? { plural } : {}) });
}

/** "Meiteis", "Hmars": a capitalised plural of a word no dictionary holds, neither a given name ("Williams"). */
function pluralName(t: Token, res: FinderResources): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) || /(?:ss|us)$/.test(t.text)) return false;
  const word = lower(t);
  const stem = word.slice(0, -1);
  return !res.commonWords.has(word) && !res.commonWords.has(stem) && !res.givenNames.has(stem) && !res.adjectives.has(stem);
}

/** Kinds of place whose people are named after it; a small town's name is too often a word's stem. */
const PEOPLED_KINDS = new Set(['country', 'region', 'disputed', 'territory', 'macro_region', 'capital']);
const BIG_CITY = 100_000;

/**
 * Whether a word is the plural of the people of a known place: its name with "-is" ("Ladakhis",
 * "Darfuris") or, after a vowel, "-ns" ("Gazans", "Crimeans"). Dictionary words and given names
 * are excluded ("Davis" is nobody's people).
 */
function peopleOfPlace(t: Token, res: FinderResources): boolean {
  const w = lower(t);
  if (res.commonWords.has(w) || res.givenNames.has(w)) return false;
  const m = /^(\p{Lu}\p{Ll}{3,})(?:is|(?<=[aeiouy])ns)$/u.exec(t.text);
  if (!m) return false;
  const match = res.lexicon.matchAt([m[1]], 0);
  return match !== null && match.entries.some((e) => e.type === 'PLACE'
    && (PEOPLED_KINDS.has(e.kind) || (e.kind === 'city' && (e.population ?? 0) >= BIG_CITY)));
}

/** Documents a text names by their kind alone, capitalised: each state or body has one. */
const LONE_DOCUMENTS = new Set(['constitution', 'charter']);
const DOCUMENT_OWNERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'whose']);

/** Plurals of followers: "Communists", "Loyalists", "Maronites". */
const FOLLOWERS = /^\p{Lu}\p{Ll}+(?:ists|ites)$/u;

/** Shortest ordinary word taken for shouting rather than an acronym when written in capitals. */
const SHOUTED_LETTERS = 5;

/** "UNLESS of course …": an ordinary word in capitals is emphasis, not an organisation's acronym. */
function shouted(t: Token, res: FinderResources): boolean {
  return t.allCaps && t.text.length >= SHOUTED_LETTERS && res.commonWords.has(lower(t));
}

/** Words an expansion may skip between the words that give its letters. */
const EXPANSION_GLUE = new Set(['of', 'and', 'for', 'the', ',', '-']);

/** Some run of lower-case content words in the article starts with the acronym's letters, in order. */
const spelledCache = new WeakMap<Token[], Map<string, boolean>>();

function spelledOut(tokens: Token[], acronym: string): boolean {
  if (!/^[A-Z]{3,}$/.test(acronym)) return false;
  let seen = spelledCache.get(tokens);
  if (!seen) spelledCache.set(tokens, (seen = new Map()));
  const known = seen.get(acronym);
  if (known !== undefined) return known;
  const found = spellsOut(tokens, acronym);
  seen.set(acronym, found);
  return found;
}

function spellsOut(tokens: Token[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const content = (t: Token | undefined) => t !== undefined && t.word && !t.upper && t.text.length >= 3 && !EXPANSION_GLUE.has(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!content(tokens[i]) || tokens[i].text[0].toLowerCase() !== letters[0]) continue;
    let k = i + 1;
    let n = 1;
    while (n < letters.length && k < tokens.length) {
      const t = tokens[k];
      if (EXPANSION_GLUE.has(t.text.toLowerCase())) {
        k++;
        continue;
      }
      if (!content(t) || t.text[0].toLowerCase() !== letters[n]) break;
      n++;
      k++;
    }
    if (n === letters.length) return true;
  }
  return false;
}

function wordBefore(tokens: Token[], a: number): string | undefined {
  const t = tokens[a - 1];
  return t && t.word && t.sentence === tokens[a].sentence ? lower(t) : undefined;
}

/**
 * Whether [a, b) is a known place with only describing words before it: adjectives,
 * participles, adverbs or other places ("Indian Illegally Occupied Jammu and Kashmir",
 * "Pakistan-occupied Kashmir"; not "Border Guard Bangladesh").
 */
function describedPlace(tokens: Token[], texts: string[], a: number, b: number, res: FinderResources): boolean {
  for (let k = a + 1; k < b; k++) {
    const m = tokens[k].upper ? res.lexicon.matchAt(texts, k, b) : null;
    if (!m || k + m.length !== b || !m.entries.some((e) => e.type === 'PLACE')) continue;
    return tokens.slice(a, k).every((t, j) => !t.word || !t.upper || res.adjectives.has(lower(t)) || COMPASS.has(lower(t)) || /(ly|ed)$/.test(t.text)
      || res.lexicon.matchAt(texts, a + j, a + j + 1)?.entries.some((e) => e.type === 'PLACE'));
  }
  return false;
}

/** Whether the initials of the capitalised words in [a, b), hyphenated parts each, are `acronym`'s letters (three or more). */
function initialsSpell(tokens: Token[], a: number, b: number, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 3) return false;
  const initials = tokens.slice(a, b).filter((t) => t.word && t.upper).map((t) => t.text[0].toUpperCase()).join('');
  return initials === letters;
}

function followingAcronym(tokens: Token[], b: number, a: number): string | undefined {
  if (tokens[b]?.text !== '(') return undefined;
  // "Suspension of Operations (SoO)": small letters inside an acronym spell the name's small words.
  if (!tokens[b + 1]?.allCaps && MIXED_ACRONYM.test(tokens[b + 1]?.text ?? '') && tokens[b + 2]?.text === ')') {
    const initials = tokens.slice(a, b).filter((t) => t.word).map((t) => t.text[0]).join('');
    return initials === tokens[b + 1].text ? tokens[b + 1].text : undefined;
  }
  // "Village Defence Committees (VDCs)": a plural acronym stands for the singular one too.
  const plural = PLURAL_ACRONYM.exec(tokens[b + 1]?.text ?? '');
  if (plural && tokens[b + 2]?.text === ')') return plural[1];
  if (!tokens[b + 1]?.allCaps) return undefined;
  if (tokens[b + 2]?.text === ')') return tokens[b + 1].text;
  // "(SPLA-IO)", "(SPLM-N)": two capitalised parts a hyphen joins.
  const [x, dash, y, close] = [tokens[b + 1], tokens[b + 2], tokens[b + 3], tokens[b + 4]];
  if (dash?.text === '-' && y?.allCaps && close?.text === ')' && dash.start === x.end && y.start === dash.end) return `${x.text}-${y.text}`;
  return undefined;
}

/**
 * "the Gogra-Hot Springs area", "the Tindouf-Zouérat route": two places a hyphen joins before a
 * noun of places, each the knowledge base's when it knows the name. A known name spanning the
 * hyphen ("Nagorno-Karabakh region") and nationality adjectives ("Russian-Ukrainian border") are
 * left to the other rules.
 */
function placePair(tokens: Token[], texts: string[], a: number, b: number, knownLength: number, text: string, field: Field, res: FinderResources, out: MentionCandidate[]): boolean {
  let hyphen = -1;
  for (let k = a + 1; k < b - 1 && hyphen < 0; k++) if (tokens[k].text === '-' && tokens[k].start === tokens[k - 1].end && tokens[k + 1].start === tokens[k].end) hyphen = k;
  if (hyphen < 0 || knownLength > hyphen - a) return false;
  if (tokens.slice(a, b).some((t, k) => a + k !== hyphen && !(t.word && t.upper))) return false;
  const noun = tokens[b];
  if (!noun?.word || noun.upper || !cues.placesAfterCompound.has(lower(noun)) || noun.sentence !== tokens[a].sentence) return false;
  const sides: [number, number][] = [[a, hyphen], [hyphen + 1, b]];
  if (sides.some(([x, y]) => y - x === 1 && res.adjectives.has(lower(tokens[x])))) return false;
  if (res.givenNames.has(lower(tokens[a]))) return false;
  for (const [x, y] of sides) {
    // ("the Indo-Myanmar border": a combining form names no place of its own.)
    if (y - x === 1 && cues.adjectivePrefixes.has(lower(tokens[x]))) continue;
    const known = res.lexicon.matchAt(texts, x, y);
    const places = known && known.length === y - x ? known.entries.filter((e) => e.type === 'PLACE') : [];
    const rule = places.length ? 'knowledge base' : `joined to a place before "${noun.text}"`;
    out.push({ ...mention(tokens, x, y, text, field, 'PLACE', places, rule, false), before: wordBefore(tokens, x) });
  }
  return true;
}

function headType(tokens: Token[], a: number, b: number): { type: EntityType; word: string } | null {
  if (b - a < 2) return null;
  // The head is the last word, or the word before a complement ("Higher School of Economics");
  // a trailing number belongs to a document's name ("Resolution 2724").
  // ("Decree 444 of 2014": and the year it was issued.)
  if (b - a >= 4 && YEAR.test(tokens[b - 1].text) && lower(tokens[b - 2]) === 'of' && DOC_NUMBER.test(tokens[b - 3].text)) b -= 2;
  // ("Resolution 41/41": the head before a number and its session.)
  const grouped = tokens[b - 2]?.text === '/' || (tokens[b - 2]?.text === '.' && /^\d{3}$/.test(tokens[b - 1].text));
  let numberAt = b - 3 >= a && grouped && DOC_NUMBER.test(tokens[b - 3].text) ? b - 3 : b - 1;
  // ("Ordinance No. 21/015", "Law No. 034/PR/2015": the head before the "No." of its number.)
  for (let k = a + 1; k < b - 2; k++) if (numberMarkAt(tokens, k)) numberAt = k;
  const lastWord = (DOC_NUMBER.test(tokens[b - 1].text) || numberAt < b - 3) && numberAt > a ? lower(tokens[numberAt - 1]) : lower(tokens[b - 1]);
  // Before a complement the head comes first: "War on the China-India Border" is a war.
  const words = [lastWord];
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].word && !tokens[k].upper && (cues.connectors.has(lower(tokens[k])) || TITLE_LINKS.has(lower(tokens[k])))) {
      words.unshift(lower(tokens[k - 1]));
      break;
    }
  }
  // "the General Staff said": an army's command ("Chief of the General Staff" is a title, and
  // "Chief of Army Staff" names none).
  if (lastWord === 'staff' && lower(tokens[b - 2]) === 'general' && !titleBefore(tokens, a)) return { type: 'ORG', word: 'general staff' };
  // "the Southern Military District", "the Third Military Region": a command, not a territory.
  if ((lastWord === 'region' || lastWord === 'district') && b - a >= 3 && lower(tokens[b - 2]) === 'military') return { type: 'ORG', word: `military ${lastWord}` };
  for (const word of words) {
    // "the House of Representatives", "the Chamber of Deputies": a house with a complement is a body.
    if (word !== lastWord && BODY_ROOMS.has(word)) return { type: 'ORG', word };
    if (cues.eventHeads.has(word)) return { type: 'EVENT', word };
    if (cues.workHeads.has(word)) return { type: 'WORK', word };
    if (cues.orgHeads.has(word)) return { type: 'ORG', word };
    if (cues.placeHeads.has(word)) return { type: 'PLACE', word };
  }
  return null;
}

/** "Chief of the …", "Chief of …" right before token `a`. */
function titleBefore(tokens: Token[], a: number): boolean {
  let k = a - 1;
  if (lower(tokens[k] ?? tokens[a]) === 'the') k--;
  return lower(tokens[k] ?? tokens[a]) === 'of' && cues.titles.has(lower(tokens[k - 1] ?? tokens[a]));
}

function mention(tokens: Token[], a: number, b: number, text: string, field: Field, type: EntityType | null, kb: KbEntry[], rule: string, titled: boolean): MentionCandidate {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return { field, start, end, text: text.slice(start, end), type, kb, rule, titled, acronym: followingAcronym(tokens, b, a) };
}
