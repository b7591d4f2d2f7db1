import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleEntity } from '../entities/article-resolver.js';
import type { EntityType } from '../../core/entity.js';
import { splitParagraphs, splitSentences } from '../segment.js';
import { tokenize } from '../tokenize.js';
import { findQuotes } from './quote-finder.js';

/** Entities given as [type, name, ...forms]; every occurrence of a form is a mention. */
function run(text: string, ents: [EntityType, string, ...string[]][] = [], field: 'text' | 'title' = 'text') {
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text, splitSentences(text, paragraphs));
  const entities: ArticleEntity[] = ents.map(([type, name, ...forms]) => {
    const mentions: ArticleEntity['mentions'] = [];
    for (const f of forms.length ? forms : [name]) {
      for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
        const before = text[at - 1];
        if (before && /\p{L}/u.test(before)) continue;
        if (mentions.some((m) => at >= m.start && at < m.end)) continue;
        mentions.push({ field, start: at, end: at + f.length, text: f, rule: 'test' });
      }
    }
    return { key: `${type}:${name}`, type, name, kb: null, forms, mentions };
  });
  const quotes = findQuotes({ field, text, tokens, paragraphs, entities });
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  return quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker === null ? null : entities[q.speaker].name, speakerText: q.speakerText }));
}

const MARA: [EntityType, string, ...string[]] = ['PERSON', 'Mara Quill', 'Mara Quill', 'Quill'];

test('a quote broken by its attribution gives two items with the same speaker', () => {
  assert.deepEqual(run('“We will rebuild the bridge,” Mara Quill said, “and we will do it by spring.”', [MARA]), [
    { text: 'We will rebuild the bridge,', kind: 'direct', speaker: 'Mara Quill', speakerText: 'Mara Quill' },
    { text: 'and we will do it by spring.', kind: 'direct', speaker: 'Mara Quill', speakerText: 'Mara Quill' },
  ]);
});

test('speaker before a colon, and "said X" after the quote', () => {
  assert.deepEqual(run('Mara Quill said: "The dam is safe for now."', [MARA])[0].speaker, 'Mara Quill');
  assert.deepEqual(run('“The dam is safe for now,” said Quill.', [MARA])[0], { text: 'The dam is safe for now,', kind: 'direct', speaker: 'Mara Quill', speakerText: 'Quill' });
});

test('pronouns and descriptions resolve to the person named before', () => {
  const text = 'Mara Quill, the envoy of Dorvik, arrived on Monday. “The talks are over,” she told reporters. The diplomat added that “nothing was signed.”';
  const quotes = run(text, [MARA, ['PLACE', 'Dorvik']]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.speakerText]), [
    ['The talks are over,', 'Mara Quill', 'she'],
    ['nothing was signed.', 'Mara Quill', 'The diplomat'],
  ]);
});

test('an unnamed speaker: "the analyst" takes the words of the earlier description', () => {
  const text = 'One Velorian analyst warned of “a long winter” ahead. Later the analyst wrote that “prices will double before the end of March.”';
  const quotes = run(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.kind, q.speakerText]), [
    ['a long winter', 'partial', 'One Velorian analyst'],
    ['prices will double before the end of March.', 'direct', 'One Velorian analyst'],
  ]);
});

test('"according to X" and titled surnames', () => {
  const quotes = run('Ivo Brandt teaches in Dorvik. According to Dr. Brandt, “The levee will not hold another storm.”', [['PERSON', 'Ivo Brandt', 'Ivo Brandt', 'Brandt']]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['The levee will not hold another storm.', 'Ivo Brandt']]);
});

test('partial quotes woven into a reported sentence, with a place speaking as a government', () => {
  const quotes = run('On Friday, Dorvik announced that the families were “forcibly moved” and called the raid “a reckless gamble with lives.”', [['PLACE', 'Dorvik']]);
  assert.deepEqual(quotes.map((q) => [q.text, q.kind, q.speaker]), [
    ['forcibly moved', 'partial', 'Dorvik'],
    ['a reckless gamble with lives.', 'partial', 'Dorvik'],
  ]);
});

test('scare quotes, names and titles in marks are not quotations', () => {
  const text = 'The so-called “river guards” blocked the road. Protesters feared a ‘green revolution’ in the capital. '
    + 'Members of the “Union for Free Rivers” marched past “mediation” offices. Quill said the “green revolution” was over.';
  assert.deepEqual(run(text, [MARA]), []);
});

test('apostrophes inside and around quotes are kept as written', () => {
  const quotes = run('‘We won’t leave our parents’ graves,’ Quill said. The farmers’ union didn’t comment.', [MARA]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['We won’t leave our parents’ graves,', 'Mara Quill']]);
});

test('a quote in the title field', () => {
  const quotes = run('“We will not retreat,” says Dorvik’s president', [['PLACE', 'Dorvik']], 'title');
  assert.deepEqual(quotes, [{ text: 'We will not retreat,', kind: 'direct', speaker: null, speakerText: 'Dorvik’s president' }]);
});

test('a paragraph introduced by a colon is quoted by the one who introduces it', () => {
  const text = 'A Velorian newspaper argues that the plan is doomed:\n“Nobody will invest in a town that floods every spring. The money will go elsewhere.”';
  const quotes = run(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speakerText, 'A Velorian newspaper');
});

