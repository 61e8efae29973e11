/**
 * @module Lossless tokenizer: words (with inner apostrophes, hyphens and periods: "Iraq's",
 * "self-defence", "U.S."), numbers ("1,000.5", "$3bn", "40%", "1990s"), punctuation and white space,
 * each with its offset. Joining every token's text gives the input back exactly.
 *
 * A hand-written scanner rather than one big regular expression: it runs on every paragraph of every
 * comparison, and the scanner is several times faster (bench/compare.bench.ts). The pipeline keeps
 * tokens as parallel arrays with interned ids (TokenList for one text, TokenStore for many);
 * `tokenize` gives them as objects, the plain form the tests hold the fast paths to.
 */

import { FNV_32_PRIME, FNV_OFFSET_BASIS, internHashed, internRange } from "./intern.ts";
import { isUnspaced, unspacedWordEnd } from "./unspaced-words.ts";

export type TokenKind = "word" | "number" | "punct" | "space";

/** Token kinds as codes (a TokenList's `kind`): words and numbers are the "words" stats count. */
export const WORD = 0, NUMBER = 1, PUNCT = 2, SPACE = 3;
const KIND_NAMES: readonly TokenKind[] = ["word", "number", "punct", "space"];

/** One token: its kind and where it lies in the input. */
export class Token {
  constructor(
    readonly kind: TokenKind,
    /** Offset of the token's first character in the input. */
    readonly start: number,
    /** Offset just past its last character. */
    readonly end: number,
    private readonly source: string,
  ) {}
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

const ALNUM_RE = /[\p{L}\p{M}\p{N}]/u;
const DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s/;
// Character classes of the BMP, filled on first sight (0 = unknown, 1 = letter/mark, 2 = digit-like, 3 = space, 4 = other)
const CLASS = new Uint8Array(65536);
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = SPACE_RE.test(ch) ? 3 : ALNUM_RE.test(ch) ? (DIGIT_RE.test(ch) ? 2 : 1) : 4;
    CLASS[c] = k;
  }
  return k;
}

function isAlnum(c: number, s: string, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM_RE.test(s.slice(i, i + 2));
  const k = classOf(c);
  return k === 1 || k === 2;
}
function isLetter(c: number, s: string, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM_RE.test(s.slice(i, i + 2));
  return classOf(c) === 1;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number, _s: string, _i: number): boolean {
  return classOf(c) === 3;
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}
function asciiNonAlnum(c: number): boolean {
  return c < 128 && !isAsciiAlnum(c);
}
/** Inner joiners of a word: apostrophes (straight, curly, acute, modifier), hyphens, period, ampersand. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0xb4 || c === 0x2bc || c === 45 || c === 46 || c === 0x2010 || c === 0x2011 || c === 38;
}
/** Length of one code point at i (2 for a surrogate pair). */
function cpLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}
const NUMBER_SUFFIXES = ["trn", "bn", "tn", "mn", "st", "nd", "rd", "th", "k", "m", "b", "s"];

/** Kind code of the token the last scan found (a module variable, so scanning allocates nothing). */
let kind = PUNCT;

/** Scan one token at i; returns its end and sets `kind`. */
function scan(s: string, i: number): number {
  const end = scanAt(s, i);
  return end <= i ? i + cpLen(s, i) : end; // always make progress
}

function scanAt(s: string, i: number): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  if (isSpace(c, s, i)) {
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j), s, j)) j++;
    kind = SPACE;
    return j;
  }
  // numbers: optional currency sign, digits with , . : groups, optional % or attached unit
  let d = i;
  if ((c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5) && i + 1 < n && isDigit(s.charCodeAt(i + 1))) d = i + 1;
  if (isDigit(s.charCodeAt(d))) {
    let j = d;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    while (j + 1 < n && (s[j] === "," || s[j] === "." || s[j] === ":") && isDigit(s.charCodeAt(j + 1))) {
      j++;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
    }
    if (s[j] === "%") { kind = NUMBER; return j + 1; }
    for (const suf of NUMBER_SUFFIXES) {
      if (s.startsWith(suf, j)) {
        const e = j + suf.length;
        if (e >= n || !isAlnum(s.charCodeAt(e), s, e)) { kind = NUMBER; return e; }
      }
    }
    // digits running into letters ("3D", "G20s" reads as a word; "2024年" is a number and a word)
    if (j < n && isLetter(s.charCodeAt(j), s, j) && !isUnspaced(s.charCodeAt(j))) {
      if (d === i) return scanWord(s, i);
      kind = PUNCT;
      return i + 1;
    }
    kind = NUMBER;
    return j;
  }
  if (isAlnum(c, s, i)) {
    // Chinese, Japanese, Thai ...: no spaces between words, Intl.Segmenter finds them
    if (isUnspaced(c)) { kind = WORD; return unspacedWordEnd(s, i); }
    // dotted abbreviations: U.S., e.g.
    let j = i, pairs = 0;
    while (j + 1 < n && isLetter(s.charCodeAt(j), s, j) && cpLen(s, j) === 1 && s[j + 1] === ".") { j += 2; pairs++; }
    if (pairs >= 2 && !(j < n && isAlnum(s.charCodeAt(j), s, j))) { kind = WORD; return j; }
    return scanWord(s, i);
  }
  if (c === 45 && s[i + 1] === "-") {
    let j = i + 2;
    while (j < n && s[j] === "-") j++;
    kind = PUNCT;
    return j;
  }
  if (c === 46 && s.startsWith("...", i)) {
    let j = i + 3;
    while (j < n && s[j] === ".") j++;
    kind = PUNCT;
    return j;
  }
  kind = PUNCT;
  return i + cpLen(s, i);
}

