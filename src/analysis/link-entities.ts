// Turns one article's analysis into corpus records: the same real-world thing gets the same
// id in every article (its knowledge-base id, or a hash of type and name), places get
// coordinates, each mention points at its entity, the claim layers point at entity ids
// (link-claims.ts), and the article's profile is measured (profiles.ts).
import type { EntityType, Geo, KbEntry } from '../core/entity.js';
import { hashId } from '../core/ids.js';
import { foldName } from '../core/names.js';
import type { Layers } from '../nlp/component.js';
import type { ArticleEntity } from '../nlp/entities/article-resolver.js';
import { cues } from '../nlp/entities/cues.js';
import { fallbackPlace, FOREIGN_TOWN, foreignTo, isCuratedPoint, isDistrictPoint, isLocalPoint, namedTown, neighbourhood, secondMostNamed, settlementNear } from '../nlp/kb/fallback-gazetteer.js';
import { BROAD_KINDS, distanceKm } from '../nlp/kb/geocode.js';
import type { KbRecord } from '../nlp/kb/kb-record.js';
import type { ArticleAnalysis, EntityRecord, MentionRecord } from '../store/repository.js';
import { linkClaims } from './link-claims.js';
import { anchorGeo, canAnchor, type Anchor } from './place-anchor.js';
import { profileArticle } from './profiles.js';

/** What linking needs of an article: its text for slicing, its source and size for the profile. */
type ProfiledArticle = Parameters<typeof profileArticle>[0];

export interface Gazetteer {
  /** Places known by this name, for geocoding places the knowledge base did not name. */
  placesNamed(name: string): KbEntry[];
  choosePlace(candidates: KbEntry[], context: { countries: Map<string, number>; places: KbEntry[] }): KbEntry | null;
}

export function entityId(type: EntityType, name: string, kb: KbEntry | null): string {
  return kb ? kb.id : `x${hashId(type, foldName(name))}`;
}

