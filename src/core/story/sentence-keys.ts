/**
 * @module MinHash band keys of each sentence's content words: two sentences whose word sets overlap
 * by Jaccard J share a given band's key with probability J^rows, so a reworded sentence is found
 * through the index without comparing it with every other sentence.
 */
import type { SentenceSets } from "./sentence-sets.ts";

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted unique band keys of an article's sentences (`bands` keys a sentence, `rows` MinHashes each). */
export function sentenceBandKeys(s: SentenceSets, bands: number, rows: number): Uint32Array {
  const out = new Uint32Array((s.starts.length - 1) * bands);
  const mins = new Uint32Array(bands * rows);
  let n = 0;
  for (let k = 0; k + 1 < s.starts.length; k++) {
    mins.fill(0xffffffff);
    for (let x = s.starts[k]!; x < s.starts[k + 1]!; x++) {
      const w = s.words[x]!;
      for (let f = 0; f < mins.length; f++) { const v = mix(w, SEEDS[f]!); if (v < mins[f]!) mins[f] = v; }
    }
    for (let b = 0; b < bands; b++) {
      let h = mix(b + 1, 0x9e3779b9);
      for (let r = 0; r < rows; r++) h = mix(h ^ mins[b * rows + r]!, 0x27d4eb2f);
      out[n++] = h;
    }
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i]!;
  return out.slice(0, m);
}

/** Fixed seeds, one per MinHash function (up to 64). */
const SEEDS = Uint32Array.from({ length: 64 }, (_, i) => mix(i + 1, 0x5bd1e995));
