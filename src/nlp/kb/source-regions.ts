// First-level regions (states, provinces, oblasts, governorates, ...) from country-state-city.
// News drops the generic word ("Syunik", "Donetsk region"), so the bare name is an alias.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { KbRecord } from './kb-record.js';

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude?: string | null;
  longitude?: string | null;
}

const GENERIC = /^(.+?)\s+(Region|Province|Oblast|oblast|Governorate|Prefecture|Department|County|District|Municipality|Krai|Kray|Voivodeship|State|Division|Emirate)$/;

export function loadRegions(): CscState[] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('country-state-city').replace(/lib[\\/]cjs[\\/]index\.js$/, '');
  return JSON.parse(readFileSync(`${dir}lib/assets/state.json`, 'utf8')) as CscState[];
}

export const regionId = (country: string, code: string): string => `csc:${country}-${code}`;

/** Region names that are everyday words once the generic word is gone ("North Governorate"). */
const PLAIN = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'est', 'nord', 'sud', 'ouest', 'capital', 'upper', 'lower', 'middle', 'coast', 'coastal', 'islands', 'island',
  'free', 'new', 'old', 'great', 'grand', 'first', 'second', 'high', 'federal', 'national', 'special', 'city',
]);

export function regionSource(states: CscState[]): KbRecord[] {
  return states.map((s) => {
    const generic = GENERIC.exec(s.name);
    const bare = generic && !PLAIN.has(generic[1].toLowerCase()) ? generic[1] : null;
    const aliases = bare ? [bare, `${bare} region`] : [];
    const name = PLAIN.has(s.name.toLowerCase()) ? `${s.name} Region` : s.name;
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    const e: KbRecord = {
      id: regionId(s.countryCode, s.isoCode),
      type: 'PLACE',
      kind: 'region',
      name,
      aliases,
      wikidata: null,
      geo: s.latitude && s.longitude && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon, country: s.countryCode } : null,
    };
    // Only United States codes are the same in this package and in GeoNames (the cities).
    if (s.countryCode === 'US') e.admin = `US-${s.isoCode}`;
    return e;
  });
}
