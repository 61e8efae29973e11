/**
 * @module What the classifier's cheap tests need to know of each token, computed once per distinct
 * token (by its interned id) instead of once per edit: the token's lowercase word runs as integer
 * ids, whether it may hold a number, whether one of its letter words is a tag word (date, reporting
 * verb, hedge) or starts with a capital, and whether it is "simple" (white space, punctuation, or a
 * word or number of ASCII chars and word-inner apostrophes and hyphens only).
 *
 * The tests built on these facts give exactly the answer of their string versions in classify.ts:
 * - number words and digits never straddle two tokens, so a side none of whose tokens may hold a
 *   number has no numbers;
 * - a letter word of the whole text either lies inside one token or runs on through an apostrophe
 *   or hyphen (which no tag word holds), and starts where a token's own letter word starts; so a
 *   side none of whose tokens has a tag word or a capitalised word has neither; and where no
 *   letter word runs on from one token into the next, the side's letter words are its tokens';
 * - when every token of an edit is simple, no letter or digit run straddles two tokens (only a
 *   non-ASCII letter or digit can sit next to another across a token boundary) and case folding
 *   needs no context, so the edit's word runs are its tokens' runs, in order.
 * An edit with a non-simple token goes the string way.
 */
import { canonicalSpelling } from "../text/spelling.ts";
import { internerGeneration } from "../text/intern.ts";
import { NUMBER, SPACE, type TokenList } from "../text/tokenize.ts";
import { alnumRuns, letterLength, letterWords, startsUpper } from "../text/word-runs.ts";

/** An edit's tokens: [a0, a1) of A's list and [b0, b1) of B's. */
export interface EditTokens {
  a: TokenList;
  a0: number;
  a1: number;
  b: TokenList;
  b0: number;
  b1: number;
}

/** classify.ts's word tests, applied here to one token's text (classify.ts is the one caller: the facts are cached by token id alone). */
export interface WordTests {
  /** A lowercase word run that number formats touch (`plainKey` leaves these out). */
  isNumberLike(lowerRun: string): boolean;
  /** The text may hold a number (digits or a number word). */
  mayHoldNumber(text: string): boolean;
  /** What the classifier keeps of a lowercase letter word, as bits (its tag-word kinds); 0 for most words. */
  wordKind(lower: string): number;
  /** The `wordKind` bits that make a word a tag word (a date word, reporting verb or hedge). */
  tagKinds: number;
}

/** The bit `TokenLetterWords.kinds` adds to a word that starts with a capital (above any `wordKind` bit). */
export const WORD_CAPITALISED = 1 << 16;

const KNOWN = 1, SIMPLE = 2, ENDS_IN_WORD = 32, STARTS_WORD_TAIL = 64;
/** Facts of a side (`sideScan`): some token may hold a number, has a tag word, a capitalised word. */
export const NUMBERISH = 4, TAG_WORD = 8, CAPITAL = 16;
let bits = new Uint8Array(1 << 17);
/** Each token's runs: `runCount` run ids from `runAt` in `runPool`. */
let runAt = new Int32Array(1 << 17);
let runCount = new Int32Array(1 << 17);
let runPool = new Int32Array(1 << 16);
let runUsed = 0;
let generation = -1;

/** Run ids: the lowercase run, and its canonical spelling ("" for a number-like run). */
const runIdOf = new Map<string, number>();
const runKey: string[] = [];
let counts = new Int32Array(1 << 12);

function reset(): void {
  bits.fill(0);
  wordsOfChar.fill(undefined);
  wordsOfText.length = 0;
  runUsed = 0;
  runIdOf.clear();
  runKey.length = 0;
  generation = internerGeneration();
}