test('a name ending in -ly before the verb is the speaker, not an adverb', () => {
  const KELLY: [EntityType, string, ...string[]] = ['PERSON', 'Rosa Donnelly', 'Rosa Donnelly', 'Donnelly'];
  assert.deepEqual(run('“The harbour will reopen when the storm passes,” Donnelly said.', [KELLY]).map((q) => [q.text, q.speaker]), [
    ['The harbour will reopen when the storm passes,', 'Rosa Donnelly'],
  ]);
});

test('one quoted word is a partial quotation when a speech verb in its clause attributes it', () => {
  const quotes = run('Mara Quill confirmed the raid but said the guards had “repelled” more than ten intruders. The talks would be “bilateral” and short, Quill said last week.', [MARA]);
  assert.deepEqual(quotes.map((q) => [q.text, q.kind, q.speaker]), [['repelled', 'partial', 'Mara Quill']]);
});

test('one quoted word with no speech verb in its clause stays a scare quote', () => {
  assert.deepEqual(run('The “reform” left the old board in place.', [MARA]), []);
});

test('a surname that is also an auxiliary ("May", "Will") is not skipped before the verb', () => {
  assert.deepEqual(run('“The levee held through the night,” Ruth May said.', [['PERSON', 'Ruth May', 'Ruth May']]).map((q) => q.speaker), ['Ruth May']);
});

test('an aside between the speaker and the verb ("X, who runs the clinic, said") is skipped', () => {
  const quotes = run('Mara Quill, who runs the ferry, said the crossings were “too dangerous for anyone at night”. Quill, the ferry’s owner, said the boats would stay in port “until the wind drops”.', [MARA]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['too dangerous for anyone at night', 'Mara Quill'], ['until the wind drops', 'Mara Quill']]);
});

test('"the general" is the officer named before; a name with titles in apposition speaks; a name closing a possessive phrase speaks', () => {
  const rank = run('Lieutenant General Ivo Maren told reporters the base was safe. “They came like thieves and left in flames,” the general said.', [['PERSON', 'Ivo Maren']]);
  assert.equal(rank[0].speaker, 'Ivo Maren');
  const wing = run('Its director general, Lieutenant General Ivo Maren, called the figures “pure fiction”.', [['PERSON', 'Ivo Maren']]);
  assert.equal(wing[0].speaker, 'Ivo Maren');
  const council = run('Then Velmora’s National Water Council warned that any diversion would be “an act of war”.', [['PLACE', 'Velmora'], ['ORG', 'National Water Council']]);
  assert.equal(council[0].speaker, 'National Water Council');
  const dated = run('The army shut the crossing, and on April 24 Velmora’s National Water Council warned that any diversion would be “an act of war”.', [['PLACE', 'Velmora'], ['ORG', 'National Water Council']]);
  assert.equal(dated[0].speaker, 'National Water Council');
});

test('a colon after a clause with no speech verb introduces its subject’s words', () => {
  const text = 'The floods are over, and Governor Mara Quill, re-elected in May, has put it bluntly: “Nobody will be left on the roofs.”';
  assert.equal(run(text, [MARA])[0].speaker, 'Mara Quill');
});

test('a long relative clause does not hide the speaker standing before it', () => {
  const text = 'Mara Quill, who leads the union and has demanded that Mayor Ivo Brandt resign, accused the council of “hiding the accounts from the people”.';
  assert.equal(run(text, [MARA, ['PERSON', 'Ivo Brandt']])[0].speaker, 'Mara Quill');
});

test('"he" with no subject to take falls back on the person named last', () => {
  const text = 'Thousands filled the square to hear Mara Quill on Sunday. “We are not against the treaty, we are against its price,” she told the crowd.';
  assert.equal(run(text, [MARA])[0].speaker, 'Mara Quill');
});

test('a label verb before the marks names the speaker, not a clause after the quote', () => {
  const text = 'Dorvik says 40 soldiers died in the raid, which Dorvik calls “a limited police operation against bandits”, while Quill said more than 60 people were killed.';
  assert.equal(run(text, [MARA, ['PLACE', 'Dorvik']])[0].speaker, 'Dorvik');
});

test('the comma of a date inside an aside does not end the aside', () => {
  const text = 'Last week Mara Quill, who signed the decree closing Port Vell on August 26, 2029 and now chairs the council, warned that the strike could bring “a terrible winter”.';
  assert.equal(run(text, [MARA, ['PLACE', 'Port Vell']])[0].speaker, 'Mara Quill');
});

test('a described member of the public speaks after the quote', () => {
  const quotes = run('“I can see my boat from here, but I cannot reach it,” said an old fisherman whose pier now lies behind the fence.', [MARA]);
  assert.equal(quotes[0].speakerText, 'an old fisherman');
});

test('a speech verb inside a closed relative clause does not attribute a short quote after it', () => {
  const text = 'Mara Quill, a woman who has threatened the council with lawsuits for years, answered with a “strategic pause” and silence.';
  assert.deepEqual(run(text, [MARA]), []);
});
