import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, KbEntry } from '../../core/entity.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { tokenize } from '../tokenize.js';
import { resolveArticle, type ResolverResources } from './article-resolver.js';
import { Lexicon } from './lexicon.js';
import { findMentions, type FinderResources } from './mention-finder.js';

const entry = (id: string, type: EntityType, name: string, aliases: string[] = [], kind = 'country', country: string | null = null): KbEntry =>
  ({ id, type, name, aliases, wikidata: null, geo: country ? { lat: 0, lon: 0, country } : null, kind });

const KB = [
  entry('AM', 'PLACE', 'Armenia', [], 'country', 'AM'),
  entry('AZ', 'PLACE', 'Azerbaijan', [], 'country', 'AZ'),
  entry('NK', 'PLACE', 'Nagorno-Karabakh', ['Artsakh', 'Karabakh'], 'region', 'AZ'),
  entry('US', 'PLACE', 'United States', ['US', 'U.S.', 'America'], 'country', 'US'),
  entry('EU', 'ORG', 'European Union', ['EU'], 'org'),
  entry('ARM', 'GROUP', 'Armenians', [], 'group'),
  entry('BH', 'PLACE', 'Bosnia and Herzegovina', [], 'country', 'BA'),
  entry('GRU', 'ORG', 'Main Intelligence Directorate', ['GRU'], 'intelligence'),
  entry('HUR', 'ORG', 'Defence Intelligence of Ukraine', ['HUR'], 'intelligence'),
  entry('M23', 'ORG', 'March 23 Movement', ['M23'], 'armed_group'),
  entry('geonames:1', 'PLACE', 'Hope', [], 'city', 'KE'),
  entry('csc:NG-KE', 'PLACE', 'Kebbi', [], 'region', 'NG'),
  entry('kb:place:elbe', 'PLACE', 'Elbe', [], 'river', 'DE'),
  entry('geonames:2', 'PLACE', 'Beltran', [], 'city', 'AR'),
  entry('MX', 'PLACE', 'Mexico', [], 'country', 'MX'),
  entry('BAL', 'GROUP', 'Baloch', [], 'ethnic_group'),
  entry('geonames:3', 'PLACE', 'Mexico City', [], 'capital', 'MX'),
  entry('UN', 'ORG', 'United Nations', ['UN'], 'org'),
  entry('UNHCR', 'ORG', 'United Nations High Commissioner for Refugees', ['UNHCR', 'UN Refugee Agency'], 'un_agency'),
  entry('OHCHR', 'ORG', 'Office of the High Commissioner for Human Rights', ['OHCHR', 'UN Human Rights'], 'un_agency'),
  entry('csc:ID-PA', 'PLACE', 'Papua', [], 'region', 'ID'),
  entry('geonames:4', 'PLACE', 'Verakot', [], 'city', 'YE'),
  entry('CMA', 'ORG', 'Coordination of Karo Movements', ['CMA'], 'armed_group'),
  entry('RC', 'ORG', 'International Red Cross and Red Crescent Movement', ['Red Crescent'], 'ngo'),
  entry('geonames:5', 'PLACE', 'New Verakot', [], 'capital', 'YE'),
  entry('geonames:6', 'PLACE', 'Zarvan', [], 'city', 'YE'),
];
const finder: FinderResources = {
  lexicon: new Lexicon(KB),
  adjectives: new Set(['armenian', 'russian', 'serbian', 'azerbaijani']),
  givenNames: new Set(['amina', 'john', 'ed', 'pablo']),
  commonWords: new Set(['absurdity', 'poised', 'despite', 'will', 'illegally', 'occupied', 'hope', 'unless', 'comprehensive', 'king', 'kings', 'killer', 'killers']),
  languages: new Set(['english', 'swahili']),
  peopleBySurname: (s) => (s === 'pashinyan' ? [entry('NP', 'PERSON', 'Nikol Pashinyan', [], 'head_of_government')] : []),
  settlement: (name) => (name === 'Qiryat Vered' || name === 'Ed Vered' ? 'town' : name === 'Ed Harran' ? 'city' : null),
};
const resolver: ResolverResources = { choosePlace: (c) => c[0] ?? null, peopleBySurname: () => [] };

function mentions(text: string) {
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  return findMentions(tokens, text, 'text', finder);
}
const typedWith = (res: FinderResources) => (text: string) =>
  findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', res).filter((m) => m.type).map((m) => `${m.type} ${m.text}`);
const typed = typedWith(finder);
/** Each entity the resolver makes of a text, with the mentions it joined. */
const joined = (text: string) =>
  resolveArticle(findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', finder), resolver)
    .map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

test('knowledge-base names, longest first, hyphenated compounds on both sides', () => {
  assert.deepEqual(typed('Fighting on the Armenia-Azerbaijan border spread to Nagorno-Karabakh.'),
    ['PLACE Armenia', 'PLACE Azerbaijan', 'PLACE Nagorno-Karabakh']);
  assert.deepEqual(typed('Bosnia and Herzegovina and Armenia met.'), ['PLACE Bosnia and Herzegovina', 'PLACE Armenia']);
  assert.deepEqual(typed('The us delegation met U.S. officials and the EU.'), ['PLACE U.S.', 'ORG EU']);
});

test('an acronym and plain words name a known body when they end in a word for one', () => {
  assert.deepEqual(typed('The UN refugee agency said 40,000 people had fled.'), ['ORG UN refugee agency']);
  // "chief" makes the known words part of a post: the UN stays the UN.
  assert.deepEqual(typed('The UN human rights chief said so.'), ['ORG UN']);
});

test('head words type names the knowledge base does not know', () => {
  assert.deepEqual(typed('The Russian Defense Ministry and the Higher School of Economics commented.'),
    ['ORG Russian Defense Ministry', 'ORG Higher School of Economics']);
  assert.deepEqual(typed('He reached the Lachin Corridor after the Second Karabakh War and the Dayton Agreement.'),
    ['PLACE Lachin Corridor', 'EVENT Second Karabakh War', 'WORK Dayton Agreement']);
  assert.deepEqual(typed('Analysts at the Quincy Institute for Responsible Statecraft disagreed.'), ['ORG Quincy Institute for Responsible Statecraft']);
});

test('a known place and the word for its kind of division are that place; an unknown word before one is not', () => {
  const found = mentions('Gunmen raided Mera in Kebbi State.').find((m) => m.text === 'Kebbi State');
  assert.equal(found?.type, 'PLACE');
  assert.deepEqual(found?.kb.map((e) => e.name), ['Kebbi']);
  assert.ok(!typed('Fighters of the Islamic State fled.').includes('PLACE Islamic State'));
});

test('a given name before a river or a town of the same name is a person, before a country still the country', () => {
  assert.deepEqual(typed('The police chief, Pablo Elbe, resigned.'), ['PERSON Pablo Elbe']);
  assert.deepEqual(typed('The police chief, Pablo Armenia, resigned.'), ['PLACE Armenia']);
});

test('an ordinal opens a military formation\'s name; a word that opens place names makes one place', () => {
  assert.deepEqual(typed('A spokesman for the army’s 18th Brigade said so.'), ['ORG 18th Brigade']);
  assert.deepEqual(typed('Troops left Puerto Armenia at dawn.'), ['PLACE Puerto Armenia']);
  assert.deepEqual(typed('The Lake Armenia Basin Commission met.'), ['ORG Lake Armenia Basin Commission']);
});

test('a title\'s link words and the body it belongs to name nobody; a word for an organisation stays inside a name', () => {
  assert.deepEqual(typed('Amina Diallo, now Minister of State for Defence, denied it.'), ['PERSON Amina Diallo']);
  assert.deepEqual(typed('The Attorney-General of the Federation, Amina Diallo, warned them.'), ['PERSON Amina Diallo']);
  assert.deepEqual(typed('The governor armed the Vered Community Watch Corps last year.'), ['ORG Vered Community Watch Corps']);
});

test('a name described as an organisation after a comma is one; a person working for one is not', () => {
  assert.deepEqual(typed('The raid was claimed by Vered Tiwa, the criminal coalition that rules the port.'), ['ORG Vered Tiwa']);
  assert.deepEqual(typed('We spoke to Amina Diallo, the charity’s medical coordinator.'), ['PERSON Amina Diallo']);
});

test('cartels, military commands and Spanish names of armed bodies are organisations', () => {
  assert.deepEqual(typed('Gunmen of the Vered Cartel clashed with Los Tiwas near the Third Military Region headquarters.'),
    ['ORG Vered Cartel', 'ORG Los Tiwas', 'ORG Third Military Region']);
  assert.deepEqual(typed('The Frente Amplio de Vered said so.'), ['ORG Frente Amplio de Vered']);
});

test('a compound linked by "-e-" names a body, and a people\'s name can end a person\'s', () => {
  assert.deepEqual(typed('Supporters of Vered Tehreek-e-Insaf marched.'), ['ORG Vered Tehreek-e-Insaf']);
  assert.deepEqual(typed('The spokeswoman, Mumtaz Zahra Baloch, said so, and the Baloch protested.'), ['PERSON Mumtaz Zahra Baloch', 'GROUP Baloch']);
});

test('a body named by the country that leads it is an organisation; one led by a people is described, not named', () => {
  assert.deepEqual(typed('Strikes by the US-led coalition resumed.'), ['ORG US-led coalition']);
  assert.deepEqual(typed('The Armenians-led alliance signed.'), ['GROUP Armenians']);
});

test('titles mark people and are not part of the name', () => {
  assert.deepEqual(typed('Serbian Foreign Minister Ivica Dacic said so. Dr. Amina Diallo agreed.'),
    ['PERSON Ivica Dacic', 'PERSON Amina Diallo']);
  assert.deepEqual(typed('Artin DerSimonian of the Eurasia Program spoke.'), ['PERSON Artin DerSimonian', 'ORG Eurasia Program']);
});

test('titles alone, hyphenated adjectives and spelled-out acronyms name nothing', () => {
  assert.deepEqual(typed('Its Deputy Foreign Minister spoke of Russo-Armenian ties and Neo-Ottoman dreams.'), []);
  assert.deepEqual(mentions('They shared ISR (intelligence, surveillance, reconnaissance) data.').map((m) => m.text), []);
  assert.deepEqual(mentions('The deputy chief of mission wrote. The DCM told us. EULEX replied.').map((m) => m.text), ['EULEX']);
});

test('a language, a word shouted in capitals and a holiday are not places, organisations or people', () => {
  assert.deepEqual(typed('The forms must be filled in English or in Swahili.'), []);
  assert.deepEqual(mentions('He stays in jail, UNLESS of course he pays. EULEX replied.').map((m) => m.text), ['EULEX']);
  assert.deepEqual(typed('Crowds marched on Heroes Day.'), ['EVENT Heroes Day']);
});

test('an institution or a season after "in" is no place', () => {
  const text = 'The bill stalled in Congress during talks in Tarvel. Prices rise in Ramadan.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const places = resolveArticle(findMentions(tokens, text, 'text', finder), resolver).filter((e) => e.type === 'PLACE').map((e) => e.name);
  assert.deepEqual(places, ['Tarvel']);
});

test('a name-derived adjective before a known surname is not part of the name', () => {
  assert.deepEqual(mentions('The Sorosite Pashinyan regime fell.').map((m) => m.text), ['Pashinyan']);
  assert.deepEqual(typed('Jonas Pashinyan spoke.'), ['PERSON Jonas Pashinyan']);
});

test('sentence-opening common words and lone adjectives are not names', () => {
  assert.deepEqual(typed('Absurdity has never stopped them. Armenian forces withdrew. Despite this, Armenians stayed.'), ['GROUP Armenians']);
  assert.deepEqual(mentions('Will Pashinyan go?').map((m) => [m.text, m.type]), [['Pashinyan', null]]);
});

test('the resolver joins surnames, titled surnames and acronyms to their full names', () => {
  const text = 'Nikol Pashinyan spoke. Later Pashinyan left. The Collective Security Treaty Organization (CSTO) met; the CSTO said no. Dr Kocharyan was silent.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  const summary = entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
  assert.deepEqual(summary, [
    'PERSON Nikol Pashinyan: Nikol Pashinyan | Pashinyan',
    'ORG Collective Security Treaty Organization: Collective Security Treaty Organization | CSTO | CSTO',
    'PERSON Kocharyan: Kocharyan',
  ]);
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a word the article uses as a person\'s surname is that person, not a town of that name; Spanish names go by the father\'s surname', () => {
  assert.deepEqual(joined('Colonel Pablo Beltran spoke. Beltran said the army held. Major Hernan Ruiz Cardenas agreed, and Ruiz called for calm.'), [
    'PERSON Pablo Beltran: Pablo Beltran | Beltran',
    'PERSON Hernan Ruiz Cardenas: Hernan Ruiz Cardenas | Ruiz',
  ]);
});

test('a city named after its country stays apart from it; an Arabic surname alone is its person', () => {
  assert.deepEqual(joined('Mexico sent troops. Talks in Mexico City failed. President Rashad al-Alimi spoke, and al-Alimi left.'), [
    'PLACE Mexico: Mexico',
    'PLACE Mexico City: Mexico City',
    'PERSON Rashad al-Alimi: Rashad al-Alimi | al-Alimi',
  ]);
});

test('a nickname in quotes inside a name is the person\'s other name', () => {
  assert.deepEqual(joined('Police arrested Amina “La Jefa” Diallo on Monday. La Jefa denied everything, and Diallo stayed silent.'), [
    'PERSON Amina Diallo: Amina “La Jefa” Diallo | La Jefa | Diallo',
  ]);
  assert.deepEqual(typed('He said “Yes” Tuesday.'), [], 'a quoted word between two others is no nickname without a name around it');
  assert.deepEqual(joined('Gunmen loyal to Amina Diallo, known to her men as “La Jefa”, fled. La Jefa was not found. Later John Vered said, “We will return.”'), [
    'PERSON Amina Diallo: Amina Diallo | La Jefa | La Jefa',
    'PERSON John Vered: John Vered',
  ]);
});

test('an acronym may also come first, with its expansion in brackets', () => {
  const text = 'The NSTC (North South Transport Corridor) opened. Traffic on the NSTC grew.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`),
    ['PLACE North South Transport Corridor: North South Transport Corridor | NSTC | NSTC']);
});

test('an acronym in brackets settles a name the knowledge base gives to something else', () => {
  const text = 'Ukraine’s Main Intelligence Directorate (HUR) hinted at a role. The HUR declined to comment.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver).filter((e) => e.type === 'ORG');
  assert.deepEqual(entities.map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`),
    ['Defence Intelligence of Ukraine: HUR | HUR | Main Intelligence Directorate']);
});

test('"also known as" makes two names one entity, whatever shape the second has', () => {
  const text = 'Families sheltered in Shire, also known as Inda Selassie, for months.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['PLACE Shire: Shire | Inda Selassie']);
});

test('unknown names become places by what surrounds them: a preposition, a place noun, a list with a place', () => {
  const text = 'Troops left the camp at Dolna and crossed the Vrana river. Fighting spread to Armenia and Kestel. Raids hit Lusko and Pirin townships.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  assert.deepEqual(entities.filter((e) => e.type === 'PLACE').map((e) => `${e.name}: ${e.mentions[0].rule}`), [
    'Vrana: before "river"',
    'Armenia: knowledge base',
    'Lusko: before "townships"',
    'Pirin: before "townships"',
    'Dolna: after "at"',
    'Kestel: listed with "Armenia"',
  ]);
});

test('a comma alone makes no list, and acronyms of things are no organisations', () => {
  const text = 'After Kestel, Armenia changed course. The VIP lounge closed at 9 GMT, as in Chapter XVII.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`), ['PLACE Armenia']);
});

