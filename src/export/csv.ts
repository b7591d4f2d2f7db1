// CSV for spreadsheets (RFC 4180): every cell quoted when it holds a comma, quote or line
// break. Article text is hostile: a cell that a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return first) gets a leading apostrophe, the OWASP advice,
// unless it is a plain number.
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (FORMULA.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A header line and one line per row, columns in the header's order. */
export function toCsv<T>(columns: readonly (keyof T & string)[], rows: Iterable<T>): string {
  let out = csvLine([...columns]);
  for (const row of rows) out += csvLine(columns.map((c) => row[c] as CsvValue));
  return out;
}
