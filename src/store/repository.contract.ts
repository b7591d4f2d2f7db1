// The behaviour every Repository implementation must show. Each backend's test file calls
// this with a factory for a fresh, empty store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleDraft } from '../core/article.js';
import { prepareArticle } from '../ingest/prepare-article.js';
import {
  BadQueryError, CorrectionStateError, HIGHLIGHT_END, HIGHLIGHT_START, type ArticleAnalysis, type ComparisonRecord, type EntityRecord, type EventRecord, type MentionRecord, type QuantityRecord, type Repository,
} from './repository.js';

export function draft(over: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    title: 'Dam breach floods villages south of Gao',
    subtitle: null,
    outlet: 'Meridian Wire',
    authors: ['Awa Traoré'],
    published: '2024-03-05',
    url: null,
    text: 'At least 12 people died when the dam gave way, the health ministry said.\nRescue boats reached the villages at dawn.',
    origin: { file: 'roundup.txt', line_start: 1, line_end: 4 },
    ...over,
  };
}

const ARTICLES = [
  draft(),
  draft({ title: 'Border guns fall silent after mediation', outlet: 'Caspian Observer', authors: ['Ana Petrova'], published: '2024-03-08', text: 'A ceasefire brokered overnight held along the border on Friday, officials said.' }),
  draft({ title: 'Why the dam failed', outlet: null, authors: ['Kofi Mensah', 'Lena Ortiz'], published: null, text: 'Engineers had warned about cracks in the spillway for years, according to the U.S. embassy.' }),
];