test('a known name may open with a month and hold a number', () => {
  assert.deepEqual(typed('Shells fired by the March 23 Movement hit the camp in March.'), ['ORG March 23 Movement']);
});

test('a list still counts its neighbour as a place after that neighbour is merged into another name', () => {
  const text = 'Shells fell on Karabakh. Later Karabakh Province and Kestel were hit.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', finder), resolver);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['PLACE Nagorno-Karabakh: Karabakh | Karabakh Province', 'PLACE Kestel: Kestel']);
});

test('an unknown name before a lower-case noun of organisations is one', () => {
  assert.deepEqual(typed('Money went to the Internews platform and the Veltra group.'), ['ORG Internews', 'ORG Veltra']);
  assert.deepEqual(typed('The Armenian group left.'), []);
});

test('a known event written with a lower-case head is found as the knowledge base spells it', () => {
  const text = 'They recalled the Armenian genocide and Armenian forces.';
  const lexicon = new Lexicon([entry('AG', 'EVENT', 'Armenian genocide', [], 'genocide'), ...KB]);
  const found = findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', { ...finder, lexicon });
  assert.deepEqual(found.filter((m) => m.type).map((m) => `${m.type} ${m.text}`), ['EVENT Armenian genocide']);
});

test('a known place or event with a lower-case head is found as spelled; an army named that way is not', () => {
  const lexicon = new Lexicon([entry('LC', 'PLACE', 'Velmora corridor', [], 'corridor'), entry('RA', 'ORG', 'Russian Armed Forces', ['Russian army'], 'military'), ...KB]);
  const typedHere = typedWith({ ...finder, lexicon });
  assert.deepEqual(typedHere('Trucks queued on the Velmora corridor.'), ['PLACE Velmora corridor']);
  assert.deepEqual(typedHere('The Russian army advanced.'), []);
});

test('a nationality adjective of two words ("South Velmorese") names no place', () => {
  const typedHere = typedWith({ ...finder, adjectives: new Set([...finder.adjectives, 'south velmorese']) });
  assert.deepEqual(typedHere('Later, South Velmorese officials met.'), []);
  assert.deepEqual(typedHere('Later, South Velmora voted.'), ['PLACE South Velmora']);
});

