// A diagnostic is a problem found in an input, positioned so a user can go and look.
// Readers never throw for bad input: they report and carry on with what they can read.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine code from the catalogue in errors.ts. */
  code: string;
  message: string;
  file: string;
  /** 1-based line, when the problem sits on one. */
  line?: number;
}

export type Report = (d: Diagnostic) => void;

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  return `${d.severity === 'error' ? 'skipped' : 'warning'}: ${where}: ${d.message} [${d.code}]`;
}
