/**
 * @module Word runs of a text without Unicode regular expressions: the classifier asks for them on
 * every edit, and a scanner over a cached char-class table is several times faster than
 * `match(/[\p{L}\p{N}]+/gu)`. Each function states the expression it is equivalent to (a property
 * test holds them to it).
 */

const LETTER = 1, NUMBER = 2;
const L_RE = /^\p{L}$/u, N_RE = /^\p{N}$/u;
/** Classes of BMP chars, filled on first sight: bit 1 letter, bit 2 number, 4 = looked up. */
const CLASS = new Uint8Array(65536);

function classOfCode(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 4 | (L_RE.test(ch) ? LETTER : 0) | (N_RE.test(ch) ? NUMBER : 0);
    CLASS[c] = k;
  }
  return k;
}

/** Class bits of the code point at i and its length in UTF-16 units (a surrogate pair is 2). */
let width = 1;
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      const pair = s.slice(i, i + 2);
      return (L_RE.test(pair) ? LETTER : 0) | (N_RE.test(pair) ? NUMBER : 0);
    }
  }
  width = 1;
  return classOfCode(c) & 3;
}

/** Same as `s.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function alnumRuns(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if ((classAt(s, i) & 3) === 0) { i += width; continue; }
    const start = i;
    i += width;
    while (i < n && (classAt(s, i) & 3) !== 0) i += width;
    out.push(s.slice(start, i));
  }
  return out;
}

/**
 * How many alnum runs `s` holds and where its longest one stands (the first of equal length): what
 * `alnumRuns(s)` would tell, without building it.
 */
export function alnumRunSummary(s: string): { count: number; start: number; end: number } {
  const n = s.length;
  let i = 0, count = 0, start = 0, end = 0;
  while (i < n) {
    if ((classAt(s, i) & 3) === 0) { i += width; continue; }
    const from = i;
    i += width;
    while (i < n && (classAt(s, i) & 3) !== 0) i += width;
    if (i - from > end - start) { start = from; end = i; }
    count++;
  }
  return { count, start, end };
}

function isWordTail(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 39 || c === 0x2019 || c === 0xb4 || c === 45) { width = 1; return true; }
  return (classAt(s, i) & LETTER) !== 0;
}

/**
 * Same as `s.matchAll(/[\p{L}][\p{L}'\u2019\u00b4\-]*\/gu)`: words that start with a letter and go on
 * with letters, apostrophes and hyphens. Returns the words and, in `starts`, where each begins.
 */
export function letterWords(s: string, starts?: number[]): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if ((classAt(s, i) & LETTER) === 0) { i += width; continue; }
    const start = i;
    i += width;
    while (i < n && isWordTail(s, i)) i += width;
    out.push(s.slice(start, i));
    starts?.push(start);
  }
  return out;
}

/** Length of the letter starting at i: 1, or 2 for a letter written as a surrogate pair; 0 when no letter starts there. */
export function letterLength(s: string, i: number): number {
  return (classAt(s, i) & LETTER) !== 0 ? width : 0;
}

/** White space as JavaScript's `\s` sees it. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first code point of `s` is an uppercase letter (same as `/^\p{Lu}/u.test(s)`). */
export function startsUpper(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(s);
}
const UPPER_RE = /^\p{Lu}/u;

/** The text holds an ASCII digit (`/[0-9]/.test(s)`). */
export function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k); if (c >= 48 && c <= 57) return true; }
  return false;
}
