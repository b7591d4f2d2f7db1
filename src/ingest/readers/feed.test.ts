import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDraft } from '../../core/article.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { feedReader } from './feed.js';

function read(text: string): { drafts: ArticleDraft[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = [...feedReader.read({ name: 'feed.xml', text }, (d) => diagnostics.push(d))];
  return { drafts, diagnostics };
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Caucasus Watch</title>
  <atom:link href="https://cw.example/feed" rel="self" type="application/rss+xml"/>
  <language>en-us</language>
  <item>
    <title>Talks resume in Brussels &#8211; again</title>
    <link>https://cw.example/talks</link>
    <dc:creator><![CDATA[Jane Roe]]></dc:creator>
    <pubDate>Wed, 27 Sep 2023 23:30:00 -0500</pubDate>
    <description>Leaders of both countries meet for a fourth time.</description>
    <content:encoded><![CDATA[<p>Leaders met on Monday.</p><script>track()</script><p>They agreed &amp; parted.</p>]]></content:encoded>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://cw.example/gallery</link>
  </item>
  <item>
    <title>Corridor closed</title>
    <author>desk@cw.example (John Doe)</author>
    <guid isPermaLink="true">https://cw.example/corridor</guid>
    <pubDate>Mon, 12 Dec 2022 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;The &lt;b&gt;Lachin&lt;/b&gt; corridor was closed.&lt;/p&gt;&lt;p&gt;Convoys waited.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
`;

describe('feedReader: RSS 2.0', () => {
  it('yields one draft per item, preferring content:encoded and giving each its line range', () => {
    assert.deepEqual(read(RSS).drafts, [
      {
        title: 'Talks resume in Brussels – again',
        subtitle: null,
        outlet: 'Caucasus Watch',
        authors: ['Jane Roe'],
        published: '2023-09-27',
        url: 'https://cw.example/talks',
        text: 'Leaders met on Monday.\nThey agreed & parted.',
        origin: { file: 'feed.xml', line_start: 7, line_end: 14 },
        language: 'en',
      },
      {
        title: 'Corridor closed',
        subtitle: null,
        outlet: 'Caucasus Watch',
        authors: ['John Doe'],
        published: '2022-12-12',
        url: 'https://cw.example/corridor',
        text: 'The Lachin corridor was closed.\nConvoys waited.',
        origin: { file: 'feed.xml', line_start: 19, line_end: 25 },
        language: 'en',
      },
    ]);
  });

  it('warns about an item without text, naming it, and skips it', () => {
    assert.deepEqual(read(RSS).diagnostics, [
      { severity: 'warning', code: 'missing-field', message: 'item 2 has no text; skipped', file: 'feed.xml', line: 15 },
    ]);
  });
});

describe('feedReader: Atom', () => {
  const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="hy-AM">
  <title type="html">Armenpress &amp;amp; partners</title>
  <author><name>News desk</name></author>
  <entry>
    <title>Refugees arrive in Goris</title>
    <link rel="replies" href="https://a.example/1#comments"/>
    <link rel="alternate" href="https://a.example/1"/>
    <published>2023-09-28T01:00:00+04:00</published>
    <updated>2023-09-29T10:00:00+04:00</updated>
    <summary>Over 50,000 people have crossed.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>More than 50,000 people &amp; their cars crossed.</p><p>Aid tents line the road.</p></div></content>
  </entry>
  <entry xml:lang="en">
    <title type="html">Statement by the &lt;i&gt;Ministry&lt;/i&gt;</title>
    <author><name>Ann Lee</name></author>
    <link href="https://a.example/2"/>
    <updated>2023-09-30T12:00:00Z</updated>
    <content type="html">&lt;p&gt;The ministry issued a statement.&lt;/p&gt;</content>
  </entry>
</feed>`;

  it('reads entries with xhtml and html content, inheriting the feed author and language', () => {
    assert.deepEqual(read(ATOM), {
      drafts: [
        {
          title: 'Refugees arrive in Goris',
          subtitle: null,
          outlet: 'Armenpress & partners',
          authors: ['News desk'],
          published: '2023-09-28',
          url: 'https://a.example/1',
          text: 'More than 50,000 people & their cars crossed.\nAid tents line the road.',
          origin: { file: 'feed.xml', line_start: 5, line_end: 13 },
          language: 'hy',
        },
        {
          title: 'Statement by the Ministry',
          subtitle: null,
          outlet: 'Armenpress & partners',
          authors: ['Ann Lee'],
          published: '2023-09-30',
          url: 'https://a.example/2',
          text: 'The ministry issued a statement.',
          origin: { file: 'feed.xml', line_start: 14, line_end: 20 },
          language: 'en',
        },
      ],
      diagnostics: [],
    });
  });
});

describe('feedReader: bad input', () => {
  it('reports malformed XML once, with its line, and yields nothing', () => {
    const xml = `<rss version="2.0"><channel>
<title>Feed</title>
<item><title>One</titel></item>
</channel></rss>`;
    assert.deepEqual(read(xml), {
      drafts: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'bad-xml',
          message: "malformed XML: Expected closing tag 'title' (opened in line 3, col 7) instead of closing tag 'titel'.",
          file: 'feed.xml',
          line: 3,
        },
      ],
    });
  });

  it('reports a truncated feed at its last line instead of reading half of it', () => {
    assert.deepEqual(read(RSS.slice(0, RSS.indexOf('<item>', 400))), {
      drafts: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'bad-xml',
          message: 'malformed XML: unclosed <rss>, <channel> at end of file (truncated?)',
          file: 'feed.xml',
          line: 15,
        },
      ],
    });
  });

  it('reports well-formed XML that is neither RSS nor Atom', () => {
    assert.deepEqual(read(`<?xml version="1.0"?>\n<sitemap><url>https://x.example</url></sitemap>`).diagnostics, [
      { severity: 'error', code: 'unknown-format', message: 'XML root <sitemap> is neither RSS nor Atom', file: 'feed.xml' },
    ]);
  });
});
