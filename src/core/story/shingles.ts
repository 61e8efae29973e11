/** @module Word shingles of an article's body text, as sorted unique 32-bit hashes (no per-shingle strings). */
import type { Article } from "../article.ts";
import { WordScan } from "./word-scan.ts";

/** Reused scan for the functions that read one text at a time. */
const scan = new WordScan(0);

/**
 * Sorted unique shingle hashes of the body text read as one word sequence: shingles run across
 * paragraph breaks, so a version that merges or splits paragraphs keeps the same shingles.
 */
export function articleShingles(a: Article, size: number): Uint32Array {
  return scanShingles(scan.reset().addBody(a), size);
}

/** The shingles of the words scanned so far (see articleShingles). */
export function scanShingles(w: WordScan, size: number): Uint32Array {
  const words = w.full, n = w.length;
  const arr = new Uint32Array(n > 0 && n < size ? 1 : Math.max(0, n - size + 1));
  if (n > 0 && n < size) arr[0] = combine(words, 0, n);
  for (let i = 0; i + size <= n; i++) arr[i] = combine(words, i, size);
  arr.sort();
  let m = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[m - 1]) arr[m++] = arr[i]!;
  return arr.slice(0, m);
}

/** Shingle hashes of one paragraph alone (sorted, unique), to say which passages two articles share. */
export function paragraphShingles(text: string, size: number): Uint32Array {
  return scanShingles(scan.reset().add(text), size);
}

function combine(words: Uint32Array, start: number, len: number): number {
  let h = 0x9e3779b9 ^ len;
  for (let k = 0; k < len; k++) {
    h = Math.imul(h ^ words[start + k]!, 0x85ebca6b);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Number of values two sorted unique arrays share (linear merge). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { n++; i++; j++; } else if (x < y) i++; else j++;
  }
  return n;
}
