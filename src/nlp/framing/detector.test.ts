import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectTechniques } from './detector.js';
import { detect, fieldOf, flagged } from './test-helpers.js';

// One invented sentence per rule that must be flagged, and a neutral sentence close to it
// that must not be.
const CASES: { intent: string; text: string; expect: string[] }[] = [
  { intent: 'a loaded adjective takes the noun it modifies', text: 'The council’s brutal crackdown shocked the town.', expect: ['Loaded_Language: brutal crackdown'] },
  { intent: 'a plain report of the same event is not loaded', text: 'The council’s new rules surprised the town.', expect: [] },
  { intent: 'a loaded idiom', text: 'The envoy worked tirelessly to keep the talks alive.', expect: ['Loaded_Language: worked tirelessly'] },
  { intent: 'a label for people', text: 'The minister described the strikers as terrorists.', expect: ['Name_Calling,Labeling: terrorists'] },
  { intent: 'a label takes its determiner and adjectives along', text: 'Villagers fled the Vorlanian mercenaries at dawn.', expect: ['Name_Calling,Labeling: the Vorlanian mercenaries'] },
  { intent: 'but never the verb before it', text: 'The army killed bandits near the ford.', expect: ['Name_Calling,Labeling: bandits'] },
  { intent: 'a loaded noun takes its possessor', text: 'Nobody mentioned the council’s betrayal of the fishermen.', expect: ['Loaded_Language: the council’s betrayal'] },
  { intent: 'a massacre told as loaded language', text: 'Soldiers carried out a massacre in the market.', expect: ['Loaded_Language: a massacre'] },
  { intent: 'a massacre named as an event is not', text: 'Relatives marked the Dunmore massacre anniversary.', expect: [] },
  { intent: 'a loaded verb takes its object', text: 'The party exploited the farmers’ anger again.', expect: ['Loaded_Language: exploited the farmers'] },
  { intent: 'tearing up a deal', text: 'The new cabinet tears up the accord.', expect: ['Loaded_Language: tears up the accord'] },
  { intent: 'the same word inside a hyphenated word is no label', text: 'The anti-terrorist unit held a drill.', expect: [] },
  { intent: 'patrons with a capitalised modifier are a label', text: 'The rally was paid for by Western sponsors.', expect: ['Name_Calling,Labeling: Western sponsors'] },
  { intent: 'sponsors of an event are not', text: 'The sponsors of the marathon thanked the runners.', expect: [] },
  { intent: 'so-called labels the phrase after it', text: 'The so-called experts met again.', expect: ['Name_Calling,Labeling: so-called experts'] },
  { intent: 'so-called takes the whole capitalised name after it', text: 'Police raided the so-called Free River Council of Elders yesterday.', expect: ['Name_Calling,Labeling: so-called Free River Council of Elders'] },
  { intent: 'the same name without so-called', text: 'Police visited the Free River Council of Elders yesterday.', expect: [] },
  { intent: 'that before a plural label is the conjunction, not a determiner', text: 'The governor said that bandits blocked the road.', expect: ['Name_Calling,Labeling: bandits'] },
  { intent: 'a flag-waving cue inside a proper name is part of the name', text: 'Delegates of the National Unity Forum met in Tarven.', expect: [] },
  { intent: 'the same words as a plain phrase are a cue', text: 'The mayor spoke of national unity before the vote.', expect: ['Flag-Waving: national unity'] },
  { intent: 'an appeal to a whole people', text: 'The governor said the sacrifice was made for the Vorlanian people.', expect: ['Flag-Waving: the Vorlanian people'] },
  { intent: 'a party named for the people is a name', text: 'Delegates of the Vorlanian People’s Party met in Tarven.', expect: [] },
  { intent: 'a state euphemism for force', text: 'Troops were sent to restore law and order in the valley.', expect: ['Loaded_Language: restore law and order'] },
  { intent: 'sending troops, told plainly', text: 'Troops were sent to the valley on Monday.', expect: [] },
  { intent: 'fake news as a label', text: 'The ministry called the report fake news.', expect: ['Name_Calling,Labeling: fake news'] },
  { intent: 'a news report is not a label', text: 'The ministry read the news report.', expect: [] },
  { intent: 'squandering is a loaded verb', text: 'The council squandered its reserves.', expect: ['Loaded_Language: squandered'] },
  { intent: 'spending is not', text: 'The council spent its reserves.', expect: [] },
  { intent: 'a legal term is not loaded language', text: 'Judges heard charges of crimes against humanity in Tarven.', expect: [] },
  { intent: 'junta is the plain wire term for a military government', text: 'The junta in Tarven postponed the election.', expect: [] },
  { intent: 'a doubt cue flags its clause', text: 'The minister allegedly met the contractor twice.', expect: ['Doubt: The minister allegedly met the contractor twice.'] },
  { intent: 'the same clause without the cue', text: 'The minister met the contractor twice.', expect: [] },
  { intent: 'an exaggeration cue and its noun', text: 'The flood caused unprecedented damage.', expect: ['Exaggeration,Minimisation: unprecedented damage'] },
  { intent: 'a short sentence denying everything', text: 'The committee offers nothing to farmers.', expect: ['Exaggeration,Minimisation: The committee offers nothing'] },
  { intent: 'nothing as a plain subject', text: 'Nothing was decided on Friday.', expect: [] },
  { intent: 'an existential threat is an appeal to fear', text: 'The new port is an existential threat to the fishing villages.', expect: ['Appeal_to_fear-prejudice: The new port is an existential threat to the fishing villages.'] },
  { intent: 'paving the way for something dreadful', text: 'The decision paves the way for violence in the valley.', expect: ['Appeal_to_fear-prejudice: The decision paves the way for violence in the valley.'] },
  { intent: 'paving the way for something ordinary', text: 'The treaty paves the way for new trade talks.', expect: [] },
  { intent: 'flag-waving', text: 'We must defend the motherland at any cost.', expect: ['Flag-Waving: the motherland'] },
  { intent: 'a family word is not flag-waving', text: 'Her mother lives on the coast.', expect: [] },
  { intent: 'a sentence that opens with a bare consequence', text: 'Consequently, the harvest failed.', expect: ['Causal_Oversimplification: Consequently, the harvest failed.'] },
  { intent: 'a cause stated with its circumstances', text: 'The harvest failed after the frost.', expect: [] },
  { intent: 'the only winner is an exaggeration of the whole sentence', text: 'The only winner from this feud is the smuggler.', expect: ['Exaggeration,Minimisation: The only winner from this feud is the smuggler.'] },
  { intent: 'not a single one', text: 'The wall will not stop a single smuggler, he said.', expect: ['Exaggeration,Minimisation: will not stop a single smuggler'] },
  { intent: 'drawing closer to war is an appeal to fear', text: 'The dispute has pushed the two islands closer to a naval war.', expect: ['Appeal_to_fear-prejudice: The dispute has pushed the two islands closer to a naval war.'] },
  { intent: 'a cause put as fuel', text: 'Its growth was fuelled by anger at the tax, the report said.', expect: ['Causal_Oversimplification: Its growth was fuelled by anger at the tax'] },
  { intent: 'a slogan with its subject', text: 'He must accept that our coast is not for sale, she said.', expect: ['Slogans: our coast is not for sale'] },
  { intent: 'a slogan', text: 'Protesters chanted long live the republic.', expect: ['Slogans: long live'] },
  { intent: 'the same words in another order', text: 'Tortoises live long lives.', expect: [] },
  { intent: 'a named expert with credentials and a verb of judgement', text: 'Dr Mara Voss, a historian at the Pellworth Institute, argues that the treaty failed.', expect: ['Appeal_to_Authority: Dr Mara Voss, a historian at the Pellworth Institute, argues that the treaty failed.'] },
  { intent: 'the same judgement without credentials', text: 'Mara Voss argues that the treaty failed.', expect: [] },
  { intent: 'according to a named expert with credentials', text: 'The dam is failing, according to Dr Ilse Marn, a hydrologist and researcher at the Vell Institute in Port Ardo.', expect: ['Appeal_to_Authority: according to Dr Ilse Marn, a hydrologist and researcher at the Vell Institute in Port Ardo'] },
  { intent: 'according to an official is plain attribution', text: 'The dam is failing, according to Ilse Marn, a spokeswoman for the water board.', expect: [] },
  { intent: 'unnamed experts agreeing', text: 'Experts agree that the bridge is unsafe.', expect: ['Appeal_to_Authority: Experts agree that the bridge is unsafe.'] },
  { intent: 'the only way out', text: 'The only solution is to close the mine, the mayor insisted.', expect: ['Black-and-White_Fallacy: The only solution is to close the mine'] },
  { intent: 'the only road is a fact', text: 'The only road to the village was closed.', expect: [] },
  { intent: 'either ... or', text: 'Either you support the plan or you leave the party.', expect: ['Black-and-White_Fallacy: Either you support the plan or you leave the party.'] },
  { intent: 'either without a second option', text: 'Either option costs the same.', expect: [] },
  { intent: 'a thought-terminating cliché', text: 'It is what it is, the coach said after the defeat.', expect: ['Thought-terminating_Cliches: It is what it is'] },
  { intent: 'the same words asking a question', text: 'What it is made of remains unknown.', expect: [] },
  { intent: 'whataboutism', text: 'But what about the floods in the north?', expect: ['Whataboutism,Straw_Men,Red_Herring: But what about the floods in the north?'] },
  { intent: 'about as a plain preposition', text: 'The report is about the floods in the north.', expect: [] },
  { intent: 'bandwagon', text: 'Everyone knows the tax will rise.', expect: ['Bandwagon,Reductio_ad_hitlerum: Everyone knows the tax will rise.'] },
  { intent: 'bandwagon through what every serious observer thinks', text: 'Every serious economist accepts the plan.', expect: ['Bandwagon,Reductio_ad_hitlerum: Every serious economist accepts the plan.'] },
  { intent: 'a cliché that ends the argument', text: 'The report blames the port. Enough said.', expect: ['Thought-terminating_Cliches: Enough said.'] },
  { intent: 'everyone doing something ordinary', text: 'Everyone left the hall early.', expect: [] },
  { intent: 'reductio ad hitlerum', text: 'The columnist compared the governor to Hitler.', expect: ['Bandwagon,Reductio_ad_hitlerum: Hitler'] },
  { intent: 'a plain meeting', text: 'The governor met the columnist.', expect: [] },
  { intent: 'a named person vouched for by experience', text: 'Retired Rear Admiral Tomas Verel, who once commanded the coastal flotilla, doubts the blockade will hold.', expect: ['Appeal_to_Authority: Retired Rear Admiral Tomas Verel, who once commanded the coastal flotilla'] },
  { intent: 'a relative clause about a role is not expertise', text: 'Foreign Minister Tomas Verel, who led the delegation, left on Friday.', expect: [] },
  { intent: 'lecturing others about a fault is whataboutism', text: 'The capitals that lecture us about rights ignored the blockade.', expect: ['Whataboutism,Straw_Men,Red_Herring: The capitals that lecture us about rights ignored the blockade.'] },
  { intent: 'being told what to think is doubt', text: 'We are told the dam is safe.', expect: ['Doubt: We are told the dam is safe.'] },
  { intent: 'becoming the next fallen town is an appeal to fear', text: 'Nobody here wants to become the next Orvalla.', expect: ['Appeal_to_fear-prejudice: Nobody here wants to become the next Orvalla.'] },
];

