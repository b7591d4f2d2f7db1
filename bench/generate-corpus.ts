// Builds a synthetic corpus of a given size from the bundled sample: every sentence is new,
// drawn from a word-bigram model of the sample's sentences, so articles read like the sample
// but are distinct (not near-duplicates of each other, as real archives mostly are). Output is mostly text dumps, with some JSONL and HTML, so the bench
// exercises several readers. Deterministic: the same seed and size give the same files.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUTLETS = ['Meridian Wire', 'Sahel Ledger', 'Caspian Observer', 'Radio Horizon International', 'The Northern Courier', 'Atlas Dispatch'];
const AUTHORS = ['Awa Traoré', 'Ana Petrova', 'Kofi Mensah', 'Lena Ortiz', 'Giorgi Lomidze', 'Idrissa Sanou', 'Nino Beridze'];
const ARTICLES_PER_DUMP = 40;

/** Small seeded generator (mulberry32) so corpora are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the sample's text dumps: the raw material. */
export function sampleSentences(sampleDir: string): string[] {
  const out: string[] = [];
  for (const file of readdirSync(path.join(sampleDir, 'dumps'))) {
    const text = readFileSync(path.join(sampleDir, 'dumps', file), 'utf8');
    for (const line of text.split('\n')) {
      if (line.length < 80) continue; // headlines, bylines, captions
      for (const s of line.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) if (s.length > 40) out.push(s);
    }
  }
  return out;
}

/** A sentence generator: a random walk over the word bigrams of the given sentences. */
function bigramModel(sentences: string[], rnd: () => number): () => string {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const s of sentences) {
    const words = s.split(/\s+/);
    starts.push(words[0]);
    for (let i = 0; i < words.length; i++) {
      const key = words[i];
      const list = next.get(key) ?? [];
      list.push(words[i + 1] ?? '');
      next.set(key, list);
    }
  }
  return () => {
    const words = [starts[Math.floor(rnd() * starts.length)]];
    while (words.length < 60) {
      const options = next.get(words[words.length - 1]);
      const w = options ? options[Math.floor(rnd() * options.length)] : '';
      if (!w) break;
      words.push(w);
    }
    const text = words.join(' ');
    return /[.!?”"]$/.test(text) ? text : `${text}.`;
  };
}

export interface GeneratedCorpus {
  dir: string;
  bytes: number;
  articles: number;
  words: number;
}

export function generateCorpus(sampleDir: string, outDir: string, targetBytes: number, seed = 1): GeneratedCorpus {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const sentence = bigramModel(sampleSentences(sampleDir), rnd);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  let articles = 0;
  let words = 0;
  let fileNo = 0;

  const makeArticle = () => {
    const n = articles++;
    const day = 1 + Math.floor(rnd() * 28);
    const paragraphs: string[] = [];
    const count = 6 + Math.floor(rnd() * 10);
    for (let p = 0; p < count; p++) {
      const sentencesInParagraph = 1 + Math.floor(rnd() * 3);
      paragraphs.push(Array.from({ length: sentencesInParagraph }, sentence).join(' '));
    }
    const title = `${sentence().split(' ').slice(0, 6 + Math.floor(rnd() * 5)).join(' ').replace(/[.,;:!?”“"]+$/, '')} (${n})`;
    const article = { title, outlet: pick(OUTLETS), author: pick(AUTHORS), date: `2024-03-${String(day).padStart(2, '0')}`, paragraphs };
    for (const p of paragraphs) words += p.split(/\s+/).length;
    return article;
  };

  while (bytes < targetBytes) {
    const kind = fileNo % 10 === 9 ? 'jsonl' : fileNo % 10 === 8 ? 'html' : 'dump';
    const name = path.join(outDir, `part-${String(fileNo++).padStart(5, '0')}.${kind === 'dump' ? 'txt' : kind}`);
    let content: string;
    if (kind === 'html') {
      const a = makeArticle();
      content = `<!doctype html><html lang="en"><head><title>${a.title} | ${a.outlet}</title>
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="${a.outlet}">
<meta name="author" content="${a.author}"><meta property="article:published_time" content="${a.date}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© ${a.outlet}</footer></body></html>\n`;
    } else if (kind === 'jsonl') {
      const lines: string[] = [];
      for (let i = 0; i < ARTICLES_PER_DUMP; i++) {
        const a = makeArticle();
        lines.push(JSON.stringify({ headline: a.title, body: a.paragraphs.join('\n'), source: a.outlet, byline: a.author, date: a.date }));
      }
      content = `${lines.join('\n')}\n`;
    } else {
      const lines: string[] = [];
      for (let i = 0; i < ARTICLES_PER_DUMP; i++) {
        const a = makeArticle();
        const [y, m, d] = a.date.split('-');
        lines.push(a.title, i % 2 ? `By ${a.author} | ${a.outlet} | March ${Number(d)}, ${y}` : `${a.outlet} – ${d}.${m}.${y}`, ...a.paragraphs);
      }
      content = `${lines.join('\n')}\n`;
    }
    writeFileSync(name, content);
    bytes += Buffer.byteLength(content);
  }
  return { dir: outDir, bytes, articles, words };
}

// `node dist/bench/generate-corpus.js OUT_DIR MEGABYTES`
if (process.argv[1]?.endsWith('generate-corpus.js')) {
  const [out, mb] = process.argv.slice(2);
  if (!out || !mb) {
    console.error('usage: node dist/bench/generate-corpus.js OUT_DIR MEGABYTES');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  const r = generateCorpus(path.join(root, 'sample'), out, Number(mb) * 1e6);
  console.log(`${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.words} words in ${r.dir}`);
}