export function linkArticle(article: ProfiledArticle, pipeline: string, layers: Layers, gazetteer: Gazetteer): ArticleAnalysis {
  const articleId = article.id;
  const entities = (layers.entities as ArticleEntity[] | undefined) ?? [];
  const countries = new Map<string, number>();
  const places: KbEntry[] = [];
  for (const e of entities) {
    if (e.kb?.type === 'PLACE') {
      places.push(e.kb);
      if (e.kb.geo?.country) countries.set(e.kb.geo.country, (countries.get(e.kb.geo.country) ?? 0) + e.mentions.length);
    }
  }
  const records: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  // "the village of Maya" in a report on Libya is not the Philippine town the knowledge base knows,
  // nor is "Salah al-Din" there the Iraqi province of that other name.
  const kbOf = entities.map((e) => (e.kb && (isForeignHomonym(e.kb, e.forms, e.mentions.length, countries) || isStrayTown(e.kb, e.mentions.length, places, countries)) ? null : e.kb));
  for (const [i, e] of entities.entries()) {
    if (!e.kb || kbOf[i]) continue;
    places.splice(places.indexOf(e.kb), 1);
    const country = e.kb.geo!.country!;
    countries.set(country, countries.get(country)! - e.mentions.length);
    if (countries.get(country)! <= 0) countries.delete(country);
  }
  // A homonym set aside is named as the text writes it and looked for outside its country.
  const named = entities.map((e, i) => (e.kb && !kbOf[i] ? { ...e, name: e.forms[0] ?? e.name } : e));
  // A small town far from the article's others, where a settlement of that name lies among them, is that settlement.
  const localGeo = new Map<number, Geo>();
  entities.forEach((e, i) => {
    const local = kbOf[i] ? localNamesake(kbOf[i]!, e.forms, places, countries) : null;
    if (!local) return;
    const at = places.indexOf(kbOf[i]!);
    if (at >= 0) places.splice(at, 1);
    kbOf[i] = null;
    localGeo.set(i, local);
  });
  const found = named.map((e, i) => (kbOf[i]?.geo ? { geo: kbOf[i]!.geo!, kind: kbOf[i]!.kind, derived: false } : localGeo.has(i) ? { geo: localGeo.get(i)!, kind: null, derived: false } : e.type === 'PLACE' ? geocode(e, gazetteer, countries, places, entities[i].kb?.geo?.country) : null));
  const geos = found.map((f) => f?.geo ?? null);
  // The kind of the place a name was geocoded to: "the Ibar river" found as a river lends no point.
  const kinds = entities.map((e, i) => kbOf[i]?.kind ?? found[i]?.kind ?? null);
  const bodyMentions = (e: ArticleEntity) => e.mentions.filter((m) => m.field === 'text');
  // Capitals are often named for their governments ("New Delhi is still bargaining"): they lend a point only as neighbours.
  const capitals = new Set<Anchor>();
  const anchorOf = new Map<number, Anchor>();
  const anchors: Anchor[] = named.flatMap((e, i) => {
    if (e.type !== 'PLACE' || !canAnchor(kinds[i], geos[i])) return [];
    const anchor = { name: e.name, geo: geos[i]!, region: kinds[i] === 'region', mentions: bodyMentions(e) };
    if (kinds[i] === 'capital') capitals.add(anchor);
    anchorOf.set(i, anchor);
    return [anchor];
  });
  // "the village of Illinka, 5 kilometres west of Kurakhove": the text's own neighbour outweighs
  // a settlement of that name the gazetteer found far from it; a namesake near the neighbour
  // is the place, else the neighbour lends its point. So for a town the knowledge base knows
  // ("the fence at Anantapur, in Kurigram" is not the Indian city 1,700 km away), which then
  // is named as written rather than taken for that town.
  entities.forEach((e, i) => {
    if (e.type !== 'PLACE' || !found[i] || found[i]!.derived) return;
    if (kbOf[i] ? kbOf[i]!.kind !== 'city' : found[i]!.kind !== null) return;
    const own = anchorOf.get(i);
    const neighbour = anchorGeo(bodyMentions(e), anchors.filter((a) => a !== own && !capitals.has(a)), article.text, article.sentences, true);
    if (!neighbour || distanceKm(neighbour.lat, neighbour.lon, geos[i]!.lat, geos[i]!.lon) <= NEIGHBOUR_KM) return;
    const geo = [e.name, ...e.forms].map((n) => settlementNear(n, [neighbour], NEIGHBOUR_KM)).find((g) => g) ?? neighbour;
    geos[i] = geo;
    if (kbOf[i]) [kbOf[i], named[i]] = [null, { ...e, name: e.forms[0] ?? e.name }];
    if (own && geo.near) anchors.splice(anchors.indexOf(own), 1);
    else if (own) own.geo = geo;
  });
  // "São Domingos in Guinea-Bissau": a country the text says a town lies in outweighs a
  // namesake the knowledge base or gazetteer put elsewhere; a settlement of that name there is
  // the town, else the country lends its point. (A name no gazetteer placed near the article's
  // towns takes a settlement of that name there too: "fed from Lokichoggio in Kenya".)
  const countryAt = new Map<number, { name: string; geo: Geo }>();
  entities.forEach((e, i) => {
    if (kbOf[i]?.kind === 'country' && kbOf[i]!.geo) for (const m of bodyMentions(e)) countryAt.set(m.start, { name: kbOf[i]!.name, geo: kbOf[i]!.geo! });
  });
  entities.forEach((e, i) => {
    if (e.type !== 'PLACE' || geos[i]?.near || !['city', 'region', null].includes(kinds[i])) return;
    let stated: { name: string; geo: Geo } | undefined;
    for (const m of bodyMentions(e)) {
      const after = /^,?\s+in\s+(?:the\s+)?/.exec(article.text.slice(m.end, m.end + 12));
      stated ??= after ? countryAt.get(m.end + after[0].length) : undefined;
    }
    if (!stated?.geo.country || stated.geo.country === geos[i]?.country) return;
    const code = stated.geo.country;
    const there = [e.name, ...e.forms].map((n) => fallbackPlace(n, new Map([[code, 1]]))).find((g) => g?.country === code);
    if (!geos[i] && !there) return;
    geos[i] = there ?? { lat: stated.geo.lat, lon: stated.geo.lon, country: code, near: stated.name };
    if (kbOf[i]) [kbOf[i], named[i]] = [null, { ...e, name: e.forms[0] ?? e.name }];
    const own = anchorOf.get(i);
    if (own && geos[i]!.near) anchors.splice(anchors.indexOf(own), 1);
    else if (own) own.geo = geos[i]!;
  });
  // The article's main country, when it is small enough that its centre is near any of its villages.
  const main = entities.filter((e) => e.kb?.kind === 'country' && e.kb.geo && ((e.kb as KbRecord).extentKm ?? Infinity) <= SMALL_COUNTRY_KM)
    .sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const mainIsTop = main !== undefined && main.kb!.geo!.country !== null && Math.max(...countries.values()) === countries.get(main.kb!.geo!.country!);
  // The article's centre: of the places it has located in the countries it is about, the one
  // nearest to all the others, each counted as often as the article names it. An unplaced
  // village of the report lies among the report's places: a province or town named most often
  // may sit at one edge of them ("Fujian" in a report on the Kinmen islands, "South Waziristan"
  // in one that moves on to Khyber), the place amid them all is a better guess than no point.
  // (A province of a far country the article mentions in passing is no centre: "California" in a report on Taiwan.)
  const home = countries.size ? neighbourhood(new Map([...countries].filter(([, n]) => n >= secondMostNamed(countries)))) : null;
  const centre = medoid(anchors.filter((a) => !home || home.has(a.geo.country ?? '')));
  // "The Niger River" in a report on Niamey, "the Sahel" in one on Mopti: a river or a belt
  // runs across countries, so it is placed at the point of its course nearest the article's centre.
  if (centre) entities.forEach((e, i) => {
    const course = (kbOf[i] as KbRecord | null)?.course;
    if (e.type === 'PLACE' && course && geos[i]) geos[i] = { ...pointNearest(course, centre.geo), country: geos[i]!.country };
  });
  // A first-level region named in the sentence lends its point only to an article without a
  // centre: a province is hundreds of kilometres across, and the place amid the article's own
  // places is the closer guess for a village in it (on our development fixtures, 22 more
  // villages within 161 km, 2 fewer).
  const lenders = centre ? anchors.map((a) => ({ ...a, region: false })) : anchors;
  entities.forEach((e, i) => {
    if (e.type === 'PLACE' && !geos[i] && anchors.length) geos[i] = anchorGeo(bodyMentions(e), lenders, article.text, article.sentences);
    // "the southern Lebanese village of X": no neighbour lends a point, but the country the
    // article is about is small enough that its centre is within a short drive.
    if (e.type === 'PLACE' && !geos[i] && !kbOf[i] && mainIsTop) geos[i] = { ...main.kb!.geo!, near: main.kb!.name };
    if (e.type === 'PLACE' && !geos[i] && !kbOf[i] && centre) geos[i] = { ...centre.geo, near: centre.name };
  });
  const ids = named.map((e, i) => entityId(e.type, e.name, kbOf[i]));
  // Only settlements: a district shares its chief town's point in some gazetteers, yet is another place.
  const settled = (i: number) => !found[i]?.derived && [null, 'city', 'capital'].includes(kinds[i]);
  const into = samePlaces(named, kbOf, geos.map((g, i) => (settled(i) ? g : null)));
  const byId = new Map<string, EntityRecord>();
  for (const [i, e] of named.entries()) {
    const kb = kbOf[i];
    if (into[i] >= 0 || byId.has(ids[i])) continue;
    const record: EntityRecord = {
      id: ids[i], type: e.type, name: e.name,
      aliases: [...new Set([...(kb ? [kb.name] : []), ...e.forms])],
      wikidata: kb?.wikidata ?? null, geo: geos[i], kind: kb?.kind ?? null,
    };
    byId.set(record.id, record);
    records.push(record);
  }
  for (const [i, e] of named.entries()) {
    if (into[i] >= 0) {
      ids[i] = ids[into[i]];
      const record = byId.get(ids[i])!;
      record.aliases = [...new Set([...record.aliases, ...e.forms])];
    }
    for (const m of e.mentions) mentions.push({ article: articleId, entity: ids[i], field: m.field, start: m.start, end: m.end, text: m.text, rule: m.rule });
  }
  const claims = linkClaims(article, layers, ids);
  const analysis = { article: articleId, pipeline, entities: records, mentions, ...claims };
  return { ...analysis, profile: profileArticle(article, analysis) };
}

