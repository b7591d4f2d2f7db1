// Line arithmetic for origins and diagnostics: 1-based lines, any of \n, \r\n or \r.

/** Number of lines as an editor shows them: a final line break does not start a new line. */
export function lineCount(text: string): number {
  if (text === '') return 1;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(text) ? Math.max(breaks, 1) : breaks + 1;
}

/** Offsets where each line starts, for repeated offset → line look-ups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** 1-based line holding the UTF-16 offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
