// Draft -> article ready to store: normalised text, content-derived identity, language,
// paragraph and sentence spans, near-duplicate signature.
import type { ArticleDraft } from '../core/article.js';
import { hashId, identityKey } from '../core/ids.js';
import { detectLanguage } from '../nlp/language.js';
import { countWords, splitParagraphs, splitSentences } from '../nlp/segment.js';
import type { StoredArticle } from '../store/repository.js';
import { bandKeys, signatureOf } from './near-duplicates.js';
import { normaliseDraft } from './normalise.js';

export function prepareArticle(raw: ArticleDraft): StoredArticle {
  const draft = normaliseDraft(raw);
  const textKey = identityKey(draft.text);
  // The same body under the same headline and outlet is the same article, wherever it was read.
  const id = hashId(identityKey(draft.title), identityKey(draft.outlet ?? ''), textKey);
  const paragraphs = splitParagraphs(draft.text);
  const signature = signatureOf(draft.text);
  return {
    ...draft,
    id,
    language: draft.language ?? detectLanguage(draft.title, draft.text),
    text_hash: hashId(textKey),
    duplicate_of: null,
    paragraphs,
    sentences: splitSentences(draft.text, paragraphs),
    words: countWords(draft.text),
    signature: signature.bins,
    bandKeys: bandKeys(signature.bins),
  };
}
