/**
 * @module Tokens the aligner compares: lowercase words after folding quote, apostrophe and dash
 * variants and US/UK spellings. Language-neutral (Unicode letters, marks and digits; no stemming),
 * so it works for German as for English.
 *
 * Words become integer ids through a module-level interner (word -> id of its canonical form), so
 * the aligner compares integers and asks for each word's canonical spelling once, not once per
 * occurrence. A hand-written scanner over char codes: this runs over every word of both versions.
 */
import { canonicalSpelling } from "../text/spelling.ts";

const APOSTROPHE_RE = /[´’‘`ʼ′]/g;
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;
const NUMCHAR = /\p{N}/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Char classes of the BMP, filled on first sight: 0 unknown, 1 word char, 2 numeric word char, 3 other. */
const CLASS = new Uint8Array(65536);
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WORDCHAR.test(ch) ? (NUMCHAR.test(ch) ? 2 : 1) : 3;
    CLASS[c] = k;
  }
  return k;
}
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return classOf(c) !== 3;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0xb4 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2bc || c === 0x2032;
}

/**
 * Calls `emit` with each normalized word of `text`, in order (duplicates kept) and a flag saying
 * whether it holds an ASCII digit (numbers are not spelling-folded).
 */
function scanWords(text: string, emit: (word: string, digit: boolean) => void): void {
  // apostrophe variants first: NFKC turns the acute accent (´) into a space and a combining mark.
  // NFKC (ligatures, full-width forms) only when needed; plain ASCII skips it.
  const folded = (NON_ASCII.test(text) ? text.replace(APOSTROPHE_RE, "'").normalize("NFKC") : text).toLowerCase();
  const n = folded.length;
  let k = 0;
  while (k < n) {
    let c = folded.charCodeAt(k);
    if (!isWordCode(c)) { k++; continue; }
    let word = "", start = k, digit = false;
    for (;;) {
      while (k < n && isWordCode((c = folded.charCodeAt(k)))) { if (c >= 48 && c <= 57) digit = true; k++; }
      word += folded.slice(start, k);
      // an apostrophe inside a word (don't, Shi'ite, O’Brien) joins; a possessive 's is dropped
      if (k + 1 < n && isApostrophe(c) && isWordCode(folded.charCodeAt(k + 1)) && classOf(folded.charCodeAt(k + 1)) !== 2) {
        const rest = k + 2 >= n || !isWordCode(folded.charCodeAt(k + 2));
        if (folded.charCodeAt(k + 1) === 115 && rest) { k += 2; break; }
        k++; start = k; continue;
      }
      break;
    }
    emit(word, digit);
  }
}

/** The normalized word tokens of one unit of text, in order (duplicates kept). */
export function tokenizeUnit(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (w, digit) => out.push(digit ? w : canonicalSpelling(w)));
  return out;
}

// ---- the interner ------------------------------------------------------------------------------

/** Scanned word -> id of its canonical form. */
const idOfWord = new Map<string, number>();
/** Canonical form -> id, and back. */
const idOfCanonical = new Map<string, number>();
const canonicalOfId: string[] = [];
/** Forget everything past this many distinct words (only between calls, see `internReset`). */
const MAX_WORDS = 400_000;

function internWord(word: string, digit: boolean): number {
  let id = idOfWord.get(word);
  if (id === undefined) {
    const c = digit ? word : canonicalSpelling(word);
    id = idOfCanonical.get(c);
    if (id === undefined) { id = canonicalOfId.length; canonicalOfId.push(c); idOfCanonical.set(c, id); }
    idOfWord.set(word, id);
  }
  return id;
}

/** Call before a batch of `wordIds`: keeps the interner bounded. Ids from before a reset are stale. */
export function internReset(): void {
  if (idOfWord.size > MAX_WORDS) { idOfWord.clear(); idOfCanonical.clear(); canonicalOfId.length = 0; }
}

/** Appends the interned ids of text's normalized words to `out`. */
export function wordIds(text: string, out: number[]): void {
  scanWords(text, (w, digit) => out.push(internWord(w, digit)));
}

/** The canonical word behind an interned id. */
export function wordOfId(id: number): string {
  return canonicalOfId[id]!;
}

/** The id of a canonical word, if it was ever interned. */
export function idOfCanonicalWord(word: string): number | undefined {
  return idOfCanonical.get(word);
}

/** Number of ids handed out so far (ids are 0..internedCount()-1). */
export function internedCount(): number {
  return canonicalOfId.length;
}
