// Chooses which of several places of one name an article means ("Georgia", "Paris", "Tripoli"),
// from what else the article names: the countries it mentions, the places already resolved,
// how near each candidate lies to them, and (in the United States, where the gazetteers share
// codes) which state a city is in. Without context a country or capital wins over a town of
// the same name, and a large city over a small one.
import type { KbEntry } from '../../core/entity.js';
import type { KbRecord } from './kb-record.js';
import { prior } from './prior.js';

export interface PlaceContext {
  /** ISO 3166-1 alpha-2 code -> mentions of that country in the article. */
  countries: Map<string, number>;
  /** Other places already resolved in the article. */
  places: KbEntry[];
}

/** Kinds whose point is a rough centre: near them says little about a town. */
export const BROAD_KINDS: ReadonlySet<string> = new Set(['country', 'territory', 'continent', 'macro_region', 'sea', 'historical', 'river', 'boundary']);
const BROAD = BROAD_KINDS;

/** The place the article most likely means, or null when no candidate is a place. */
export function choosePlace(candidates: KbEntry[], context: PlaceContext): KbEntry | null {
  let best: KbEntry | null = null;
  let bestScore = -Infinity;
  const biggest = Math.max(0, ...candidates.map((c) => (c.type === 'PLACE' && (c.kind === 'city' || c.kind === 'capital') ? c.population ?? 0 : 0)));
  // (A country of the name makes its towns minor as a region does: Jordan, Minnesota beside Jordan.)
  const region = candidates.some((c) => c.type === 'PLACE' && (c.kind === 'region' || c.kind === 'country'));
  for (const c of candidates) {
    if (c.type !== 'PLACE') continue;
    const s = scorePlace(c, context, biggest, region);
    if (s > bestScore || (s === bestScore && best && tieBreak(c, best) < 0)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** How well a candidate fits the article; exported so that callers can show why. */
export function scorePlace(c: KbEntry, context: PlaceContext, biggest = 0, homonymRegion = false): number {
  let score = prior(c) / 20;
  const country = c.geo?.country ?? null;
  const mentions = country ? (context.countries.get(country) ?? 0) : 0;
  let sameCountry = 0;
  let near = 0;
  let inside = false;
  // Beside a homonymous state or province (California, Maryland), a town is named for itself only
  // when a place near it other than a capital says so: capitals mostly stand for governments.
  const smallBesideRegion = homonymRegion && c.kind === 'city' && (c.population ?? 0) < MINOR_TOWN;
  for (const p of context.places) {
    if (p.id === c.id || !p.geo) continue;
    if (country && p.geo.country === country && p.kind !== 'country') sameCountry++;
    if (contains(c, p) || contains(p, c)) inside = true;
    // ("the Kremlin said" names a government, not a neighbour of a Korenevo near Moscow.)
    if (c.geo && !(smallBesideRegion && p.kind === 'capital') && p.kind !== 'government_building') near = Math.max(near, nearness(c, p));
  }
  if (inside) score += 3;
  // A small town sharing its name with a big city elsewhere (Geneva, Illinois) needs more than a
  // mention of its country, which most articles about any conflict carry: a place beside it.
  const minor = c.kind === 'city' && (c.population ?? 0) < MINOR_TOWN && ((biggest >= BIG_CITY && biggest >= 5 * (c.population ?? 0)) || homonymRegion);
  // A town dwarfed by a city of its name (London, Ontario; Geneva, New York) needs its region
  // beside it or a place at its gates: "Toronto and London" in a report on a diaspora are two
  // world cities, though Toronto lies two hours from the Canadian London.
  const dwarfed = c.kind === 'city' && biggest >= BIG_CITY && biggest >= 10 * (c.population ?? 0);
  const placed = dwarfed ? inside || near >= AT_THE_GATES : !minor || inside || near >= 1;
  if (mentions > 0 && placed) score += 2.5 + 0.5 * Math.log2(mentions);
  // Nor do other places of its country far away (Berlin, New Hampshire in an article naming Washington).
  return score + (placed ? 0.75 * Math.min(sameCountry, 3) : 0) + ((dwarfed || minor) && !placed ? 0 : near);
}

/** Nearness of a place some 50 km away. */
const AT_THE_GATES = 2.4;

/** Population under which a town is minor beside a homonymous big city, and over which a city is big. */
const MINOR_TOWN = 100_000;
const BIG_CITY = 50_000;

/**
 * Up to 3 for a place next to a known one, fading over a few hundred kilometres; countries
 * compare with countries and capitals on a wider scale (Georgia beside Armenia).
 */
function nearness(c: KbEntry, p: KbEntry): number {
  if (!c.geo || !p.geo) return 0;
  const d = distanceKm(c.geo.lat, c.geo.lon, p.geo.lat, p.geo.lon);
  const broadC = BROAD.has(c.kind);
  const broadP = BROAD.has(p.kind);
  if (broadC || broadP) return broadC && (broadP || p.kind === 'capital') ? 1.5 * Math.exp(-d / 1500) : 0;
  return 3 * Math.exp(-d / 250);
}

/** `outer` is a region and `inner` a place in it (United States codes only). */
function contains(outer: KbEntry, inner: KbEntry): boolean {
  const a = (outer as KbRecord).admin;
  return outer.kind === 'region' && inner.kind !== 'region' && a !== undefined && a === (inner as KbRecord).admin;
}

function tieBreak(a: KbEntry, b: KbEntry): number {
  return (b.population ?? 0) - (a.population ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Great-circle distance (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