const resolvedIn = (text: string) => resolveArticle(findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', finder), resolver);

test('names joined by a short lower-case link stay whole; "Operation X" and "X" are one event', () => {
  const entities = resolvedIn('They launched Operation Bunyan-um-Marsoos at dawn. We are Bunyan-um-Marsoos, a wall. The Commander-in-Chief spoke.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['EVENT Operation Bunyan-um-Marsoos: Operation Bunyan-um-Marsoos | Bunyan-um-Marsoos']);
});

test('adverbs, participles and compounds before a route are no person', () => {
  assert.deepEqual(typed('They spoke of Illegally Occupied Velmora and the Dolna-Kestel hydropower project.'), []);
  assert.deepEqual(typed('Donika Gervalla-Schwarz spoke.'), ['PERSON Donika Gervalla-Schwarz']);
});

test('three names between commas are a list, and a place before a singular noun is written with it', () => {
  const entities = resolvedIn('Shells fell on the Vrana valley, Dolna, Kestel and the villages beyond.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['PLACE Vrana: Vrana valley', 'PLACE Dolna: Dolna', 'PLACE Kestel: Kestel']);
});

test('a bare name settled as a place late still joins "X Valley", and the fuller name is kept', () => {
  const entities = resolvedIn('Troops clashed in the Korvash Valley in June. Both armies still patrol at Korvash.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['PLACE Korvash Valley: Korvash Valley | Korvash']);
});

test('a title inside a name run starts a person; initials and a sentence-opening "Operation" are parts of names', () => {
  assert.deepEqual(typed('The AJK Prime Minister Chaudhry Anwarul Haq spoke to Air Marshal A.K. Bharti.'), ['PERSON Chaudhry Anwarul Haq', 'PERSON A.K. Bharti']);
  assert.deepEqual(typed('Operation Sindoor began at night.'), ['EVENT Operation Sindoor']);
});

test('"the town of X", "villages such as X and Y" and "the X attack" say what X is', () => {
  const entities = resolvedIn('Troops reached the town of Dolna and villages such as Kestel and Vrana after the Pirin attack and the HUR attack.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`).sort(), ['EVENT Pirin attack', 'ORG Defence Intelligence of Ukraine', 'PLACE Dolna', 'PLACE Kestel', 'PLACE Vrana']);
});

test('one person spelled two ways is one entity; two people of one surname stay two', () => {
  const entities = resolvedIn('Oleksandr Syrskyi spoke. Later Alexander Syrsky met Ilham Aliyev and Heydar Aliyev.');
  assert.deepEqual(entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name}: ${e.forms.join(' | ')}`), [
    'Oleksandr Syrskyi: Oleksandr Syrskyi | Alexander Syrsky',
    'Ilham Aliyev: Ilham Aliyev',
    'Heydar Aliyev: Heydar Aliyev',
  ]);
});

test('a nationality word after a quantifier or before a verb is the people; before a noun it is an adjective', () => {
  const text = 'Many Velmorese believe it. The Velmorese government said so. The Velmorese voted.';
  const lexicon = new Lexicon([entry('VEL', 'GROUP', 'Velmorese', [], 'group'), ...KB]);
  const found = findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', { ...finder, lexicon, adjectives: new Set([...finder.adjectives, 'velmorese']) });
  assert.deepEqual(found.filter((m) => m.type).map((m) => `${m.type} ${text.slice(m.start, m.end)} @${m.start}`), ['GROUP Velmorese @5', 'GROUP Velmorese @65']);
});

test('a document\'s or operation\'s title runs on through its links, but not over the sides it names', () => {
  assert.deepEqual(typed('The Agreement on the Maintenance of Calm along the Ridge Line in the Upper Border Areas held.'),
    ['WORK Agreement on the Maintenance of Calm along the Ridge Line in the Upper Border Areas']);
  assert.deepEqual(typed('Moscow called it the Operation to Compel Peace.'), ['EVENT Operation to Compel Peace']);
  // Where it was signed, and the parties, stay apart.
  assert.deepEqual(typed('The Convention on the Rights of Herders in Armenia was signed.'), ['WORK Convention on the Rights of Herders', 'PLACE Armenia']);
  assert.deepEqual(typed('The Accord between Armenia and Azerbaijan stalled.'), ['PLACE Armenia', 'PLACE Azerbaijan']);
  // Talks on a place the text names are talks about that place.
  assert.deepEqual(typed('The Talks on Armenia resumed.'), ['PLACE Armenia']);
  assert.deepEqual(typed('The Vienna Discussions resumed.'), ['EVENT Vienna Discussions']);
});

test('a code name with its year is an exercise or operation', () => {
  assert.deepEqual(typed('The Joint Sword-2024A drills recalled Zapad-2021 and the 2021-2022 talks.'), ['EVENT Joint Sword-2024A', 'EVENT Zapad-2021']);
});

test('a person-shaped name after "the village of" is a place', () => {
  assert.deepEqual(typed('Shells hit the village of Dolna Vrana, said Ivo Maren.'), ['PLACE Dolna Vrana', 'PERSON Ivo Maren']);
});

test('Arabic and Hebrew place words open place names', () => {
  assert.deepEqual(typed('Strikes hit Kfar Dolna and Beit Vrana.'), ['PLACE Kfar Dolna', 'PLACE Beit Vrana']);
});

test('the title of an organisation names the organisation; a settlement shaped like a person is a place', () => {
  assert.deepEqual(typed('He met the Secretary-General of M23, Amina Kessel, in Goma.').filter((m) => m.startsWith('ORG') || m.startsWith('PERSON')), ['ORG M23', 'PERSON Amina Kessel']);
  assert.deepEqual(typed('Rockets fell on Qiryat Vered and on Tomas Vered.'), ['PLACE Qiryat Vered', 'PERSON Tomas Vered']);
  // A big city's name is a place even when a given name opens it; a town's is not.
  assert.deepEqual(typed('Drones hit Ed Harran, Ed Vered told us.'), ['PLACE Ed Harran', 'PERSON Ed Vered']);
});

test('a ministry written in lower case is one organisation, and the one the article names in full', () => {
  assert.deepEqual(typed('Velmora’s health ministry said 40 died; the Serbian defence ministry and its ministry of justice disagreed.'), [
    'ORG health ministry', 'ORG Serbian defence ministry', 'ORG ministry of justice',
  ]);
  // Without "the" or a possessive, a spokesman after it still makes it one ministry; a bare one is a common noun.
  assert.deepEqual(typed('On Friday defence ministry spokesman Amina Dorje spoke, but plans for commerce ministry reform stalled.'), ['ORG defence ministry', 'PERSON Amina Dorje']);
  const text = 'The Ministry of National Defense (MND) counted 40 jets. The defense ministry said more were coming.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const orgs = resolveArticle(findMentions(tokens, text, 'text', finder), resolver).filter((e) => e.type === 'ORG');
  assert.deepEqual(orgs.map((e) => [e.name, e.forms.length]), [['Ministry of National Defense', 3]]);
});

test('an organisation named after the place it works in is one name when its acronym spells the whole', () => {
  assert.deepEqual(typed('The Border Assistance Mission in Armenia (BAMA) reported calm, the EU said.').slice(0, 1), ['ORG Border Assistance Mission in Armenia']);
  assert.deepEqual(typed('The army in Armenia (AZA) moved.'), ['PLACE Armenia']);
});

test('a given name of two syllables joined by a hyphen stays with its surname; an adjective compound does not', () => {
  assert.deepEqual(typed('Retired Admiral Tan Wei-ming spoke after Oren Kai-shun did.'), ['PERSON Tan Wei-ming', 'PERSON Oren Kai-shun']);
  assert.deepEqual(typed('The Dorvik-based Ivo Brandt-led group met.').filter((t) => t.startsWith('PERSON')), ['PERSON Ivo Brandt']);
});

test('shoals and reefs are places, proclamations are works', () => {
  assert.deepEqual(typed('Boats gathered at Ferrin Shoal after the Dolna Proclamation.'), ['PLACE Ferrin Shoal', 'WORK Dolna Proclamation']);
});

test('a two-word name after a preposition of place is a place unless a given name opens it; ranges and plains are places', () => {
  assert.deepEqual(typed('Patrols met near Rezang Tor and in the Dosan Plains, below the Kelas Range.'), ['PLACE Rezang Tor', 'PLACE Dosan Plains', 'PLACE Kelas Range']);
  assert.deepEqual(typed('The letter came from Rezang Tor, and aides met with Amina Dorje at noon.'), ['PERSON Rezang Tor', 'PERSON Amina Dorje']);
});

test('a known surname that is also an English word opens a sentence as a name when a verb, possessive or partner follows', () => {
  const trump = entry('DT', 'PERSON', 'Donald Trump', [], 'head_of_state');
  const wordy: FinderResources = { ...finder, commonWords: new Set([...finder.commonWords, 'trump', 'rice']), peopleBySurname: (s) => (s === 'trump' || s === 'rice' ? [trump] : []) };
  const found = (text: string) => {
    const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
    return findMentions(tokens, text, 'text', wordy).map((m) => m.text);
  };
  assert.deepEqual(found('Trump said the talks were over. Trump’s envoy left. Trump and Amina Dorje met.'), ['Trump', 'Trump', 'Trump', 'Amina Dorje']);
  assert.deepEqual(found('Rice prices rose again.'), []);
});

test('two unknown names a hyphen joins before "area" or "route" are two places, known ones keep their entry', () => {
  assert.deepEqual(typed('Troops left the Dolna-Hot Springs area and the Armenia-Kestel route.'), ['PLACE Dolna', 'PLACE Hot Springs', 'PLACE Armenia', 'PLACE Kestel']);
  assert.equal(mentions('Troops used the Armenia-Kestel route.').find((m) => m.text === 'Armenia')?.kb[0]?.id, 'AM');
});

test('the head of a name with a complement comes before it; a clash or incident named after a place is an event', () => {
  assert.deepEqual(typed('Veterans of the Counterattack War on the Kestel Border marched.'), ['EVENT Counterattack War on the Kestel Border']);
  assert.deepEqual(typed('Since the Dolna Valley clash, patrols have stopped.'), ['EVENT Dolna Valley clash']);
});

test('a small town named like a word is that town only where a preposition or a list of places says so', () => {
  const names = (text: string) => resolvedIn(text).map((e) => `${e.type} ${e.name}${e.kb ? ' (kb)' : ''}`);
  assert.deepEqual(names('Families fled towards Hope and Armenia.'), ['PLACE Armenia (kb)', 'PLACE Hope (kb)']);
  assert.deepEqual(names('Hope faded in Armenia.'), ['PLACE Armenia (kb)']);
  assert.deepEqual(names('Leaders said the Hope was misplaced.'), []);
});

test('a mission of an international body is named with the place it serves, a known one keeps its entry', () => {
  assert.deepEqual(typed('Observers of the United Nations Mission for the Referendum in Armenia counted votes.'),
    ['ORG United Nations Mission for the Referendum in Armenia']);
  // A body that is no mission meets in a place: the place stays apart.
  assert.deepEqual(typed('The European Union Council in Armenia met.').includes('PLACE Armenia'), true);
});

test('two capitalised words only a big dictionary knows are a name; frequent words together are not', () => {
  const withFrequent = { ...finder, commonWords: new Set([...finder.commonWords, 'malik', 'agar', 'lasting', 'peace']), frequentWords: new Set(['lasting', 'peace']) };
  const found = typedWith(withFrequent);
  assert.deepEqual(found('His deputy, Malik Agar, said so.'), ['PERSON Malik Agar']);
  assert.deepEqual(found('They called it a Lasting Peace for all.'), []);
});

test('one unknown word the text gives an acronym is an organisation, and the acronym alone joins it', () => {
  const entities = resolvedIn('The opposition Kuomintang (KMT) holds a majority. Lawmakers of the KMT walked out.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['ORG Kuomintang: Kuomintang | KMT']);
});

test('an unknown word that a town of the country the article names bears is that town', () => {
  const towns: ResolverResources = { ...resolver, settlementIn: (name, countries) => countries.has('AM') && ['Jermuk', 'Hope'].includes(name) };
  const names = (text: string) => resolveArticle(findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', finder), towns).map((e) => `${e.type} ${e.name}`);
  assert.deepEqual(names('Armenia said shells fell on Jermuk overnight.'), ['PLACE Armenia', 'PLACE Jermuk']);
  // No country named: no town to look for.
  assert.deepEqual(names('Shells fell on Jermuk overnight.'), []);
});

test('an operation is named by every word after "Operation", its "of" and the names inside it included', () => {
  const found = typed;
  assert.deepEqual(found('Navies joined Operation Prosperity Hope in May.'), ['EVENT Operation Prosperity Hope']);
  assert.deepEqual(found('Then came Operation Volcano of Rage.'), ['EVENT Operation Volcano of Rage']);
  assert.deepEqual(found('Troops in Operation New Order moved north.'), ['EVENT Operation New Order']);
});

test('an event or document head after its number and month is named with them, unless more of its name follows', () => {
  const found = typed;
  assert.deepEqual(found('They recalled the 8888 Uprising and the February 17 Revolution.'), ['EVENT 8888 Uprising', 'EVENT February 17 Revolution']);
  assert.deepEqual(found('The junta wrote the 2008 Constitution.'), ['WORK 2008 Constitution']);
  assert.ok(!found('Both cite the 1993 Agreement on the Maintenance of Peace.').includes('WORK 1993 Agreement'));
});

test('a nationality word is its people after "the", a number or in a list of peoples, and before a verb or the end of the phrase; so is a verb\'s object before "to"', () => {
  const groups = { ...finder, lexicon: new Lexicon([...KB, entry('SD', 'GROUP', 'Sudanese', [], 'group'), entry('EG', 'GROUP', 'Egyptians', [], 'group'), entry('IN', 'GROUP', 'Indians', [], 'group')]), adjectives: new Set([...finder.adjectives, 'sudanese', 'indian']) };
  const found = typedWith(groups);
  assert.deepEqual(found('The war brought the Sudanese neither bread nor peace.'), ['GROUP Sudanese']);
  assert.deepEqual(found('Many of them are Egyptians, Sudanese and Chadians.'), ['GROUP Egyptians', 'GROUP Sudanese']);
  assert.deepEqual(found('Two Sudanese were taken.'), ['GROUP Sudanese']);
  assert.deepEqual(found('The Sudanese army and the Sudanese and Indian armies met.'), []);
  assert.deepEqual(found('Gunmen kill Sudanese to sell gold, and he urged Sudanese to stay.'), ['GROUP Sudanese', 'GROUP Sudanese']);
  assert.deepEqual(found('She is Sudanese to the core.'), []);
});

test('the capitalised plural of a follower of a creed or party is a group', () => {
  const withWords = { ...finder, commonWords: new Set([...finder.commonWords, 'communist', 'loyalist']) };
  const found = typedWith(withWords);
  assert.deepEqual(found('In 1949 the Communists landed and the Loyalists fled.'), ['GROUP Communists', 'GROUP Loyalists']);
  // Followers of a man or a movement the dictionary does not know are followers too.
  assert.deepEqual(found('In 1949 the Zorbists landed.'), ['GROUP Zorbists']);
  // An "-ites" plural the dictionary lists is a thing, not a following.
  const withSites = typedWith({ ...withWords, commonWords: new Set([...withWords.commonWords, 'satellites']) });
  assert.deepEqual(withSites('The Satellites and the Zorbites met.'), ['GROUP Zorbites']);
});

test('the people of a known province or country, named after it, are a group', () => {
  assert.deepEqual(typed('Many Karabakhis fled, and the Armenias were no help.'), ['GROUP Karabakhis']);
  // A surname that happens to end like it is not: "Hope" is a small town, not a province.
  assert.deepEqual(typed('Then the Hopeis and the Armenians spoke.'), ['GROUP Armenians']);
});

test('a known actor before an attack noun is that actor, a place before it names the event', () => {
  const withActor = { ...finder, lexicon: new Lexicon([...KB, entry('HM', 'ORG', 'Hamas', [], 'armed_group')]) };
  assert.deepEqual(typedWith(withActor)('It began the day after the Hamas massacre.'), ['ORG Hamas']);
  assert.deepEqual(typed('It began the day after the Vered massacre.'), ['EVENT Vered massacre']);
});

test('honorifics and religious titles before a name describe the person, as "Resistance" heads an organisation', () => {
  assert.deepEqual(typed('They killed its leader, His Eminence Sayyed Karim Vered, at dawn.'), ['PERSON Karim Vered']);
  assert.deepEqual(typed('Fighters of the Islamic Resistance held the ridge.'), ['ORG Islamic Resistance']);
});

test('a person after an organisation\'s "of" is who leads it, not part of its name', () => {
  assert.deepEqual(typed('Forces loyal to the Presidential Council of Amina Vered moved in.'), ['ORG Presidential Council', 'PERSON Amina Vered']);
  assert.deepEqual(typed('She taught at the University of Ottawa.'), ['ORG University of Ottawa']);
});

test('words guessed a person by their shape are the place the same words are elsewhere in the article', () => {
  const entities = resolvedIn('Patrols clashed across Karo Tso in May. By June, Karo Tso was quiet again.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['PLACE Karo Tso: Karo Tso']);
});

test('an acronym no one expands is the one name here its initials spell, else an organisation', () => {
  const entities = resolvedIn('The Supreme Council of Vered met. Then the SCV issued a decree, and the UNMIK said nothing.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['ORG Supreme Council of Vered: Supreme Council of Vered | SCV', 'ORG UNMIK: UNMIK']);
});

test('an organisation named without its "of" and what follows is the one named in full', () => {
  const entities = resolvedIn('The Central Bank of Vered froze the accounts. Later the Central Bank relented.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['ORG Central Bank of Vered: Central Bank of Vered | Central Bank']);
});

test('an opening Romance article makes a name no person\'s: a place when listed with places, else unknown', () => {
  assert.deepEqual(typed('La Familia Verdeña rules the hills.'), []);
  assert.deepEqual(joined('Gunmen burned cars in Mexico City and Las Quintas.'), ['PLACE Mexico City: Mexico City', 'PLACE Las Quintas: Las Quintas']);
  // A surname opened by a particle is still the person's.
  assert.deepEqual(joined('Amina Le Vered spoke first. Le Vered then left.'), ['PERSON Amina Le Vered: Amina Le Vered | Le Vered']);
});

test('an unknown name after "the" with no noun after it is no person', () => {
  assert.deepEqual(typed('The cartel rules the Tierra Verde.'), []);
  assert.deepEqual(typed('He met the Karim Vered whom everyone knows.'), ['PERSON Karim Vered']);
});

test('a leading word runs on through a Romance link; a name-forming word inside a headed name is no title case', () => {
  assert.deepEqual(typed('Drones of the Cártel de Mexico Nueva Generación struck.'), ['ORG Cártel de Mexico Nueva Generación']);
  assert.deepEqual(typed('Ferries left Puerto de la Vereda.'), ['PLACE Puerto de la Vereda']);
  assert.deepEqual(typed('The Mexico New Generation Cartel denied it.'), ['ORG Mexico New Generation Cartel']);
  assert.deepEqual(typed('Troops entered the Cañón del Vered.'), ['PLACE Cañón del Vered']);
});

test('Arabic words for movements, brigades and hills open names of their kind', () => {
  assert.deepEqual(typed('Harakat al-Vered shelled Tal Karim and Jurf al-Vered.'), ['ORG Harakat al-Vered', 'PLACE Tal Karim', 'PLACE Jurf al-Vered']);
});

test('a code name of ordinary words runs on through "and"; another operation or a known place does not', () => {
  const withWords = typedWith({ ...finder, commonWords: new Set([...finder.commonWords, 'fast', 'furious']) });
  assert.deepEqual(withWords('Operation Fast and Furious let guns walk.'), ['EVENT Operation Fast and Furious']);
  assert.deepEqual(withWords('Operation Fast and Armenia clashed.'), ['EVENT Operation Fast', 'PLACE Armenia']);
});

test('a capitalised Constitution or Charter after a determiner is a named document', () => {
  assert.deepEqual(typed('Congress amended the Constitution, and the party its Charter.'), ['WORK Constitution', 'WORK Charter']);
  // Opening a sentence, or as part of a longer name, it is something else.
  assert.deepEqual(typed('Constitution alone settles it.'), []);
  assert.deepEqual(typed('Constitution Day passed quietly.'), ['EVENT Constitution Day']);
});

test('a document head keeps a title word that opens its name', () => {
  assert.deepEqual(typed('Prisoners were freed under the General Amnesty Law.'), ['WORK General Amnesty Law']);
  assert.deepEqual(typed('It killed Specialist Karim Vered.'), ['PERSON Karim Vered']);
});

test('an acronym in brackets spelling every capitalised word makes the words one body, unless they describe a known place', () => {
  assert.deepEqual(typed('The Janatha Vimukthi Peramuna (JVP) won.'), ['ORG Janatha Vimukthi Peramuna']);
  assert.deepEqual(typed('The Border Guard Mexico (BGM) fired.'), ['ORG Border Guard Mexico']);
  assert.deepEqual(typed('They call it Illegally Occupied Armenia (IOA).'), ['PLACE Armenia']);
});

test('the people of a place are a group at a sentence\'s start too, and a nationality before a preposition is its people', () => {
  assert.deepEqual(typed('Papuans who cross the border say so.'), ['GROUP Papuans']);
  const dutch = typedWith({ ...finder, lexicon: new Lexicon([...KB, entry('DU', 'GROUP', 'Dutch', [], 'nationality')]), adjectives: new Set([...finder.adjectives, 'dutch']) });
  assert.deepEqual(dutch('It passed from the Dutch to Armenia.'), ['GROUP Dutch', 'PLACE Armenia']);
});

test('a kunya with a family name is the one other person of that family name', () => {
  assert.deepEqual(joined('A strike killed Abu Karim al-Vered. Officials named him as Ahmed Salim al-Vered.'),
    ['PERSON Ahmed Salim al-Vered: Ahmed Salim al-Vered | Abu Karim al-Vered']);
});

test('a building or bridge named with a lower-case noun is a place, not a creed\'s adjective before one', () => {
  assert.deepEqual(typed('Gunmen attacked the Kele-Vered synagogue and the Vered bridge.'), ['PLACE Kele-Vered synagogue', 'PLACE Vered bridge']);
  assert.equal(mentions('They crossed the Vered bridge.')[0].name, 'Vered');
  assert.deepEqual(typed('They burned the Orthodox monastery.'), []);
});

test('two words a hyphen joins are no person alone; a place where the text says so', () => {
  assert.deepEqual(joined('Gunmen came from Kele-Vered.'), ['PLACE Kele-Vered: Kele-Vered']);
  assert.deepEqual(typed('Kele-Vered was quiet.'), []);
  assert.deepEqual(typed('Karim Kele-Vered was quiet.'), ['PERSON Karim Kele-Vered']);
});

test('adjectives alone after "of" complete no name; a known name after "pro-" is a stance that ends there', () => {
  assert.deepEqual(typed('The Vered Corps of the Russian defence ministry arrived.'), ['ORG Vered Corps', 'ORG Russian defence ministry']);
  assert.deepEqual(typed('The pro-Armenia New Vered Party won.'), ['PLACE Armenia', 'ORG New Vered Party']);
});

test('"and the" between two names starts the second; Hebrew and Arabic words for towns and quarters open place names', () => {
  assert.deepEqual(typed('Troops of the Vered Division and the Karo Brigade moved.'), ['ORG Vered Division', 'ORG Karo Brigade']);
  assert.deepEqual(typed('Rockets hit Kiryat Vered and Haret Karo.'), ['PLACE Kiryat Vered', 'PLACE Haret Karo']);
});

test('two spellings of one unknown place in an article are one place; an unknown word listed with a people is a people', () => {
  assert.deepEqual(joined('Trucks crossed at Ras Ajdir on Monday. By Friday Ras Jedir was shut.'), ['PLACE Ras Ajdir: Ras Ajdir | Ras Jedir']);
  assert.deepEqual(joined('The dead were Avarans, Dargins and Armenians.').filter((e) => e.startsWith('GROUP')),
    ['GROUP Armenians: Armenians', 'GROUP Avarans: Avarans', 'GROUP Dargins: Dargins']);
});

test('initials open a person\'s name, spaced or not; a line is a place; a possessive of workers stays inside a name', () => {
  assert.deepEqual(typed('The spokesman, M. A. Vered, said it, and lawyer K.A. Karo agreed.'), ['PERSON M. A. Vered', 'PERSON K.A. Karo']);
  assert.deepEqual(typed('Shells fell along the Vered Line.'), ['PLACE Vered Line']);
  assert.deepEqual(typed('The Vered Fishermen’s Federation protested.'), ['ORG Vered Fishermen’s Federation']);
});

test('a legislator\'s title after a constituency starts a person; regiments are bodies; an article of a law is a document', () => {
  assert.deepEqual(typed('Mexico MP Engineer Karo won.'), ['PLACE Mexico', 'PERSON Engineer Karo']);
  assert.deepEqual(typed('The Vered Rifles and the Karo Rangers fired.'), ['ORG Vered Rifles', 'ORG Karo Rangers']);
  assert.deepEqual(typed('Article 370 was repealed, and Article 5 of the Penal Code was cited.'), ['WORK Article 370', 'WORK Article 5', 'WORK Penal Code']);
});

test('an acronym after a place that a body is described before abbreviates the body; long acronyms are organisations', () => {
  assert.deepEqual(joined('Its peacekeeping mission in Armenia (MINUVERA) stays. Later MINUVERA left.'),
    ['PLACE Armenia: Armenia', 'ORG MINUVERA: MINUVERA | MINUVERA']);
});

test('an unknown word described as a village beside it is a place; one described as a village elder is not', () => {
  assert.deepEqual(joined('Residents of Verakot, an Armenian village near the border, left.'), ['PLACE Verakot: Verakot']);
  assert.deepEqual(joined('We drove to Karodel, a village on the old road.'), ['PLACE Karodel: Karodel']);
  assert.deepEqual(joined('We met Karodel, a village elder, at noon.'), []);
  assert.deepEqual(joined('Guards were shot near Verakot, the capital of the regency.'), ['PLACE Verakot: Verakot']);
  assert.deepEqual(joined('We met Karodel, the town’s mayor.'), []);
  assert.deepEqual(joined('Guards held Vered Karodian, the head of Verakot District, at dawn.').filter((e) => e.startsWith('PERSON')), ['PERSON Vered Karodian: Vered Karodian']);
  // Places where the text passes by or lies off them.
  assert.deepEqual(joined('The column fled past Verakot, and a boat sank off Karodel.'), ['PLACE Verakot: Verakot', 'PLACE Karodel: Karodel']);
});

test('a legislature named alone is an organisation, except inside a person\'s title', () => {
  assert.deepEqual(joined('After that Congress passed the act, and Parliament opened.'), ['ORG Congress: Congress', 'ORG Parliament: Parliament']);
  assert.deepEqual(joined('Parliament Speaker Vered Karo thanked the Speaker of Parliament.'), ['PERSON Vered Karo: Vered Karo']);
  // Named after the country the article names most, so two countries' parliaments stay two.
  assert.deepEqual(joined('Mexico said Congress passed it.'), ['PLACE Mexico: Mexico', 'ORG Congress (Mexico): Congress']);
});

test('a saint\'s possessive stays inside the name of a place it heads', () => {
  assert.deepEqual(typed('Boats sailed to Saint Vered’s Island, past St. Karo\'s Square.'), ['PLACE Saint Vered’s Island', 'PLACE St. Karo\'s Square']);
});

test('a name shaped like a person\'s in a list of places that a place word opens is a place; beside one country it stays a person', () => {
  assert.deepEqual(typed('Troops settled near Armenia and Vered al-Karo.'), ['PLACE Armenia', 'PLACE Vered al-Karo']);
  assert.deepEqual(typed('Clinics in Mexico, Amina Karo and Azerbaijan reopened.'), ['PLACE Mexico', 'PLACE Amina Karo', 'PLACE Azerbaijan']);
  assert.deepEqual(typed('Armenia and Vered Karodian agreed.'), ['PLACE Armenia', 'PERSON Vered Karodian']);
});

test('an Arabic article before a known place is that place; with and without it, one unknown place', () => {
  assert.deepEqual(joined('Raids hit Al-Verakot overnight, and later Verakot was quiet.'), ['PLACE Verakot: Al-Verakot | Verakot']);
  assert.deepEqual(joined('Mines were laid near Al Karodan, and the wall at Karodin was shelled.'), ['PLACE Al Karodan: Al Karodan | Karodin']);
});

test('an adjective of a nation before a known people belongs to the mention of that people', () => {
  assert.deepEqual(joined('Russian Armenians rallied, while Armenians elsewhere stayed home.'), ['GROUP Armenians: Russian Armenians | Armenians']);
});

test('a body named for where it stands goes on through "in"; a treaty\'s title stops before where it was signed', () => {
  assert.deepEqual(typed('The Vered Liberation Army in Opposition and the Karo Government in Exile met.'),
    ['ORG Vered Liberation Army in Opposition', 'ORG Karo Government in Exile']);
  assert.deepEqual(typed('They signed the Treaty on the State Border at the Vered Palace.'), ['WORK Treaty on the State Border', 'PLACE Vered Palace']);
});

test('foreign words that open places and bodies, a plural possessive inside a name, "Middle" as a compass word, a camp', () => {
  assert.deepEqual(typed('The Union of Peoples’ Representatives met at Place de la Vered, beside Villa Karo.'),
    ['ORG Union of Peoples’ Representatives', 'PLACE Place de la Vered', 'PLACE Villa Karo']);
  assert.deepEqual(typed('Ato Vered Karodian spoke for Harakat Vered wal-Karo.'), ['PERSON Vered Karodian', 'ORG Harakat Vered wal-Karo']);
  assert.deepEqual(typed('Fighting reached Middle Armenia.'), ['PLACE Middle Armenia']);
  assert.deepEqual(joined('Troops raided the Karodel camp.'), ['PLACE Karodel: Karodel camp']);
});

test('an acronym of two parts a hyphen joins, in brackets after a name, names it alone', () => {
  assert.deepEqual(joined('The Vered Liberation Army in Opposition (VLA-IO) attacked. The VLA-IO denied it.'),
    ['ORG Vered Liberation Army in Opposition: Vered Liberation Army in Opposition | VLA-IO | VLA-IO']);
});

test('names a colon lists after a plural noun of places are places; so is a name before "mountains"', () => {
  assert.deepEqual(joined('Curfews cover four districts of Armenia: Verakot, Karodel, Vered Karodian and Amina Karo.').map((e) => e.split(':')[0]),
    ['PLACE Armenia', 'PLACE Verakot', 'PLACE Vered Karodian', 'PLACE Amina Karo', 'PLACE Karodel']);
  assert.deepEqual(joined('Troops moved towards the Vered Karodian mountains.'), ['PLACE Vered Karodian: Vered Karodian']);
});

test('"General" opening a body\'s name is no title; Arabic and Urdu particles join a name', () => {
  assert.deepEqual(typed('The General Vered Service arrested Colonel Karo.'), ['ORG General Vered Service', 'PERSON Karo']);
  assert.deepEqual(typed('Harakat ut-Vered was banned.'), ['ORG Harakat ut-Vered']);
});

test('a body named by the last words of one other body\'s name in the article is that body', () => {
  assert.deepEqual(joined('The Vered Students League marched, and the Students League denied it.'),
    ['ORG Vered Students League: Vered Students League | Students League']);
});

test('a given name alone is the one person of the article whose full name it opens; one two people share stays unsettled', () => {
  assert.deepEqual(joined('Prime Minister Vered Karodian spoke. Crowds gathered near Vered’s palace.'), ['PERSON Vered Karodian: Vered Karodian | Vered']);
  assert.deepEqual(joined('Vered Karodian and Vered Lopez met. Later Vered left.'), ['PERSON Vered Karodian: Vered Karodian', 'PERSON Vered Lopez: Vered Lopez']);
});

test('an unknown plural the article counts, or whose singular it also names, is a people', () => {
  assert.deepEqual(joined('The six Karodis fled after the Karodi elders spoke.').filter((e) => e.startsWith('GROUP')), ['GROUP Karodis: Karodis']);
  assert.deepEqual(joined('Many Veredans crossed the river.').filter((e) => e.startsWith('GROUP')), ['GROUP Veredans: Veredans']);
  // A plural the text neither counts nor names in the singular stays unknown.
  assert.deepEqual(joined('Yet Veredans crossed the river.').filter((e) => e.startsWith('GROUP')), []);
});

test('a known town and a compass point after it name a district; "New" before one names a town', () => {
  assert.deepEqual(typed('Curfew was imposed in Verakot West and in New Verakot.'), ['PLACE Verakot West', 'PLACE New Verakot']);
});

test('a bracketed qualifier inside a law\'s name, an article numbered with a letter, a law with its year', () => {
  assert.deepEqual(typed('They reimposed the Vered Forces (Special Powers) Act in May.'), ['WORK Vered Forces (Special Powers) Act']);
  assert.deepEqual(typed('They want a legislature under Article 12A of the Constitution.'), ['WORK Article 12A', 'WORK Constitution']);
  assert.deepEqual(typed('He cited Presidential Decree 44 of 2014 and Resolution 99 of 2016.'), ['WORK Presidential Decree 44 of 2014', 'WORK Resolution 99']);
  assert.deepEqual(typed('Executive Decree 12 names the gangs.'), ['WORK Executive Decree 12']);
});

test('a name with its mixed-case acronym before a lower-case document noun; the acronym must spell it', () => {
  assert.deepEqual(joined('They signed the Suspension of Operations (SoO) agreement in May, and the SoO holds.'),
    ['WORK Suspension of Operations: Suspension of Operations | SoO | SoO']);
  assert.equal(mentions('Shelling hit Karodel Vered (KaR) on Monday.').find((m) => m.text === 'Karodel Vered')?.acronym, undefined);
});

test('the text\'s own expansion of an acronym outranks another kind of thing the knowledge base knows by it', () => {
  assert.deepEqual(joined('They scrapped the Vered Military Agreement (CMA) in May. The CMA had held.'),
    ['WORK Vered Military Agreement: Vered Military Agreement | CMA | CMA']);
});

test('unknown names before a people\'s name in the singular are a person\'s', () => {
  assert.deepEqual(typed('Karodi Baloch led the march.'), ['PERSON Karodi Baloch']);
});

test('a title that also opens towns\' names opens a place\'s after a preposition of place', () => {
  assert.deepEqual(typed('Families returned to villages south of Sheikh Karodel.'), ['PLACE Sheikh Karodel']);
  assert.deepEqual(typed('Gunmen attacked a post near Capitán Veredo.'), ['PLACE Capitán Veredo']);
});

test('code names, attacks named after a building, bands and bodies named in Spanish', () => {
  assert.deepEqual(typed('The Comprehensive Operation Vered 2018 ended.'), ['EVENT Comprehensive Operation Vered 2018']);
  assert.deepEqual(typed('They mourned the Karodel mosque massacre.'), ['EVENT Karodel mosque massacre']);
  assert.deepEqual(typed('The Vered Kings fought the Karo Killers.'), ['ORG Vered Kings', 'ORG Karo Killers']);
  assert.deepEqual(typed('Officers of the Guardianes de Armenia met Staffan de Karodel.'), ['ORG Guardianes de Armenia', 'PERSON Staffan de Karodel']);
  assert.deepEqual(typed('Fighters of Jamaat-ud-Vered and Wilayat Karo attacked.'), ['ORG Jamaat-ud-Vered', 'ORG Wilayat Karo']);
  assert.deepEqual(typed('Experts of the Vered Action Centre in Senegal (VACS) spoke.'), ['ORG Vered Action Centre in Senegal']);
  assert.deepEqual(typed('The wounded reached the Karodel Military Hospital.'), ['ORG Karodel Military Hospital']);
});

test('a rank in the plural before names; Korean names and administrative endings', () => {
  assert.deepEqual(typed('The blast killed Corporals Vered Karodian and Amina Karo.'), ['PERSON Vered Karodian', 'PERSON Amina Karo']);
  assert.deepEqual(typed('Farmers in Karodel-ri told Kang Jae-in.'), ['PLACE Karodel-ri', 'PERSON Kang Jae-in']);
  assert.deepEqual(typed('The dead came from Nueva Vered and Isla Karo.'), ['PLACE Nueva Vered', 'PLACE Isla Karo']);
});

test('facilities named by lower-case words, commands by ordinals, houses of a legislature, national societies', () => {
  assert.deepEqual(typed('Drones hit the Vered nuclear power plant and the Karo gas metering station.'),
    ['PLACE Vered nuclear power plant', 'PLACE Karo gas metering station']);
  assert.deepEqual(typed('Troops of the 102nd Military Base and of the Fourth Army Area left.'), ['ORG 102nd Military Base', 'ORG Fourth Army Area']);
  assert.deepEqual(typed('The House of Representatives met, and the General Staff said so.'), ['ORG House of Representatives', 'ORG General Staff']);
  assert.deepEqual(typed('Volunteers of the Armenian Red Crescent and the Red Crescent came.'), ['ORG Armenian Red Crescent', 'ORG Red Crescent']);
});

test('"New" and a city\'s name a town near it takes it from are one place in one article', () => {
  assert.deepEqual(joined('Talks in New Verakot failed; Verakot blamed Zarvan.'), ['PLACE New Verakot: New Verakot | Verakot', 'PLACE Zarvan: Zarvan']);
});

test('a document\'s title runs on through "towards"', () => {
  assert.deepEqual(typed('They signed the Joint Vered Plan towards Peace in May.'), ['WORK Joint Vered Plan towards Peace']);
});

test('a bearing, a return or a camp list before an unknown name makes it a place; West African honorifics are titles', () => {
  assert.deepEqual(joined('Jets struck positions north of Karodel.'), ['PLACE Karodel: Karodel']);
  assert.deepEqual(joined('Families have been returning to Ofra Vered since June.'), ['PLACE Ofra Vered: Ofra Vered']);
  assert.deepEqual(joined('Thousands fled south to Karodel and Vereda.'), ['PLACE Karodel: Karodel', 'PLACE Vereda: Vereda']);
  assert.deepEqual(joined('Refugees were moved to camps such as Karodel and Vereda.'), ['PLACE Karodel: Karodel', 'PLACE Vereda: Vereda']);
  assert.deepEqual(typed('The chief, Alhaji Musa Karodel, and Naba Vered Tanko met.'), ['PERSON Musa Karodel', 'PERSON Vered Tanko']);
});

test('a clan or tribe is named without the noun; after a place\'s name only a clan, a faction, keeps it', () => {
  assert.deepEqual(typed('The fighters of the Karodel clan fought the Vered and Tanko tribes.'), ['GROUP Karodel', 'GROUP Vered', 'GROUP Tanko']);
  assert.deepEqual(typed('The Mexico clan ran the party.'), ['GROUP Mexico clan']);
  assert.deepEqual(typed('The Mexico tribe met.'), ['PLACE Mexico']);
});

test('capitalised words ending in a title name an office, not a person; its holder follows', () => {
  assert.deepEqual(typed('The Mexico Provincial Police Commander, Superintendent Karo Vered, spoke.'), ['PLACE Mexico', 'PERSON Karo Vered']);
});

test('a name no given name opens, listed only with places and untyped names, is a place; so is what someone fled', () => {
  assert.deepEqual(typed('Rebels took Zarvan and Maarat al-Verak.'), ['PLACE Zarvan', 'PLACE Maarat al-Verak']);
  assert.deepEqual(typed('She fled Ofra Tanko in 2020.'), ['PLACE Ofra Tanko']);
});

test('a council "of General X" is the council, led by X; a bare number opens a formation; French ranks are titles', () => {
  assert.deepEqual(typed('The Vered Council of General Karo Tanko met the 11 Mechanised Battalion.'), ['ORG Vered Council', 'PERSON Karo Tanko', 'ORG 11 Mechanised Battalion']);
  assert.deepEqual(typed('Commandant Karo Vered and Sergent-Chef Amina Tanko spoke.'), ['PERSON Karo Vered', 'PERSON Amina Tanko']);
});

test('a spaced town name, or the attack\'s means, before an attack noun still name the attack', () => {
  assert.deepEqual(typed('Nobody forgot the New Verakot incident or the Zarvan bomb attack.'), ['EVENT New Verakot incident', 'EVENT Zarvan bomb attack']);
  assert.deepEqual(typed('The Karo Vered massacres were denied.'), ['EVENT Karo Vered massacres']);
});

test('a demonym that is also its adjective is the people after "every" or "we", or before an adverb, "as" or "than"', () => {
  const res = { ...finder, lexicon: new Lexicon([...KB, entry('VEL', 'GROUP', 'Velmorese', [], 'ethnic_group')]), adjectives: new Set([...finder.adjectives, 'velmorese']) };
  const typedHere = typedWith(res);
  assert.deepEqual(typedHere('It is the shield of every Velmorese.'), ['GROUP Velmorese']);
  assert.deepEqual(typedHere('We Velmorese paid most, and the Velmorese quietly left.'), ['GROUP Velmorese', 'GROUP Velmorese']);
  assert.deepEqual(typedHere('Every Velmorese mother knows; the Velmorese government denied it.'), []);
});

test('a resolution with its session number is named in lower case too; a treaty\'s listed subjects stay in its name', () => {
  assert.deepEqual(typed('The council adopted resolution 51/1, then Resolution 41/41 and resolution ES-10/24.'), ['WORK resolution 51/1', 'WORK Resolution 41/41', 'WORK resolution ES-10/24']);
  const plain = typedWith({ ...finder, commonWords: new Set([...finder.commonWords, 'friendship', 'cooperation', 'mutual', 'assistance']) });
  assert.deepEqual(plain('They signed the Treaty of Friendship, Cooperation and Mutual Assistance.'), ['WORK Treaty of Friendship, Cooperation and Mutual Assistance']);
  assert.deepEqual(plain('The Treaty of Friendship, Mexico and Armenia agreed.'), ['WORK Treaty of Friendship', 'PLACE Mexico', 'PLACE Armenia']);
});

test('"which X call Y", "the former Y", "alias Y" and "the warlord known as Y" give another name of the same thing', () => {
  assert.deepEqual(joined('Trucks crossed Karodel Pass, which the Vered call Tanko Gate, in June.').filter((e) => e.startsWith('PLACE Karodel')), ['PLACE Karodel Pass: Karodel Pass | Tanko Gate']);
  assert.deepEqual(joined('Trucks crossed Karodel Pass, which Verakot spells Karodal Pass, in June.').filter((e) => e.startsWith('PLACE Karodel')), ['PLACE Karodel Pass: Karodel Pass | Karodal Pass']);
  assert.deepEqual(joined('Its commander, Karo Vered, better known as Jaal Tanko, spoke. Amina Zarvo, known to her men as Aba Keta, agreed.').filter((e) => e.startsWith('PERSON')), ['PERSON Karo Vered: Karo Vered | Jaal Tanko', 'PERSON Amina Zarvo: Amina Zarvo | Aba Keta']);
  assert.deepEqual(joined('Crowds filled Vered Square, the former Karo Square, at dawn.'), ['PLACE Vered Square: Vered Square | Karo Square']);
  assert.deepEqual(joined('Fighters loyal to Amina Karodel, the warlord known as Umm Vered, fled.'), ['PERSON Amina Karodel: Amina Karodel | Umm Vered']);
  assert.deepEqual(joined('Trucks wait at the Karo crossing with Armenia, which the army calls the Vered Bridge.').filter((e) => e.startsWith('PLACE Armenia')), ['PLACE Armenia: Armenia']);
});

test('an ordinary word before a known region\'s name makes a place, not a person', () => {
  const plain = typedWith({ ...finder, commonWords: new Set([...finder.commonWords, 'black']) });
  assert.deepEqual(plain('Last week Black Kebbi flooded the fields, and Amina Kebbi spoke.'), ['PLACE Black Kebbi', 'PERSON Amina Kebbi']);
});

test('the Army and the Navy named alone are the bodies of the country named most; "X for the Y Police" is two bodies', () => {
  assert.deepEqual(joined('Mexico said the Army and the Navy deployed.'), ['PLACE Mexico: Mexico', 'ORG Army (Mexico): Army', 'ORG Navy (Mexico): Navy']);
  assert.deepEqual(typed('He asked the Armed Forces for the National Police reform.'), ['ORG Armed Forces', 'ORG National Police']);
});

test('an unknown name before "area" or "regions" is a place named without the noun; after a known place the noun adds nothing', () => {
  assert.deepEqual(typed('Jets struck the Karodel and Vereda regions and the Tanko area, and the Mexico area.'), ['PLACE Karodel', 'PLACE Vereda', 'PLACE Tanko area', 'PLACE Mexico']);
  assert.deepEqual(joined('Raids hit the Tanko area overnight.'), ['PLACE Tanko: Tanko area']);
});

test('the end of a range that starts at a place is a place', () => {
  assert.deepEqual(joined('Bombs fell on every market from Zarvan to Karodel.').filter((e) => e.startsWith('PLACE')), ['PLACE Zarvan: Zarvan', 'PLACE Karodel: Karodel']);
});

test('of two full names sharing a surname, the bare surname is the first one the article introduced', () => {
  assert.deepEqual(joined('Tanko Karodel took power in May. His father, Ezra Karodel, had ruled before him. Karodel said little.'),
    ['PERSON Tanko Karodel: Tanko Karodel | Karodel', 'PERSON Ezra Karodel: Ezra Karodel']);
});

test('a word naming a small town far from the article\'s places and a militia is the militia', () => {
  const lexicon = new Lexicon([...KB, entry('geonames:9', 'PLACE', 'Tanko', [], 'city', 'IT'), entry('kb:org:tanko', 'ORG', 'Tanko', [], 'armed_group')]);
  const text = 'Armenia said Tanko fighters shelled Azerbaijan from Nagorno-Karabakh.';
  const found = resolveArticle(findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', { ...finder, lexicon }), resolver);
  assert.deepEqual(found.filter((e) => e.name === 'Tanko').map((e) => e.type), ['ORG']);
});

test('a body "of" a person named with an Arabic article is that person\'s body, not part of its name', () => {
  assert.deepEqual(typed('The Defence Companies of Karo al-Vered fired.'), ['ORG Defence Companies', 'PERSON Karo al-Vered']);
});

test('an honorific of two words is a title, though each word alone may be a name', () => {
  assert.deepEqual(typed('The facilitator, Tan Sri Karo Vered, met Datuk Seri Amina Tanko.'), ['PERSON Karo Vered', 'PERSON Amina Tanko']);
});

test('a formation named after a titled person keeps the title in its name', () => {
  assert.deepEqual(typed('Fighters of the Sultan Karo Division shelled the town, General Vered said.'), ['ORG Sultan Karo Division', 'PERSON Vered']);
});

test('names listed before "in" and a named district are places', () => {
  const text = 'They agreed that Ezra Tanko, Karodel and Vereda in our Zarvan district would return.';
  assert.deepEqual(joined(text).filter((e) => e.startsWith('PLACE')).sort(),
    ['PLACE Ezra Tanko: Ezra Tanko', 'PLACE Karodel: Karodel', 'PLACE Vereda: Vereda', 'PLACE Zarvan: Zarvan district']);
  assert.deepEqual(typed('Ezra Tanko in Zarvan said so.'), ['PERSON Ezra Tanko', 'PLACE Zarvan']);
});

test('a diocese and a limited company are organisations', () => {
  const plain = typedWith({ ...finder, commonWords: new Set([...finder.commonWords, 'catholic']) });
  assert.deepEqual(plain('Nurses of the Catholic Diocese of Zarvan left. Vered Mining Limited stayed.'), ['ORG Catholic Diocese of Zarvan', 'ORG Vered Mining Limited']);
});

test('a word the article already named a people by is that people again, and lends its type to a list', () => {
  assert.deepEqual(joined('The fighters of the Karodel clan fired. Later the Karodel and Vereda agreed.'), ['GROUP Karodel: Karodel | Karodel', 'GROUP Vereda: Vereda']);
});

test('where a formation stands is no part of its name; what it is for is', () => {
  assert.deepEqual(typed('Rangers of the 41st Ranger Regiment on the Zarvan road were hit.'), ['ORG 41st Ranger Regiment', 'PLACE Zarvan']);
  assert.deepEqual(typed('The Specialised Corps for Border Security deployed.'), ['ORG Specialised Corps for Border Security']);
});

test('a combining form before a place names no place of its own; a "Bhavan" is a building', () => {
  assert.deepEqual(typed('Guards fenced the Indo-Mexico border near Vered Bhavan.'), ['PLACE Mexico', 'PLACE Vered Bhavan']);
});

test('a province named by a rare word is the province; by an everyday word, a word', () => {
  const withProvinces = {
    ...finder,
    lexicon: new Lexicon([...KB, entry('csc:XX-KA', 'PLACE', 'Karodel', [], 'region', 'YE'), entry('csc:XX-UN', 'PLACE', 'Unity', [], 'region', 'SS')]),
    commonWords: new Set([...finder.commonWords, 'karodel', 'unity']),
    frequentWords: new Set(['unity']),
  };
  const found = typedWith(withProvinces);
  assert.deepEqual(found('The Karodel flights left.'), ['PLACE Karodel']);
  assert.deepEqual(found('They spoke of Unity in the camps.'), []);
});

test('after "and", a known name with a lower-case word inside is a name of its own', () => {
  const withCity = { ...finder, lexicon: new Lexicon([...KB, entry('geonames:7', 'PLACE', 'Karo es Vered', [], 'city', 'YE')]) };
  assert.deepEqual(typedWith(withCity)('Talks in Zarvan and Karo es Vered failed.'), ['PLACE Zarvan', 'PLACE Karo es Vered']);
});

test('French and Spanish words for a party, movement or council open an organisation\'s name; constabularies and inquiries are bodies', () => {
  assert.deepEqual(typed('Rassemblement Karodel and the Coordinadora Vered objected.'), ['ORG Rassemblement Karodel', 'ORG Coordinadora Vered']);
  assert.deepEqual(typed('The Royal Karodel Constabulary gave evidence to the Vered Inquiry.'), ['ORG Royal Karodel Constabulary', 'ORG Vered Inquiry']);
});

test('a compass word known only as a bloc ("the West") before an unknown name is a place on that side', () => {
  const withBloc = { ...finder, lexicon: new Lexicon([...KB, entry('WEST', 'GROUP', 'West', [], 'group')]) };
  assert.deepEqual(typedWith(withBloc)('Gunmen struck in West Karodel, and the West protested.'), ['PLACE West Karodel', 'GROUP West']);
});

test('a name shaped like a person\'s, listed after an unknown word that a preposition of place opens, is a place', () => {
  assert.deepEqual(typed('Militias burned villages in Karodel and Vered Tanko, while farmers fled.'), ['PLACE Vered Tanko']);
});

test('a number ends a road\'s name; a cooperative is a body; a route between two unknown names names both', () => {
  assert.deepEqual(typed('Trucks on National Road 27 were stopped.'), ['PLACE National Road 27']);
  assert.deepEqual(typed('Fighters of the Cooperative for the Development of Karodel attacked.'), ['ORG Cooperative for the Development of Karodel']);
  assert.deepEqual(joined('They fished off the Karodel-Verakoti shore.'), ['PLACE Karodel: Karodel', 'PLACE Verakoti: Verakoti']);
});

test('a given name that is also a rare English word still opens a person\'s name before a region\'s', () => {
  const withRegion = { ...finder, lexicon: new Lexicon([...KB, entry('kb:place:karodel', 'PLACE', 'Karodel', [], 'macro_region', 'YE')]), givenNames: new Set([...finder.givenNames, 'germain']), commonWords: new Set([...finder.commonWords, 'germain']), frequentWords: new Set<string>() };
  assert.deepEqual(typedWith(withRegion)('The court said Germain Karodel was guilty.'), ['PERSON Germain Karodel']);
});

test('a document numbered after "No." keeps its whole number; a preposition opening the sentence is no part of a document\'s name', () => {
  assert.deepEqual(typed('They cited Law No. 034/PR/2015 on terrorism and Ordinance No. 21/015 in court.'), ['WORK Law No. 034/PR/2015', 'WORK Ordinance No. 21/015']);
  assert.deepEqual(typed('Under Resolution 2717, the mission must leave.'), ['WORK Resolution 2717']);
});

test('a known province named with its division word is that province, one with its bare name', () => {
  assert.deepEqual(joined('They arrested two men in Papua province. Papua is tense.'), ['PLACE Papua: Papua province | Papua']);
});

test('a full name without its middle name is the longer name; two people of one surname stay two', () => {
  const entities = resolvedIn('Amina Karo Vered was arrested. Friends of Amina Vered protested, and John Vered spoke.');
  assert.deepEqual(entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name}: ${e.forms.join(' | ')}`), [
    'Amina Karo Vered: Amina Karo Vered | Amina Vered',
    'John Vered: John Vered',
  ]);
});

test('everyday dictionary words shaped like a name are no person; rare words or given names may be', () => {
  const withWords = { ...finder, commonWords: new Set([...finder.commonWords, 'civil', 'defence', 'malik', 'agar']), frequentWords: new Set(['civil']) };
  const found = typedWith(withWords);
  assert.deepEqual(found('Rescuers said Civil Defence teams came.').filter((m) => m.startsWith('PERSON')), []);
  assert.deepEqual(found('His deputy, Malik Agar, said so.'), ['PERSON Malik Agar']);
  assert.deepEqual(found('Families fled to Civil Defence and Verakot.'), ['PLACE Civil Defence', 'PLACE Verakot']);
});

test('a compass word before a people\'s name, and a people\'s name before "zone", name places', () => {
  const withPeople = { ...finder, lexicon: new Lexicon([...KB, entry('WEST', 'GROUP', 'West', [], 'group'), entry('KAR', 'GROUP', 'Karodel', [], 'ethnic_group')]) };
  assert.deepEqual(typedWith(withPeople)('Strikes hit West Karodel and the Karodel zone.'), ['PLACE West Karodel', 'PLACE Karodel zone']);
  assert.deepEqual(typedWith(withPeople)('Miners entered the Karodel reserve again.'), ['PLACE Karodel reserve']);
});

test('a bearing before "to", a people and "of", the end of a range from a place, a raid and "the upper" make unknown names places', () => {
  assert.deepEqual(joined('Others went east to Karodel or south-west to Vereda.'), ['PLACE Karodel: Karodel', 'PLACE Vereda: Vereda']);
  const withPeople = { ...finder, lexicon: new Lexicon([...KB, entry('KAR', 'GROUP', 'Karodel', [], 'ethnic_group')]) };
  assert.deepEqual(typedWith(withPeople)('The Karodel of Ofra Vered fear the army.'), ['GROUP Karodel', 'PLACE Ofra Vered']);
  assert.deepEqual(joined('Gunmen held farmland from Tessel to Ofra Vered.'), ['PLACE Ofra Vered: Ofra Vered', 'PLACE Tessel: Tessel']);
  assert.deepEqual(joined('A night raid on Karodel left eight dead.'), ['PLACE Karodel: Karodel']);
  assert.deepEqual(joined('Miners returned to the upper Vered Tanko.'), ['PLACE Vered Tanko: Vered Tanko']);
  assert.deepEqual(typed('Veterans met at the Karodel Monument.'), ['PLACE Karodel Monument']);
  // A person stays one when nothing of the kind stands before the name.
  assert.deepEqual(typed('Gunmen shot Ofra Vered on Monday.'), ['PERSON Ofra Vered']);
});

test('a noun of organisations after a name opened by a possessive or a word of standing; religious and Somali honorifics are titles', () => {
  assert.deepEqual(typed('Amina’s Karodel party and the ruling Vereda party met.'), ['ORG Karodel', 'ORG Vereda']);
  assert.deepEqual(typed('The Tessel faction of Barrio Vered split.'), ['ORG Tessel', 'PLACE Barrio Vered']);
  // "group of forces" names a command with its noun: the name alone is no organisation.
  assert.ok(!typed('A spokesman for Tarven’s Karodel group of forces spoke.').includes('ORG Karodel'));
  assert.deepEqual(typed('Allama Vered Tanko Abbas and Garaad Ofra Karodel spoke.'), ['PERSON Vered Tanko Abbas', 'PERSON Ofra Karodel']);
});

test('numbered bills and laws with grouped digits, offices owned by a title, Portuguese and Spanish leading words of places', () => {
  assert.deepEqual(typed('Congress passed Law 14.701 and shelved Bill 191/2020.'), ['WORK Law 14.701', 'WORK Bill 191/2020']);
  // (A point before other than three digits ends the sentence or a section number: "Law 5.2" is Law 5.)
  assert.deepEqual(typed('They cited Law 5.2 of the code.'), ['WORK Law 5']);
  assert.deepEqual(typed('The Prosecutor General’s Office and the Federal Prosecutor’s Office opened cases.'), ['ORG Prosecutor General’s Office', 'ORG Federal Prosecutor’s Office']);
  assert.deepEqual(typed('Miners crossed from Tarven’s Alto Vereda to the Pico da Karodel.'), ['PLACE Alto Vereda', 'PLACE Pico da Karodel']);
  assert.deepEqual(typed('Fighters of the Comando Vereda met the Bloque Karodel.'), ['ORG Comando Vereda', 'ORG Bloque Karodel']);
});

test('after a preposition of place and "the", an unknown name is a place; an everyday word there stands for a name and is left alone', () => {
  assert.deepEqual(joined('Herders crossed on the Karodel and fled into the Vereda.'), ['PLACE Karodel: Karodel', 'PLACE Vereda: Vereda']);
  const everyday = { ...finder, frequentWords: new Set(['strait', 'kingdom']) };
  const text = 'Boats sailed across the Strait.';
  const found = findMentions(tokenize(text, splitSentences(text, splitParagraphs(text))), text, 'text', everyday);
  assert.deepEqual(found.filter((m) => m.text === 'Strait').map((m) => m.introduced), [false]);
});

test('a name a given name opens is a place after "in" and before a comma and the known place it lies in', () => {
  assert.deepEqual(typed('A post in Amina Vered, Armenia, was shelled.'), ['PLACE Amina Vered', 'PLACE Armenia']);
  // Not when the place after the comma owns what follows ("in X, Armenia’s envoy said").
  assert.deepEqual(typed('Talks in Amina Vered, Armenia’s envoy said, were calm.'), ['PERSON Amina Vered', 'PLACE Armenia']);
});

test('a province stays in the running against a town of its name abroad, not against one of its own country', () => {
  const kb = [
    entry('geonames:7', 'PLACE', 'Velmora', [], 'city', 'HN'),
    entry('csc:SV-VE', 'PLACE', 'Velmora Department', ['Velmora'], 'region', 'SV'),
    entry('geonames:8', 'PLACE', 'Tarsko', [], 'city', 'ML'),
    entry('csc:ML-TA', 'PLACE', 'Tarsko Region', ['Tarsko'], 'region', 'ML'),
  ];
  // A chooser that always prefers a region shows which candidates reach it.
  const regionFirst: ResolverResources = { choosePlace: (pool) => pool.find((e) => e.kind === 'region') ?? pool[0] ?? null, peopleBySurname: () => [] };
  const text = 'Soldiers remain deployed in Velmora and in Tarsko.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const places = resolveArticle(findMentions(tokens, text, 'text', { ...finder, lexicon: new Lexicon(kb) }), regionFirst).map((e) => e.kb?.id);
  assert.deepEqual(places, ['csc:SV-VE', 'geonames:8']);
});

test('a French article elided onto a capitalised word goes on a name after "de"', () => {
  assert.deepEqual(typed('Guards closed the Cité de l’Union Verakoise on Monday. Crowds filled the Place de l\'Indépendance.'), ['PLACE Cité de l’Union Verakoise', 'PLACE Place de l\'Indépendance']);
  assert.deepEqual(typed('The Palais de la Nation was calm.'), ['PLACE Palais de la Nation']);
});

test('particles do not count as names: a married Spanish name with "de" stays one person', () => {
  assert.deepEqual(typed('The mayor, Marta Elena Rivas de Portillo, said the vote was fair.'), ['PERSON Marta Elena Rivas de Portillo']);
});

test('Portuguese and Spanish leading words open operations, massacres, complexes and consortia', () => {
  assert.deepEqual(typed('Police launched Operação Verakão on Tuesday near the Complexo da Tolva.'), ['EVENT Operação Verakão', 'PLACE Complexo da Tolva']);
  assert.deepEqual(typed('Relatives remember the Chacina do Tolvo. The Consórcio da Verak met.'), ['EVENT Chacina do Tolvo', 'ORG Consórcio da Verak']);
});

test('a plural acronym in brackets names the body in the singular too', () => {
  const entities = resolvedIn('Then came the Village Defence Committees (VDCs) in the north. One VDC fought.');
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}: ${e.forms.join(' | ')}`), ['ORG Village Defence Committees: Village Defence Committees | VDC']);
});

test('a body the knowledge base knows by the letters alone, under another name, yields to the text\'s expansion', () => {
  const kb = [...KB, entry('UPP', 'ORG', 'United Progressive Party', ['UPP'], 'party')];
  const text = 'Then came the Pacifying Police Units (UPP) and a cable car. The UPP never came back.';
  const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
  const entities = resolveArticle(findMentions(tokens, text, 'text', { ...finder, lexicon: new Lexicon(kb) }), resolver);
  assert.deepEqual(entities.map((e) => `${e.name} ${e.kb?.id ?? 'unlinked'}: ${e.forms.join(' | ')}`), ['Pacifying Police Units unlinked: Pacifying Police Units | UPP']);
});

test('unknown words before a province\'s name are a zone of it, not a person and the province', () => {
  const kb = [...KB, entry('kb:place:verakia', 'PLACE', 'Verakia', [], 'historical', 'ET')];
  const zones = typedWith({ ...finder, lexicon: new Lexicon(kb) });
  assert.deepEqual(zones('Fighting spread to Tolmen Verakia and Horo Dulmet Verakia this week.'), ['PLACE Tolmen Verakia', 'PLACE Horo Dulmet Verakia']);
  assert.deepEqual(zones('Officials in Verakia met Amina Verakia.'), ['PLACE Verakia', 'PERSON Amina Verakia'], 'a given name still opens a person');
});

test('a law\'s year after a comma and a party\'s faction in brackets belong to their names', () => {
  assert.deepEqual(typed('Police acted under the Public Order Act, 1971 on Friday.'), ['WORK Public Order Act, 1971']);
  assert.deepEqual(typed('Leaders of the Communist Party of Verakia (Unified Socialist) met.'), ['ORG Communist Party of Verakia (Unified Socialist)']);
  assert.deepEqual(typed('Leaders of the Tolmen Liberation Party (TLP) met.'), ['ORG Tolmen Liberation Party'], 'an acronym in brackets is no faction');
});

test('a division\'s officer is a title; a durbar is a place and an andolan an event', () => {
  assert.deepEqual(typed('Chief District Officer Tolma Verak said so.'), ['PERSON Tolma Verak']);
  assert.deepEqual(typed('Crowds burned Tolmen Durbar after the Verak Andolan.'), ['PLACE Tolmen Durbar', 'EVENT Verak Andolan']);
});

test('a known organisation whose only lower-case words are links inside it is found whole', () => {
  const kb = [...KB, entry('ISGS', 'ORG', 'Islamic State Sahel Province', ['Islamic State in the Greater Verak'], 'armed_group')];
  const found = typedWith({ ...finder, lexicon: new Lexicon(kb) });
  assert.deepEqual(found('They said fighters of the Islamic State in the Greater Verak attacked.'), ['ORG Islamic State in the Greater Verak']);
});

test('"of" and a country after a named province say whose it is; "of" inside a law\'s name is part of it', () => {
  assert.deepEqual(typed('Officials of the Tolmen Province of Armenia said so.'), ['PLACE Tolmen Province', 'PLACE Armenia']);
  assert.deepEqual(typed('Police used the Commissions of Inquiry Act again.'), ['WORK Commissions of Inquiry Act']);
  const part = typed('He cited the Fourth Schedule of the Public Order Act.');
  assert.ok(part.includes('WORK Public Order Act') && part.every((m) => !m.includes(' of the ')), 'a part of a law is named apart from it');
});

test('a Kalenjin "arap" joins a given name and a surname', () => {
  assert.deepEqual(typed('Crowds mourned Tolma arap Verak in May.'), ['PERSON Tolma arap Verak']);
});

test('a known body after "of" is named in its own right when the words before it name no body', () => {
  const kb = [...KB, entry('MFA', 'ORG', 'Ministry of Foreign Affairs of Verakia', ['Verakian Foreign Ministry'], 'ministry')];
  const found = typedWith({ ...finder, lexicon: new Lexicon(kb) });
  const envoy = found('Talks were led by the envoy for Asian Affairs of the Verakian Foreign Ministry on Monday.');
  assert.ok(envoy.includes('ORG Verakian Foreign Ministry') && envoy.every((m) => !m.includes(' of the ')), envoy.join('; '));
  assert.deepEqual(found('They met the Department of Asian Affairs of the Verakian Foreign Ministry on Monday.'), ['ORG Department of Asian Affairs of the Verakian Foreign Ministry']);
});

test('"the" and a river\'s bare name is the river the article named in full, not a town of that name', () => {
  const kb = [...KB, entry('kb:place:tolva-river', 'PLACE', 'Tolva River', [], 'river', 'YE'), entry('geonames:9', 'PLACE', 'Tolva', [], 'city', 'YE')];
  const resolved = (text: string) => {
    const tokens = tokenize(text, splitSentences(text, splitParagraphs(text)));
    return resolveArticle(findMentions(tokens, text, 'text', { ...finder, lexicon: new Lexicon(kb) }), resolver).map((e) => `${e.kb?.id}: ${e.forms.join(' | ')}`);
  };
  assert.deepEqual(resolved('Guards patrol the Tolva River. Smugglers crossed the Tolva at night.'), ['kb:place:tolva-river: Tolva River | Tolva']);
  assert.deepEqual(resolved('The Tolva River floods Tolva every spring.'), ['kb:place:tolva-river: Tolva River', 'geonames:9: Tolva'], 'without "the" the name is the town');
});

test('Thai and Khmer words for hill, temple and stream open or close place names', () => {
  assert.deepEqual(typed('Troops dug in on Khao Tolvat and shelled Prasat Verak, near Verak Wat and Huai Tolva.'), ['PLACE Khao Tolvat', 'PLACE Prasat Verak', 'PLACE Verak Wat', 'PLACE Huai Tolva']);
});

test('beaches, junctions, passages and mines are places', () => {
  assert.deepEqual(typed('Crowds filled Tolva Beach and Verak Junction; boats crossed the Tolva Passage to the Verak Mine.'), ['PLACE Tolva Beach', 'PLACE Verak Junction', 'PLACE Tolva Passage', 'PLACE Verak Mine']);
});
