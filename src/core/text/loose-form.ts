/**
 * @module The loose form of a text, for finding a quotation despite house style: runs of quote
 * marks, punctuation and white space become one space, letters are case- and spelling-folded, the
 * ends trimmed. `looseIds` gives it as piece ids, which the quotation search (diff/quote-fates.ts)
 * compares instead of strings (the test file writes the string form out with regular expressions).
 *
 * A loose string is pieces and single spaces: a piece is a letter run's canonical spelling (letters,
 * or an apostrophe a modifier letter ʼ folds to) or a run of other chars that are no gap (digits,
 * signs, marks), and two pieces that touch are one of each kind. So it parses into pieces one way
 * only, and two loose strings padded with a space at each end are equal, or one holds the other,
 * exactly when their piece sequences (with a GAP where a space stands) are equal, or one holds the
 * other. Ids are the same text's wherever it stands: each raw run is interned (text/intern.ts)
 * while it is scanned, and its piece id kept by that id, so a run seen before costs no string.
 */
import { FNV_32_PRIME, FNV_OFFSET_BASIS, internerGeneration, internHashed } from "./intern.ts";
import { canonicalSpelling } from "./spelling.ts";
import { isWhiteSpace, letterLength } from "./word-runs.ts";

/** Quote marks, punctuation and white space that the loose form turns into a space, as a table by char code (a lookup per char). */
const LOOSE_GAP = new Uint8Array(65536);
for (const c of [0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x22, 0x2018, 0x2019, 0xb4, 0x27, 0x60, 0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x28, 0x29, 0x2013, 0x2014, 0x2d]) LOOSE_GAP[c] = 1;
for (let c = 0; c < 65536; c++) if (isWhiteSpace(c)) LOOSE_GAP[c] = 1;

/** End of the piece that starts at i (s[i] is no gap): a letter run, or a run of other chars that are no gap. */
function pieceEnd(s: string, i: number): { end: number; letters: boolean } {
  const n = s.length;
  let j = i;
  for (;;) {
    if (j >= n) break;
    const d = s.charCodeAt(j);
    if (d < 128) { if (((d | 32) - 97) >>> 0 < 26) { j++; continue; } break; }
    const l = letterLength(s, j);
    if (l === 0) break;
    j += l;
  }
  if (j > i) return { end: j, letters: true };
  j = i + 1;
  while (j < n && LOOSE_GAP[s.charCodeAt(j)] !== 1 && letterLength(s, j) === 0) j++;
  return { end: j, letters: false };
}

/** The id of the space between pieces (piece ids start at 1). */
export const GAP = 0;

/** Piece text -> id; raw run (interned id) -> piece id, 0 when not yet asked. Forgotten with the interner's ids. */
const pieceIdOf = new Map<string, number>();
let pieceOfRaw = new Int32Array(1 << 16);
let generation = -1;
let scratch = new Int32Array(256);

function pieceId(s: string, i: number, end: number, letters: boolean, h: number): number {
  const raw = internHashed(s, i, end, h);
  if (raw >= pieceOfRaw.length) { const g = new Int32Array(Math.max(raw + 1, pieceOfRaw.length * 2)); g.set(pieceOfRaw); pieceOfRaw = g; }
  let p = pieceOfRaw[raw]!;
  if (p === 0) {
    const text = s.slice(i, end);
    const piece = letters ? canonicalSpelling(text) : text;
    p = pieceIdOf.get(piece) ?? 0;
    if (p === 0) { p = pieceIdOf.size + 1; pieceIdOf.set(piece, p); }
    pieceOfRaw[raw] = p;
  }
  return p;
}

/**
 * The loose form of `s` as piece ids, padded with a GAP at each end: `[GAP, ...pieces, GAP]`, a GAP
 * between two pieces a gap separates. Two texts' arrays are equal, or one holds the other, exactly
 * when their loose strings, padded with a space at each end, are (see the module comment).
 * Ids stay valid while the interner keeps its ids (within one comparison).
 */
export function looseIds(s: string): number[];
/**
 * With `known` (anything by piece id): null as soon as a piece that is neither the first nor the
 * last has no entry there (a search that needs the text's inner pieces stops, without the rest).
 */
export function looseIds(s: string, known: ArrayLike<unknown>): number[] | null;
export function looseIds(s: string, known?: ArrayLike<unknown>): number[] | null {
  // (the interner forgets its ids only between comparisons, so ids a search holds stay valid)
  if (generation !== internerGeneration()) {
    pieceIdOf.clear(); pieceOfRaw.fill(0); generation = internerGeneration();
  }
  const n = s.length;
  // at most a piece and a gap per char, and the two ends
  if (scratch.length < 2 * n + 2) scratch = new Int32Array(2 * n + 2);
  const out = scratch;
  let w = 0, gap = false, pending = false;
  out[w++] = GAP;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (LOOSE_GAP[c] === 1) { gap = true; i++; continue; }
    if (gap && w > 1) out[w++] = GAP;
    gap = false;
    // an ASCII letter run is hashed as it is scanned; anything else goes through pieceEnd
    let end = i, h = FNV_OFFSET_BASIS, letters = true;
    for (; end < n; end++) {
      const d = s.charCodeAt(end);
      if (((d | 32) - 97) >>> 0 >= 26 || d >= 128) break;
      h = Math.imul(h ^ d, FNV_32_PRIME);
    }
    if (end === i || (end < n && s.charCodeAt(end) >= 128 && letterLength(s, end) > 0)) {
      ({ end, letters } = pieceEnd(s, i));
      h = FNV_OFFSET_BASIS;
      for (let k = i; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_32_PRIME);
    }
    const p = pieceId(s, i, end, letters, h);
    if (known !== undefined) {
      if (pending) return null; // the piece before this one, not the first, is unknown
      pending = w > 1 && known[p] === undefined; // (w === 1: the first piece)
    }
    out[w++] = p;
    i = end;
  }
  out[w++] = GAP;
  // a plain array, not a typed one: a small typed array gets a buffer of its own outside the heap,
  // and allocating one cost a fifth of this function
  const ids: number[] = [];
  for (let k = 0; k < w; k++) ids.push(out[k]!);
  return ids;
}

/** x and y hold the same ids. */
export function sameIds(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** `hay` holds `needle` as a contiguous run. */
export function holdsIds(hay: readonly number[], needle: readonly number[]): boolean {
  const m = needle.length, last = hay.length - m;
  if (m === 0) return true;
  const first = needle[0]!, second = m > 1 ? needle[1]! : first;
  for (let k = 0; k <= last; k++) {
    if (hay[k] !== first || (m > 1 && hay[k + 1] !== second)) continue;
    let q = 2;
    while (q < m && hay[k + q] === needle[q]) q++;
    if (q >= m) return true;
  }
  return false;
}
