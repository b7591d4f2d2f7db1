// Draft -> article ready to store: normalised text, content-derived identity, language,
// paragraph and sentence spans, near-duplicate signature.
import type { ArticleDraft } from '../core/article.js';
import { hashId, identityKey } from '../core/ids.js';
import { detectLanguage } from '../nlp/language.js';
import { splitParagraphs, splitSentences } from '../nlp/segment.js';
import type { StoredArticle } from '../store/repository.js';
import { bandKeys, signatureOf } from './near-duplicates.js';
import { normaliseDraft } from './normalise.js';

export function prepareArticle(raw: ArticleDraft): StoredArticle {
  const draft = normaliseDraft(raw);
  // The same body under the same headline and outlet is the same article, wherever it was read.
  // The body is hashed as normalised, not case-folded: folding 10 MB costs more than it catches.
  const textHash = hashId(draft.text);
  const id = hashId(identityKey(draft.title), identityKey(draft.outlet ?? ''), textHash);
  const paragraphs = splitParagraphs(draft.text);
  const signature = signatureOf(draft.text);
  return {
    ...draft,
    id,
    language: draft.language ?? detectLanguage(draft.title, draft.text),
    text_hash: textHash,
    duplicate_of: null,
    paragraphs,
    sentences: splitSentences(draft.text, paragraphs),
    words: signature.words,
    signature: signature.bins,
    bandKeys: bandKeys(signature.bins),
  };
}
