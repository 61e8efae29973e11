/**
 * @module Neutralise a CSV cell against formula injection: a spreadsheet runs a cell that starts
 * with = + - @ (or a tab or carriage return before one) as a formula, so such a text cell gets a
 * leading apostrophe, as OWASP advises. Numbers are left as they are (a negative number is data).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCsvCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