/** The point of a course nearest to `to`. */
export function pointNearest(course: readonly [number, number][], to: { lat: number; lon: number }): { lat: number; lon: number } {
  let best = course[0];
  for (const p of course) if (distanceKm(p[0], p[1], to.lat, to.lon) < distanceKm(best[0], best[1], to.lat, to.lon)) best = p;
  return { lat: best[0], lon: best[1] };
}

/** The place with the least distance to all the others, each weighted by its body mentions (ties: the first). */
export function medoid(anchors: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined;
  let bestSum = Infinity;
  for (const a of anchors) {
    let sum = 0;
    for (const b of anchors) if (b !== a) sum += b.mentions.length * distanceKm(a.geo.lat, a.geo.lon, b.geo.lat, b.geo.lon);
    if (sum < bestSum) [best, bestSum] = [a, sum];
  }
  return best;
}

/** Two points this close are one settlement of the gazetteer, found under two of its names. */
const SAME_POINT_KM = 1;

/**
 * For each entity, the index of the entity it is the same place as, or -1: "Al-Hodeidah" and
 * "Hodeidah", "El Aaiún" and "Laayoune" are spellings the knowledge base does not list, but the
 * gazetteer puts them on one point. Only a place the knowledge base does not know joins another,
 * preferring one it knows; borrowed points (`near`) and points found under a shortened name
 * ("North Mitrovica" at Mitrovica's) say nothing of identity.
 */