function scanWord(s: string, i: number): number {
  const n = s.length;
  let j = i;
  for (;;) {
    // a word of a spaced script ends where an unspaced one starts ("iPhone手机")
    while (j < n && isAlnum(s.charCodeAt(j), s, j) && !isUnspaced(s.charCodeAt(j))) j += cpLen(s, j);
    const next = s.charCodeAt(j + 1);
    if (j + 1 < n && isJoiner(s.charCodeAt(j)) && isAlnum(next, s, j + 1) && !isUnspaced(next)) { j++; continue; }
    kind = WORD;
    return j;
  }
}

/** Split text into tokens; `tokens.map(t => t.text).join("") === text` always holds. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const end = scan(text, i);
    out.push(new Token(KIND_NAMES[kind]!, i, end, text));
    i = end;
  }
  return out;
}

/** Count of word and number tokens (what the stats call "words") in text[from, to). */
export function countWords(text: string, from = 0, to = text.length): number {
  let n = 0, i = from;
  while (i < to) {
    const end = scan(text, i);
    if (kind <= NUMBER) n++;
    i = end;
  }
  return n;
}

/**
 * Tokens of `text` into kinds, starts and ids from index `at` on; returns the index after the last.
 * The fast paths: a plain space run; a run of ASCII letters that ends where the word cannot go on
 * (an ASCII char that is neither a letter, a digit nor a joiner, or a joiner with no letter or
 * digit after it); a lone ASCII punctuation mark. Anything else goes to the full scanner, so the
 * tokens are the same (a property test holds them to tokenize()).
 */
function scanInto(text: string, kinds: Uint8Array, starts: Int32Array, ids: Int32Array, at: number): number {
  const len = text.length;
  let n = at, i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    // `hashed`: the token is an ASCII word whose FNV-1a hash `h` was taken while it was scanned
    // (one pass over its chars for the interner, not two)
    let end = i + 1, k = PUNCT, hashed = false, h = 0;
    if (c === 32) {
      while (end < len && isSpace(text.charCodeAt(end), text, end)) end++;
      k = SPACE;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) {
      let d = 0;
      h = Math.imul(FNV_OFFSET_BASIS ^ c, FNV_32_PRIME);
      while (end < len && ((d = text.charCodeAt(end)) | 32) >= 97 && (d | 32) <= 122) { h = Math.imul(h ^ d, FNV_32_PRIME); end++; }
      // a joiner that joins nothing (a word then ". " or "' "; an abbreviation such as U.S. has
      // a letter after its first period)
      if (end === len || (d < 128 && !isAsciiAlnum(d) && !isJoiner(d)) || (isJoiner(d) && (end + 1 === len || asciiNonAlnum(text.charCodeAt(end + 1))))) { k = WORD; hashed = true; }
      else { end = scan(text, i); k = kind; }
    } else if (c < 128 && !isAsciiAlnum(c) && c !== 36 && c !== 45 && c !== 46 && !(c >= 9 && c <= 13)) {
      k = PUNCT; // ASCII punctuation that starts nothing longer ($ a price, - a dash run, . an ellipsis)
    } else { end = scan(text, i); k = kind; }
    kinds[n] = k;
    starts[n] = i;
    ids[n] = hashed ? internHashed(text, i, end, h) : internRange(text, i, end);
    n++;
    i = end;
  }
  return n;
}

/**
 * The tokens of many texts in one set of arrays: entry e's tokens are [from[e], to[e]), their starts
 * relative to its text, and start[to[e]] is its text's length. A text added twice is stored once.
 * A comparison tokenizes every paragraph of both versions into one store, for the aligner and the
 * word diff alike.
 */
export class TokenStore {
  kind: Uint8Array;
  start: Int32Array;
  id: Int32Array;
  from: number[] = [];
  to: number[] = [];
  /** Entry e's text has no white space at either end (and is not empty), so its tokens stand as they are in a joined text. */
  clean: boolean[] = [];
  private used = 0;
  private entryOf = new Map<string, number>();
  private texts: string[] = [];

