// The partial-overlap measure of the propaganda span tasks (Da San Martino et al., EMNLP 2019;
// SemEval-2020 Task 11): a predicted span earns the share of its characters that a gold span
// covers (precision), a gold span the share of its characters a prediction covers (recall).
// Span identification merges each side's overlapping spans first, as the task's scorer does;
// the labelled measure counts overlap only between spans of the same technique.

export interface LabelledSpan {
  article: string;
  technique: string;
  start: number;
  end: number;
}

export interface OverlapScore {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

const LINE = /^\s*(?:article)?(\d+)\t([^\t]+)\t(\d+)\t(\d+)\s*$/;

/** `<ID>\t<technique>\t<start>\t<end>` lines (the task's label and submission format); others are skipped. */
export function parseSpanLines(text: string): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const start = Number(m[3]);
    const end = Number(m[4]);
    if (end > start) out.push({ article: m[1], technique: m[2].trim(), start, end });
  }
  return out;
}

/** Span identification: techniques ignored, overlapping spans of an article merged on each side. */
export function scoreSpans(predicted: LabelledSpan[], gold: LabelledSpan[]): OverlapScore {
  return score(merged(predicted), merged(gold), false);
}

/** Span and technique: overlap counts only between spans carrying the same technique. */
export function scoreLabelled(predicted: LabelledSpan[], gold: LabelledSpan[]): OverlapScore {
  return score(distinct(predicted), distinct(gold), true);
}

function score(pred: LabelledSpan[], gold: LabelledSpan[], labelled: boolean): OverlapScore {
  const goldBy = byArticle(gold);
  const predBy = byArticle(pred);
  let p = 0;
  for (const s of pred) p += covered(s, goldBy.get(s.article) ?? [], labelled) / (s.end - s.start);
  let r = 0;
  for (const t of gold) r += covered(t, predBy.get(t.article) ?? [], labelled) / (t.end - t.start);
  const precision = pred.length ? p / pred.length : 0;
  const recall = gold.length ? r / gold.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted: pred.length, gold: gold.length };
}

/** Characters of `span` inside the other side's spans (summed over them, as the measure does). */
function covered(span: LabelledSpan, others: LabelledSpan[], labelled: boolean): number {
  let sum = 0;
  for (const o of others) {
    if (labelled && o.technique !== span.technique) continue;
    const overlap = Math.min(span.end, o.end) - Math.max(span.start, o.start);
    if (overlap > 0) sum += overlap;
  }
  return Math.min(sum, span.end - span.start);
}

function byArticle(spans: LabelledSpan[]): Map<string, LabelledSpan[]> {
  const map = new Map<string, LabelledSpan[]>();
  for (const s of spans) {
    const list = map.get(s.article);
    if (list) list.push(s);
    else map.set(s.article, [s]);
  }
  return map;
}

function merged(spans: LabelledSpan[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const [article, list] of byArticle(spans)) {
    const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    let cur: LabelledSpan | null = null;
    for (const s of sorted) {
      if (cur && s.start <= cur.end) cur.end = Math.max(cur.end, s.end);
      else {
        if (cur) out.push(cur);
        cur = { article, technique: 'span', start: s.start, end: s.end };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** The same technique on the same characters listed twice counts once. */
function distinct(spans: LabelledSpan[]): LabelledSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.article}\t${s.technique}\t${s.start}\t${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