function samePlaces(entities: ArticleEntity[], kbOf: (KbEntry | null)[], geos: (EntityRecord['geo'] | null)[]): number[] {
  const into = entities.map(() => -1);
  const located = (i: number) => entities[i].type === 'PLACE' && geos[i] !== null && !geos[i]!.near;
  for (let i = 0; i < entities.length; i++) {
    if (kbOf[i] || !located(i)) continue;
    let best = -1;
    for (let j = 0; j < entities.length; j++) {
      if (j === i || !located(j) || into[j] >= 0 || (!kbOf[j] && j > i)) continue;
      if (distanceKm(geos[i]!.lat, geos[i]!.lon, geos[j]!.lat, geos[j]!.lon) > SAME_POINT_KM) continue;
      if (best < 0 || (kbOf[j] && !kbOf[best])) best = j;
    }
    into[i] = best;
  }
  return into;
}

/** How far from the article's other places a settlement found under a shortened name may lie. */
const SHORTENED_NAME_KM = 300;

/** How far from the place the text names beside it a settlement may lie before it is taken for a namesake. */
const NEIGHBOUR_KM = 150;

/** How far from every town the article has placed a village of the same name may lie. */
const VILLAGE_KM = 500;

/**
 * A city the knowledge base chose yields to a namesake among the article's towns below this
 * size: "Lalitpur" in a report on Kathmandu is Patan, not the Indian city of 130,000.
 */
const LOCAL_NAMESAKE_POPULATION = 300_000;

/** A settlement this populous in a country the article is about is that town, however far from its other places. */
const REAL_TOWN = 10_000;

/** A country this small (side of a square of its area) lends its centre to an unplaced village. */
const SMALL_COUNTRY_KM = 180;

// Generic words around place names; without them the rest may be a town or region we know
// ("Naf River", "North Mitrovica", "Insein Prison").
const COMPASS_WORDS = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|old|new)\s+/i;
const ARABIC_ARTICLE = /^(el|al|ad|ar|as|ash|at|az)[\s-]+/i;

/** The name as written, and without the generic words around it. */
function variants(form: string): string[] {
  const out = new Set([form]);
  for (const v of [...out]) out.add(v.replace(cues.placeOfPrefix, ''));
  for (const v of [...out]) out.add(v.replace(cues.placeWordSuffix, ''));
  for (const v of [...out]) out.add(v.replace(COMPASS_WORDS, ''));
  for (const v of [...out]) out.add(v.replace(ARABIC_ARTICLE, ''));
  return [...out].filter((v) => v.trim().length > 1);
}

