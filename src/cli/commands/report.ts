// `dossier report --out FILE.html`: the whole dossier as one HTML file that works offline and
// can be mailed: the UI's script and style inline, the data embedded as JSON, and a CSP that
// allows exactly that script and style (by hash) and nothing else — no network at all.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildReportData } from '../../api/report-data.js';
import { WEB_DIR } from '../../api/static.js';
import type { ReportData } from '../../api/types.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { openStore } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';

export interface ReportFlags {
  out?: string;
  /** The built UI (default dist/web). */
  webDir?: string;
}

export async function runReport(flags: ReportFlags, ctx: CommandContext): Promise<number> {
  if (!flags.out) throw new UsageError('report needs --out FILE.html');
  const webDir = flags.webDir ?? WEB_DIR;
  if (!existsSync(path.join(webDir, 'app.js'))) throw new UsageError(`the web UI is not built (no ${path.join(webDir, 'app.js')}): run "npm run build"`);
  const repo = openStore(ctx.global.db, { mustExist: true });
  try {
    const data = await buildReportData(repo);
    const html = reportHtml(data, readFileSync(path.join(webDir, 'app.js'), 'utf8'), readFileSync(path.join(webDir, 'app.css'), 'utf8'));
    // Written beside the target and renamed, so a failed run never leaves half a report.
    const tmp = `${flags.out}.tmp-${process.pid}`;
    writeFileSync(tmp, html);
    renameSync(tmp, flags.out);
    if (ctx.global.json) ctx.io.out(JSON.stringify({ out: flags.out, bytes: Buffer.byteLength(html), articles: data.articles.length, entities: data.entities.length }));
    else if (!ctx.global.quiet) ctx.io.err(`wrote ${flags.out} (${data.articles.length} articles, ${data.entities.length} entities, ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB)`);
    return ExitCode.ok;
  } finally {
    await repo.close();
  }
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** JSON that cannot end its script element or open a comment, whatever the articles contain. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function reportHtml(data: ReportData, script: string, style: string): string {
  // `</script` can only occur inside the bundle's strings or regexes, where `<\/` means the same.
  const js = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const css = style.replace(/<\/(style)/gi, '<\\/$1');
  const csp = [
    "default-src 'none'", `script-src ${sha256(js)}`, `style-src ${sha256(css)}`, 'img-src data: blob:',
    "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Dossier report</title>
<style>${css}</style>
</head>
<body>
<noscript>This report needs JavaScript to display; its data is in the dossier-data element of this file.</noscript>
<script type="application/json" id="dossier-data">${scriptSafeJson(data)}</script>
<script>${js}</script>
</body>
</html>
`;
}