  /** `capacity`: room for this many tokens and entries (it grows past it when needed; a text of n chars has at most n tokens). */
  constructor(capacity = 4096) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.id = new Int32Array(capacity);
  }

  /** The entry e's text (token i of it is text.slice(start[i], start[i + 1]): the sentinel ends the last). */
  textOfEntry(e: number): string {
    return this.texts[e]!;
  }

  /** The entry of `text`, tokenized on first sight. */
  add(text: string): number {
    const seen = this.entryOf.get(text);
    if (seen !== undefined) return seen;
    const need = this.used + text.length + 1;
    if (need > this.kind.length) {
      const size = Math.max(need, this.kind.length * 2);
      const k = new Uint8Array(size), s = new Int32Array(size), d = new Int32Array(size);
      k.set(this.kind); s.set(this.start); d.set(this.id);
      this.kind = k; this.start = s; this.id = d;
    }
    const e = this.from.length;
    const end = scanInto(text, this.kind, this.start, this.id, this.used);
    this.from.push(this.used);
    this.to.push(end);
    this.start[end] = text.length;
    this.kind[end] = SPACE; // the sentinel slot (never read as a token)
    // (a lone high surrogate at the end would swallow the join's first char)
    const last = text.charCodeAt(text.length - 1);
    this.clean.push(end > this.used && this.kind[this.used] !== SPACE && this.kind[end - 1] !== SPACE && !(last >= 0xd800 && last <= 0xdbff));
    this.used = end + 1;
    this.entryOf.set(text, e);
    this.texts.push(text);
    return e;
  }
}

/**
 * The tokens of one text as parallel arrays: kind codes, start offsets (`start[length]` is the
 * text's length, so token i is text[start[i], start[i + 1])) and exact-text ids from the interner
 * (text/intern.ts), so equal tokens compare as equal integers. `fill` reuses the buffers: a list
 * serves one text at a time, and the word diff tokenizes every link through the same two lists.
 */
export class TokenList {
  text = "";
  length = 0;
  kind = new Uint8Array(256);
  start = new Int32Array(257);
  id = new Int32Array(256);
  /** Word and number tokens before token i (`wordsBefore[length]` counts them all). */
  wordsBefore = new Int32Array(257);

  /** Tokenize `text` into this list (the ids are valid until the interner's next reset). */
  fill(text: string): this {
    // a token holds at least one char, so `text.length` slots always suffice
    if (this.kind.length < text.length) this.reserve(text.length);
    this.text = text;
    const n = scanInto(text, this.kind, this.start, this.id, 0);
    this.start[n] = text.length;
    this.length = n;
    this.countWords();
    return this;
  }

  /**
   * Fill this list with the tokens of `text`, the texts of store entries `entries` joined by `join`,
   * copied from the store instead of scanned: the same tokens `fill(text)` finds when every entry
   * is clean (`TokenStore.clean`), since the scanner never looks behind a token and reads a
   * paragraph's end the same before a line break as at the end of the text.
   */
  fillFrom(store: TokenStore, entries: readonly number[], join: string, text: string): this {
    let total = entries.length;
    for (const e of entries) total += store.to[e]! - store.from[e]!;
    if (this.kind.length < total) this.reserve(total);
    const kinds = this.kind, starts = this.start, ids = this.id, before = this.wordsBefore;
    const sk = store.kind, ss = store.start, sd = store.id;
    const joinId = internRange(join, 0, join.length);
    // (the words before each token are counted in the same pass, as countWords would)
    let n = 0, offset = 0, words = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      if (k > 0) { kinds[n] = SPACE; starts[n] = offset; ids[n] = joinId; before[n] = words; n++; offset += join.length; }
      for (let i = store.from[e]!, end = store.to[e]!; i < end; i++) {
        const tk = sk[i]!;
        kinds[n] = tk; starts[n] = offset + ss[i]!; ids[n] = sd[i]!; before[n] = words; n++;
        if (tk <= NUMBER) words++;
      }
      offset += ss[store.to[e]!]!; // the sentinel: the entry's text length
    }
    starts[n] = text.length;
    before[n] = words;
    this.text = text;
    this.length = n;
    return this;
  }

  private countWords(): void {
    const kinds = this.kind, before = this.wordsBefore, n = this.length;
    let words = 0;
    for (let i = 0; i < n; i++) { before[i] = words; if (kinds[i]! <= NUMBER) words++; }
    before[n] = words;
  }

  private reserve(n: number): void {
    this.kind = new Uint8Array(n);
    this.start = new Int32Array(n + 1);
    this.id = new Int32Array(n);
    this.wordsBefore = new Int32Array(n + 1);
  }

  /** The text of tokens [i, j). */
  slice(i: number, j: number): string {
    return i >= j ? "" : this.text.slice(this.start[i]!, this.start[j]!);
  }

  /** Word and number tokens among [i, j). */
  words(i: number, j: number): number {
    return j > i ? this.wordsBefore[j]! - this.wordsBefore[i]! : 0;
  }
}
