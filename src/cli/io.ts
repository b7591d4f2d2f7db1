// Terminal output for commands: where text goes, whether it may be coloured, and the few
// formatting helpers that keep every command's output alike.
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/repository.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Write to stdout respecting back-pressure (large exports). */
  write(chunk: string): Promise<void>;
  readonly color: boolean;
  readonly interactive: boolean;
}

export function processIo(): Io {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return {
    out: (t) => { process.stdout.write(`${t}\n`); },
    err: (t) => { process.stderr.write(`${t}\n`); },
    write: (chunk) => new Promise((resolve, reject) => {
      if (process.stdout.write(chunk)) resolve();
      else {
        process.stdout.once('drain', resolve);
        process.stdout.once('error', reject);
      }
    }),
    color,
    interactive: Boolean(process.stderr.isTTY),
  };
}

export function bold(io: Io, s: string): string {
  return io.color ? `\x1b[1m${s}\x1b[22m` : s;
}

export function dim(io: Io, s: string): string {
  return io.color ? `\x1b[2m${s}\x1b[22m` : s;
}

/** Replaces the store's highlight markers with bold (terminal) or [brackets] (pipes). */
export function renderHighlights(io: Io, snippet: string): string {
  const [open, close] = io.color ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  return snippet
    .split(HIGHLIGHT_START).map((part) => part.split(HIGHLIGHT_END).map(safe).join(close)).join(open)
    .replace(/\s+/g, ' ');
}

/** Removes control characters that article text could use to rewrite the terminal. */
export function safe(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

export function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;
}

/** Left-aligned columns sized to their content, the last one truncated to the terminal. */
export function table(rows: string[][], maxWidth = process.stdout.columns ?? 120): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((n, w) => n + w + 2, 0);
  const last = Math.max(20, maxWidth - fixed);
  return rows
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? truncate(cell, last) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}
