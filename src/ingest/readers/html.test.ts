import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDraft } from '../../core/article.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Input } from '../reader.js';
import { htmlReader } from './html.js';

function read(text: string, extra: Partial<Input> = {}): { drafts: ArticleDraft[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = [...htmlReader.read({ name: 'page.html', text, ...extra }, (d) => diagnostics.push(d))];
  return { drafts, diagnostics };
}

const BODY = `
    <p>Azerbaijan launched what it called anti-terrorist measures in Nagorno-Karabakh on Tuesday,
       shelling positions near Stepanakert.</p>
    <p>Officials in Yerevan said at least 200 people were killed &amp; more than 400 wounded.</p>
    <h2>Ceasefire</h2>
    <p>A ceasefire brokered by Russian peacekeepers took effect the next day.</p>`;

const BODY_TEXT =
  'Azerbaijan launched what it called anti-terrorist measures in Nagorno-Karabakh on Tuesday, shelling positions near Stepanakert.\n' +
  'Officials in Yerevan said at least 200 people were killed & more than 400 wounded.\n' +
  'Ceasefire\n' +
  'A ceasefire brokered by Russian peacekeepers took effect the next day.';

describe('htmlReader', () => {
  it('takes metadata from JSON-LD inside @graph, the title from og:title, the URL from the canonical link', () => {
    const page = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Fighting erupts in Karabakh | Caucasus Wire</title>
  <meta property="og:title" content="Fighting erupts in Karabakh | Caucasus Wire">
  <meta property="og:site_name" content="Caucasus Wire">
  <meta name="author" content="Someone Else">
  <link rel="canonical" href="https://wire.example/karabakh-fighting">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "Caucasus Wire"},
    {"@type": "NewsArticle", "headline": "Fighting erupts in Karabakh",
     "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
     "datePublished": "2023-09-19T23:40:00-04:00",
     "publisher": {"@type": "Organization", "name": "Caucasus Wire"},
     "description": "Baku says the operation will continue until Armenian forces disarm."}
  ]}
  </script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Fighting erupts in Karabakh</h1>${BODY}
  </article>
  <footer>© Caucasus Wire</footer>
</body>
</html>`;
    assert.deepEqual(read(page), {
      drafts: [
        {
          title: 'Fighting erupts in Karabakh',
          subtitle: null, // the JSON-LD description is not shown on the page
          outlet: 'Caucasus Wire',
          authors: ['Jane Roe', 'John Doe'],
          published: '2023-09-19',
          url: 'https://wire.example/karabakh-fighting',
          text: BODY_TEXT,
          origin: { file: 'page.html', line_start: 1, line_end: 32 },
          language: 'en',
        },
      ],
      diagnostics: [],
    });
  });

  it('falls back to meta tags and drops a description that only repeats the opening', () => {
    const page = `<html><head>
  <title>Death toll rises - Armenpress</title>
  <meta property="og:site_name" content="Armenpress">
  <meta name="author" content="By Ann Lee and Bo Chu">
  <meta property="article:published_time" content="2023-09-21T08:00:00+04:00">
  <meta name="description" content="Azerbaijan launched what it called anti-terrorist measures…">
  <meta property="og:url" content="https://armenpress.example/1">
</head><body><main>${BODY}</main></body></html>`;
    assert.deepEqual(read(page).drafts, [{
      title: 'Death toll rises',
      subtitle: null,
      outlet: 'Armenpress',
      authors: ['Ann Lee', 'Bo Chu'],
      published: '2023-09-21',
      url: 'https://armenpress.example/1',
      text: BODY_TEXT,
      origin: { file: 'page.html', line_start: 1, line_end: 13 },
      language: null,
    }]);
  });

  it('reads the date from <time datetime> inside the article and the title from <h1>', () => {
    const page = `<html lang="ru"><head><title>Site</title></head><body>
<article><h1>Talks in Brussels</h1><time datetime="2023-07-15T18:00:00+02:00">15 July</time>${BODY}</article>
</body></html>`;
    const [draft] = read(page).drafts;
    assert.deepEqual([draft.title, draft.published, draft.language], ['Talks in Brussels', '2023-07-15', 'ru']);
  });

  it('takes the author from a byline element and keeps the byline out of the text', () => {
    const page = `<html><head><title>Convoy waits</title></head><body><article>
<h1>Convoy waits</h1><p class="byline">By Jane Roe</p>${BODY}</article></body></html>`;
    const [draft] = read(page).drafts;
    assert.deepEqual([draft.authors, draft.text], [['Jane Roe'], BODY_TEXT]);
  });

  it('uses the input URL when the page names none, and resolves a relative canonical against it', () => {
    const body = `<body><article>${BODY}</article></body>`;
    assert.equal(read(`<html>${body}</html>`, { url: 'https://x.example/a?b=1' }).drafts[0].url, 'https://x.example/a?b=1');
    const relative = `<html><head><link rel="canonical" href="/story/7"></head>${body}</html>`;
    assert.equal(read(relative, { url: 'https://x.example/a?b=1' }).drafts[0].url, 'https://x.example/story/7');
  });

  it('never lets script, style or iframe content into the text', () => {
    const page = `<html><body><article>
<p>Kept paragraph about the blockade of the Lachin corridor, long enough to be the article.</p>
<script>document.write("<p>injected</p>")</script><style>.x{}</style>
<iframe src="https://video.example/embed">fallback text</iframe>
<p>Another kept paragraph about humanitarian convoys waiting at the checkpoint.</p>
</article></body></html>`;
    assert.equal(
      read(page).drafts[0].text,
      'Kept paragraph about the blockade of the Lachin corridor, long enough to be the article.\n' +
        'Another kept paragraph about humanitarian convoys waiting at the checkpoint.',
    );
  });

  it('reads what is there in truncated HTML', () => {
    const page = `<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>The first paragraph arrived whole.</p><p>The second was cut off in the mid`;
    const { drafts, diagnostics } = read(page);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual([drafts[0].title, drafts[0].text], ['Cut', 'The first paragraph arrived whole.\nThe second was cut off in the mid']);
  });

  it('reads a bare fragment without <html> or <body>', () => {
    const { drafts } = read(`<title>Fragment</title><p>Only a paragraph.</p>`);
    assert.deepEqual([drafts[0].title, drafts[0].text], ['Fragment', 'Only a paragraph.']);
  });

  it('reports a page without article text and yields nothing', () => {
    const page = `<html><head><title>Menu</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>`;
    assert.deepEqual(read(page), {
      drafts: [],
      diagnostics: [{ severity: 'error', code: 'no-article', message: 'no article text found in the page', file: 'page.html' }],
    });
  });

  it('reports an empty document', () => {
    assert.deepEqual(read('  \n').diagnostics, [{ severity: 'error', code: 'empty', message: 'empty HTML document', file: 'page.html' }]);
  });
});
