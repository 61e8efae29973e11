/**
 * @module Tokens the aligner compares: lowercase words after folding quote, apostrophe and dash
 * variants and US/UK spellings. Language-neutral (Unicode letters, marks and digits; no stemming),
 * so it works for German as for English. A hand-written scanner: this runs over every word of both
 * versions and is a third of the aligner's time with a regular expression.
 */
import { canonicalSpelling } from "../text/spelling.ts";

const APOSTROPHES = new Set(["'", "´", "’", "‘", "`", "ʼ", "′"]);
const APOSTROPHE_RE = /[´’‘`ʼ′]/g;
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;

/** Our own memo of canonical spellings (the aligner asks for the same words over and over). */
const canon = new Map<string, string>();
function canonical(word: string): string {
  let c = canon.get(word);
  if (c === undefined) {
    if (canon.size > 200_000) canon.clear();
    c = canonicalSpelling(word);
    canon.set(word, c);
  }
  return c;
}

function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORDCHAR.test(ch);
}

/** The normalized word tokens of one unit of text, in order (duplicates kept). */
export function tokenizeUnit(text: string): string[] {
  // NFKC only when needed (ligatures, full-width forms); plain ASCII skips it
  // eslint-disable-next-line no-control-regex
  // apostrophe variants first: NFKC turns the acute accent (´) into a space and a combining mark
  const folded = (/[^\x00-\x7f]/.test(text) ? text.replace(APOSTROPHE_RE, "'").normalize("NFKC") : text).toLowerCase();
  const out: string[] = [];
  const n = folded.length;
  let k = 0;
  while (k < n) {
    let c = folded.charCodeAt(k);
    if (!isWordCode(c, folded[k]!)) { k++; continue; }
    let word = "", start = k, digit = false;
    for (;;) {
      while (k < n && isWordCode((c = folded.charCodeAt(k)), folded[k]!)) { if (c >= 48 && c <= 57) digit = true; k++; }
      word += folded.slice(start, k);
      // an apostrophe inside a word (don't, Shi'ite, O’Brien) joins; a possessive 's is dropped
      if (k + 1 < n && APOSTROPHES.has(folded[k]!) && isWordCode(folded.charCodeAt(k + 1), folded[k + 1]!) && !/\p{N}/u.test(folded[k + 1]!)) {
        const rest = k + 2 >= n || !isWordCode(folded.charCodeAt(k + 2), folded[k + 2]!);
        if (folded[k + 1] === "s" && rest) { k += 2; break; }
        k++; start = k; continue;
      }
      break;
    }
    out.push(digit ? word : canonical(word));
  }
  return out;
}
