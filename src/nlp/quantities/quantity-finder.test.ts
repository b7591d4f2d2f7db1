import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../core/entity.js';
import type { QuantityItem, QuoteItem, TimexItem } from '../claims/types.js';
import type { ArticleEntity } from '../entities/article-resolver.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { findQuantities } from './quantity-finder.js';
import { LEX } from './lexicon.js';

/** Entities named by their surface forms; every occurrence of a form is a mention. */
function entitiesOf(text: string, names: [EntityType, string, string[]][]): ArticleEntity[] {
  return names.map(([type, name, forms]) => ({
    key: `${type}:${name}`, type, name, kb: null, forms,
    mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ field: 'text' as const, start: m.index!, end: m.index! + f.length, text: f, rule: 'test' }))),
  }));
}

function find(text: string, names: [EntityType, string, string[]][] = [], timex: TimexItem[] = []): { items: QuantityItem[]; entities: ArticleEntity[] } {
  const entities = entitiesOf(text, names);
  const items = findQuantities({ field: 'text', text, sentences: splitSentences(text, splitParagraphs(text)), entities, timex });
  for (const q of items) assert.equal(text.slice(q.start, q.end), q.text);
  return { items, entities };
}

const brief = (q: QuantityItem) => ({ text: q.text, value: q.value, qualifier: q.qualifier, unit: q.unit, category: q.category, counted: q.counted });

test('two figures in one sentence, the part taking the category of the whole', () => {
  const { items } = find('The agency said 3,120 civilians, including 1,200 children, are sheltering in a sports hall.');
  assert.deepEqual(items.map(brief), [
    { text: '3,120', value: 3120, qualifier: 'exact', unit: 'people', category: 'civilians_sheltered', counted: 'civilians' },
    { text: '1,200', value: 1200, qualifier: 'exact', unit: 'people', category: 'civilians_sheltered', counted: 'children' },
  ]);
});

test('the verb around the figure decides the category, not only the noun', () => {
  const { items } = find('Nearly 90 soldiers were killed. Some 4,000 troops were deployed. About 60,000 villagers fled to the hills. The valley is home to 15,000 people.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.unit]), [
    ['Nearly 90', 'killed', 'troops'],
    ['Some 4,000', 'military_personnel', 'troops'],
    ['About 60,000', 'displaced', 'people'],
    ['15,000', 'population', 'people'],
  ]);
});

