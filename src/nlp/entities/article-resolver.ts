// Inside one article, groups mentions into the entities they name: a surname or a titled
// surname joins the full name used elsewhere in the article ("Pashinyan" -> "Nikol Pashinyan"),
// an acronym joins the name it abbreviates ("Collective Security Treaty Organization (CSTO)"),
// knowledge-base names join their entry, and places named ambiguously ("Georgia") are settled
// by the other places the article names.
import type { EntityType, KbEntry } from '../../core/entity.js';
import { foldName } from '../../core/names.js';
import { distanceKm } from '../kb/geocode.js';
import { FOREIGN_TOWN, foreignTo, secondMostNamed } from '../kb/fallback-gazetteer.js';
import { cues } from './cues.js';
import type { Field, MentionCandidate } from './mention-finder.js';

export interface ResolvedMention {
  field: Field;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface ArticleEntity {
  /** Link key across articles: "kb:<entry id>" or "<TYPE>:<folded name>". */
  key: string;
  type: EntityType;
  name: string;
  kb: KbEntry | null;
  forms: string[];
  mentions: ResolvedMention[];
}

export interface ResolverResources {
  /** Picks one of several same-named places given the article's countries and places. */
  choosePlace(candidates: KbEntry[], context: { countries: Map<string, number>; places: KbEntry[] }): KbEntry | null;
  /** Knowledge-base people known by this surname (folded), for articles that give only the surname. */
  peopleBySurname(surname: string): KbEntry[];
  /** Whether a settlement of one of the two countries named most bears exactly this name (its own or an alternative). */
  settlementIn?(name: string, countries: ReadonlyMap<string, number>): boolean;
}

/** Towns this small never outweigh a country of their name in an article's context. */
const SMALL_TOWN = 100_000;

/** How near a "New" town lies to the city whose name it takes, to be called by it. */
const NEW_TOWN_KM = 50;

/** Capitals only, up to eight ("MINUSCA", "MONUSCO"). */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** Whether the knowledge base knows the entry by this name. */
const knownAs = (kb: KbEntry, name: string) => [kb.name, ...kb.aliases].some((n) => fold(n) === fold(name));

/** The one entity whose name's capitalised words start with the acronym's letters in order ("LAC": "Line of Actual Control"). */
function spelledBy(acronym: string, entities: Iterable<ArticleEntity>): ArticleEntity | undefined {
  const found = [...entities].filter((e) => e.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === acronym);
  return found.length === 1 ? found[0] : undefined;
}

/** "in Congress", "in Ramadan": an institution or a season named like a place, that no known place bears. */
function notAPlace(c: MentionCandidate): boolean {
  return !c.introduced && cues.notPlacesAfterPreposition.has(c.text.toLowerCase()) && !c.kb.some((e) => e.type === 'PLACE');
}

/** "XVII", "III": numbers, not organisations. */
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const words = (s: string) => fold(s).split(/[\s-]+/).filter(Boolean);
/** Consonants of a name, doubled ones once, x as ks: "zelenskyy" and "zelensky" are both "zlnsk". */
const skeleton = (word: string) => word.replace(/[^a-z]/g, '').replace(/x/g, 'ks').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
const endsWith = (long: string[], short: string[]) => short.every((w, i) => long[long.length - short.length + i] === w);
const startsWith = (long: string[], short: string[]) => short.every((w, i) => long[i] === w);

/** Organisation names compare without hyphens and company suffixes ("Anglo-Asian Mining PLC"). */
function nameKey(type: EntityType, name: string): string {
  const key = fold(name);
  return type === 'ORG' ? key.replace(/-/g, ' ').replace(/\s+(plc|inc|ltd|llc|corp|co|sa|ag|gmbh)\.?$/, '') : key;
}

const fold = foldName;
const lastWord = (s: string) => fold(s).split(/[\s-]+/).pop() ?? '';

/**
 * The words a person is called by alone: the last word of the name, and in a name of three words
 * or more the one before it ("Ruiz" of "Hernán Ruiz Cárdenas": Spanish and Portuguese names put
 * the father's surname there).
 */
function surnamesOf(name: string): string[] {
  // Hyphens stay: "Kinmen-Amoy", typed a person by mistake, gives no surname "Amoy".
  const w = nameWords(name);
  return w.length >= 3 ? [w[w.length - 1], w[w.length - 2]] : w.length === 2 ? [w[1]] : [];
}

/** Words opening a kunya, an Arabic name after one's child ("Abu Mazen", "Umm Kulthum"). */
const KUNYA = new Set(['abu', 'umm']);

/** A name's words, folded, without particles ("Le", "al", "van"). */
const nameWords = (name: string) => fold(name).split(/\s+/).filter((w) => w && !cues.nameParticles.has(w));
const withoutParticles = (name: string) => nameWords(name).join(' ');

/** Places small enough that a person's surname is the likelier reading of their name ("Elbé", "Beltrán"). */
const yieldsToSurname = (kb: KbEntry[]) => kb.length > 0 && kb.every((e) => e.type === 'PLACE' && e.kind !== 'country' && e.kind !== 'capital' && (e.population ?? 0) < 1_000_000);

export function resolveArticle(candidates: MentionCandidate[], res: ResolverResources): ArticleEntity[] {
  const entities = new Map<string, ArticleEntity>();
  const keyAt = new Map<string, string>(); // field and start of a mention -> its entity's key
  // Merges move the mentions, so their positions go on naming the entity that absorbed them.
  const mergeInto = (target: ArticleEntity, source: ArticleEntity, why = `surname of "${target.name}"`) => {
    for (const m of source.mentions) {
      target.mentions.push({ ...m, rule: `${m.rule}; ${why}` });
      keyAt.set(`${m.field}:${m.start}`, target.key);
    }
    for (const f of source.forms) if (!target.forms.includes(f)) target.forms.push(f);
    entities.delete(source.key);
  };
  const add = (key: string, type: EntityType, name: string, kb: KbEntry | null, c: MentionCandidate) => {
    keyAt.set(`${c.field}:${c.start}`, key);
    let e = entities.get(key);
    if (!e) {
      e = { key, type, name, kb, forms: [], mentions: [] };
      entities.set(key, e);
    }
    if (!e.forms.includes(c.text)) e.forms.push(c.text);
    e.mentions.push({ field: c.field, start: c.start, end: c.end, text: c.text, rule: c.rule });
    return e;
  };

  const context = articleContext(candidates);
  const foreignTown = (c: MentionCandidate): boolean => {
    const towns = c.kb.filter((e) => e.type === 'PLACE');
    if (!towns.length || !towns.every((e) => e.kind === 'city' && (e.population ?? 0) < FOREIGN_TOWN && e.geo?.country)) return false;
    // (The article counts a name's mentions towards a country only where the name is unambiguous.)
    const own = c.kb.length === 1 ? candidates.filter((x) => x.kb.length === 1 && fold(x.text) === fold(c.text)).length : 0;
    return towns.every((e) => foreignTo(e.geo!.country!, own, context.countries));
  };
  const chosen = choosePlaces(candidates, context, res);
  // An unknown word settled as a place: the knowledge base's place of that name if it has one
  // (a small town named like a word, "Sake"), so that its other mentions join it.
  const addPlace = (c: MentionCandidate, rule: string) => {
    const kb = c.kb.some((e) => e.type === 'PLACE') ? chosen.get(c) ?? c.kb.find((e) => e.type === 'PLACE')! : null;
    return add(kb ? `kb:${kb.id}` : `PLACE:${fold(c.text)}`, 'PLACE', kb?.name ?? c.text, kb, { ...c, rule });
  };
  const acronyms = new Map<string, string>(); // acronym -> entity key
  const pending: MentionCandidate[] = [];
  // A single word the article also uses as a person's surname is that person, not a small place
  // of the same name: "Colonel Pablo Beltrán … Beltrán said" is no town of Beltrán.
  const personSurnames = new Set(candidates.filter((c) => c.type === 'PERSON' && /\s/.test(c.text)).flatMap((c) => surnamesOf(c.name ?? c.text)));
  // Ismael “El Mayo” Zambada, then “El Mayo” alone: the nickname names the person wherever it stands.
  const nicknamed = new Map(candidates.filter((c) => c.nickname && c.type === 'PERSON').map((c) => [fold(c.nickname!), c]));
  for (const c of candidates) {
    const owner = c.nickname ? undefined : nicknamed.get(fold(c.text));
    if (owner && !c.kb.some((e) => e.type === 'PERSON')) {
      const name = owner.name ?? owner.text;
      add(`PERSON:${nameKey('PERSON', name)}`, 'PERSON', name, null, { ...c, type: 'PERSON', kb: [], rule: `nickname of "${name}"` });
      continue;
    }
    // ("President Rashad al-Alimi … al-Alimi said": a name typed a place only by its Arabic article, too.)
    const articleShaped = c.type === 'PLACE' && !c.kb.length && c.rule.startsWith('compass word');
    if (c.type !== null && !/\s/.test(c.text) && !ACRONYM.test(c.text) && (yieldsToSurname(c.kb) || articleShaped) && personSurnames.has(fold(c.text))) {
      pending.push({ ...c, type: null, kb: [] });
      continue;
    }
    if (c.type === null) {
      pending.push(c);
      continue;
    }
    // "Fano fighters" in a report on Ethiopia: a small town of a country far from every other
    // place the article names is no reading of a word that also names something else.
    // The militia the knowledge base also knows by that name is the reading left.
    const other = c.type === 'PLACE' && !/\s/.test(c.text) ? c.kb.filter((e) => e.type !== 'PLACE') : [];
    if (other.length && foreignTown(c)) {
      const e = add(`kb:${other[0].id}`, other[0].type, other[0].name, other[0], { ...c, type: other[0].type, kb: other });
      if (c.acronym) acronyms.set(c.acronym, e.key);
      continue;
    }
    // "Prime Minister Pashinyan" with no full name in the article: the one person the knowledge
    // base knows by that surname, as for an untitled surname.
    const bySurname = !c.kb.length && c.type === 'PERSON' && c.titled && !/\s/.test(c.text) ? res.peopleBySurname(fold(c.text)) : [];
    const kb = c.kb.length ? chosen.get(c) ?? c.kb[0] : bySurname.length === 1 ? bySurname[0] : null;
    const type = kb?.type ?? c.type;
    const label = c.name ?? c.text;
    const key = kb ? `kb:${kb.id}` : `${type}:${nameKey(type, label)}`;
    const e = add(key, type, kb?.name ?? label, kb, c);
    if (c.acronym) acronyms.set(c.acronym, e.key);
    if (!kb && type === 'PERSON' && label.length > e.name.length) e.name = label;
  }

  // "Ukraine's Main Intelligence Directorate (HUR)": the text declares the name and the acronym
  // one thing. When they resolved apart, the entry that knows the acronym wins; a name the
  // knowledge base gives to something else ("Main Intelligence Directorate" is also Russia's
  // GRU) is settled by the acronym beside it.
  for (const [acronym, key] of acronyms) {
    const named = entities.get(key);
    const known = named && [...entities.values()].find((e) => e !== named && e.kb && e.type === named.type && e.forms.includes(acronym));
    if (named && known) {
      if (named.kb?.aliases.includes(acronym)) mergeInto(named, known, `acronym of "${named.name}"`);
      // "the Pacifying Police Units (UPPs)": a body the knowledge base knows by the letters alone,
      // under a name the text does not give, is another body ("United Progressive Party").
      else if (!named.kb && known.forms.every((f) => f === acronym) && !knownAs(known.kb!, named.name)) mergeInto(named, known, `the acronym the text gives "${named.name}"`);
      else mergeInto(known, named, `expands "${acronym}"`);
      continue;
    }
    // "the Comprehensive Military Agreement (CMA)" and later "the CMA": the text's own expansion
    // outranks another kind of thing the knowledge base knows by those letters (a Malian coalition).
    const other = named && !named.kb && [...entities.values()].find((e) => e !== named && e.kb && e.type !== named.type && e.forms.every((f) => f === acronym));
    if (named && other) {
      mergeInto(named, other, `the acronym the text gives "${named.name}"`);
    }
  }

  // "across Pangong Tso" and later "Pangong Tso" alone: words guessed a person only by their
  // shape are what the same words are where the text says more.
  const byName = new Map<string, ArticleEntity>();
  for (const e of entities.values()) if (e.type !== 'PERSON') for (const f of [e.name, ...e.forms]) byName.set(fold(f), e);
  for (const e of [...entities.values()]) {
    if (e.type !== 'PERSON' || e.kb || !e.mentions.every((m) => m.rule === 'name shape' || m.rule === 'given name')) continue;
    const other = byName.get(fold(e.name));
    if (other && entities.has(other.key)) mergeInto(other, e, `as "${other.name}" elsewhere in the article`);
  }

  // "Operation Bunyan-um-Marsoos" and later "Bunyan-um-Marsoos", "Lake Kivu" and "Kivu" as a
  // person-shaped guess: the name without its leading head word is the same thing.
  const headed = new Map<string, ArticleEntity>();
  for (const e of entities.values()) {
    const [lead, ...rest] = e.name.split(/\s+/);
    if (rest.length && cues.leadingHeads.has(lead.toLowerCase()) && e.type === cues.leadingHeads.get(lead.toLowerCase())) headed.set(fold(rest.join(' ')), e);
  }
  for (const e of [...entities.values()]) {
    const whole = headed.get(fold(e.name));
    if (whole && whole !== e && !e.kb && e.type === 'PERSON') mergeInto(whole, e, `short for "${whole.name}"`);
  }

  // A shorter name for a person joins the longest full name it starts or ends
  // ("Pashinyan", "Dr Poghosyan", "Hassan Sheikh" -> "Hassan Sheikh Mohamud").
  const people = [...entities.values()].filter((e) => e.type === 'PERSON').sort((x, y) => words(y.name).length - words(x.name).length);
  for (const e of people) {
    const w = words(e.name);
    const full = people.find((p) => p !== e && entities.has(p.key) && words(p.name).length > w.length && (endsWith(words(p.name), w) || (w.length >= 2 && startsWith(words(p.name), w))));
    if (full) mergeInto(full, e);
  }
  // "the United Nations General Assembly … the General Assembly", "the Bangladesh Chhatra League
  // … the Chhatra League": an unknown body named by the last two words or more of one other body's
  // name is that body.
  const bodies = [...entities.values()].filter((e) => e.type === 'ORG');
  for (const e of bodies) {
    const w = words(e.name);
    if (e.kb || w.length < 2 || !entities.has(e.key)) continue;
    const whole = bodies.filter((o) => o !== e && entities.has(o.key) && [o.name, ...o.mentions.map((m) => m.text)].some((n) => words(n).length > w.length && endsWith(words(n), w)));
    if (whole.length === 1) mergeInto(whole[0], e, `short for "${whole[0].name}"`);
  }
  // "Abu Baqir al-Saadi … his name as Wissam Mohammed Saber al-Saadi": a kunya (Abu or Umm and
  // a name) with a family name is the one other person of that family name in the article.
  for (const e of people) {
    const w = words(e.name);
    if (w.length < 3 || !KUNYA.has(w[0]) || !entities.has(e.key)) continue;
    const kin = people.filter((p) => p !== e && entities.has(p.key) && !KUNYA.has(words(p.name)[0]) && words(p.name).length >= 2 && words(p.name).at(-1) === w.at(-1));
    if (kin.length === 1) mergeInto(kin[0], e, `kunya of "${kin[0].name}"`);
  }
  // "Ruth Eleonora López … Ruth López": a name without its middle names is the one longer name
  // of the article with its first and last words.
  for (const e of people) {
    const w = words(e.name);
    if (w.length !== 2 || !entities.has(e.key)) continue;
    const longer = people.filter((p) => p !== e && entities.has(p.key) && words(p.name).length > 2 && words(p.name)[0] === w[0] && words(p.name).at(-1) === w[1]);
    if (longer.length === 1) mergeInto(longer[0], e, `"${longer[0].name}" without the middle of the name`);
  }
  // "Vladimir Zelensky" and "Volodymyr Zelenskyy": one person spelled two ways. Full names match
  // by consonant skeleton, given name and surname alike.
  const spelled = new Map<string, ArticleEntity>();
  for (const e of [...entities.values()].filter((x) => x.type === 'PERSON').sort((x, y) => Number(!!y.kb) - Number(!!x.kb))) {
    const parts = words(e.name);
    if (parts.length < 2) continue;
    const key = parts.map(skeleton).join(' ');
    if (skeleton(parts[parts.length - 1]).length < 3) continue;
    const same = spelled.get(key);
    if (same && entities.has(same.key) && same !== e) mergeInto(same, e, `spelling of "${same.name}"`);
    else spelled.set(key, e);
  }
  // "the defence ministry" after "the Ministry of National Defense (MND)": the one ministry of
  // that field the article names in full.
  for (const e of [...entities.values()]) {
    const field = /^(\p{L}+) Ministry$/u.exec(e.name);
    if (!field || e.kb || e.type !== 'ORG') continue;
    const stem = fold(field[1]).replace(/s$/, '').replace(/defense/, 'defence');
    const full = [...entities.values()].filter((o) => o !== e && o.type === 'ORG' && /\bministry\b/i.test(o.name) && words(fold(o.name).replace(/defense/g, 'defence')).some((w) => w.replace(/s$/, '') === stem));
    if (full.length === 1) mergeInto(full[0], e, `the ${field[1].toLowerCase()} ministry named in full`);
  }
  // "the Central Bank of Libya" and later "the Central Bank": an organisation's name without
  // its "of" and what follows is the same organisation, when only one here has that start.
  for (const e of [...entities.values()]) {
    if (e.type !== 'ORG' || e.kb) continue;
    const start = `${fold(e.name)} of `;
    const full = [...entities.values()].filter((o) => o.type === 'ORG' && fold(o.name).startsWith(start));
    if (full.length === 1) mergeInto(full[0], e, `short for "${full[0].name}"`);
  }
  // "the Zangezur corridor" and "Zangezur", "Yangon Region" and "Yangon": one place.
  const joinDivisions = () => {
    const places = [...entities.values()].filter((e) => e.type === 'PLACE');
    for (const e of places) {
      // (The division word may be in a form only: "Santa Elena province", named "Santa Elena".)
      const bare = [e.name, ...e.forms].map(fold).find((n) => cues.placeDivisionSuffix.test(n))?.replace(cues.placeDivisionSuffix, '');
      if (bare === undefined || !entities.has(e.key)) continue;
      const other = places.find((p) => p !== e && entities.has(p.key) && (fold(p.name) === bare || p.forms.some((f) => fold(f) === bare)));
      // "Mexico City" is not Mexico, nor "Kuwait City" Kuwait: a city and its country stay two, and
      // so do a city and a place of its bare name that the knowledge base tells apart ("Kursk
      // Oblast" and "Kursk" are one: a report on the oblast shortens its name).
      if (other && (other.kb?.kind === 'country' || (/ city$/i.test(e.name) && e.kb && other.kb && e.kb.id !== other.kb.id))) continue;
      if (other) {
        // Neither known to the knowledge base: the fuller name ("Galwan Valley") is the one to geocode.
        if (other.kb) mergeInto(other, e, `same place as "${other.name}"`);
        else mergeInto(e, other, `same place as "${e.name}"`);
      }
    }
  };
  joinDivisions();
  // "New Delhi … Delhi": a town named "New" after the city around it, in one article with that
  // city, is what the city's name shortens (not "York" beside "New York", an ocean away).
  for (const e of [...entities.values()]) {
    const bare = /^New (.+)$/.exec(e.name)?.[1];
    const at = e.kb?.geo;
    if (e.type !== 'PLACE' || !bare || !at || !entities.has(e.key)) continue;
    const city = [...entities.values()].find((o) => o !== e && o.type === 'PLACE' && fold(o.name) === fold(bare) && o.kb?.geo && distanceKm(at.lat, at.lon, o.kb.geo.lat, o.kb.geo.lon) < NEW_TOWN_KM);
    if (city) mergeInto(e, city, `short for "${e.name}"`);
  }

  // Unknown single words: an organisation the text gives an acronym, an acronym defined here, a
  // surname of a person named here or known to the knowledge base, a place by the words around
  // it or by the towns of the article's countries, or nothing.
  const surnames = new Map<string, ArticleEntity>();
  // (Of two full names with one surname, the first the article introduces: "Bashar al-Assad …
  // his father Hafez al-Assad … Assad said".)
  for (const p of entities.values()) if (p.type === 'PERSON' && /\s/.test(p.name) && !surnames.has(lastWord(p.name))) surnames.set(lastWord(p.name), p);
  for (const p of entities.values()) if (p.type === 'PERSON') for (const w of surnamesOf(p.name)) if (!surnames.has(w)) surnames.set(w, p);
  const unsettled: MentionCandidate[] = [];
  // The country the article names most, counted once and only if a legislature stands alone.
  let leading: { country: KbEntry | undefined } | undefined;
  // Given names that open exactly one person's full name here (not a kunya: "Abu" opens many).
  const givenNamed = new Map<string, ArticleEntity | null>();
  for (const p of entities.values()) {
    const w = words(p.name);
    if (p.type !== 'PERSON' || w.length < 2 || KUNYA.has(w[0]) || surnames.has(w[0])) continue;
    givenNamed.set(w[0], givenNamed.has(w[0]) ? null : p);
  }
  // "the Kuomintang (KMT)": one unknown word the text gives an acronym is an organisation's
  // name; its acronym then names it wherever it stands alone.
  for (const c of pending) {
    if (!c.acronym || /\s/.test(c.text) || ACRONYM.test(c.text) || surnames.has(fold(c.text)) || acronyms.has(c.acronym)) continue;
    const e = add(`ORG:${nameKey('ORG', c.text)}`, 'ORG', c.text, null, { ...c, rule: `named with the acronym "${c.acronym}"` });
    acronyms.set(c.acronym, e.key);
  }
  const nameWords = new Set(candidates.flatMap((c) => c.plural ? [] : fold(c.text).split(/[\s\-‐–]+/)));
  for (const c of pending) {
    if (keyAt.has(`${c.field}:${c.start}`)) continue;
    const acronymKey = acronyms.get(c.text);
    if (acronymKey) {
      const e = entities.get(acronymKey)!;
      add(e.key, e.type, e.name, e.kb, { ...c, rule: `acronym of "${e.name}"` });
      continue;
    }
    // ("Marine Le Pen … Le Pen said": a surname opened by a particle.)
    const person = surnames.get(fold(c.text)) ?? surnames.get(withoutParticles(c.text));
    if (person) {
      add(person.key, 'PERSON', person.name, person.kb, { ...c, rule: `surname of "${person.name}"` });
      continue;
    }
    // "the Sikin tribe … the Sikin and Ambulin": a word the article already named a people,
    // a body or a place by is that thing again.
    const named = [...entities.values()].find((e) => e.type !== 'PERSON' && e.forms.some((f) => fold(f) === fold(c.text)));
    if (named) {
      add(named.key, named.type, named.name, named.kb, { ...c, rule: `another mention of "${named.name}"` });
      continue;
    }
    // "Abiy’s palace", "Srettha said": where people go by their given name, the one person of the
    // article whose name it opens.
    const bearer = givenNamed.get(fold(c.text));
    if (bearer && entities.has(bearer.key)) {
      add(bearer.key, 'PERSON', bearer.name, bearer.kb, { ...c, rule: `given name of "${bearer.name}"` });
      continue;
    }
    const known = res.peopleBySurname(fold(c.text));
    if (known.length === 1 && !ACRONYM.test(c.text)) {
      const kb = known[0];
      const e = add(`kb:${kb.id}`, 'PERSON', kb.name, kb, { ...c, rule: `surname of "${kb.name}" (knowledge base)` });
      surnames.set(fold(c.text), e);
      continue;
    }
    // "the Line of Actual Control … the LAC": an acronym the initials of a name here spell is that name.
    const spelled = ACRONYM.test(c.text) ? spelledBy(c.text, entities.values()) : undefined;
    if (spelled) {
      add(spelled.key, spelled.type, spelled.name, spelled.kb, { ...c, rule: `initials of "${spelled.name}"` });
      continue;
    }
    // An acronym nobody expands ("EULEX said ...") is most often an organisation.
    if (ACRONYM.test(c.text) && c.text.length >= 3 && !ROMAN.test(c.text) && !cues.notOrganisationAcronyms.has(c.text.toLowerCase())) {
      add(`ORG:${fold(c.text)}`, 'ORG', c.text, null, { ...c, rule: 'unexpanded acronym' });
      continue;
    }
    // "after which Congress passed the act", "as Parliament opened": the body of the country the
    // article names most, named after it so that two countries' parliaments stay two in a corpus.
    if (cues.bodiesNamedAlone.has(c.text.toLowerCase()) && c.text !== c.text.toUpperCase() && !c.inTitle) {
      leading ??= { country: mainCountry(candidates, chosen) };
      const { country } = leading;
      const name = country ? `${c.text} (${country.name})` : c.text;
      add(`ORG:${nameKey('ORG', name)}`, 'ORG', name, null, { ...c, rule: `a legislature named alone${country ? `, of the country named most` : ''}` });
      continue;
    }
    // "the six Meiteis", "blaming Meeteis and Kukis" beside "the Meitei majority": an unknown
    // plural the article counts, or whose singular it also writes as a name, is a people.
    if (c.plural && ((c.before && cues.groupCounters.has(c.before)) || nameWords.has(fold(c.text).slice(0, -1)))) {
      add(`GROUP:${nameKey('GROUP', c.text)}`, 'GROUP', c.text, null, { ...c, type: 'GROUP', rule: 'plural of a people' });
      continue;
    }
    // "fighting near Humera", "refugees from Maungdaw": an unknown name after a preposition of place.
    if (((c.before && cues.placePrepositions.has(c.before)) || c.introduced) && !/\s/.test(c.text) && !notAPlace(c)) {
      addPlace(c, c.introduced ? 'called a place by the words around it' : `after "${c.before}"`);
      continue;
    }
    // "returned to Khiam": an unknown word that a town of a country the article names mostly
    // bears as its name is that town.
    if (!ACRONYM.test(c.text) && !/\s/.test(c.text) && !notAPlace(c) && res.settlementIn?.(c.text, context.countries)) {
      addPlace(c, 'a town of a country the article names');
      continue;
    }
    unsettled.push(c);
  }
  // "Tessalit and Aguelhok", "Zvečan and Leposavić": an unknown name listed with places is one,
  // passed along the list ("Pauktaw, Kyauktaw and Minbya townships").
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of unsettled) {
      // (Several words too when only an opening article kept them from a person: "Tierra Blanca and Las Quintas".)
      if (keyAt.has(`${c.field}:${c.start}`) || !c.listedWith || (/\s/.test(c.text) && !c.rule.startsWith('opened by the article')) || ACRONYM.test(c.text)) continue;
      const listed = c.listedWith.map((s) => entities.get(keyAt.get(`${c.field}:${s}`) ?? ''));
      const place = listed.find((e) => e?.type === 'PLACE');
      // "policemen who were Avars, Dargins and Russians": listed with a people, a people.
      const people = place || /\s/.test(c.text) ? undefined : listed.find((e) => e?.type === 'GROUP');
      if (people) add(`GROUP:${nameKey('GROUP', c.text)}`, 'GROUP', c.text, null, { ...c, rule: `listed with "${people.name}"` });
      else if (place) addPlace(c, `listed with "${place.name}"`);
      else continue;
      changed = true;
    }
  }
  // "from Nyala to Mellit", "from Gressier to Ganthier": the end of a range that starts at a place.
  const byEnd = new Map(candidates.map((c) => [`${c.field}:${c.end}`, c]));
  for (const c of unsettled) {
    if (keyAt.has(`${c.field}:${c.start}`) || c.before !== 'to' || /\s/.test(c.text) || ACRONYM.test(c.text) || notAPlace(c)) continue;
    const from = byEnd.get(`${c.field}:${c.start - ' to '.length}`);
    const start = from?.before === 'from' ? entities.get(keyAt.get(`${from.field}:${from.start}`) ?? '') : undefined;
    if (start?.type === 'PLACE') addPlace(c, `a range from "${start.name}"`);
  }
  // Again for bare names settled as places only now ("clashes in Galwan" after "the Galwan Valley").
  joinDivisions();
  // "Ras Ajdir … Ras Jedir": two spellings of one transliterated place name in one article, when
  // at most one of them is known to the knowledge base, are one place; so are "Al Mahbas … Mahbes",
  // with and without an Arabic article.
  const spellings = new Map<string, { e: ArticleEntity; initial: string }>();
  for (const e of [...entities.values()].filter((x) => x.type === 'PLACE').sort((x, y) => Number(!!y.kb) - Number(!!x.kb))) {
    const named = words(e.name);
    const bare = named.length > 1 && cues.arabicArticles.has(named[0]) ? named.slice(1) : named;
    const parts = bare.map(skeleton);
    const key = parts.join(' ');
    if (parts.some((p) => p.length < 2) || key.replace(/\s/g, '').length < 4) continue;
    const same = spellings.get(key);
    if (same && entities.has(same.e.key) && !e.kb && same.initial === bare[0][0]) mergeInto(same.e, e, `spelling of "${same.e.name}"`);
    else if (!same) spellings.set(key, { e, initial: bare[0][0] });
  }
  // "Shire, also known as Inda Selassie": the text says both names are one thing. The first
  // name keeps its type unless only the second is known to the knowledge base.
  for (const c of candidates) {
    if (c.sameAs === undefined) continue;
    const first = entities.get(keyAt.get(`${c.field}:${c.sameAs}`) ?? '');
    const second = entities.get(keyAt.get(`${c.field}:${c.start}`) ?? '');
    if (!first || !second || first === second || (first.kb && second.kb)) continue;
    // ("the crossing with Jordan, which the occupation calls the Allenby Bridge": a country has no other name the knowledge base lacks.)
    if (first.kb?.kind === 'country' && !second.kb) continue;
    if (second.kb) mergeInto(second, first, `another name of "${second.name}"`);
    else mergeInto(first, second, `another name of "${first.name}"`);
  }
  // "the Panj River … along the Panj": the bare name after "the" is the river the article named
  // in full, not the town of that name (a town takes no article; "Kabul" alone stays the city),
  // nor a country or province ("the Congo").
  const wordBefore = new Map(candidates.map((c) => [`${c.field}:${c.start}`, c.before]));
  for (const river of [...entities.values()]) {
    const bare = river.type === 'PLACE' ? /^(?:(.+) River|River (.+))$/i.exec(river.name) : null;
    if (!bare || !entities.has(river.key)) continue;
    const name = fold(bare[1] ?? bare[2]);
    for (const e of [...entities.values()]) {
      if (e === river || e.type !== 'PLACE' || !e.forms.every((f) => fold(f) === name) || (e.kb && e.kb.kind !== 'city')) continue;
      if (e.mentions.every((m) => wordBefore.get(`${m.field}:${m.start}`) === 'the')) mergeInto(river, e, `short for "${river.name}"`);
    }
  }
  return [...entities.values()];
}

