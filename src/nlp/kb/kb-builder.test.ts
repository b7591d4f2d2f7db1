import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KbBuilder, withAcronym } from './kb-builder.js';
import { aliasKey } from './names.js';

test('an organisation known by the initials of its name is listed under both', () => {
  assert.equal(withAcronym('United Nations High Commissioner for Refugees', ['UN Refugee Agency', 'UNHCR']), 'United Nations High Commissioner for Refugees (UNHCR)');
  // The acronym may skip initials: "OCHA" leaves out "United Nations".
  assert.equal(withAcronym('United Nations Office for the Coordination of Humanitarian Affairs', ['OCHA']), 'United Nations Office for the Coordination of Humanitarian Affairs (OCHA)');
  // Hyphenated words give an initial each.
  assert.equal(withAcronym("Jama'at Nusrat al-Islam wal-Muslimin", ['JNIM']), "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)");
});

test('no acronym is added from another language, to a name that is one, or of two letters', () => {
  assert.equal(withAcronym('World Health Organization', ['OMS']), 'World Health Organization');
  assert.equal(withAcronym('NATO', ['OTAN', 'North Atlantic Treaty Organization']), 'NATO');
  assert.equal(withAcronym('European Union', ['EU']), 'European Union');
});

test('the built entry keeps its plain name as an alias, and the display name is never matched in text', () => {
  const b = new KbBuilder();
  b.add({ id: 'kb:org:csto', type: 'ORG', kind: 'alliance', name: 'Collective Security Treaty Organization', aliases: ['CSTO'], wikidata: null, geo: null });
  const [entry] = b.finish();
  assert.equal(entry.name, 'Collective Security Treaty Organization (CSTO)');
  assert.deepEqual(entry.aliases, ['Collective Security Treaty Organization', 'CSTO']);
  assert.equal(aliasKey(entry.name), null);
  assert.ok(aliasKey(entry.aliases[0]));
});
