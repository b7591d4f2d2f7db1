import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { countryOutlines } from './country-centroids.js';
import { fallbackPlace, foreignTo, isCuratedPoint, isDistrictPoint, isLocalPoint, namedTown, neighbourhood, settlementNamed, settlementNear, skeleton } from './fallback-gazetteer.js';

test('transliterations of one name share a consonant skeleton', () => {
  assert.equal(skeleton('Inda Selassie'), skeleton('Inda Silasē'));
  assert.equal(skeleton('Qadarif'), skeleton('Gedaref'));
  assert.ok(skeleton('Gao').length < 4, 'skeletons this short are too ambiguous and are never indexed');
});

const mentioned = (...codes: string[]) => new Map(codes.map((c, i) => [c, codes.length - i]));

test('small settlements are found by name; skeletons ("Inda Sellasie" for Inda Silasē) only inside the article\'s countries', () => {
  const srebrenica = fallbackPlace('Srebrenica', mentioned());
  assert.equal(srebrenica?.country, 'BA');
  assert.equal(fallbackPlace('Inda Sellasie', mentioned('ET'))?.country, 'ET');
  assert.equal(fallbackPlace('Inda Sellasie', mentioned()), null, 'no fuzzy match without a country to confine it');
  assert.equal(fallbackPlace('Inda Sellasie', mentioned('FR')), null);
});

test('a skeleton match keeps the first letter, and the article\'s most named country wins', () => {
  assert.notEqual(skeleton('Ocheretyne').charAt(0), 'o', 'vowels are dropped from skeletons…');
  assert.equal(fallbackPlace('Ocheretyne', mentioned('US')), null, '…so the first letter guards against "Chariton"-like names');
  assert.equal(fallbackPlace('Inda Sellasie', mentioned('ET', 'FR'))?.country, 'ET');
});

test('a spelling guess is about as long as the name ("Baengnyeong" is no "Bonggang", whatever their consonants)', () => {
  assert.equal(skeleton('Baengnyeong'), skeleton('Bonggang'));
  assert.equal(fallbackPlace('Baengnyeong', mentioned('KR')), null);
  assert.equal(fallbackPlace('Bonggang', mentioned('KR'))?.country, 'KR', 'the name as written is still found');
});

test('a spelling guess stays in the two countries the article names most', () => {
  assert.equal(fallbackPlace('Inda Sellasie', mentioned('AM', 'ET', 'AZ'))?.country, 'ET');
  assert.equal(fallbackPlace('Inda Sellasie', mentioned('AM', 'AZ', 'ET')), null, 'a country named least lends no guessed spelling');
  assert.equal(fallbackPlace('Inda Sellasie', new Map([['AM', 2], ['AZ', 1], ['ET', 1]]))?.country, 'ET', 'ties for second place count');
});

test('alternative names find a settlement, with or without an Arabic article ("El-Brega" is Brega)', () => {
  assert.equal(fallbackPlace('Brega', mentioned('LY'))?.country, 'LY');
  assert.equal(fallbackPlace('Marsa Brega', mentioned('LY'))?.country, 'LY');
});

test('a village of a country the article neither names nor borders is taken for a homonym', () => {
  assert.equal(fallbackPlace('Moldo', mentioned())?.country, 'NO', 'without countries to go by, the name alone decides');
  assert.equal(fallbackPlace('Moldo', mentioned('IN', 'CN')), null);
  assert.equal(fallbackPlace('Zouérat', mentioned('EH', 'DZ'))?.country, 'MR', 'a neighbour of the article\'s countries is allowed');
});

test('only the two countries named most lend their neighbours', () => {
  const near = neighbourhood(new Map([['CN', 5], ['IN', 4], ['RU', 1]]));
  assert.ok(near.has('RU') && near.has('NP') && near.has('PK'));
  assert.ok(!near.has('NO'), 'Russia, named once, does not bring in Norway');
});

test('a settlement named as written is found near the article\'s towns, and only there', () => {
  const avdiivka = { lat: 48.14, lon: 37.74 };
  // Bakhmut carries its Soviet name among its alternatives; a Luhansk town bears a near spelling.
  assert.deepEqual(settlementNear('Artemovsk', [avdiivka], 300), { lat: 48.5944, lon: 37.9998, country: 'UA' });
  assert.equal(settlementNear('Artemovsk', [{ lat: 40, lon: 0 }], 300), null, 'no namesake within reach of Spain');
  assert.equal(settlementNear('Artemovsk', [], 300), null);
});