/** The country the article names most often, when one leads. */
function mainCountry(candidates: readonly MentionCandidate[], chosen: ReadonlyMap<MentionCandidate, KbEntry>): KbEntry | undefined {
  const counts = new Map<KbEntry, number>();
  for (const c of candidates) {
    const e = c.kb.length === 1 ? c.kb[0] : chosen.get(c);
    if (e?.kind === 'country') counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[1][1] < ranked[0][1]) ? ranked[0][0] : undefined;
}

/** Mentions of each country among the places the article names unambiguously, and those places. */
function articleContext(candidates: MentionCandidate[]): { countries: Map<string, number>; places: KbEntry[] } {
  const countries = new Map<string, number>();
  const places: KbEntry[] = [];
  for (const c of candidates) {
    const e = c.kb.length === 1 ? c.kb[0] : countryOverTowns(c.kb);
    if (!e || e.type !== 'PLACE') continue;
    places.push(e);
    if (e.geo?.country) countries.set(e.geo.country, (countries.get(e.geo.country) ?? 0) + 1);
  }
  return { countries, places };
}

/**
 * "Lebanon", "Jordan", "Armenia": a country's name that small towns elsewhere also bear names the
 * country (Lebanon, Pennsylvania is named so rarely in this news); not a name a state or a
 * province shares ("Georgia", "Niger"), which the context must settle.
 */
