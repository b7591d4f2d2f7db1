import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionSource } from './source-regions.js';

// Two countries as boxes: "AA" around (10, 10), "BB" around (40, -90).
const inBox = (iso: string, lat: number, lon: number) =>
  iso === 'AA' ? Math.abs(lat - 10) < 3 && Math.abs(lon - 10) < 3 : iso === 'BB' ? Math.abs(lat - 40) < 10 && Math.abs(lon + 90) < 10 : false;
const holds = (iso: string, lat: number, lon: number) => inBox(iso, lat, lon);
const holder = (lat: number, lon: number) => ['AA', 'BB'].find((iso) => inBox(iso, lat, lon)) ?? null;
const centre = (iso: string) => (iso === 'AA' ? { lat: 10, lon: 10 } : iso === 'BB' ? { lat: 40, lon: -90 } : null);
const state = (name: string, lat: number, lon: number) => ({ name, isoCode: name.slice(0, 2).toUpperCase(), countryCode: 'AA', latitude: String(lat), longitude: String(lon) });

test('a region point that lies inside another country far away is dropped; one off the coast stays', () => {
  const regions = regionSource([state('East Region', 39, -94), state('Coast Region', 10, 13.5), state('Hill Region', 11, 9)], holds, centre, holder);
  const geo = Object.fromEntries(regions.map((r) => [r.name, r.geo ? [r.geo.lat, r.geo.lon] : null]));
  assert.deepEqual(geo, { 'East Region': null, 'Coast Region': [10, 13.5], 'Hill Region': [11, 9] });
});

test('a province of an Arabic-speaking country is also named without its article; elsewhere "El" stays', () => {
  const arab = { name: 'Al Vered Governorate', isoCode: 'VE', countryCode: 'IQ', latitude: '33', longitude: '42' };
  const latin = { name: 'El Vered Department', isoCode: 'EV', countryCode: 'HN', latitude: '15', longitude: '-87' };
  const [iq, hn] = regionSource([arab, latin]);
  assert.deepEqual(iq.aliases, ['Al Vered', 'Al Vered region', 'Vered', 'Vered province']);
  assert.deepEqual(hn.aliases, ['El Vered', 'El Vered region']);
});

test('a province named for two lands is also written with a hyphen; a Spanish region also without its article', () => {
  const pair = { name: 'Sistan and Vered', isoCode: 'SV', countryCode: 'IR', latitude: '27', longitude: '60' };
  const spanish = { name: 'La Verakotía', isoCode: 'LV', countryCode: 'CL', latitude: '-38', longitude: '-72' };
  const short = { name: 'La Paz', isoCode: 'LP', countryCode: 'BO', latitude: '-16', longitude: '-68' };
  const [ir, cl, bo] = regionSource([pair, spanish, short]);
  assert.deepEqual(ir.aliases, ['Sistan Vered'], 'the alias index reads "Sistan-Vered" as these two words');
  assert.deepEqual(cl.aliases, ['Verakotía']);
  assert.deepEqual(bo.aliases, [], '"Paz" alone is a surname more often than a province');
});

test('an autonomous province or okrug is also named without both generic words', () => {
  const province = { name: 'Verak-Tolgan Autonomous Province', isoCode: 'VT', countryCode: 'TJ', latitude: '38', longitude: '73' };
  const okrug = { name: 'Verak Autonomous Okrug', isoCode: 'VK', countryCode: 'RU', latitude: '66', longitude: '170' };
  const adjective = { name: 'Jewish Autonomous Oblast', isoCode: 'YEV', countryCode: 'RU', latitude: '48', longitude: '132' };
  const [tj, ru, yev] = regionSource([province, okrug, adjective]);
  assert.deepEqual(tj.aliases, ['Verak-Tolgan', 'Verak-Tolgan region']);
  assert.deepEqual(ru.aliases, ['Verak', 'Verak region']);
  assert.deepEqual(yev.aliases, [], '"Jewish" alone is an adjective, not the oblast');
});