test('air bases and airports are places by the name before their facility words, or by their full name', () => {
  const udeid = fallbackPlace('Al Udeid', mentioned('QA', 'US'));
  assert.equal(udeid?.country, 'QA');
  assert.ok(Math.abs(udeid!.lat - 25.12) < 0.1 && Math.abs(udeid!.lon - 51.32) < 0.1);
  assert.equal(fallbackPlace('Mitiga International Airport', mentioned('LY'))?.country, 'LY');
  assert.equal(fallbackPlace('Engels', mentioned('RU', 'UA'))?.lat, 51.4839, 'a town of the same name keeps its own point');
});

test('an airfield\'s name is matched as written, never guessed from its consonants', () => {
  assert.equal(fallbackPlace('Matan al-Sarra', mentioned('LY'))?.country, 'LY');
  assert.equal(fallbackPlace('Metan al-Sarra', mentioned('LY')), null, 'a town\'s spelling would be guessed; an airfield\'s is not');
});

test('names match whatever their spaces and hyphens ("Pétion-Ville" is GeoNames\' Pétionville)', () => {
  assert.equal(fallbackPlace('Pétion-Ville', mentioned('HT'))?.country, 'HT');
  assert.equal(settlementNamed('Pétion-Ville'), 'city');
  assert.equal(settlementNamed('Pétion Ville'), 'city');
});

test('a town of some size in a country the article is about is found by its name, however far it lies', () => {
  // GeoNames has Mamallapuram as an alternative name of "Seven Pagodas", some 12,000 people.
  assert.equal(namedTown('Mamallapuram', mentioned('IN', 'CN'), 10_000)?.country, 'IN');
  assert.equal(namedTown('Mamallapuram', mentioned('IN', 'CN'), 100_000), null, 'not one this small');
  assert.equal(namedTown('Mamallapuram', mentioned('US', 'CN'), 10_000), null, 'nor in a country the article is not about');
});

test('a country is foreign to an article when only the place in question names it and it borders none of the others', () => {
  const named = new Map([['ET', 6], ['ER', 2], ['IT', 1]]);
  assert.equal(foreignTo('IT', 1, named), true, 'one mention of an Italian town in a report on Ethiopia and Eritrea');
  assert.equal(foreignTo('SD', 1, new Map([['ET', 6], ['SD', 1]])), false, 'Sudan borders Ethiopia');
  assert.equal(foreignTo('IT', 1, new Map([['ET', 6], ['IT', 3]])), false, 'the article names Italy through other places too');
});

test('towns only the newer GeoNames dump lists are found, without a population to vouch for them', () => {
  const nekemte = fallbackPlace('Nekemte', mentioned('ET'));
  assert.equal(nekemte?.country, 'ET');
  assert.ok(Math.abs(nekemte!.lat - 9.08) < 0.2 && Math.abs(nekemte!.lon - 36.55) < 0.2);
  assert.equal(isDistrictPoint(nekemte!), false);
  assert.equal(settlementNamed('Nekemte'), null, 'an unknown population is no evidence of a town');
});

test('a newer spelling at an older settlement\'s point is that settlement, with its population', () => {
  assert.deepEqual(fallbackPlace('Gizilhajili', mentioned('AZ')), fallbackPlace('Qizilhacili', mentioned('AZ')));
  assert.equal(namedTown('Gizilhajili', mentioned('AZ'), 5000)?.country, 'AZ');
});

test('a district is found under its bare name, at the middle of its towns, and known for a district', () => {
  const huamanga = fallbackPlace('Huamanga', mentioned('PE'));
  assert.ok(huamanga && isDistrictPoint(huamanga));
  assert.ok(Math.abs(huamanga.lat + 13.16) < 0.5 && Math.abs(huamanga.lon + 74.22) < 0.5, JSON.stringify(huamanga));
  assert.equal(fallbackPlace('Provincia de Huamanga', mentioned('PE'))?.country, 'PE', 'and under the name GeoNames writes');
  // A town and the district named for it: the town is the settlement.
  const ndele = settlementNear('Ndélé', [{ lat: 8.4, lon: 20.6 }], 50);
  assert.ok(ndele && !isDistrictPoint(ndele));
});

