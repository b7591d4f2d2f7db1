import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackPlace, foreignTo, isDistrictPoint, namedTown, neighbourhood, settlementNamed, settlementNear, skeleton } from './fallback-gazetteer.js';

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