describe('technique detector', () => {
  for (const c of CASES) {
    it(c.intent, () => assert.deepEqual(flagged(c.text), c.expect));
  }

  it('keeps the longest cue: "almost universally" over "universally"', () => {
    assert.deepEqual(flagged('He is almost universally disliked.'), ['Exaggeration,Minimisation: almost universally disliked']);
  });

  it('flags a repeated scare-quoted label as Repetition the second time', () => {
    const text = 'The town sent “volunteers” to the border. Later the “volunteers” went home.';
    assert.deepEqual(flagged(text), [
      'Name_Calling,Labeling: “volunteers”',
      'Name_Calling,Labeling: “volunteers”',
      'Repetition: “volunteers”',
    ]);
  });

  it('does not repeat a single loaded word', () => {
    const text = 'The regime fell in May. A new regime rose in June.';
    assert.equal(detect(text).filter((i) => i.technique === 'Repetition').length, 0);
  });

  it('names the rule and keeps offsets true to the text', () => {
    const text = 'Critics called the plan a shameful betrayal of the island towns.';
    const [item] = detect(text);
    assert.equal(item.rule, 'loaded.noun: betrayal');
    assert.equal(text.slice(item.start, item.end), item.text);
    assert.equal(item.text, 'a shameful betrayal');
    assert.equal(item.field, 'text');
    assert.equal(item.scareQuote, false);
  });

  it('applies the same rules whoever the actor is', () => {
    const a = flagged('The Northland regime shelled the port.').map((s) => s.replace('Northland', 'X'));
    const b = flagged('The Southland regime shelled the port.').map((s) => s.replace('Southland', 'X'));
    assert.deepEqual(a, ['Name_Calling,Labeling: The X regime']);
    assert.deepEqual(a, b);
  });
});

describe('AFINN signal', () => {
  it('flags a strongly valenced adjective with its noun unless turned off', () => {
    const input = fieldOf('The mayor gave an obnoxious speech.');
    assert.deepEqual(detectTechniques(input).map((i) => [i.text, i.rule]), [['obnoxious speech', 'loaded.afinn: obnoxious']]);
    assert.deepEqual(detectTechniques(input, undefined, { afinn: false, learned: false }).map((i) => i.text), []);
  });
});
