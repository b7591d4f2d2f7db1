// How likely a name means each thing when nothing else is known: the order of lookup results
// and the starting score of the geocoder.
import type { KbEntry } from '../../core/entity.js';

/** How likely a name means each kind of thing when nothing else is known. */
const KIND_PRIOR: Record<string, number> = {
  country: 100,
  territory: 90,
  capital: 80,
  region: 47,
};

/**
 * A name's prior: countries, then capitals, then curated entries (organisations, disputed
 * regions, ...); first-level regions level with a city of about 300,000 (the state of Virginia
 * above the South African town, the city of Alexandria above its governorate).
 */
export function prior(e: KbEntry): number {
  if (e.kind === 'city') return 20 + 5 * Math.log10(Math.max(e.population ?? 0, 10));
  return KIND_PRIOR[e.kind] ?? 60;
}

export function byPrior(a: KbEntry, b: KbEntry): number {
  return prior(b) - prior(a) || (b.population ?? 0) - (a.population ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
