// Every state's foreign and defence ministries, the two institutions news cites most after
// heads of state ("the Russian Defence Ministry said", "Armenia's Foreign Ministry"). Generated
// from country names and adjectives; states whose ministries bear other names (the US State
// Department, the UK Foreign Office) are written by hand in orgs.json instead.
import type { KbRecord } from './kb-record.js';
import { fold } from './names.js';

interface Ministry {
  slug: string;
  /** Full names: "Ministry of X of Armenia". */
  titles: string[];
  /** Short names after an adjective or a possessive: "Armenian X Ministry". */
  short: string[];
}

const MINISTRIES: Ministry[] = [
  { slug: 'foreign-ministry', titles: ['Ministry of Foreign Affairs'], short: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'MFA'] },
  {
    slug: 'defence-ministry',
    titles: ['Ministry of Defence', 'Ministry of Defense'],
    short: ['Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense', 'MoD'],
  },
];

/** `countries`: state entries (kind "country") with their official names; `skip`: ISO codes. */
export function institutionSource(countries: { entry: KbRecord; official: string }[], skip: Set<string>): KbRecord[] {
  const out: KbRecord[] = [];
  for (const { entry, official } of countries) {
    const iso = entry.geo?.country;
    if (!iso || entry.kind !== 'country' || skip.has(iso)) continue;
    const names = [entry.name];
    if (official && official !== entry.name) names.push(`the ${official}`);
    const adjectives = (entry.adjectives ?? []).filter((a) => !/^[A-Z.]+$/.test(a));
    for (const m of MINISTRIES) {
      const aliases: string[] = [];
      for (const t of m.titles) for (const n of names) aliases.push(`${t} of ${n}`);
      for (const s of m.short) {
        for (const a of adjectives) aliases.push(`${a} ${s}`);
        aliases.push(`${entry.name}'s ${s}`, `${entry.name} ${s}`);
      }
      out.push({
        id: `kb:org:${m.slug}-${fold(iso)}`,
        type: 'ORG',
        kind: 'ministry',
        name: `${m.titles[0]} of ${entry.name}`,
        aliases,
        wikidata: null,
        geo: null,
        related: [entry.id],
      });
    }
  }
  return out;
}