function learn(list: TokenList, i: number, tests: WordTests): number {
  const id = list.id[i]!;
  if (id >= bits.length) grow(id + 1);
  const kind = list.kind[i]!;
  const text = list.slice(i, i + 1);
  let b = KNOWN;
  if (kind === SPACE || kind > NUMBER) b |= SIMPLE;
  else {
    let plain = true;
    for (let k = 0; k < text.length; k++) if (!isPlainChar(text.charCodeAt(k))) { plain = false; break; }
    if (plain) b |= SIMPLE;
  }
  if (tests.mayHoldNumber(text)) b |= NUMBERISH;
  const offsets: number[] = [];
  const words = letterWords(text, offsets);
  if (words.length > 0 && offsets[words.length - 1]! + words[words.length - 1]!.length === text.length) b |= ENDS_IN_WORD;
  const c = text.charCodeAt(0);
  if (c === 39 || c === 0x2019 || c === 0xb4 || c === 45 || letterLength(text, 0) > 0) b |= STARTS_WORD_TAIL;
  if (words.length === 0) setLetterWords(id, NO_LETTER_WORDS);
  else {
    const lower = words.map((w) => w.toLowerCase());
    const kinds = words.map((w, k) => tests.wordKind(lower[k]!) | (startsUpper(w) ? WORD_CAPITALISED : 0));
    setLetterWords(id, { words, lower, offsets, kinds });
    // the side facts, from the same words: a tag word, a capitalised word
    for (const k of kinds) {
      if (k & tests.tagKinds) b |= TAG_WORD;
      if (k & WORD_CAPITALISED) b |= CAPITAL;
    }
  }
  const runs = kind <= NUMBER ? alnumRuns(text.toLowerCase()) : [];
  if (runUsed + runs.length > runPool.length) { const p = new Int32Array(Math.max(runPool.length * 2, runUsed + runs.length)); p.set(runPool); runPool = p; }
  runAt[id] = runUsed;
  runCount[id] = runs.length;
  for (const r of runs) {
    let rid = runIdOf.get(r);
    if (rid === undefined) {
      rid = runKey.length;
      runIdOf.set(r, rid);
      runKey.push(tests.isNumberLike(r) ? "" : canonicalSpelling(r));
    }
    runPool[runUsed++] = rid;
  }
  bits[id] = b;
  return b;
}

/** A token's letter words (classify.ts's `letterWords` on the token alone), lowercased, where each starts in it, and each one's kind (`WordTests.wordKind`, with WORD_CAPITALISED). */
export interface TokenLetterWords {
  words: string[];
  lower: string[];
  offsets: number[];
  kinds: number[];
}
const NO_LETTER_WORDS: TokenLetterWords = { words: [], lower: [], offsets: [], kinds: [] };
/** By token id: single chars (ids below 65536) and longer texts (id - 65536), dense. */
const wordsOfChar: (TokenLetterWords | undefined)[] = new Array(65536).fill(undefined);
const wordsOfText: TokenLetterWords[] = [];

function setLetterWords(id: number, w: TokenLetterWords): void {
  if (id < 65536) wordsOfChar[id] = w;
  else wordsOfText[id - 65536] = w;
}

/**
 * ASCII, or an apostrophe or hyphen a word may hold (Iraq’s, self‐defence, donʼt): caseless, and never
 * a letter or digit across a token boundary from another (the modifier apostrophe ʼ is a letter to
 * Unicode, but the tokenizer keeps it in one token with the letters and digits around it).
 */
function isPlainChar(c: number): boolean {
  return c < 128 || c === 0x2019 || c === 0x2018 || c === 0xb4 || c === 0x2bc || c === 0x2010 || c === 0x2011;
}

function grow(n: number): void {
  const size = Math.max(bits.length * 2, n);
  const nb = new Uint8Array(size); nb.set(bits); bits = nb;
  const na = new Int32Array(size); na.set(runAt); runAt = na;
  const nc = new Int32Array(size); nc.set(runCount); runCount = nc;
}

function factsOf(list: TokenList, i: number, tests: WordTests): number {
  const id = list.id[i]!;
  const b = id < bits.length ? bits[id]! : 0;
  return b === 0 ? learn(list, i, tests) : b;
}

/** Call before reading facts of freshly filled lists (the interner may have reset since). */
function sync(): void {
  if (generation !== internerGeneration()) reset();
}

/** `sideScan` bits besides the facts: every token of the side is simple; a letter word runs on from one token into the next. */
export const ALL_SIMPLE = 256, SPLIT_WORD = 512;

/**
 * One pass over the tokens of one side of an edit, list[from, to): the facts (NUMBERISH, TAG_WORD,
 * CAPITAL) any of its tokens has, which say what the side's text may hold; ALL_SIMPLE when every
 * token is simple (the token tests below apply when both sides are); SPLIT_WORD when a letter word
 * runs on from one token into the next (through an apostrophe or hyphen that is a token of its
 * own), where only a scan of the whole text gives the side's letter words.
 */
