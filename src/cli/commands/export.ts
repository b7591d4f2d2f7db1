// `dossier export`: the whole store in the dossier/1 contract, as one JSON document or as
// JSON Lines (one file per array in a folder, or tagged lines on standard output).
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeJsonExport, writeJsonlExport, type Sink } from '../../export/dossier-export.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';

export interface ExportFlags {
  format: string;
  out?: string;
}

export async function runExport(flags: ExportFlags, ctx: CommandContext): Promise<number> {
  if (flags.format !== 'json' && flags.format !== 'jsonl') {
    throw new UsageError(`--format must be json or jsonl, got "${flags.format}"`);
  }
  const repo = openStore(ctx.global.db, { mustExist: true });
  const streams: WriteStream[] = [];
  const fileSink = (file: string): Sink => {
    const s = createWriteStream(file);
    streams.push(s);
    return { write: (chunk) => new Promise<void>((resolve, reject) => (s.write(chunk) ? resolve() : s.once('drain', resolve).once('error', reject))) };
  };
  const stdoutSink: Sink = { write: (chunk) => ctx.io.write(chunk) };
  try {
    if (flags.format === 'json') {
      await writeJsonExport(repo, flags.out ? fileSink(flags.out) : stdoutSink);
    } else if (flags.out) {
      mkdirSync(flags.out, { recursive: true });
      const counts = await writeJsonlExport(repo, (array) => fileSink(path.join(flags.out!, `${array}.jsonl`)), false);
      if (!ctx.global.quiet) ctx.io.err(`wrote ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')} to ${flags.out}/`);
    } else {
      await writeJsonlExport(repo, () => stdoutSink, true);
    }
    await Promise.all(streams.map((s) => new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())))));
    if (flags.out && flags.format === 'json' && !ctx.global.quiet) ctx.io.err(`wrote ${flags.out}`);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
