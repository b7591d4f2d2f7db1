import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSpanLines, scoreLabelled, scoreSpans, type LabelledSpan } from './ptc-score.js';

const span = (technique: string, start: number, end: number, article = '1'): LabelledSpan => ({ article, technique, start, end });

describe('PTC partial-overlap scoring', () => {
  it('reads label and submission lines, with or without the "article" prefix, skipping the rest', () => {
    const spans = parseSpanLines('111\tLoaded_Language\t10\t20\narticle222\t?\t0\t5\n# comment\n333\tDoubt\t7\t7\n');
    assert.deepEqual(spans, [span('Loaded_Language', 10, 20, '111'), span('?', 0, 5, '222')]);
  });

  it('gives a prediction the share of its characters that gold covers, and gold the share predicted', () => {
    // Predicted 10..20 against gold 15..35: half the prediction is right, a quarter of the gold found.
    const s = scoreSpans([span('Doubt', 10, 20)], [span('Loaded_Language', 15, 35)]);
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 0.25);
    assert.equal(Math.round(s.f1 * 1000) / 1000, 0.333);
  });

  it('merges overlapping spans of one article before identifying spans, but not across articles', () => {
    const gold = [span('Loaded_Language', 0, 10), span('Name_Calling,Labeling', 5, 20), span('Doubt', 0, 20, '2')];
    const s = scoreSpans([span('x', 0, 20)], gold);
    assert.equal(s.gold, 2, 'one merged span in each article');
    assert.equal(s.precision, 1);
    assert.equal(s.recall, 0.5, 'the second article is not found');
  });

  it('counts overlap only between the same technique when labels matter', () => {
    const gold = [span('Loaded_Language', 0, 10), span('Doubt', 20, 40)];
    const pred = [span('Loaded_Language', 0, 10), span('Loaded_Language', 20, 40)];
    const s = scoreLabelled(pred, gold);
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 0.5);
    assert.equal(scoreSpans(pred, gold).f1, 1, 'the same spans are all right when labels do not matter');
  });

  it('scores nothing predicted as zero rather than dividing by zero', () => {
    assert.deepEqual(scoreSpans([], [span('Doubt', 0, 4)]), { precision: 0, recall: 0, f1: 0, predicted: 0, gold: 1 });
  });
});
