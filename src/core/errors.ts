// One catalogue of error codes and the one place they become exit codes.

export const ExitCode = {
  ok: 0,
  /** Some inputs were skipped; everything else was stored. */
  skipped: 1,
  usage: 2,
} as const;

export const DiagnosticCode = {
  notFound: 'not-found',
  unreadable: 'unreadable',
  empty: 'empty',
  binary: 'binary',
  encoding: 'encoding',
  badJson: 'bad-json',
  badXml: 'bad-xml',
  badHtml: 'bad-html',
  noArticle: 'no-article',
  unknownFormat: 'unknown-format',
  fetchFailed: 'fetch-failed',
  tooLarge: 'too-large',
  preamble: 'preamble',
  missingField: 'missing-field',
} as const;

/** A mistake in how the command was called: reported once, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = ExitCode.usage;
}