function geocode(e: ArticleEntity, gazetteer: Gazetteer, countries: Map<string, number>, places: KbEntry[], notIn?: string | null): { geo: NonNullable<EntityRecord['geo']>; kind: string | null; derived: boolean } | null {
  const written = [e.name, ...e.forms];
  const names = written.flatMap(variants);
  // A shortened form of the name stays a shortened form where the text also writes it ("the
  // Galwan Valley", later "at Galwan").
  const shortened = new Set(variants(e.name).slice(1));
  const isDerived = (name: string) => !written.includes(name) || (name !== e.name && shortened.has(name));
  for (const name of names) {
    // "West Asia" is no point of Asia: a continent's centre is far from any part named by compass.
    const derived = isDerived(name);
    const found = gazetteer.placesNamed(name).filter((p) => p.geo && !(derived && p.kind === 'continent') && p.geo.country !== notIn);
    const pick = found.length ? gazetteer.choosePlace(found, { countries, places }) : null;
    if (!pick?.geo) continue;
    // "Republic Square" is not Republic, Missouri; "Hot Springs" in a report on Ladakh is not the
    // town in Arkansas: a shortened name must land near the article's places (or be a province of
    // a country it names), and a small town in a country it neither names nor borders is a homonym.
    // (A river of a country it names lends its point to "the Enguri bridge".)
    if (derived ? !(nearArticle(pick.geo, places) || ((pick.kind === 'region' || pick.kind === 'river') && countries.has(pick.geo.country ?? ''))) : pick.kind === 'city' && (pick.population ?? 0) < FOREIGN_TOWN && countries.size > 0 && !neighbourhood(countries).has(pick.geo.country ?? '')) continue;
    // "Galwan" in a report on Ladakh is not the Yunnan village of that name: a village far from
    // every town the article has placed is a homonym, even in a country it names.
    if (!derived && pick.kind === 'city' && (pick.population ?? 0) < FOREIGN_TOWN && farFromTowns(pick.geo, places, countries)) continue;
    const local = derived ? null : localNamesake(pick, [name], places, countries);
    if (local) return { geo: local, kind: null, derived };
    return { geo: pick.geo, kind: pick.kind, derived };
  }
  const towns = townPoints(places, countries);
  for (const name of names) {
    // "Pangong Lake" is not the village of Pangong a thousand kilometres off.
    const derived = isDerived(name);
    const geo = (derived ? null : settlementNear(name, towns, SHORTENED_NAME_KM)) ?? fallbackPlace(name, countries);
    // (A district is a region: its point, amid its towns, is no town's own; a neighbourhood or
    // landmark is no settlement of its own, however near its city's point.)
    if (geo && (derived ? nearArticle(geo, places) : !farFromTowns(geo, places, countries) || listedThere(geo, places, countries))) return { geo, kind: isDistrictPoint(geo) ? 'region' : isLocalPoint(geo) ? 'local' : null, derived };
    const town = derived ? null : namedTown(name, countries, REAL_TOWN);
    if (town) return { geo: town, kind: null, derived };
  }
  return null;
}

/**
 * A place of a country the article names only through it: a small town of a country that does not
 * border its main ones, or a province the text calls by another of its names (a neighbour's
 * provinces are no exception: Turkey borders Iraq). A province written under its own name
 * ("Kurdistan Region") is taken at its word.
 */
function isForeignHomonym(kb: KbEntry, forms: string[], mentions: number, countries: Map<string, number>): boolean {
  const country = kb.geo?.country;
  if (kb.type !== 'PLACE' || !country) return false;
  const smallTown = kb.kind === 'city' && (kb.population ?? 0) < FOREIGN_TOWN;
  const renamedRegion = kb.kind === 'region' && !forms.some((f) => foldName(f) === foldName(kb.name));
  if (renamedRegion) return (countries.get(country) ?? 0) <= mentions && [...countries.keys()].some((c) => c !== country);
  return smallTown && foreignTo(country, mentions, countries);
}

/**
 * A small town far from every other town the article places, in a country outside the
 * neighbourhood of the two it names most: "Gogra-Hot Springs" in a report on Ladakh is not
 * the American spa town, although the report mentions an American assessment.
 */
function isStrayTown(kb: KbEntry, mentions: number, places: KbEntry[], countries: Map<string, number>): boolean {
  const country = kb.geo?.country;
  if (kb.type !== 'PLACE' || kb.kind !== 'city' || !country || (kb.population ?? 0) >= FOREIGN_TOWN) return false;
  // The town's own mentions do not make its country one the article is about.
  const others = new Map([...countries].map(([c, n]) => [c, c === country ? n - mentions : n] as [string, number]).filter(([, n]) => n > 0));
  const main = new Map([...others].filter(([, n]) => n >= secondMostNamed(others)));
  if (main.has(country) || neighbourhood(main).has(country)) return false;
  const towns = townPoints(places, countries, kb);
  return towns.length > 0 && towns.every((t) => distanceKm(t.lat, t.lon, kb.geo!.lat, kb.geo!.lon) > VILLAGE_KM);
}