test('curated towns and neighbourhoods fill the packages\' gaps; a neighbourhood is known for one, not for a settlement', () => {
  // GeoNames' cities500 holds a few hundred settlements for all of Nepal, and no quarter of any city.
  const damak = fallbackPlace('Damak', mentioned('NP', 'IN'));
  assert.ok(damak && Math.abs(damak.lat - 26.66) < 0.1 && Math.abs(damak.lon - 87.7) < 0.1, JSON.stringify(damak));
  assert.equal(isLocalPoint(damak), false);
  const kariakoo = fallbackPlace('Kariakoo', mentioned('TZ'));
  assert.equal(kariakoo?.country, 'TZ');
  assert.ok(kariakoo && isLocalPoint(kariakoo), 'a quarter of Dar es Salaam, a kilometre from its centre, is no town of its own');
  // Both come from the curated lists; only the quarter is a city's neighbourhood.
  assert.ok(isCuratedPoint(damak) && !isCuratedPoint(damak, true));
  assert.ok(isCuratedPoint(kariakoo, true));
  const kathmandu = fallbackPlace('Kathmandu', mentioned('NP'));
  assert.ok(kathmandu && !isCuratedPoint(kathmandu), 'a city of the packages is not one of the curated places');
});

test('a curated town outranks a namesake of the packages in its country, and needs one of the two countries named most', () => {
  // The Kobo of North Wollo, not the village of that name 240 km south.
  const kobo = fallbackPlace('Kobo', mentioned('ET'));
  assert.ok(kobo && Math.abs(kobo.lat - 12.15) < 0.1, JSON.stringify(kobo));
  assert.equal(fallbackPlace('Merak', mentioned('BT'))?.country, 'BT');
  assert.equal(fallbackPlace('Merak', mentioned('IN', 'CN', 'BT')), null, 'a village of a country named in passing is a homonym');
});

test('every curated place is well formed, and each on land lies in its country (or just across a disputed border)', () => {
  const dir = fileURLToPath(new URL('../../../../src/nlp/data/settlements/', import.meta.url));
  const inside = countryOutlines('10m');
  const countries = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8')) as { cca2: string; cca3: string; ccn3: string; borders: string[] }[];
  const numeric = new Map(countries.map((c) => [c.cca2, c.ccn3]));
  const cca2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const borders = new Map(countries.map((c) => [c.cca2, c.borders.map((b) => cca2.get(b) ?? '')]));
  // Territories Natural Earth draws apart from every country; their places are filed under the
  // country that claims or holds them.
  const apart = ['Somaliland', 'N. Cyprus', 'Cyprus U.N. Buffer Zone', 'Siachen Glacier', 'Spratly Is.', 'Scarborough Reef'];
  // Coasts and islands are drawn a little short: a tenth of a degree of slack.
  const offsets = [-0.1, 0, 0.1];
  const within = (code: string, lat: number, lon: number) => offsets.some((a) => offsets.some((b) => inside(code, lat + a, lon + b)));
  const misplaced: string[] = [];
  let places = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const p = JSON.parse(line) as { name: string; lat: number; lon: number; country: string; kind: string };
      places++;
      assert.ok(p.name && Number.isFinite(p.lat) && Number.isFinite(p.lon) && /^[A-Z]{2}$/.test(p.country) && p.kind, `${file}: ${line}`);
      // Islands, reefs and offshore sites may lie off every outline; Kosovo has no ISO numeric
      // code, and some territories are drawn inside another country (Mayotte in France).
      if (p.kind === 'feature' || p.kind === 'site' || !inside.drawn(numeric.get(p.country) ?? '')) continue;
      const codes = [p.country, ...(borders.get(p.country) ?? [])].map((c) => numeric.get(c) ?? '');
      if (![...codes, ...apart].some((c) => within(c, p.lat, p.lon))) misplaced.push(`${file}: ${p.name} (${p.country}) ${p.lat},${p.lon}`);
    }
  }
  assert.ok(places > 1000, `${places} curated places`);
  assert.deepEqual(misplaced, []);
});
