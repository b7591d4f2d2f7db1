// What the learned layers of the technique detector share: a softmax regression over sparse
// string features, its weights stored as data (one weight per class for each feature) and loaded
// from a JSON file that names its format.
import { readFileSync } from 'node:fs';

export interface LinearModel {
  /** Classes in weight order; the first is "none". */
  classes: string[];
  /** Share of probability the classes other than "none" need together before an item is flagged. */
  threshold: number;
  /** Feature → one weight per class. */
  weights: Map<string, Float32Array>;
}

interface ModelFile {
  format: string;
  classes: string[];
  threshold: number;
  weights: Record<string, number[]>;
}

/** The model in `file`, which must declare `format`. */
export function loadLinearModel(file: URL | string, format: string): LinearModel {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
  if (raw.format !== format) throw new Error(`${String(file)}: not a ${format} file`);
  const weights = new Map<string, Float32Array>();
  for (const [f, w] of Object.entries(raw.weights)) weights.set(f, Float32Array.from(w));
  return { classes: raw.classes, threshold: raw.threshold, weights };
}

/** Softmax of summed weights, in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

/** Class probabilities of one item (softmax over the classes' summed weights). */
export function classifyFeatures(model: LinearModel, features: readonly string[]): Float64Array {
  const z = new Float64Array(model.classes.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  return softmax(z);
}
