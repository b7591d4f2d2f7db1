import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KbRecord } from './kb-record.js';
import { parse, serialise } from './kb-record.js';

test('an entry survives the file format, optional facts included', () => {
  const e: KbRecord = {
    id: 'Q7747',
    type: 'PERSON',
    kind: 'head_of_state',
    name: 'Vladimir Putin',
    aliases: ['Vladimir Vladimirovich Putin'],
    wikidata: 'Q7747',
    geo: null,
    related: ['Q159'],
    role: 'President of Russia',
    since: '2012-05-07',
  };
  assert.deepEqual(parse(serialise(e)), e);
  const place: KbRecord = { id: 'geonames:4717560', type: 'PLACE', kind: 'city', name: 'Paris', aliases: [], wikidata: null, geo: { lat: 33.6609, lon: -95.5555, country: 'US' }, population: 24782, admin: 'US-TX' };
  assert.deepEqual(parse(serialise(place)), place);
});
