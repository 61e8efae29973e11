/** @module The one CSV writer every CSV report uses: RFC 4180 quoting, and no cell a spreadsheet runs as a formula. */
import { stringify } from "csv-stringify/sync";

/**
 * Rows as CSV. Article text is untrusted: a cell starting with =, +, -, @, a tab or a carriage return
 * (or their full-width forms) is a formula to Excel and LibreOffice, so, as OWASP advises for CSV
 * injection, it gets a leading apostrophe and is quoted. A number (a negative figure) is not prefixed.
 */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return stringify(rows as (string | number)[][], { escape_formulas: true, quoted_match: FORMULA_START });
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell neutralised as `csvTable` does, for writers that stream rows through csv-stringify themselves. */
export function neutralizeCsvCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
