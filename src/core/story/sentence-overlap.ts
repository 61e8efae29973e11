/** @module How much of one article's sentences another article carries, reworded or not. */
import { sentenceCount, type SentenceSets } from "./sentence-sets.ts";

export interface SentenceOverlap {
  /** Sentences of the article with fewer sentences that have a counterpart in the other. */
  matched: number;
  /** Sum of those sentences' best Jaccard, over the sentence count of the article with fewer sentences. */
  share: number;
}

/**
 * Each sentence of the shorter article (in sentences) is matched with its most similar sentence of the
 * other by Jaccard of content words; a match counts from `minJaccard`, weighted by its Jaccard, so a
 * sentence copied whole weighs more than a sentence whose facts were retold.
 */
export function sentenceOverlap(x: SentenceSets, y: SentenceSets, minJaccard: number): SentenceOverlap {
  const [small, large] = sentenceCount(x) <= sentenceCount(y) ? [x, y] : [y, x];
  const n = sentenceCount(small), m = sentenceCount(large);
  if (n === 0) return { matched: 0, share: 0 };
  let matched = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    const a0 = small.starts[i]!, a1 = small.starts[i + 1]!;
    let best = 0;
    for (let j = 0; j < m; j++) {
      const b0 = large.starts[j]!, b1 = large.starts[j + 1]!;
      const shared = sharedInRanges(small.words, a0, a1, large.words, b0, b1);
      if (shared === 0) continue;
      const jac = shared / (a1 - a0 + b1 - b0 - shared);
      if (jac > best) best = jac;
    }
    if (best >= minJaccard) { matched++; sum += best; }
  }
  return { matched, share: sum / n };
}

function sharedInRanges(a: Uint32Array, i: number, ie: number, b: Uint32Array, j: number, je: number): number {
  let n = 0;
  while (i < ie && j < je) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { n++; i++; j++; } else if (x < y) i++; else j++;
  }
  return n;
}
