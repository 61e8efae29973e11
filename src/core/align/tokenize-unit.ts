/**
 * @module Tokens the aligner compares: lowercase words after folding quote, apostrophe and dash
 * variants and US/UK spellings. Language-neutral (Unicode letters and digits; no stemming), so it
 * works for German as for English.
 */
import { canonicalSpelling } from "../text/spelling.ts";

const APOSTROPHES = /[´’‘`ʼ′]/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;

/** The normalized word tokens of one unit of text, in order (duplicates kept). */
export function tokenizeUnit(text: string): string[] {
  const folded = text.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "'");
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    w = w.replace(/'/g, "");
    if (w) out.push(/\d/.test(w) ? w : canonicalSpelling(w));
  }
  return out;
}
