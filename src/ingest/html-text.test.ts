import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, inlineText, looksLikeHtml, plainToText, toBodyText } from './html-text.js';

describe('htmlToText', () => {
  it('puts one paragraph per line and collapses whitespace inside it', () => {
    const html = `<p>First   paragraph
      wraps here.</p><h2>A sub-heading</h2><p>Second with <b>bold</b> and <a href="#">a link</a>.</p>`;
    assert.equal(htmlToText(html), 'First paragraph wraps here.\nA sub-heading\nSecond with bold and a link.');
  });

  it('decodes entities', () => {
    assert.equal(htmlToText('<p>Fish &amp; chips &#8211; &eacute;t&eacute; &nbsp;x</p>'), 'Fish & chips – été x');
  });

  it('never lets script, style or iframe content into the text', () => {
    const html = `<p>Kept.</p><script>var s = "<p>evil</p>";</script><style>p { color: red }</style>
      <iframe src="https://x.example">frame text</iframe><noscript>Enable JS</noscript><p>Also kept.</p>`;
    assert.equal(htmlToText(html), 'Kept.\nAlso kept.');
  });

  it('reads nested blocks once: list items holding paragraphs, quotes, captions', () => {
    const html = `<ul><li>One</li><li><p>Two</p></li></ul>
      <blockquote><p>Quoted line.</p></blockquote>
      <figure><img src="a.jpg" alt="not text"><figcaption>Refugees at the border.</figcaption></figure>`;
    assert.equal(htmlToText(html), 'One\nTwo\nQuoted line.\nRefugees at the border.');
  });

  it('splits on <br> and keeps the lines of <pre>', () => {
    assert.equal(htmlToText('<p>Line one<br>Line two</p><pre>a  b\n\n  c</pre>'), 'Line one\nLine two\na b\nc');
  });

  it('keeps the cells of a table row on one line', () => {
    assert.equal(htmlToText('<table><tr><th>Killed</th><td>200</td></tr><tr><td>Displaced</td><td>100,000</td></tr></table>'), 'Killed 200\nDisplaced 100,000');
  });

  it('reads what is there in truncated markup', () => {
    assert.equal(htmlToText('<div><p>Complete.</p><p>Cut off in the mid'), 'Complete.\nCut off in the mid');
  });
});

describe('plainToText', () => {
  it('reads blank-line-separated text as hard-wrapped paragraphs', () => {
    assert.equal(plainToText('First line\nstill first.\r\n\r\nSecond.\n'), 'First line still first.\nSecond.');
  });

  it('reads every line as a paragraph when there are no blank lines', () => {
    assert.equal(plainToText('  One.  \nTwo.\n'), 'One.\nTwo.');
  });
});

describe('looksLikeHtml and toBodyText', () => {
  const cases: Array<[string, string, boolean, string]> = [
    ['block markup', '<p>A</p><p>B</p>', true, 'A\nB'],
    ['inline markup', 'See <a href="x">this</a>.', true, 'See this.'],
    ['plain text with a less-than sign', 'Turnout < 50% in 2 of 3 regions', false, 'Turnout < 50% in 2 of 3 regions'],
  ];
  for (const [intent, input, html, text] of cases) {
    it(intent, () => {
      assert.equal(looksLikeHtml(input), html);
      assert.equal(toBodyText(input), text);
    });
  }
});

describe('inlineText', () => {
  it('decodes entities and drops tags into one line', () => {
    assert.equal(inlineText('AT&amp;T <em>wins</em>\n again'), 'AT&T wins again');
  });

  it('leaves a literal less-than sign alone', () => {
    assert.equal(inlineText('2 < 3 & 4'), '2 < 3 & 4');
  });
});
