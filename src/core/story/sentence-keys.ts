/**
 * @module MinHash band keys of each sentence's content words: two sentences whose word sets overlap
 * by Jaccard J share a given band's key with probability J^rows, so a reworded sentence is found
 * through the index without comparing it with every other sentence.
 */
import { entrySentence, entryWord, sentenceSizes, type SentenceSets } from "./sentence-sets.ts";

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface BandOptions {
  /** Band keys per sentence. */
  sentenceBands: number;
  /** MinHashes per band key. */
  sentenceBandRows: number;
  /** Only sentences with at least this many content words get keys. */
  sentenceKeyMinWords: number;
  /** Only the article's first this many sentences get keys. */
  sentenceKeyFirst: number;
}

/**
 * Sorted unique band keys of an article's leading sentences: the lede and the paragraphs after it carry
 * what a rewrite retells, and keying every sentence would make chance collisions grow with the square
 * of the corpus.
 */
export function sentenceBandKeys(s: SentenceSets, opts: BandOptions): Uint32Array {
  const bands = opts.sentenceBands, rows = opts.sentenceBandRows;
  const sizes = sentenceSizes(s);
  const n = Math.min(sizes.length, opts.sentenceKeyFirst), f = bands * rows;
  if (f > SEEDS.length) throw new RangeError(`at most ${SEEDS.length} MinHash functions`);
  const mins = new Uint32Array(n * f).fill(0xffffffff);
  for (const e of s.entries) {
    if (entrySentence(e) >= n) continue;
    const w = entryWord(e), at = entrySentence(e) * f;
    for (let k = 0; k < f; k++) {
      // one multiply per function: a cheap permutation family is enough to pick a random word of the set
      const v = (Math.imul(w ^ SEEDS[k]!, 0x9e3779b1) ^ (w >>> 7)) >>> 0;
      if (v < mins[at + k]!) mins[at + k] = v;
    }
  }
  const out = new Uint32Array(n * bands);
  let o = 0;
  for (let t = 0; t < n; t++) {
    if (sizes[t]! < opts.sentenceKeyMinWords) continue;
    for (let b = 0; b < bands; b++) {
      let h = mix(b + 1, 0x9e3779b9);
      for (let r = 0; r < rows; r++) h = mix(h ^ mins[t * f + b * rows + r]!, 0x27d4eb2f);
      out[o++] = h;
    }
  }
  const used = out.subarray(0, o).sort();
  let m = 0;
  for (let i = 0; i < used.length; i++) if (i === 0 || used[i] !== used[m - 1]) used[m++] = used[i]!;
  return used.slice(0, m);
}

/** Fixed seeds, one per MinHash function. */
const SEEDS = Uint32Array.from({ length: 64 }, (_, i) => mix(i + 1, 0x5bd1e995));
