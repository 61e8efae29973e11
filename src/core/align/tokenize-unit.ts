/**
 * @module Tokens the aligner compares: lowercase words after folding quote, apostrophe and dash
 * variants and US/UK spellings. Language-neutral (Unicode letters, marks and digits; no stemming),
 * so it works for German as for English.
 *
 * Words become integer ids through the shared interner (text/intern.ts, the word diff's too) and a
 * table from each word's id to the id of its canonical form, so the aligner compares integers and
 * asks for each word's canonical spelling once, not once per occurrence. A hand-written scanner over
 * char codes: this runs over every word of both versions.
 */
import { FNV_32_PRIME, FNV_OFFSET_BASIS, internerGeneration, internerReset, internHashed } from "../text/intern.ts";
import { canonicalSpelling } from "../text/spelling.ts";
import { NUMBER, SPACE, type TokenStore } from "../text/tokenize.ts";
import { hasDigit } from "../text/word-runs.ts";

const APOSTROPHE_RE = /[´’‘`ʼ′]/g;
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;
const NUMCHAR = /\p{N}/u;
/**
 * Chars NFKC leaves alone, alone or beside each other (a test checks every pair): ASCII, the Latin-1
 * letters, the hyphen, en and em dashes and double curly quotes. A text of only these (once its
 * apostrophes are folded to ') is its own NFKC form, so most news paragraphs skip the normalizer.
 */
export const NFKC_STABLE = "\\x00-\\x7f\\u00c0-\\u00ff\\u2010\\u2013\\u2014\\u201c\\u201d";
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const NEEDS_NFKC = new RegExp(`[^${NFKC_STABLE}]`);
/** A char that is neither NFKC-stable nor an apostrophe the scanner reads as ' as it stands. */
const NEEDS_FOLDING = new RegExp(`[^${NFKC_STABLE}\u00b4\u2019\u2018\u2032]`);

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
 * Writes the interned ids of text's normalized words into `out` from `at` on and returns how many.
 * When `out` may be too short (a word takes at least a char and a separator of the normalized text,
 * which NFKC can make longer than the input) it writes nothing and returns minus the room it needs.
 */
export function wordIdsInto(text: string, out: Int32Array, at: number): number {
  syncCanonical();
  let w = at;
  // apostrophe variants first: NFKC turns the acute accent (´) into a space and a combining mark.
  // NFKC (ligatures, full-width forms) only when needed: plain ASCII skips the folding, and a text
  // of chars NFKC leaves alone skips the normalizer
  // (the scanner takes every apostrophe but ʼ, a letter, as ', so a text that skips NFKC keeps them)
  let plain = text;
  if (NON_ASCII.test(text) && NEEDS_FOLDING.test(text)) {
    plain = text.replace(APOSTROPHE_RE, "'");
    if (NEEDS_NFKC.test(plain)) plain = plain.normalize("NFKC");
  }
  const folded = plain.toLowerCase();
  const n = folded.length;
  if (at + (n >> 1) + 1 > out.length) return -((n >> 1) + 1);
  let k = 0;
  while (k < n) {
    let c = folded.charCodeAt(k);
    if (!isWordCode(c)) { k++; continue; }
    // the word is hashed while it is scanned, and only sliced out of the text when it is new
    let start = k, end = k, h = FNV_OFFSET_BASIS, word: string | null = null;
    const first = k;
    for (;;) {
      while (k < n && isWordCode((c = folded.charCodeAt(k)))) { h = Math.imul(h ^ c, FNV_32_PRIME); k++; }
      end = k;
      // an apostrophe inside a word (don't, Shi'ite, O’Brien) joins; a possessive 's is dropped
      if (k + 1 < n && isApostrophe(c) && isWordCode(folded.charCodeAt(k + 1)) && classOf(folded.charCodeAt(k + 1)) !== 2) {
        const rest = k + 2 >= n || !isWordCode(folded.charCodeAt(k + 2));
        if (folded.charCodeAt(k + 1) === 115 && rest) { k += 2; break; }
        word = (word ?? "") + folded.slice(start, k);
        k++; start = k; continue;
      }
      break;
    }
    // [start, end) is the last segment (a dropped possessive 's lies past its end)
    if (word === null) out[w++] = canonicalIdOf(folded, first, end, h);
    else { word += folded.slice(start, end); out[w++] = canonicalIdOf(word, 0, word.length, h); }
  }
  return w - at;
}

// ---- from a token store ------------------------------------------------------------------------
// The aligner's words of a text are the words of its tokens (text/tokenize.ts), taken one token at a
// time and cached by token id, except where a word runs across tokens or a mark turns into letters:
// two word tokens side by side ("5" then a non-ASCII digit), a punctuation token that normalizes to
// letters ("№" is "No" under NFKC), a word token that starts with a combining mark (NFKC may fold it
// into the mark before: "=" and U+0338 make "≠"), or an apostrophe the tokenizer does not join
// (O‘Brien), or a capital sigma (lowercased by what comes before it). A text with any of these is
// scanned whole (a property test holds the two ways equal).

/** Token id -> its word ids: `tokenWordCount` ids from `tokenWordAt` in `tokenWordPool`; -1 unknown. */
let tokenWordAt = new Int32Array(1 << 17).fill(-1);
let tokenWordCount = new Int32Array(1 << 17);
/** Token id -> bit 1: its text starts with a combining mark or holds a capital sigma; bit 2: it folds to an apostrophe. */
let tokenMark = new Uint8Array(1 << 17);
/**
 * Token id -> what most tokens come to, in one read: its one word id + 1 (no flags), NO_WORD (no
 * word, no flags), or 0 (not learned, or anything else: read the tables above).
 */
let tokenQuick = new Int32Array(1 << 17);
const NO_WORD = -1;
const MARK = 1, FOLDS_TO_APOSTROPHE = 2;
const MARK_START = /^\p{M}/u;
let tokenWordPool = new Int32Array(1 << 16);
let tokenWordUsed = 0;
let tokenCacheGeneration = -1;
let scratch = new Int32Array(64);

/** The word ids of token i of `entryText` (cached by its id); returns the id. */
function tokenWords(store: TokenStore, i: number, entryText: string): number {
  const id = store.id[i]!;
  if (id >= tokenWordAt.length) {
    const size = Math.max(id + 1, tokenWordAt.length * 2);
    const at = new Int32Array(size).fill(-1), count = new Int32Array(size), mark = new Uint8Array(size), quick = new Int32Array(size);
    at.set(tokenWordAt); count.set(tokenWordCount); mark.set(tokenMark); quick.set(tokenQuick);
    tokenWordAt = at; tokenWordCount = count; tokenMark = mark; tokenQuick = quick;
  }
  if (tokenWordAt[id] !== -1) return id;
  const text = entryText.slice(store.start[i]!, store.start[i + 1]!);
  const folded = text.replace(APOSTROPHE_RE, "'").normalize("NFKC");
  let flags = MARK_START.test(text) || text.includes("\u03a3") ? MARK : 0;
  for (let k = 0; k < folded.length; k++) if (isApostrophe(folded.charCodeAt(k))) { flags |= FOLDS_TO_APOSTROPHE; break; }
  tokenMark[id] = flags;
  let n = wordIdsInto(text, scratch, 0);
  if (n < 0) { scratch = new Int32Array(-n); n = wordIdsInto(text, scratch, 0); }
  if (tokenWordUsed + n > tokenWordPool.length) { const p = new Int32Array(Math.max(tokenWordPool.length * 2, tokenWordUsed + n)); p.set(tokenWordPool); tokenWordPool = p; }
  tokenWordAt[id] = tokenWordUsed;
  tokenWordCount[id] = n;
  for (let k = 0; k < n; k++) tokenWordPool[tokenWordUsed++] = scratch[k]!;
  tokenQuick[id] = flags !== 0 ? 0 : n === 1 ? scratch[0]! + 1 : n === 0 ? NO_WORD : 0;
  return id;
}

/**
 * Writes the word ids of store entry `e` into `out` from `at` on, read from its tokens, and returns
 * how many; -1 when the tokens cannot stand for the text (see above) or `out` lacks room, and the
 * caller scans the text with `wordIdsInto`.
 */
export function wordIdsFromTokens(store: TokenStore, e: number, out: Int32Array, at: number): number {
  syncCanonical();
  if (tokenCacheGeneration !== internerGeneration()) {
    tokenWordAt.fill(-1); tokenQuick.fill(0); tokenWordUsed = 0;
    tokenCacheGeneration = internerGeneration();
  }
  const from = store.from[e]!, to = store.to[e]!;
  const kind = store.kind, text = store.textOfEntry(e);
  let w = at;
  for (let i = from; i < to; i++) {
    const k = kind[i]!;
    // white space holds no word, starts with no mark and folds to no apostrophe (NFKC makes space of space)
    if (k === SPACE) continue;
    if (k <= NUMBER && i > from && kind[i - 1]! <= NUMBER) return -1;
    // the usual token, learned before: one word, or none, and no flag
    const sid = store.id[i]!;
    const quick = sid < tokenQuick.length ? tokenQuick[sid]! : 0;
    if (quick === NO_WORD) continue;
    if (quick > 0) {
      if (k > NUMBER || w >= out.length) return -1;
      out[w++] = quick - 1;
      continue;
    }
    const id = tokenWords(store, i, text);
    const flags = tokenMark[id]!;
    if (flags & MARK) return -1;
    if (flags & FOLDS_TO_APOSTROPHE && k > NUMBER && i > from && kind[i - 1]! <= NUMBER && i + 1 < to && kind[i + 1]! <= NUMBER) return -1;
    const n = tokenWordCount[id]!;
    if (n === 0) continue;
    if (k > NUMBER || w + n > out.length) return -1;
    for (let p = tokenWordAt[id]!, end = p + n; p < end; p++) out[w++] = tokenWordPool[p]!;
  }
  return w - at;
}

/** The normalized word tokens of one unit of text, in order (duplicates kept). */
export function tokenizeUnit(text: string): string[] {
  let buf = new Int32Array((text.length >> 1) + 1);
  let n = wordIdsInto(text, buf, 0);
  if (n < 0) { buf = new Int32Array(-n); n = wordIdsInto(text, buf, 0); }
  return Array.from(buf.subarray(0, n), wordOfId);
}

// ---- canonical ids --------------------------------------------------------------------------
// A scanned word gets its exact id from the shared interner (text/intern.ts: hashed while scanned,
// compared in a char pool, no string made for a word seen before), and each exact id is given the id
// of its canonical form once. The canonical ids live as long as the interner's ids: when the
// interner is reset, they are forgotten with it.

/** Exact word id -> id of its canonical form; -1 not yet asked. */
let canonicalOfExact = new Int32Array(1 << 17).fill(-1);
/** Canonical form -> id, and back. */
const idOfCanonical = new Map<string, number>();
const canonicalOfId: string[] = [];
/** 1 when the canonical word holds an ASCII digit (a figure, a date). */
const digitOfId: number[] = [];
let canonicalGeneration = -1;

/** Forget the canonical ids when the interner has forgotten its ids. */
function syncCanonical(): void {
  if (canonicalGeneration === internerGeneration()) return;
  canonicalOfExact.fill(-1);
  idOfCanonical.clear(); canonicalOfId.length = 0; digitOfId.length = 0;
  canonicalGeneration = internerGeneration();
}

function canonicalIdOf(s: string, start: number, end: number, h: number): number {
  const id = internHashed(s, start, end, h);
  if (id >= canonicalOfExact.length) {
    const grown = new Int32Array(Math.max(id + 1, canonicalOfExact.length * 2)).fill(-1);
    grown.set(canonicalOfExact);
    canonicalOfExact = grown;
  }
  const known = canonicalOfExact[id]!;
  if (known !== -1) return known;
  const word = start === 0 && end === s.length ? s : s.slice(start, end);
  // (a word seen before skips all this: whether it holds a digit is asked only of a new word)
  const digit = hasDigit(word);
  const c = digit ? word : canonicalSpelling(word);
  let cid = idOfCanonical.get(c);
  if (cid === undefined) { cid = canonicalOfId.length; canonicalOfId.push(c); digitOfId.push(digit ? 1 : 0); idOfCanonical.set(c, cid); }
  canonicalOfExact[id] = cid;
  return cid;
}

/**
 * Call before a batch of `wordIdsInto` whose ids are not shared with anything else: keeps the
 * interner bounded (ids from before a reset are stale). A caller holding a token store's ids must not.
 */
export function internReset(): void {
  internerReset();
  syncCanonical();
}

/** The canonical word behind an interned id. */
export function wordOfId(id: number): string {
  return canonicalOfId[id]!;
}

/** The canonical word behind an interned id holds an ASCII digit. */
export function idHasDigit(id: number): boolean {
  return digitOfId[id] === 1;
}

/** The id of a canonical word, if it was ever interned. */
export function idOfCanonicalWord(word: string): number | undefined {
  return idOfCanonical.get(word);
}

/** Number of ids handed out so far (ids are 0..internedCount()-1). */
export function internedCount(): number {
  return canonicalOfId.length;
}