/** Points of the article's located towns and regions, and of its own country's capital (see homeCapital). */
function townPoints(places: KbEntry[], countries: ReadonlyMap<string, number>, except?: KbEntry): Geo[] {
  const home = homeCapital(places, countries);
  return places.filter((p) => p !== except && p.id !== except?.id && home(p) && p.geo && !BROAD_KINDS.has(p.kind)).map((p) => p.geo!);
}

/**
 * Whether a place may anchor the article's villages: not a capital, which often stands for its
 * government ("Paris said"), unless it is the capital of the country the article names most and
 * the article places no other town there (a report from Nouméa that names Paris and a French
 * court town; not Moscow in a report on Rostov, which would pull villages to its own namesakes).
 */
function homeCapital(places: KbEntry[], countries: ReadonlyMap<string, number>): (p: KbEntry) => boolean {
  const top = Math.max(0, ...countries.values());
  const main = new Set([...countries].filter(([, n]) => top > 0 && n === top).map(([c]) => c));
  for (const p of places) if (p.kind !== 'capital' && p.geo?.country && !BROAD_KINDS.has(p.kind)) main.delete(p.geo.country);
  return (p) => p.kind !== 'capital' || main.has(p.geo?.country ?? '');
}

/**
 * A settlement written `names` far nearer to the article's other towns than the small town the
 * knowledge base chose: "Krasnoarmeysk" beside Avdiivka is Pokrovsk under its old name, not the
 * Russian town near Moscow that the country's many mentions favour.
 */
function localNamesake(kb: KbEntry, names: string[], places: KbEntry[], countries: ReadonlyMap<string, number>): Geo | null {
  if (kb.kind !== 'city' || !kb.geo || (kb.population ?? 0) >= LOCAL_NAMESAKE_POPULATION) return null;
  // A city of some size yields only to a namesake in the country the article names most, and
  // only when it lies in another ("Geneva" in a report on Sudan that names New York stays in
  // Switzerland; "Lalitpur" in a report on Nepal is Patan).
  const top = Math.max(0, ...countries.values());
  const main = (country: string | null | undefined) => top > 0 && countries.get(country ?? '') === top;
  const large = (kb.population ?? 0) >= FOREIGN_TOWN;
  if (large && main(kb.geo.country)) return null;
  const towns = townPoints(places, countries, kb);
  if (!towns.length) return null;
  const own = Math.min(...towns.map((t) => distanceKm(t.lat, t.lon, kb.geo!.lat, kb.geo!.lon)));
  for (const name of names) {
    const local = settlementNear(name, towns, Math.min(VILLAGE_KM, own / 3));
    if (local && (!large || main(local.country))) return local;
  }
  return null;
}

/** Within a short drive of a place the article has already put on the map (not a country's centre). */
function nearArticle(geo: { lat: number; lon: number }, places: KbEntry[], km = SHORTENED_NAME_KM): boolean {
  return places.some((p) => p.geo && !BROAD_KINDS.has(p.kind) && distanceKm(p.geo.lat, p.geo.lon, geo.lat, geo.lon) <= km);
}

/**
 * More than VILLAGE_KM from every town the article has placed (false when it has placed none).
 * A foreign capital counts only when no other town is placed: "Kyiv" mostly stands for a government.
 */
function farFromTowns(geo: { lat: number; lon: number }, places: KbEntry[], countries: ReadonlyMap<string, number>): boolean {
  const located = places.filter((p) => p.geo && !BROAD_KINDS.has(p.kind));
  const home = homeCapital(places, countries);
  const towns = located.some(home) ? located.filter(home) : located;
  return towns.length > 0 && !nearArticle(geo, towns, VILLAGE_KM);
}

/**
 * A place of the curated lists in a country the article names: listed because the news names
 * it (an oil field, a border crossing, an island), so it is that place however far from the
 * article's towns ("the valves at Sharara" in a report from the Libyan coast). A city's neighbourhood is the
 * exception: it needs a place of the article within NEIGHBOUR_KM, its city or a suburb, else
 * it is more likely a village's homonym.
 */
function listedThere(geo: Geo, places: KbEntry[], countries: ReadonlyMap<string, number>): boolean {
  if (!isCuratedPoint(geo) || !countries.has(geo.country ?? '')) return false;
  return !isCuratedPoint(geo, true) || nearArticle(geo, places, NEIGHBOUR_KM);
}