test('a verb before a list governs the people listed after it; people by the million in figures are a population', () => {
  const { items } = find('The shelling killed 40 civilians, including 15 children, and 11 members of the armed forces, and wounded 121 civilians and 78 soldiers. Gunmen murdered 26 passengers.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['40', 'killed'], ['15', 'killed'], ['11', 'killed'], ['121', 'injured'], ['78', 'injured'], ['26', 'killed']]);
  const people = find('The rivers feed 240 million farmers. The drought could hurt millions of herders. About 1.2 million refugees fled.').items;
  assert.deepEqual(people.map((q) => [q.text, q.category]), [['240 million', 'population'], ['millions', 'other'], ['About 1.2 million', 'displaced']]);
});

test('a figure with no noun counts what the figure before it counts; "25 of them" is a part', () => {
  const { items } = find('Monitors verified 29 civilian deaths in Velmora and 19 in Ostria, and at least 260 people injured. The attack killed 26 people, 25 of them tourists.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['29', 'killed'], ['19', 'killed'], ['at least 260', 'injured'], ['26', 'killed'], ['25', 'killed']]);
});

test('rupees and the Indian scale words lakh and crore', () => {
  const { items } = find('Tourism lost about Rs 2,000 crore, and each family got Rs. 10 lakh.');
  assert.deepEqual(items.map((q) => [q.text, q.value, q.unit, q.category]), [['about Rs 2,000 crore', 20_000_000_000, 'rupees', 'money'], ['Rs. 10 lakh', 1_000_000, 'rupees', 'money']]);
});

test('injured, missing, money, area, distance and votes', () => {
  const { items } = find('The quake injured 37 people and left 12 missing. Donors pledged $450m. The lake covers 2,000 sq km and lies 300 km away. The motion passed with 61 votes.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.unit]), [
    ['37', 'injured', 'people'],
    ['12', 'missing', 'other'],
    ['$450m', 'money', 'USD'],
    ['2,000 sq km', 'area', 'km2'],
    ['300 km', 'distance', 'km'],
    ['61', 'vote_count', 'other'],
  ]);
});

test('membership of a bloc', () => {
  const { items } = find('The pact is an alliance made up of five states.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['five', 'members']]);
});

test('a source named before the figure, as an entity when a name covers it', () => {
  const text = 'On Friday, Ostrava announced that 8,000 people had arrived in Brenn.';
  const { items, entities } = find(text, [['PLACE', 'Ostrava', ['Ostrava']], ['PLACE', 'Brenn', ['Brenn']]]);
  assert.equal(items.length, 1);
  assert.equal(entities[items[0].attributedTo!].name, 'Ostrava');
  assert.equal(entities[items[0].place!].name, 'Brenn');
  assert.equal(items[0].category, 'displaced');
});

test('a source given only in words, and "according to"', () => {
  const { items } = find('Local officials said at least 14 fishermen drowned. According to the harbour master, 3 boats sank.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['at least 14', 'Local officials'], ['3', 'the harbour master']]);
});

test('a reporting clause after the figure, and "it said" pointing to the sentence subject', () => {
  const text = 'Nearly 300 homes were flooded, the Water Board says. The Kestrel Fire Service, for its part, published a list of 42 crew members who it said were hurt.';
  const { items, entities } = find(text, [['ORG', 'Water Board', ['Water Board']], ['ORG', 'Kestrel Fire Service', ['Kestrel Fire Service']]]);
  assert.equal(entities[items[0].attributedTo!].name, 'Water Board');
  assert.equal(items[1].text, '42');
  assert.equal(items[1].category, 'injured');
  assert.equal(entities[items[1].attributedTo!].name, 'Kestrel Fire Service');
});

test('"the ministry ... adding that" resolves to the ministry named earlier', () => {
  const text = 'The Ruritanian Health Ministry said on Monday that clinics were open. Staff worked through the night, the ministry said, adding that 75 patients were treated.';
  const { items, entities } = find(text, [['ORG', 'Ruritanian Health Ministry', ['Ruritanian Health Ministry']]]);
  assert.equal(items.length, 1);
  assert.equal(entities[items[0].attributedTo!].name, 'Ruritanian Health Ministry');
});

test('"they said" takes the source of the previous sentence', () => {
  const { items } = find('Most roads reopened, the rescue team reported. Ten hikers were still missing, they said.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['Ten', 'missing', 'the rescue team']]);
});

test('a figure with no reporting verb has no source', () => {
  const { items } = find('A landslide claimed 19 lives in the village.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedTo, q.attributedText]), [['19', 'killed', null, null]]);
});

test('figures inside names or time expressions are left out; the date of the sentence is kept as asOf', () => {
  const text = 'Since March 2021, 640 families have left the Block 9 district.';
  const timex: TimexItem[] = [{ field: 'text', start: 6, end: 16, text: 'March 2021', value: '2021-03', precision: 'month', from: null, to: null, anchor: 'absolute', rule: 'test' }];
  const { items } = find(text, [['PLACE', 'Block 9', ['Block 9']]], timex);
  assert.deepEqual(items.map((q) => [q.text, q.category, q.asOf]), [['640', 'displaced', '2021-03']]);
});

test('"according to X" after the figure names its source, even in a sentence framed by another speaker', () => {
  const text = 'Opposition parties say the governor bears the blame for a flood that has displaced 9,000 people, according to the Civil Protection Office (CPO).';
  const { items, entities } = find(text, [['ORG', 'Civil Protection Office', ['Civil Protection Office', 'CPO']]]);
  assert.equal(items[0].text, '9,000');
  assert.equal(entities[items[0].attributedTo!].name, 'Civil Protection Office');
});

test('a name between commas after a position is the source, and "said on May 13" names no speaker after the verb', () => {
  const wing = 'Velmora’s military media wing, Joint Public Relations (JPR), said on May 13 that strikes had killed 40 civilians.';
  const a = find(wing, [['ORG', 'Joint Public Relations', ['Joint Public Relations', 'JPR']]]);
  assert.equal(a.entities[a.items[0].attributedTo!].name, 'Joint Public Relations');
  const chief = 'Ostria’s Director General of Military Operations (DGMO), Lieutenant General Ivo Maren, told reporters that 35 to 40 soldiers had been killed.';
  const b = find(chief, [['PERSON', 'Ivo Maren', ['Ivo Maren']]]);
  assert.equal(b.entities[b.items[0].attributedTo!].name, 'Ivo Maren');
});

test('a short name in brackets before the verb belongs to the source', () => {
  const text = 'The regional water authority (RWA) says about 400 wells have run dry.';
  const { items, entities } = find(text, [['ORG', 'Regional Water Authority', ['RWA']]]);
  assert.equal(entities[items[0].attributedTo!].name, 'Regional Water Authority');
});

test('a description between commas: the source stands before it; a name between commas is the source', () => {
  const one = find('The Verdant League (VL), the coalition’s largest party, claimed the seat, saying its candidate won 812 votes.',
    [['ORG', 'Verdant League', ['Verdant League', 'VL']]]);
  assert.equal(one.entities[one.items[0].attributedTo!].name, 'Verdant League');
  const two = find('Its board chairman, Tomas Ekholm, told reporters that 35 members had resigned.', [['PERSON', 'Tomas Ekholm', ['Tomas Ekholm']]]);
  assert.equal(two.entities[two.items[0].attributedTo!].name, 'Tomas Ekholm');
});

test('a long name cut short by the word walk still resolves to the entity it opens', () => {
  const text = 'The Union for the Defence of Farmers and Fishers of the Coast said 120 boats were seized.';
  const { items, entities } = find(text, [['ORG', 'Coastal Union', ['Union for the Defence of Farmers and Fishers of the Coast']]]);
  assert.equal(entities[items[0].attributedTo!].name, 'Coastal Union');
});

test('plain plural sources, warnings, and "put the toll at"', () => {
  const { items } = find('Aid agencies warned that thousands of people trapped in the port town were short of water. Officials put the death toll at 50.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['thousands', 'population', 'Aid agencies'], ['50', 'killed', 'Officials']]);
});

test('a preposition before "the … estimates" makes it a noun, not a source', () => {
  const { items } = find('By the most cautious estimates, dozens of guards were killed.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['dozens', 'killed', null]]);
});

test('a place after "in" tells where the source is: the words, not the place, are the source', () => {
  const { items } = find('Health officials in Velka said 25 children were among the dead.', [['PLACE', 'Velka', ['Velka']]]);
  assert.deepEqual(items.map((q) => [q.attributedTo, q.attributedText]), [[null, 'Health officials in Velka']]);
});

test('a source after the figure: after a comma, or after the verb ("…, said the mayor")', () => {
  const { items } = find('More than 200 people were killed, medical sources told the Courier. Forty homes burned, said the mayor.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['More than 200', 'sources'], ['Forty', 'the mayor']]);
});

test('a toll right after a reporting sentence goes on in its voice', () => {
  const { items } = find('The coast guard said the ferry capsized at dawn. At least 12 passengers drowned. The ferry carried 300 cars.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['At least 12', 'The coast guard'], ['300', null]]);
});

test('a figure inside a quotation is given by its speaker', () => {
  const text = '“We pulled 40 people from the river,” said Ana Lind, a volunteer.';
  const entities = entitiesOf(text, [['PERSON', 'Ana Lind', ['Ana Lind']]]);
  const quotes: QuoteItem[] = [{ field: 'text', start: 1, end: 35, text: text.slice(1, 35), kind: 'direct', speaker: 0, speakerText: 'Ana Lind', rule: 'test' }];
  const items = findQuantities({ field: 'text', text, sentences: splitSentences(text, splitParagraphs(text)), entities, timex: [], quotes });
  assert.deepEqual(items.map((q) => [q.text, q.attributedTo, q.rule.split(';').pop()]), [['40', 0, 'source:quoted']]);
});

test('category cues: "neutralised", displacement camps, and the members of a grouping named with "the"', () => {
  const { items } = find('The army said it had “neutralised” 30 raiders. About 9,000 people remain in displacement camps. The three states left the union.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['30', 'killed'], ['About 9,000', 'displaced'], ['three', 'members']]);
});

test('"for a decade" measures; "over three days" after a verb means during', () => {
  const { items } = find('The town was held by rebels for a decade. Forty guards were killed over three days. The siege lasted for over two years.');
  assert.deepEqual(items.map((q) => [q.text, q.qualifier, q.category]), [
    ['a decade', 'exact', 'duration'], ['Forty', 'exact', 'killed'], ['three days', 'exact', 'duration'], ['over two years', 'more_than', 'duration'],
  ]);
});

test('a verb right before the next figure is that figure\'s, and a part keeps its whole\'s category', () => {
  const { items } = find('Raiders seized 25 cattle and killed two herders. The blast killed 14 people, including 6 children, and injured 30 others.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['25', 'other'], ['two', 'killed'], ['14', 'killed'], ['6', 'killed'], ['30', 'injured']]);
});

test('"claimed more than 3,000 lives" is a toll, not a source; being forced from home is displacement', () => {
  const { items } = find('The war has claimed more than 3,000 lives. Nearly 2 million people have been forced from their homes.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['more than 3,000', 'killed', null], ['Nearly 2 million', 'displaced', null]]);
});

test('"he said" takes the last person named, not the subject of the sentence before', () => {
  const { items, entities } = find('The talks in Velka were chaired by Olav Brenn. He said 30 delegates attended.', [['PERSON', 'Olav Brenn', ['Olav Brenn']], ['PLACE', 'Velka', ['Velka']]]);
  assert.deepEqual(items.map((q) => [q.text, entities[q.attributedTo!]?.name]), [['30', 'Olav Brenn']]);
});

test('a cue inside a relative clause describes the people counted; the main verb decides', () => {
  const died = find('Nine villagers who fled the shelling have died of cold on the mountain road.').items;
  assert.deepEqual(died.map((q) => [q.text, q.category]), [['Nine', 'killed']]);
  const fled = find('Hundreds of residents who were wounded in the raid have fled to the coast.').items;
  assert.deepEqual(fled.map((q) => [q.text, q.category]), [['Hundreds', 'displaced']]);
});

test('a currency with its nationality is money, in the currency as written', () => {
  const { items } = find('The council pledged 40 million Tunisian dinars for the flooded districts.');
  assert.deepEqual(items.map(brief), [
    { text: '40 million Tunisian dinars', value: 40_000_000, qualifier: 'exact', unit: 'Tunisian dinars', category: 'money', counted: 'Tunisian dinars' },
  ]);
});

test('after "has risen to", the subject however far back says what is counted', () => {
  const { items } = find('The number of people killed in the flooding along the northern river valley has risen to 41, officials said.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['41', 'killed']]);
});

test('the noun right after a figure beats cues in a later clause', () => {
  const { items } = find('The agency counted 19 dead, a toll the rebels reject as inflated by the people who live there.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['19', 'killed']]);
});

test('a place naming who acts is not where the figure is', () => {
  const text = 'The Velmar government pledged 20 million euros for families displaced from Orsk.';
  const { items, entities } = find(text, [['PLACE', 'Velmar', ['Velmar']], ['PLACE', 'Orsk', ['Orsk']]]);
  assert.equal(entities[items[0].place!].name, 'Orsk');
});

test('the shares of one list all divide the same whole, even when the "of" is said once', () => {
  const { items } = find('Fishers make up about half of the island’s population, farmers about a third and traders roughly 12 percent.');
  assert.deepEqual(items.map((q) => [q.text, q.value, q.unit, q.category]), [
    ['about half', 50, 'percent', 'population'],
    ['about a third', 33.3, 'percent', 'population'],
    ['roughly 12 percent', 12, 'percent', 'population'],
  ]);
});

test('a bare number before "after" repeats the time unit of the duration listed before it', () => {
  const { items } = find('Thirty years after the flood, and twelve after the new dam, Osterby still fears the river.');
  assert.deepEqual(items.map((q) => [q.text, q.value, q.unit, q.category]), [
    ['Thirty years', 30, 'years', 'duration'],
    ['twelve', 12, 'years', 'duration'],
  ]);
});

test('parties that sign an accord are counted as its members', () => {
  const { items } = find('The truce, which has been signed by seven armed groups, holds in the hills.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['seven', 'members']]);
});

test('a figure describing a speaker named after the verb is not credited to that speaker', () => {
  const text = '“We never went back,” said Mira Solberg, a teacher who has lived in a tent for two years.';
  const { items } = find(text, [['PERSON', 'Mira Solberg', ['Mira Solberg']]]);
  assert.deepEqual(items.map((q) => [q.text, q.attributedTo, q.attributedText]), [['two years', null, null]]);
});

test('after "said", a definite phrase followed by its own verb is what was said, not who said it', () => {
  const { items } = find('The port union, the largest of the guilds that joined the strike six weeks ago, said the blockade proved its point.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['six weeks', null]]);
});

test('a lone surname as the source stands for the person named with it earlier', () => {
  const text = 'The envoy Lena Marsh arrived on Monday. Marsh said 300 families had fled the valley.';
  const { items } = find(text, [['PERSON', 'Lena Marsh', ['Lena Marsh']]]);
  assert.deepEqual(items.map((q) => [q.text, q.attributedTo, q.attributedText]), [['300', 0, null]]);
});

test('a relative pronoun as the source stands for the phrase before its comma', () => {
  const { items } = find('The newest chapter is a report by the River Commission, which claims that 4,000 fishermen lost their boats.');
  assert.deepEqual(items.map((q) => [q.text, q.attributedText]), [['4,000', 'the River Commission']]);
  const described = find('Help came late, said Ana Lind, the charity’s doctor, who estimated that 300 people had arrived.');
  assert.deepEqual(described.items.map((q) => [q.text, q.attributedText]), [['300', 'Ana Lind']]);
});

test('no category cue matches the empty string (a cue with only left words has no right pattern)', () => {
  for (const cue of LEX.cues) {
    for (const re of [cue.right, cue.left]) {
      if (!re) continue;
      re.lastIndex = 0;
      const m = re.exec('the figure');
      assert.ok(!m || m[0].length > 0, `${cue.category}: ${re.source.slice(0, 40)}`);
    }
  }
  const { items } = find('The rebels had lost three fighters and 30 tanks.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['three', 'killed'], ['30', 'other']]);
});

test('weapons sent are no troops; nights are a duration', () => {
  const { items } = find('Velmora sent hundreds of drones across the border over three nights, and deployed 2,000 soldiers.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [['hundreds', 'other'], ['three nights', 'duration'], ['2,000', 'military_personnel']]);
});

test('refugees stay displaced wherever they live; a share of the land is an area; millions of dollars are money', () => {
  const { items } = find('Some 40,000 refugees are living in the camps near the border. Rebels hold 30 percent of the territory and two-thirds of Norland’s land, and 20 percent of the country’s population is poor. The siege cost millions of dollars.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.unit]), [
    ['Some 40,000', 'displaced', 'people'],
    ['30 percent', 'area', 'percent'],
    ['two-thirds', 'area', 'percent'],
    ['20 percent', 'population', 'percent'],
    ['millions of dollars', 'money', 'USD'],
  ]);
  assert.equal(items[4].counted, 'dollars');
});

test('a rival estimate with no noun of its own counts what the figure before it counts', () => {
  const { items } = find('About 40,000 villagers fled the valley, the governor said, while a relief network counts nearly 52,000. '
    + 'Rebel radio reported 14 fighters killed. A hospital official put the figure at 31.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.counted]), [
    ['About 40,000', 'displaced', 'villagers'],
    ['nearly 52,000', 'displaced', 'villagers'],
    ['14', 'killed', 'fighters'],
    ['31', 'killed', 'fighters'],
  ]);
});

test('a bare figure with no earlier estimate to take up stays uncategorised', () => {
  const { items } = find('The council counts 31 in its latest register.');
  assert.equal(items[0].category, 'other');
});

test('a people word qualifying the noun after it is part of what is counted', () => {
  const { items } = find('More than 9,000 ethnic Dorians left the district. Twelve wounded herders reached the clinic.');
  assert.deepEqual(items.map((q) => q.counted), ['ethnic Dorians', 'wounded herders']);
});

test('a share or ratio of money is money; a share of people is not', () => {
  const { items } = find('The appeal is 41 percent funded. Port revenue has fallen by 30 percent, and the army takes 3.1 percent of GDP. '
    + 'About 40 percent of the aid workers left.');
  assert.deepEqual(items.map((q) => [q.text, q.category]), [
    ['41 percent', 'money'],
    ['30 percent', 'money'],
    ['3.1 percent', 'money'],
    ['About 40 percent', 'other'],
  ]);
});

test('each of two rival estimates keeps its own source; "cited by" after a "while" does not reach back', () => {
  const { items } = find('The valley radio reported that 45 guards had died, while an inquiry cited by foreign media put the figure at 30. '
    + 'About 8,000 herders fled, according to the governor, while the relief network counts nearly 9,500.');
  assert.deepEqual(items.filter((q) => q.text !== '30').map((q) => [q.text, q.category, q.attributedText]), [
    ['45', 'killed', 'The valley radio'],
    ['About 8,000', 'displaced', 'the governor'],
    ['nearly 9,500', 'displaced', 'the relief network'],
  ]);
  assert.equal(items.find((q) => q.text === '30')?.category, 'killed');
});

test('a newspaper described before its name in apposition is cited by its name', () => {
  const { items } = find('A regional newspaper, The Harbour Lantern, reported in March that at least 19 sailors drowned.');
  assert.deepEqual(items.map((q) => [q.text, q.category, q.attributedText]), [['at least 19', 'killed', 'The Harbour Lantern']]);
});

test('a part or member of a named body is the source in its own words, not the body', () => {
  const text = 'A spokesman for one of the Delta Brigades said 40 fighters had withdrawn. The Delta Brigades said 12 of their men were wounded.';
  const { items, entities } = find(text, [['ORG', 'Delta Brigades', ['Delta Brigades']]]);
  assert.deepEqual(items.map((q) => [q.text, q.attributedTo === null ? q.attributedText : entities[q.attributedTo].name]), [
    ['40', 'A spokesman for one of the Delta Brigades'],
    ['12', 'Delta Brigades'],
  ]);
});

test('a ministry of a named government is the source even when the name opens the subject', () => {
  const text = 'The interior ministry of the Coastal Unity Government (CUG) said it had sent about 900 police. The CUG said 14 police were hurt.';
  const { items, entities } = find(text, [['ORG', 'Coastal Unity Government', ['Coastal Unity Government', 'CUG']]]);
  assert.deepEqual(items.map((q) => [q.text, q.attributedTo === null ? q.attributedText : entities[q.attributedTo].name]), [
    ['about 900', 'The interior ministry of the Coastal Unity Government (CUG)'],
    ['14', 'Coastal Unity Government'],
  ]);
});
