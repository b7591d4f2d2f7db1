// Language of an article, as an ISO 639-1 code where one exists ("und" when the text is too
// short to tell). Non-English articles are stored and searchable but skipped by English-only
// stages, so a wrong "en" costs more than an honest "und".
import { franc } from 'franc-min';

// franc answers in ISO 639-3; these are the languages of franc-min that have a 639-1 code.
const ISO1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  tur: 'tr', azj: 'az', hye: 'hy', kat: 'ka', arb: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn',
  cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', heb: 'he', ell: 'el',
  bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', swh: 'sw',
  hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so', tgl: 'tl', mya: 'my', khm: 'km', npi: 'ne',
  uzn: 'uz', kaz: 'kk', bel: 'be', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', sin: 'si', zul: 'zu', xho: 'xh', afr: 'af', cat: 'ca', glg: 'gl', eus: 'eu', aka: 'ak',
  ful: 'ff', run: 'rn', kin: 'rw', nya: 'ny', sna: 'sn', mlg: 'mg', ilo: 'ilo', ceb: 'ceb',
};

const SAMPLE = 1000;
// English function words: a text where they are this dense is English, and telling so costs
// a fraction of franc's trigram comparison against 80 languages.
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by', 'it', 'has', 'have', 'are', 'from', 'said', 'its', 'at', 'be', 'which', 'were', 'this', 'not', 'but', 'an', 'he', 'they', 'their', 'will']);
const ENGLISH_DENSITY = 0.25;

export function detectLanguage(title: string, text: string): string {
  // A short look settles most English articles, a longer one most of the rest; franc's
  // trigram comparison (about 50 times slower) decides the others.
  if (englishDensity(text.slice(0, 300)) >= ENGLISH_DENSITY) return 'en';
  const sample = `${title}\n${text.length > SAMPLE ? text.slice(0, SAMPLE) : text}`;
  if (englishDensity(sample) >= ENGLISH_DENSITY) return 'en';
  const code = franc(sample, { minLength: 40 });
  if (code === 'und') return 'und';
  return ISO1[code] ?? code;
}

function englishDensity(sample: string): number {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  // A one-line brief is too short for trigrams, which then guess wildly; a few English
  // function words settle it.
  if (words.length < 12) return hits >= 2 ? hits / words.length : 0;
  return hits / words.length;
}
