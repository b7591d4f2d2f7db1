// The last resort for a place no gazetteer knows ("outposts in Pauktaw township", "the camp at
// Tinzaouaten"): put it at a located place its sentence names beside it, and say so. Villages,
// crossings and camps of a conflict zone are the places a map most needs and the packaged
// gazetteers most often lack; a point at the town or region named with them is close enough to
// map them, and `near` tells the reader the point is borrowed. Countries, seas and macro-regions
// are too broad to lend a point.
import type { Span } from '../core/article.js';
import type { Geo } from '../core/entity.js';
import { BROAD_KINDS } from '../nlp/kb/geocode.js';

export interface PlacedMention {
  start: number;
  end: number;
}

export interface Anchor {
  name: string;
  geo: Geo;
  /** A first-level region: it lends its point to any place of its sentence, not only its neighbours. */
  region: boolean;
  mentions: PlacedMention[];
}

/** Broad kinds' points are rough centres, never lent to a place inside them. */
export const canAnchor = (kind: string | null, geo: Geo | null): boolean => geo !== null && !geo.near && !BROAD_KINDS.has(kind ?? '');

/** Words between a place and the place that contains it: "Pauktaw, Rakhine", "Insein in Yangon", "a camp near Gao". */
const AFTER_PLACE = /^(\s+\p{L}+){0,1}\s*(,|,?\s(in|of|near|outside|north of|south of|east of|west of)\s+(the\s+)?)\s*$/u;
/** "X in Y", "X, near Y", "X outside Y": words that state where X lies. */
const STATED = /^,?\s(in|near|outside|north of|south of|east of|west of)\s+(the\s+)?$/u;
/** "Kamen, about 5 kilometres west of Dolna Reka": a distance and a bearing from the place that lends its point. */
const BEARING = /^,?\s+((about|some|around|roughly|nearly|just|only|barely|less than|more than)\s+)?\d+([.,]\d+)?\s*(-\s*)?(km|kilometres|kilometers|kilometre|kilometer|miles|mile)\s+((north|south)(-?(east|west))?|east|west)(ern)?\s+of\s+(the\s+)?$/iu;
/** "Rangoon's Insein Prison", "Rakhine State's Pauktaw township". */
const BEFORE_PLACE = /^[’']s\s+$/;
/** Listed side by side, as neighbouring towns are ("Tessalit and Aguelhok", "Zvečan, Leposavić"). */
const SIDE_BY_SIDE = /^\s*(,\s*)?((and|or)\s+)?$/;

/**
 * The point of the place named with it: a neighbour in the text ("X, Y", "X in Y", "Y's X",
 * "X and Y", "X, 5 km west of Y") or, failing that, a region the same sentence names, the
 * nearest by characters. With `statedOnly`, only a place the text says X is in or near counts
 * ("X near Y", "X, 5 km west of Y"): a list or a bare comma may join towns far apart.
 * Null when neither exists: a city further along the sentence may lie hundreds of kilometres away.
 */
export function anchorGeo(place: PlacedMention[], anchors: Anchor[], text: string, sentences: Span[], statedOnly = false): Geo | null {
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  let best: { tier: number; distance: number; anchor: Anchor } | null = null;
  for (const m of place) {
    const s = sentenceOf(m.start);
    if (s < 0) continue;
    for (const anchor of anchors) {
      for (const a of anchor.mentions) {
        if (sentenceOf(a.start) !== s) continue;
        const gap = a.start >= m.end ? text.slice(m.end, a.start) : text.slice(a.end, m.start);
        const stated = a.start >= m.end && (STATED.test(gap) || BEARING.test(gap));
        const neighbour = stated || (!statedOnly && (SIDE_BY_SIDE.test(gap) || (a.start >= m.end ? AFTER_PLACE.test(gap) : BEFORE_PLACE.test(gap))));
        const tier = neighbour ? 0 : anchor.region && !statedOnly ? 1 : -1;
        if (tier < 0) continue;
        const distance = a.start < m.start ? m.start - a.end : a.start - m.end;
        if (!best || tier < best.tier || (tier === best.tier && distance < best.distance)) best = { tier, distance, anchor };
      }
    }
  }
  if (!best) return null;
  const { lat, lon, country } = best.anchor.geo;
  return { lat, lon, country, near: best.anchor.name };
}
