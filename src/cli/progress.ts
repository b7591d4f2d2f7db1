// A progress bar on stderr for work that takes more than a moment. It appears only on an
// interactive terminal, only after a short delay (quick runs stay quiet), and never on
// pipes or CI logs.
import cliProgress from 'cli-progress';

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  /** Prints a line now, or after the bar is gone if it is showing (so lines do not tear it). */
  log(line: string): void;
  stop(): void;
}

const SHOW_AFTER_MS = 400;

export function createProgressBar(enabled: boolean, unit: 'MB' | 'inputs' | 'articles'): ProgressBar {
  const held: string[] = [];
  const print = (line: string) => process.stderr.write(`${line}\n`);
  if (!enabled) return { update() {}, log: print, stop() {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    log(line) {
      if (bar) held.push(line);
      else print(line);
    },
    update(done, total, label) {
      if (!bar) {
        if (Date.now() - started < SHOW_AFTER_MS || total <= 0) return;
        bar = new cliProgress.SingleBar({
          format: `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left | {label}`,
          barsize: 28, hideCursor: true, clearOnComplete: true, etaBuffer: 50, stream: process.stderr,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, done, { label });
      }
      bar.setTotal(total);
      bar.update(done, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar?.stop();
      bar = null;
      for (const line of held.splice(0)) print(line);
    },
  };
}