function countryOverTowns(entries: KbEntry[]): KbEntry | undefined {
  const places = entries.filter((e) => e.type === 'PLACE');
  const countries = places.filter((e) => e.kind === 'country');
  if (countries.length !== 1 || places.length !== entries.length) return undefined;
  return places.every((e) => e === countries[0] || (e.kind === 'city' && (e.population ?? 0) < SMALL_TOWN)) ? countries[0] : undefined;
}

/** For mentions matching several knowledge-base entries, the one the article's context favours. */
function choosePlaces(candidates: MentionCandidate[], context: ReturnType<typeof articleContext>, res: ResolverResources): Map<MentionCandidate, KbEntry> {
  const { countries, places } = context;
  const out = new Map<MentionCandidate, KbEntry>();
  for (const c of candidates) {
    if (c.kb.length < 2) continue;
    const typed = c.type ? c.kb.filter((e) => e.type === c.type) : c.kb;
    let pool = typed.length ? typed : c.kb;
    // A town called exactly what the text says beats a region that merely has the name as an
    // alias: "Gao" is the town before the Gao Region (but "Washington" may still be the capital).
    const named = pool.filter((e) => fold(e.name) === fold(c.text) && e.kind !== 'region');
    // A region itself called so stays in the running against towns ("California", "Maryland"),
    // not against a sea it is named after ("Red Sea"), nor against a country ("Georgia") unless
    // its own country is one of the two the article names most (soldiers "from Georgia" in a
    // report on American troops in Iraq).
    const floor = countries.size ? secondMostNamed(countries) : Infinity;
    const rivals = (e: KbEntry) => named.every((n) => n.kind === 'city' || (n.kind === 'country' && (countries.get(e.geo?.country ?? '') ?? 0) >= floor));
    // Only a town of its own country outranks a province so: "Morazán" in a report on El Salvador
    // is its department, not the Honduran town, and the article's countries decide between them.
    const foreignTowns = (e: KbEntry) => named.every((n) => (n.kind === 'city' || n.kind === 'capital') && n.geo?.country !== e.geo?.country);
    if (named.length) pool = pool.filter((e) => named.includes(e) || e.kind !== 'region' || (rivals(e) && fold(e.name) === fold(c.text)) || foreignTowns(e));
    // A province named after its chief town ("Tindouf", "Kidal"): the name is the town's, unless
    // the town lies far from the province (California, Maryland is no town of California).
    pool = pool.filter((e) => e.kind !== 'region' || !named.some((t) => t.kind === 'city' && sameNamedSeat(t, e)));
    const pick = pool.every((e) => e.type === 'PLACE') ? res.choosePlace(pool, { countries, places }) : preferred(pool);
    if (pick) out.set(c, pick);
  }
  return out;
}

/** Town `t` lies in or beside region `r` of the same country (within a province's reach). */
function sameNamedSeat(t: KbEntry, r: KbEntry): boolean {
  return !!t.geo && !!r.geo && t.geo.country === r.geo.country && distanceKm(t.geo.lat, t.geo.lon, r.geo.lat, r.geo.lon) <= SEAT_KM;
}

/** How far a province's point may lie from the town it is named after. */
const SEAT_KM = 300;

const KIND_RANK = ['country', 'org', 'person', 'group', 'capital', 'historical', 'region', 'city'];

function preferred(pool: KbEntry[]): KbEntry {
  const rank = (e: KbEntry) => {
    const r = KIND_RANK.indexOf(e.kind);
    return r < 0 ? KIND_RANK.length : r;
  };
  return [...pool].sort((a, b) => rank(a) - rank(b) || (b.population ?? 0) - (a.population ?? 0))[0];
}
