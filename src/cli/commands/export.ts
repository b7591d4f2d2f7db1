// `dossier export`: the whole store in the dossier/1 contract, as one JSON document or as
// JSON Lines (one file per array in a folder, or tagged lines on standard output); as CSV
// files (one per array); places and events as GeoJSON; the actor network as GEXF.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeCsvExport } from '../../export/csv-export.js';
import { writeJsonExport, writeJsonlExport, type Sink } from '../../export/dossier-export.js';
import { writeGeoJson } from '../../export/geojson.js';
import { writeGexf } from '../../export/gexf.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';

export interface ExportFlags {
  format: string;
  out?: string;
}

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'geojson', 'gexf'];

export async function runExport(flags: ExportFlags, ctx: CommandContext): Promise<number> {
  if (!EXPORT_FORMATS.includes(flags.format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${flags.format}"`);
  }
  if (flags.format === 'csv' && !flags.out) throw new UsageError('--format csv writes one file per array: give a folder with --out');
  const repo = openStore(ctx.global.db, { mustExist: true });
  const streams: WriteStream[] = [];
  const fileSink = (file: string): Sink => {
    const s = createWriteStream(file);
    streams.push(s);
    return { write: (chunk) => new Promise<void>((resolve, reject) => (s.write(chunk) ? resolve() : s.once('drain', resolve).once('error', reject))) };
  };
  const stdoutSink: Sink = { write: (chunk) => ctx.io.write(chunk) };
  try {
    const sink = () => (flags.out ? fileSink(flags.out) : stdoutSink);
    if (flags.format === 'json') {
      await writeJsonExport(repo, sink());
    } else if (flags.format === 'geojson') {
      const n = await writeGeoJson(repo, sink());
      if (flags.out && !ctx.global.quiet) ctx.io.err(`${n.places} place(s) and ${n.events} placed event(s)`);
    } else if (flags.format === 'gexf') {
      const n = await writeGexf(repo, sink());
      if (flags.out && !ctx.global.quiet) ctx.io.err(`${n.nodes} node(s) and ${n.edges} edge(s)`);
    } else if (flags.format === 'csv') {
      mkdirSync(flags.out!, { recursive: true });
      const counts = await writeCsvExport(repo, (array) => fileSink(path.join(flags.out!, `${array}.csv`)));
      if (!ctx.global.quiet) ctx.io.err(`wrote ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')} to ${flags.out}/`);
    } else if (flags.out) {
      mkdirSync(flags.out, { recursive: true });
      const counts = await writeJsonlExport(repo, (array) => fileSink(path.join(flags.out!, `${array}.jsonl`)), false);
      if (!ctx.global.quiet) ctx.io.err(`wrote ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')} to ${flags.out}/`);
    } else {
      await writeJsonlExport(repo, () => stdoutSink, true);
    }
    await Promise.all(streams.map((s) => new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())))));
    if (flags.out && flags.format !== 'jsonl' && flags.format !== 'csv' && !ctx.global.quiet) ctx.io.err(`wrote ${flags.out}`);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}