export function repositoryContract(name: string, open: () => Promise<Repository>): void {
  const withRepo = (fn: (repo: Repository) => Promise<void>) => async () => {
    const repo = await open();
    try {
      await fn(repo);
    } finally {
      await repo.close();
    }
  };
  const seed = async (repo: Repository) => repo.saveBatch({ articles: ARTICLES.map(prepareArticle), skipped: [] });

  test(`${name}: an article comes back exactly as stored`, withRepo(async (repo) => {
    const stored = prepareArticle(draft());
    assert.deepEqual(await repo.saveBatch({ articles: [stored], skipped: [] }), { inserted: 1 });
    const back = await repo.getArticle(stored.id);
    const { signature: _s, bandKeys: _b, ...expected } = stored;
    assert.deepEqual(back, expected);
    assert.deepEqual(await repo.getArticle(stored.id.slice(0, 6)), expected, 'an id prefix finds it too');
    assert.equal(await repo.getArticle('ffffffffffff'), null);
  }));

  test(`${name}: saving the same article twice stores it once`, withRepo(async (repo) => {
    await seed(repo);
    assert.deepEqual(await seed(repo), { inserted: 0 });
    assert.equal(await repo.countArticles(), 3);
    assert.deepEqual(await repo.existingIds([prepareArticle(ARTICLES[0]).id, 'nope']), new Set([prepareArticle(ARTICLES[0]).id]));
  }));

  test(`${name}: list filters by outlet, author and date, newest first, undated last`, withRepo(async (repo) => {
    await seed(repo);
    const titles = async (f: Parameters<Repository['listArticles']>[0]) => (await repo.listArticles(f)).map((a) => a.title);
    assert.deepEqual(await titles({}), ['Border guns fall silent after mediation', 'Dam breach floods villages south of Gao', 'Why the dam failed']);
    assert.deepEqual(await titles({ outlet: 'caspian observer' }), ['Border guns fall silent after mediation']);
    assert.deepEqual(await titles({ author: 'ortiz' }), ['Why the dam failed']);
    assert.deepEqual(await titles({ from: '2024-03-06', to: '2024-03-31' }), ['Border guns fall silent after mediation']);
    assert.deepEqual(await titles({ limit: 1, offset: 1 }), ['Dam breach floods villages south of Gao']);
    assert.equal(await repo.countArticles({ author: '%' }), 0, 'LIKE wildcards in user input are literal');
  }));

  test(`${name}: search ranks by relevance and highlights the matched words`, withRepo(async (repo) => {
    await seed(repo);
    const hits = await repo.search('dam');
    assert.deepEqual(hits.map((h) => h.title), ['Why the dam failed', 'Dam breach floods villages south of Gao']);
    assert.ok(hits[1].snippet.includes(`${HIGHLIGHT_START}dam${HIGHLIGHT_END}`));
    assert.deepEqual((await repo.search('"health ministry"')).map((h) => h.outlet), ['Meridian Wire']);
    assert.deepEqual((await repo.search('dam', { outlet: 'Meridian Wire' })).length, 1);
    assert.equal((await repo.search('U.S. embassy')).length, 1, 'punctuation that is not query syntax still searches');
  }));

  test(`${name}: skipped inputs are kept once per file, line and problem`, withRepo(async (repo) => {
    const skipped = [{ file: 'bad.jsonl', line: 3, code: 'bad-json', message: 'Unexpected token' }];
    await repo.saveBatch({ articles: [], skipped });
    await repo.saveBatch({ articles: [], skipped });
    assert.deepEqual(await repo.listSkipped(), skipped);
    assert.equal((await repo.stats()).skipped, 1);
  }));

  test(`${name}: stats sum up articles, outlets, dates and languages`, withRepo(async (repo) => {
    await seed(repo);
    const s = await repo.stats();
    assert.deepEqual(
      [s.articles, s.duplicates, s.authors, s.first_published, s.last_published, s.undated],
      [3, 0, 4, '2024-03-05', '2024-03-08', 1],
    );
    assert.deepEqual(s.outlets.map((o) => o.articles).sort(), [1, 1, 1]);
  }));

  test(`${name}: reposts are found by body hash or shared band and listed under the original`, withRepo(async (repo) => {
    const original = prepareArticle(draft());
    await repo.saveBatch({ articles: [original], skipped: [] });
    const repost = { ...prepareArticle(draft({ outlet: 'Sahel Ledger' })), duplicate_of: original.id };
    const byHash = await repo.duplicateCandidates([repost.text_hash, 'other'], []);
    assert.deepEqual(byHash.map((c) => [c.id, c.keys]), [[original.id, [repost.text_hash]]]);
    const byBand = await repo.duplicateCandidates(['none'], original.bandKeys.slice(0, 2));
    assert.deepEqual(byBand.map((c) => [c.id, [...c.keys].sort()]), [[original.id, original.bandKeys.slice(0, 2).sort()]]);
    assert.ok(original.bandKeys.every(Number.isSafeInteger));
    assert.deepEqual(await repo.duplicateCandidates(['none'], [12345]), []);
    await repo.saveBatch({ articles: [repost], skipped: [] });
    assert.deepEqual((await repo.duplicatesOf(original.id)).map((a) => a.outlet), ['Sahel Ledger']);
    assert.equal(await repo.countArticles({ includeDuplicates: false }), 1);
  }));

  test(`${name}: every article can be streamed out in ingest order`, withRepo(async (repo) => {
    await seed(repo);
    const ids: string[] = [];
    for await (const a of repo.iterateArticles()) ids.push(a.id);
    assert.deepEqual(ids, ARTICLES.map((a) => prepareArticle(a).id));
  }));

  test(`${name}: analyses replace an article's mentions and feed entity lists, pages and filters`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    assert.equal((await repo.articlesToAnalyze('p1', 10)).length, 3);
    const mali: EntityRecord = { id: 'Q912', type: 'PLACE', name: 'Mali', aliases: ['Mali'], wikidata: 'Q912', geo: { lat: 17.3, lon: -3.5, country: 'ML' }, kind: 'country' };
    const us: EntityRecord = { id: 'Q30', type: 'PLACE', name: 'United States', aliases: ['U.S.'], wikidata: 'Q30', geo: null, kind: 'country' };
    const mention = (article: string, entity: string, text: string, start: number): MentionRecord => ({ article, entity, field: 'text', start, end: start + text.length, text, rule: 'test' });
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [mali], mentions: [mention(dam, 'Q912', 'Mali', 0), mention(dam, 'Q912', 'Mali', 10)] },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [{ ...mali, aliases: ['Republic of Mali'] }, us], mentions: [mention(why, 'Q912', 'Mali', 3), mention(why, 'Q30', 'U.S.', 20)] },
    ]);
    assert.deepEqual((await repo.articlesToAnalyze('p1', 10)).map((a) => a.id), [border]);
    assert.equal((await repo.articlesToAnalyze('p2', 10)).length, 3, 'a new pipeline version re-analyses everything');
    assert.deepEqual((await repo.articlesToAnalyze('p2', 10, dam)).map((a) => a.id), [border, why], 'paging continues after the last one seen');

    const listed = await repo.listEntities();
    assert.deepEqual(listed.map((e) => [e.id, e.mentions, e.articles]), [['Q912', 3, 2], ['Q30', 1, 1]]);
    assert.deepEqual(listed[0].aliases, ['Mali', 'Republic of Mali'], 'aliases merge across articles');
    assert.deepEqual((await repo.findEntities('republic of mali')).map((e) => e.id), ['Q912']);
    assert.deepEqual((await repo.coMentioned('Q912')).map((c) => [c.entity.id, c.articles]), [['Q30', 1]]);
    assert.deepEqual((await repo.listArticles({ entity: 'Q30' })).map((a) => a.id), [why]);
    assert.equal((await repo.search('dam', { entity: 'Q30' })).length, 1);

    await repo.saveAnalyses([{ article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [us], mentions: [mention(dam, 'Q30', 'U.S.', 5)] }]);
    assert.deepEqual((await repo.listEntities()).map((e) => [e.id, e.mentions]), [['Q30', 2], ['Q912', 1]], 'a re-analysis replaces the article\'s mentions');

    await repo.mergeEntities('Q30', 'Q912');
    const exported: EntityRecord[] = [];
    for await (const e of repo.iterateEntities()) exported.push(e);
    assert.deepEqual(exported.map((e) => e.id), ['Q912']);
    const mentions: MentionRecord[] = [];
    for await (const m of repo.iterateMentions()) mentions.push(m);
    assert.deepEqual(mentions.map((m) => m.entity), ['Q912', 'Q912', 'Q912']);
  }));

  test(`${name}: a place's borrowed point gives way to a gazetteer's, never the reverse`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    const village = (geo: EntityRecord['geo']): EntityRecord => ({ id: 'xvil', type: 'PLACE', name: 'Dolna Reka', aliases: ['Dolna Reka'], wikidata: null, geo, kind: null });
    const mention = (article: string): MentionRecord => ({ article, entity: 'xvil', field: 'text', start: 0, end: 4, text: 'Dolna', rule: 'test' });
    const save = (article: string, geo: EntityRecord['geo']) => repo.saveAnalyses([{ article, pipeline: 'p1', ...NO_CLAIMS, entities: [village(geo)], mentions: [mention(article)] }]);
    const geo = async () => (await repo.listEntities()).find((e) => e.id === 'xvil')?.geo;
    await save(dam, { lat: 43, lon: 20, country: 'RS', near: 'Varna Province' });
    assert.deepEqual(await geo(), { lat: 43, lon: 20, country: 'RS', near: 'Varna Province' });
    await save(border, { lat: 43.5, lon: 20.5, country: 'RS' });
    assert.deepEqual(await geo(), { lat: 43.5, lon: 20.5, country: 'RS' }, 'a gazetteer point replaces a borrowed one');
    await save(why, { lat: 40, lon: 10, country: 'RS', near: 'Kastel' });
    assert.deepEqual(await geo(), { lat: 43.5, lon: 20.5, country: 'RS' }, 'a borrowed point never replaces a gazetteer one');
  }));

  test(`${name}: claim layers are stored per article, filtered, and follow entity merges`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border] = ARTICLES.map((a) => prepareArticle(a).id);
    const place: EntityRecord = { id: 'Q912', type: 'PLACE', name: 'Mali', aliases: ['Mali'], wikidata: 'Q912', geo: null, kind: 'country' };
    const ministry: EntityRecord = { id: 'xmin', type: 'ORG', name: 'Health Ministry', aliases: ['Health Ministry'], wikidata: null, geo: null, kind: null };
    const loc = (article: string, start: number, text: string) => ({ article, field: 'text' as const, start, end: start + text.length, text });
    const quantity = (article: string, id: string, value: number, qualifier: string): QuantityRecord => ({
      ...loc(article, 0, String(value)), id, value, low: qualifier === 'at_least' ? value : null, high: null, qualifier, unit: 'people',
      category: 'killed', counted: 'people', place: 'Q912', as_of: null, attributed_entity: 'xmin', attributed_text: 'the health ministry', rule: 'test',
    });
    const event: EventRecord = {
      ...loc(dam, 0, 'Mali'), id: 'v1', type: 'explosion', date: { value: '2024-03', precision: 'month' }, date_from: '2024-03-01', date_to: '2024-03-31',
      trigger: { start: 0, end: 4, text: 'Mali' }, actors: ['xmin'], place: 'Q912', quantities: ['q1'], summary: 'a blast', rule: 'test',
    };
    await repo.saveAnalyses([
      {
        article: dam, pipeline: 'p1', entities: [place, ministry], mentions: [{ ...loc(dam, 0, 'Mali'), entity: 'Q912', rule: 'test' }],
        timex: [{ ...loc(dam, 5, 'March'), value: '2024-03', precision: 'month', date_from: '2024-03-01', date_to: '2024-03-31', rule: 'test' }],
        quantities: [quantity(dam, 'q1', 12, 'at_least')],
        quotes: [{ ...loc(dam, 2, 'li'), id: 'u1', kind: 'partial', speaker: 'xmin', speaker_text: 'the ministry', rule: 'test' }],
        events: [event],
        techniques: [{ ...loc(dam, 1, 'al'), technique: 'Loaded_Language', scare_quote: false, rule: 'test' }],
        relations: [{ ...loc(dam, 0, 'Mali'), source: 'xmin', target: 'Q912', type: 'member_of', cue: { start: 0, end: 4, text: 'Mali' }, quoted: false, rule: 'test' }],
        profile: {
          article: dam, outlet: 'Sahel Ledger', published: null, words: 10, genre: 'news', genreScores: { opinion: 0, analysis: 0 },
          techniques: { Loaded_Language: 1 }, scareQuotes: 0, quotes: 1, speakers: { xmin: 1 }, mentions: { Q912: 1, xmin: 2 },
          portrayal: [{ entity: 'xmin', technique: 'Loaded_Language', term: 'al' }],
        },
      },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [place], mentions: [], quantities: [quantity(border, 'q2', 27, 'exact')] },
    ]);
    const layers = await repo.articleLayers(dam);
    assert.deepEqual([layers.mentions.length, layers.timex.length, layers.quantities.length, layers.quotes.length, layers.events.length, layers.techniques.length], [1, 1, 1, 1, 1, 1]);
    assert.deepEqual((await repo.listQuantities({ category: 'killed' })).map((q) => q.value).sort(), [12, 27]);
    assert.deepEqual((await repo.listQuantities({ article: border })).map((q) => q.id), ['q2']);
    assert.equal((await repo.listQuantities({ category: 'displaced' })).length, 0);
    assert.deepEqual((await repo.listQuotes({ speaker: 'xmin' })).map((q) => q.id), ['u1']);
    assert.deepEqual((await repo.listEvents({ actor: 'xmin', from: '2024-03-15', to: '2024' })).map((e) => e.id), ['v1']);
    assert.equal((await repo.listEvents({ from: '2024-04-01' })).length, 0, 'events outside the window are left out');
    assert.equal((await repo.listEvents({ type: 'ceasefire' })).length, 0);

    await repo.mergeEntities('xmin', 'Q912');
    assert.deepEqual((await repo.listQuotes({ speaker: 'Q912' })).map((q) => q.speaker), ['Q912'], 'merged speakers are found under the surviving entity');
    assert.deepEqual((await repo.listEvents({ actor: 'Q912' }))[0].actors, ['Q912']);
    assert.deepEqual((await repo.listRelations({ entity: 'Q912' })).map((x) => [x.source, x.target]), [['Q912', 'Q912']]);
    const [profile] = await repo.listArticleProfiles({ outlet: 'sahel ledger' });
    assert.deepEqual([profile.mentions, profile.speakers, profile.portrayal[0].entity], [{ Q912: 3 }, { Q912: 1 }, 'Q912'], 'profiles follow merges');
    const streamed: QuantityRecord[] = [];
    for await (const q of repo.iterateLayer('quantities')) streamed.push(q);
    assert.deepEqual(streamed.map((q) => q.attributed_entity), ['Q912', 'Q912']);

    const comparison = (id: string, disagree: boolean): ComparisonRecord => ({
      id, category: 'killed', counted: 'people', place: 'Q912', event: null, quantities: ['q1', 'q2'], values: [12, 27], disagree, figures: [],
    });
    await repo.saveComparisons([comparison('c1', false), comparison('c2', true)]);
    assert.deepEqual((await repo.listComparisons()).map((c) => c.id), ['c2', 'c1'], 'disagreements first');
    assert.deepEqual((await repo.listComparisons({ disagree: false })).map((c) => c.id), ['c1']);
    await repo.saveComparisons([comparison('c3', true)]);
    assert.deepEqual((await repo.listComparisons()).map((c) => c.id), ['c3'], 'comparisons are replaced as a whole');

    await repo.saveStories([{ id: 's1', articles: [dam, border], events: ['v1'], type: 'explosion', place: 'xmin', from: '2024-03-01', to: '2024-03-31' }]);
    assert.deepEqual((await repo.listStories({ article: border })).map((s) => [s.id, s.place]), [['s1', 'Q912']], 'stories are found by article and follow merges');
    assert.equal((await repo.listStories({ article: 'nope' })).length, 0);
  }));

  test(`${name}: corrections are the user's layer: recorded with who and when, applied everywhere, replayed after re-analysis`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border] = ARTICLES.map((a) => prepareArticle(a).id);
    const loc = (article: string, start: number, text: string) => ({ article, field: 'text' as const, start, end: start + text.length, text });
    const mali: EntityRecord = { id: 'Q912', type: 'PLACE', name: 'Mali', aliases: ['Mali', 'Republic of Mali'], wikidata: 'Q912', geo: null, kind: 'country' };
    const guild: EntityRecord = { id: 'xguild', type: 'PERSON', name: 'Dam Guild', aliases: ['Dam Guild'], wikidata: null, geo: null, kind: null };
    const ghost: EntityRecord = { id: 'xghost', type: 'PERSON', name: 'Rescue', aliases: ['Rescue'], wikidata: null, geo: null, kind: null };
    const analyses: ArticleAnalysis[] = [{
      article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, guild, ghost],
      mentions: [{ ...loc(dam, 0, 'At'), entity: 'Q912', rule: 'test' }, { ...loc(dam, 3, 'least'), entity: 'xguild', rule: 'test' }, { ...loc(dam, 10, '12'), entity: 'xghost', rule: 'test' }],
      quotes: [{ ...loc(dam, 13, 'people'), id: 'u1', kind: 'partial', speaker: 'xghost', speaker_text: 'rescue', rule: 'test' }],
      relations: [{ ...loc(dam, 0, 'At'), source: 'xghost', target: 'Q912', type: 'located_in', cue: { start: 0, end: 2, text: 'At' }, quoted: false, rule: 'test' }],
    }, {
      article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [mali], mentions: [{ ...loc(border, 2, 'ceasefire'), entity: 'Q912', rule: 'test' }],
    }];
    await repo.saveAnalyses(analyses);

    const typed = await repo.addCorrection({ kind: 'type', payload: { entity: 'xguild', type: 'ORG', previous: 'PERSON', name: 'Dam Guild' }, author: 'ana' });
    assert.deepEqual([typed.id > 0, typed.kind, typed.author, typed.undone_at, typed.undone_by], [true, 'type', 'ana', null, null]);
    assert.ok(!Number.isNaN(Date.parse(typed.created_at)), 'the time is recorded');
    await repo.addCorrection({ kind: 'add_alias', payload: { entity: 'Q912', alias: 'Mali Federation' }, author: 'ana' });
    await repo.addCorrection({ kind: 'remove_alias', payload: { entity: 'Q912', alias: 'republic of mali' }, author: 'ben' });
    await repo.addCorrection({ kind: 'reject', payload: { entity: 'xghost', name: 'Rescue' }, author: 'ben' });
    await repo.addCorrection({ kind: 'quote_speaker', payload: { quote: 'u1', speaker: 'xguild', previous: 'xghost' }, author: 'ben' });

    const check = async (when: string) => {
      assert.deepEqual((await repo.listEntities({ type: 'ORG' })).map((e) => e.id), ['xguild'], `${when}: the type fix holds`);
      assert.deepEqual((await repo.findEntities('Q912'))[0].aliases, ['Mali', 'Mali Federation'], `${when}: aliases added and removed`);
      assert.deepEqual((await repo.findEntities('mali federation')).map((e) => e.id), ['Q912']);
      assert.deepEqual((await repo.listEntities()).map((e) => e.id).sort(), ['Q912', 'xguild'], `${when}: the rejected entity is gone from lists`);
      assert.deepEqual(await repo.findEntities('Rescue'), []);
      const exported: string[] = [];
      for await (const e of repo.iterateEntities()) exported.push(e.id);
      assert.deepEqual(exported.sort(), ['Q912', 'xguild']);
      const mentioned: string[] = [];
      for await (const m of repo.iterateMentions()) mentioned.push(m.entity);
      assert.ok(!mentioned.includes('xghost'), `${when}: no mention of the rejected entity is exported`);
      const layers = await repo.articleLayers(dam);
      assert.deepEqual(layers.mentions.map((m) => m.entity), ['Q912', 'xguild'], `${when}: nor highlighted`);
      assert.deepEqual(layers.relations, [], `${when}: relations with a rejected end are dropped`);
      assert.deepEqual(layers.quotes.map((q) => q.speaker), ['xguild'], `${when}: the quotation speaks with its new voice`);
      assert.deepEqual((await repo.listQuotes({ speaker: 'xguild' })).map((q) => q.id), ['u1']);
      assert.deepEqual(await repo.listQuotes({ speaker: 'xghost' }), []);
      const streamed: (string | null)[] = [];
      for await (const q of repo.iterateLayer('quotes')) streamed.push(q.speaker);
      assert.deepEqual(streamed, ['xguild']);
    };
    await check('after adding');
    await repo.replayCorrections();
    await check('replayed twice');
    // A re-analysis brings back what the machine found; the replay that follows it corrects it again.
    await repo.saveAnalyses(analyses);
    await repo.replayCorrections();
    await check('after re-analysis');

    const all = await repo.listCorrections();
    assert.deepEqual(all.map((c) => c.kind), ['quote_speaker', 'reject', 'remove_alias', 'add_alias', 'type'], 'newest first');
    assert.deepEqual((await repo.listCorrections({ entity: 'Q912' })).map((c) => c.kind), ['remove_alias', 'add_alias']);
    assert.deepEqual((await repo.listCorrections({ entity: 'xghost' })).map((c) => c.kind), ['quote_speaker', 'reject'], 'a re-attribution touches the old speaker too');

    const reject = all[1];
    const undone = await repo.undoCorrection(reject.id, 'cleo');
    assert.equal(undone?.reanalyze, 0, 'a rejection is undone without re-analysis');
    assert.deepEqual([undone?.correction.undone_by, typeof undone?.correction.undone_at], ['cleo', 'string']);
    assert.deepEqual((await repo.findEntities('Rescue')).map((e) => e.id), ['xghost'], 'the entity is back');
    assert.equal((await repo.articleLayers(dam)).relations.length, 1);
    await assert.rejects(repo.undoCorrection(reject.id, 'cleo'), CorrectionStateError);
    assert.equal(await repo.undoCorrection(9999, 'cleo'), null);
    assert.deepEqual((await repo.listCorrections({ activeOnly: true })).map((c) => c.kind), ['quote_speaker', 'remove_alias', 'add_alias', 'type']);
  }));

  test(`${name}: undoing a merge brings both entities back with their own mentions`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    const loc = (article: string, start: number, text: string) => ({ article, field: 'text' as const, start, end: start + text.length, text });
    const ana: EntityRecord = { id: 'xana', type: 'PERSON', name: 'Ana Petrova', aliases: ['Ana Petrova'], wikidata: null, geo: null, kind: null };
    const petrova: EntityRecord = { id: 'xpet', type: 'PERSON', name: 'A. Petrova', aliases: ['A. Petrova', 'Petrova'], wikidata: null, geo: null, kind: null };
    const analyses: ArticleAnalysis[] = [
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [ana], mentions: [{ ...loc(dam, 0, 'At'), entity: 'xana', rule: 'test' }] },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [petrova], mentions: [{ ...loc(border, 0, 'A'), entity: 'xpet', rule: 'test' }, { ...loc(border, 2, 'ceasefire'), entity: 'xpet', rule: 'test' }],
        quotes: [{ ...loc(border, 2, 'ceasefire'), id: 'u9', kind: 'partial', speaker: 'xpet', speaker_text: 'she', rule: 'test' }] },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [], mentions: [] },
    ];
    await repo.saveAnalyses(analyses);
    const merge = await repo.addCorrection({ kind: 'merge', payload: { from: 'xpet', into: 'xana', from_name: 'A. Petrova', into_name: 'Ana Petrova' }, author: 'ana' });
    const counts = async () => (await repo.listEntities()).map((e) => [e.id, e.mentions]).sort();
    assert.deepEqual(await counts(), [['xana', 3]]);
    assert.deepEqual((await repo.findEntities('xana'))[0].aliases, ['Ana Petrova', 'A. Petrova', 'Petrova'], 'merged names become aliases');
    assert.deepEqual((await repo.listQuotes({ speaker: 'xana' })).map((q) => q.speaker), ['xana']);

    const undone = await repo.undoCorrection(merge.id, 'ben');
    assert.equal(undone?.reanalyze, 2, 'the two articles naming the merged entity are to be analysed again');
    assert.deepEqual((await repo.articlesToAnalyze('p1', 10)).map((a) => a.id), [dam, border]);
    // What analyzeStore does: analyse them again, then replay the corrections still active.
    await repo.saveAnalyses(analyses.slice(0, 2));
    await repo.replayCorrections();
    assert.deepEqual(await counts(), [['xana', 1], ['xpet', 2]], 'both are back with their own mentions');
    assert.deepEqual((await repo.findEntities('xana'))[0].aliases, ['Ana Petrova'], 'and their own aliases');
    assert.deepEqual((await repo.listQuotes({ speaker: 'xpet' })).map((q) => q.speaker), ['xpet']);
    assert.deepEqual((await repo.listCorrections()).map((c) => [c.id, c.undone_by]), [[merge.id, 'ben']]);

    // The same merge made again holds across a re-analysis of everything.
    await repo.addCorrection({ kind: 'merge', payload: { from: 'xpet', into: 'xana' }, author: 'ana' });
    await repo.saveAnalyses(analyses.map((a) => ({ ...a, pipeline: 'p2' })));
    assert.deepEqual(await counts(), [['xana', 1], ['xpet', 2]], 're-analysis alone brings the machine\'s entities back');
    await repo.replayCorrections();
    assert.deepEqual(await counts(), [['xana', 3]]);
  }));

  // Reads for the API's busiest pages (issue 6).
  test(`${name}: counts, rankings and co-mentions for the API are computed in the store`, withRepo(async (repo) => {
    const empty = await repo.dataVersion();
    assert.equal(await repo.dataVersion(), empty, 'the stamp holds while nothing is written');
    await seed(repo);
    const seeded = await repo.dataVersion();
    assert.notEqual(seeded, empty, 'a write changes the stamp');
    assert.deepEqual(await repo.articleDates(), [{ published: '2024-03-05', articles: 1 }, { published: '2024-03-08', articles: 1 }, { published: null, articles: 1 }]);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    const [mali, niger, ana] = THREE_ENTITIES;
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, niger, ana], mentions: [at(dam, 'Q912', 0), at(dam, 'Q912', 9), at(dam, 'Q1032', 20), at(dam, 'xana', 30)] },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, niger], mentions: [at(border, 'Q912', 4), at(border, 'Q1032', 12)] },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [niger], mentions: [at(why, 'Q1032', 3)] },
    ]);
    assert.notEqual(await repo.dataVersion(), seeded);
    assert.deepEqual((await repo.topEntities(1)).map((e) => [e.type, e.id, e.mentions, e.articles]), [['PERSON', 'xana', 1, 1], ['PLACE', 'Q912', 3, 2]], 'the top one of each type; equal mentions go by name');
    assert.deepEqual((await repo.topEntities(5)).filter((e) => e.type === 'PLACE').map((e) => e.id), (await repo.listEntities({ type: 'PLACE' })).map((e) => e.id), 'ranked as listEntities ranks');
    assert.deepEqual((await repo.entityMentions('Q912', [border, dam, why])).map((m) => [m.article, m.start]), [[dam, 0], [dam, 9], [border, 4]]);
    assert.deepEqual(await repo.entityMentions('Q912', []), []);
    assert.deepEqual(await repo.coMentionsAmong(['Q912', 'Q1032', 'xana']), [
      { source: 'Q1032', target: 'Q912', articles: 2 }, { source: 'Q1032', target: 'xana', articles: 1 }, { source: 'Q912', target: 'xana', articles: 1 },
    ]);
    assert.deepEqual(await repo.coMentionsAmong(['Q912', 'xana']), [{ source: 'Q912', target: 'xana', articles: 1 }], 'pairs among the given entities only');
    assert.deepEqual(await repo.claimCounts(), { quantities: 0, quotes: 0, events: 0, comparisons: 0, disagreements: 0 });
  }));

  // Counts a store may keep between analysis runs (issue 6) must read the same as counted afresh.
  test(`${name}: co-mentions and entity counts read the same right after a write and after the replay that ends a run`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    const [mali, niger, ana] = THREE_ENTITIES;
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, niger, ana], mentions: [at(dam, 'Q912', 0), at(dam, 'Q912', 9), at(dam, 'Q1032', 20), at(dam, 'xana', 30)] },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, niger], mentions: [at(border, 'Q912', 4), at(border, 'Q1032', 12)] },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [ana], mentions: [at(why, 'xana', 3)] },
    ]);
    const read = async () => ({
      listed: (await repo.listEntities()).map((e) => [e.id, e.mentions, e.articles]),
      top: (await repo.topEntities(5)).map((e) => [e.id, e.mentions, e.articles]),
      withMali: (await repo.coMentioned('Q912')).map((c) => [c.entity.id, c.articles]),
      among: await repo.coMentionsAmong(['Q912', 'Q1032', 'xana']),
      pairs: await repo.coMentions(),
    });
    const written = await read();
    assert.deepEqual(written.withMali, [['Q1032', 2], ['xana', 1]]);
    assert.deepEqual(written.pairs, [{ source: 'Q1032', target: 'Q912', articles: 2 }, { source: 'Q1032', target: 'xana', articles: 1 }, { source: 'Q912', target: 'xana', articles: 1 }]);
    await repo.replayCorrections();
    assert.deepEqual(await read(), written, 'the same after the replay');

    await repo.addCorrection({ kind: 'reject', payload: { entity: 'xana' }, author: 'ana' });
    const rejected = await read();
    assert.deepEqual(rejected.withMali, [['Q1032', 2]], 'a rejected entity has no co-mentions');
    assert.deepEqual(rejected.pairs, [{ source: 'Q1032', target: 'Q912', articles: 2 }]);
    assert.deepEqual(rejected.listed.map(([id]) => id), ['Q912', 'Q1032']);

    await repo.mergeEntities('Q1032', 'Q912');
    const merged = await read();
    assert.deepEqual(merged.listed, [['Q912', 5, 2]], 'a merge sums the counts');
    assert.deepEqual(merged.pairs, []);
    await repo.replayCorrections();
    assert.deepEqual(await read(), merged, 'the same after the replay');
  }));

  test(`${name}: an entity's portrayal per outlet is counted as the outlet profiles count it, following merges`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border, why] = ARTICLES.map((a) => prepareArticle(a).id);
    const entity = (id: string, name: string): EntityRecord => ({ id, type: 'ORG', name, aliases: [name], wikidata: null, geo: null, kind: null });
    const profile = (article: string, outlet: string | null, mentions: Record<string, number>, portrayal: [string, string, string][]) => ({
      article, outlet, published: null, words: 100, genre: 'news' as const, genreScores: { opinion: 0, analysis: 0 }, techniques: {}, scareQuotes: 0, quotes: 0, speakers: {},
      mentions, portrayal: portrayal.map(([e, technique, term]) => ({ entity: e, technique, term })),
    });
    const at = (article: string, id: string): MentionRecord => ({ article, entity: id, field: 'text', start: 0, end: 2, text: 'xx', rule: 'test' });
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [entity('xmin', 'Ministry')], mentions: [at(dam, 'xmin')],
        profile: profile(dam, 'Meridian Wire', { xmin: 1, Q912: 2 }, [['xmin', 'Loaded_Language', 'brutal'], ['xmin', 'Doubt', 'so-called'], ['xmin', 'Loaded_Language', 'brutal']]) },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [entity('xmin', 'Ministry'), entity('xold', 'Old Ministry')], mentions: [at(border, 'xmin'), at(border, 'xold')],
        profile: profile(border, 'Caspian Observer', { xmin: 3, xold: 1 }, [['xold', 'Name_Calling', 'thugs']]) },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [], mentions: [], profile: profile(why, null, { Q912: 1 }, []) },
    ]);
    const expected = [
      { outlet: 'Caspian Observer', articles: 1, mentions: 3, techniques: {}, terms: [] },
      { outlet: 'Meridian Wire', articles: 1, mentions: 1, techniques: { Loaded_Language: 2, Doubt: 1 }, terms: [{ term: 'brutal', count: 2 }, { term: 'so-called', count: 1 }] },
    ];
    assert.deepEqual(await repo.entityPortrayal('xmin'), expected, 'most mentions first');
    assert.deepEqual(Object.keys((await repo.entityPortrayal('xmin'))[1].techniques), ['Loaded_Language', 'Doubt'], 'techniques most used first');
    assert.deepEqual((await repo.entityPortrayal('xmin', { terms: 1 }))[1].terms, [{ term: 'brutal', count: 2 }]);
    assert.deepEqual(await repo.entityPortrayal('nobody'), []);
    await repo.replayCorrections();
    assert.deepEqual(await repo.entityPortrayal('xmin'), expected, 'the same after the replay');

    await repo.mergeEntities('xold', 'xmin');
    const merged = [{ outlet: 'Caspian Observer', articles: 1, mentions: 4, techniques: { Name_Calling: 1 }, terms: [{ term: 'thugs', count: 1 }] }, expected[1]];
    assert.deepEqual(await repo.entityPortrayal('xmin'), merged, 'a merged entity\'s mentions and framing count for the survivor, its article once');
    await repo.replayCorrections();
    assert.deepEqual(await repo.entityPortrayal('xmin'), merged, 'the same after the replay');
    await repo.addCorrection({ kind: 'reject', payload: { entity: 'xmin' }, author: 'ana' });
    assert.deepEqual(await repo.entityPortrayal('xmin'), []);
  }));

  test(`${name}: a search's page and its facet counts come from one ranking of the best matches`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, , why] = ARTICLES.map((a) => prepareArticle(a).id);
    const mali: EntityRecord = { id: 'Q912', type: 'PLACE', name: 'Mali', aliases: ['Mali'], wikidata: null, geo: null, kind: null };
    const us: EntityRecord = { id: 'Q30', type: 'PLACE', name: 'United States', aliases: ['U.S.'], wikidata: null, geo: null, kind: null };
    const at = (article: string, id: string, start: number): MentionRecord => ({ article, entity: id, field: 'text', start, end: start + 2, text: 'xx', rule: 'test' });
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [mali], mentions: [at(dam, 'Q912', 0), at(dam, 'Q912', 5)] },
      { article: why, pipeline: 'p1', ...NO_CLAIMS, entities: [mali, us], mentions: [at(why, 'Q912', 0), at(why, 'Q30', 9)] },
    ]);
    const byValue = <T extends { value: unknown }>(xs: T[]) => [...xs].sort((a, b) => String(a.value).localeCompare(String(b.value)));
    const found = await repo.searchWithFacets('dam', { limit: 1, offset: 1 }, { hits: 10, entityHits: 10 });
    assert.equal(found.total, 2);
    assert.deepEqual(found.hits, await repo.search('dam', { limit: 1, offset: 1 }), 'the page is search()\'s page');
    assert.deepEqual(byValue(found.outlet), [{ value: 'Meridian Wire', count: 1 }, { value: null, count: 1 }]);
    assert.deepEqual(byValue(found.author), [{ value: 'Awa Traoré', count: 1 }, { value: 'Kofi Mensah', count: 1 }, { value: 'Lena Ortiz', count: 1 }]);
    assert.deepEqual(byValue(found.month), [{ value: '2024-03', count: 1 }, { value: 'undated', count: 1 }]);
    assert.deepEqual([...found.entity].sort((a, b) => a.id.localeCompare(b.id)), [
      { id: 'Q30', name: 'United States', type: 'PLACE', count: 1 }, { id: 'Q912', name: 'Mali', type: 'PLACE', count: 2 },
    ], 'articles naming each entity, not mentions');

    const best = await repo.searchWithFacets('dam', { limit: 5 }, { hits: 1, entityHits: 1 });
    assert.deepEqual([best.total, best.hits.map((h) => h.id)], [1, [(await repo.search('dam', { limit: 1 }))[0].id]], 'counted over the best matches only');
    const narrowed = await repo.searchWithFacets('dam', { outlet: 'meridian wire' }, { hits: 10, entityHits: 10 });
    assert.deepEqual([narrowed.total, narrowed.entity.map((e) => e.id)], [1, ['Q912']], 'the filters narrow the matches');
    assert.equal((await repo.searchWithFacets('U.S. aid', {}, { hits: 10, entityHits: 10 })).total, 0, 'words that are not FTS5 syntax still search');
    await assert.rejects(repo.searchWithFacets('***', {}, { hits: 10, entityHits: 10 }), BadQueryError);
    await repo.addCorrection({ kind: 'reject', payload: { entity: 'Q30' }, author: 'ana' });
    assert.deepEqual((await repo.searchWithFacets('dam', {}, { hits: 10, entityHits: 10 })).entity.map((e) => e.id), ['Q912'], 'rejected entities are left out');
  }));

  test(`${name}: names of entities by id, and an actor's timeline in date order however it is read`, withRepo(async (repo) => {
    await seed(repo);
    const [dam, border] = ARTICLES.map((a) => prepareArticle(a).id);
    const entity = (id: string, name: string): EntityRecord => ({ id, type: 'ORG', name, aliases: [name], wikidata: null, geo: null, kind: null });
    const event = (article: string, id: string, day: string | null, actors: string[]): EventRecord => ({
      article, field: 'text', start: 0, end: 2, text: 'At', id, type: 'attack', date: { value: day, precision: 'day' }, date_from: day, date_to: day,
      trigger: { start: 0, end: 2, text: 'At' }, actors, place: null, quantities: [], summary: id, rule: 'test',
    });
    // Ten events, eight with the army: a short page walks the timeline, a long one sorts the army's events.
    const days = ['2024-03-09', null, '2024-03-01', '2024-03-05', '2024-03-05', '2024-03-02', null, '2024-03-07', '2024-03-03', '2024-03-04'];
    const events = days.map((d, i) => event(i < 5 ? dam : border, `v${i}`, d, i % 5 === 4 ? ['xguard'] : ['xarmy']));
    await repo.saveAnalyses([
      { article: dam, pipeline: 'p1', ...NO_CLAIMS, entities: [entity('xarmy', 'Army'), entity('xguard', 'Guard')], mentions: [], events: events.slice(0, 5) },
      { article: border, pipeline: 'p1', ...NO_CLAIMS, entities: [entity('xarmy', 'Army'), entity('xguard', 'Guard')], mentions: [], events: events.slice(5) },
    ]);
    assert.deepEqual(await repo.namesOf(['xguard', 'nope', 'xarmy']), { xguard: 'Guard', xarmy: 'Army' });
    const army = (await repo.listEvents({ actor: 'xarmy' })).map((e) => e.id);
    assert.deepEqual(army, ['v2', 'v5', 'v8', 'v3', 'v7', 'v0', 'v1', 'v6'], 'dated first, by date then article, undated last');
    for (let offset = 0; offset < 8; offset += 2) {
      assert.deepEqual((await repo.listEvents({ actor: 'xarmy', limit: 2, offset })).map((e) => e.id), army.slice(offset, offset + 2), `page at ${offset}`);
    }
    assert.deepEqual((await repo.listEvents({ actor: 'xguard', limit: 1 })).map((e) => e.id), ['v9']);
    assert.deepEqual((await repo.listEvents({ limit: 3 })).map((e) => e.id), ['v2', 'v5', 'v8']);
    await repo.addCorrection({ kind: 'reject', payload: { entity: 'xguard' }, author: 'ana' });
    assert.deepEqual(await repo.namesOf(['xguard', 'xarmy']), { xarmy: 'Army' }, 'a rejected entity has no name to show');
  }));
}

const NO_CLAIMS = { timex: [], quantities: [], quotes: [], events: [], techniques: [], relations: [], profile: null };

/** Entities and mentions for the tests of counts the store computes. */
const entity = (id: string, type: EntityRecord['type'], name: string): EntityRecord => ({ id, type, name, aliases: [name], wikidata: null, geo: null, kind: null });
const at = (article: string, id: string, start: number): MentionRecord => ({ article, entity: id, field: 'text', start, end: start + 2, text: 'xx', rule: 'test' });
const THREE_ENTITIES = [entity('Q912', 'PLACE', 'Mali'), entity('Q1032', 'PLACE', 'Niger'), entity('xana', 'PERSON', 'Ana Petrova')];
