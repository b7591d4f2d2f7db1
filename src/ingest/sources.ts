// Expands what the user named (files, folders, URLs, "-") into a list of inputs to read.
// Folders are walked recursively in a stable order; hidden files and folders are left out.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Report } from '../core/diagnostics.js';
import { DiagnosticCode } from '../core/errors.js';

export type Source =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' };

export function sourceName(s: Source): string {
  return s.kind === 'file' ? s.path : s.kind === 'url' ? s.url : 'stdin';
}

export async function expandSources(args: string[], report: Report): Promise<Source[]> {
  const out: Source[] = [];
  for (const arg of args) {
    if (arg === '-') out.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(arg)) out.push({ kind: 'url', url: arg });
    else await walk(arg, out, report, true);
  }
  return out;
}

async function walk(p: string, out: Source[], report: Report, named: boolean): Promise<void> {
  let st;
  try {
    st = named ? await fs.stat(p) : await fs.lstat(p);
  } catch (err) {
    report({ severity: 'error', code: DiagnosticCode.notFound, file: p, message: `cannot open: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return;
  }
  if (st.isFile()) {
    out.push({ kind: 'file', path: p, size: st.size });
    return;
  }
  if (st.isSymbolicLink()) {
    // Linked files are read; linked folders are not followed, so a link loop cannot trap the walk.
    const target = await fs.stat(p).catch(() => null);
    if (target?.isFile()) out.push({ kind: 'file', path: p, size: target.size });
    return;
  }
  if (!st.isDirectory()) return;
  let names: string[];
  try {
    names = (await fs.readdir(p)).sort();
  } catch (err) {
    report({ severity: 'error', code: DiagnosticCode.unreadable, file: p, message: `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    await walk(path.join(p, name), out, report, false);
  }
}
