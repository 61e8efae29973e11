/** @module Word shingles of an article's body text, as sorted unique 32-bit hashes (no per-shingle strings). */
import type { Article } from "../article.ts";
import { isUnspaced } from "../text/unspaced-words.ts";

/**
 * FNV-1a over a word's UTF-16 code units, lowercased, letters and digits only. A Chinese or Japanese
 * char is a word of its own (char shingles, as near-duplicate detection reads those scripts).
 */
function hashWords(text: string, out: number[]): void {
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x3005 && isUnspaced(c)) {
      if (inWord) { out.push(h >>> 0); h = 0x811c9dc5; inWord = false; }
      out.push(Math.imul(0x811c9dc5 ^ c, 0x01000193) >>> 0);
      continue;
    }
    const isDigit = c >= 48 && c <= 57;
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    const isWordish = isDigit || isUpper || isLower || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
    if (isWordish) {
      if (isUpper) c += 32;
      else if (c >= 0xc0) c = text[i]!.toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (c === 39 || c === 0x2019 || c === 0xb4) {
      // apostrophes (straight, curly, acute) do not split a word: "Iraq's" = "Iraq´s"
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
}

/**
 * Sorted unique shingle hashes of the body text read as one word sequence: shingles run across
 * paragraph breaks, so a version that merges or splits paragraphs keeps the same shingles.
 */
export function articleShingles(a: Article, size: number): Uint32Array {
  const hashes: number[] = [];
  const words: number[] = [];
  for (const p of a.paragraphs) if (p.role === "body") hashWords(p.text, words);
  if (words.length > 0 && words.length < size) hashes.push(combine(words, 0, words.length));
  for (let i = 0; i + size <= words.length; i++) hashes.push(combine(words, i, size));
  const arr = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[n - 1]) arr[n++] = arr[i]!;
  return arr.slice(0, n);
}

/** Shingle hashes of one paragraph alone (sorted, unique), to say which passages two articles share. */
export function paragraphShingles(text: string, size: number): Uint32Array {
  const words: number[] = [];
  hashWords(text, words);
  const out: number[] = [];
  if (words.length > 0 && words.length < size) out.push(combine(words, 0, words.length));
  for (let i = 0; i + size <= words.length; i++) out.push(combine(words, i, size));
  return Uint32Array.from(new Set(out)).sort();
}

function combine(words: number[], start: number, len: number): number {
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