export function sideScan(list: TokenList, from: number, to: number, tests: WordTests): number {
  sync();
  let or = 0, and = SIMPLE, prev = 0;
  for (let i = from; i < to; i++) {
    const f = factsOf(list, i, tests);
    or |= f;
    and &= f;
    if (prev & ENDS_IN_WORD && f & STARTS_WORD_TAIL) or |= SPLIT_WORD;
    prev = f;
  }
  return (or & (NUMBERISH | TAG_WORD | CAPITAL | SPLIT_WORD)) | (and & SIMPLE ? ALL_SIMPLE : 0);
}

/**
 * classify.ts's `surelySubstance` over simple tokens: take out the word runs both sides share (as
 * multisets); the edit is surely substance when the canonical spellings of the remaining runs that
 * are not number-like, run together, differ. Call only when `sideScan` gave ALL_SIMPLE for both sides.
 */
export function surelySubstanceOfTokens(e: EditTokens): boolean {
  if (counts.length < runKey.length) counts = new Int32Array(Math.max(counts.length * 2, runKey.length));
  const { a, b } = e;
  for (let i = e.b0; i < e.b1; i++) { const id = b.id[i]!; for (let k = runAt[id]!, end = k + runCount[id]!; k < end; k++) counts[runPool[k]!]!++; }
  let leftA = 0;
  for (let i = e.a0; i < e.a1; i++) {
    const id = a.id[i]!;
    for (let k = runAt[id]!, end = k + runCount[id]!; k < end; k++) {
      const r = runPool[k]!;
      if (counts[r]! > 0) counts[r]!--;
      else { if (leftA === leftRunsA.length) leftRunsA = growInts(leftRunsA); leftRunsA[leftA++] = r; }
    }
  }
  let leftB = 0;
  for (let i = e.b0; i < e.b1; i++) {
    const id = b.id[i]!;
    for (let k = runAt[id]!, end = k + runCount[id]!; k < end; k++) {
      const r = runPool[k]!;
      if (counts[r]! > 0) { counts[r]!--; if (leftB === leftRunsB.length) leftRunsB = growInts(leftRunsB); leftRunsB[leftB++] = r; }
    }
  }
  // every count is back to zero: B's runs were counted once and each taken once by A or by B
  if (leftA === 0 && leftB === 0) return false;
  return !sameJoinedKeys(leftRunsA, leftA, leftRunsB, leftB);
}

/** The runs each side has left over (`surelySubstanceOfTokens`), as run ids. */
let leftRunsA: Int32Array = new Int32Array(64), leftRunsB: Int32Array = new Int32Array(64);
function growInts(x: Int32Array): Int32Array {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
}

/** The keys (runKey) of runs x[0..nx), run together, equal those of y[0..ny): compared char by char, without building either string. */
function sameJoinedKeys(x: Int32Array, nx: number, y: Int32Array, ny: number): boolean {
  let i = 0, j = 0, p = 0, q = 0;
  let s = "", t = "";
  for (;;) {
    while (p === s.length && i < nx) { s = runKey[x[i++]!]!; p = 0; }
    while (q === t.length && j < ny) { t = runKey[y[j++]!]!; q = 0; }
    const doneX = p === s.length, doneY = q === t.length;
    if (doneX || doneY) return doneX && doneY;
    if (s.charCodeAt(p++) !== t.charCodeAt(q++)) return false;
  }
}

/** Token i has a tag word or a capitalised word (TAG_WORD or CAPITAL); its facts must be known (`sideScan` over a range holding it learns them). */
export function hasTagOrCapital(list: TokenList, i: number): boolean {
  return (bits[list.id[i]!]! & (TAG_WORD | CAPITAL)) !== 0;
}

/** Token i's letter words; its facts must be known (`sideScan` over a range holding it learns them). */
export function tokenLetterWords(list: TokenList, i: number): TokenLetterWords {
  const id = list.id[i]!;
  return id < 65536 ? wordsOfChar[id]! : wordsOfText[id - 65536]!;
}
