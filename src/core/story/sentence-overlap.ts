/** @module How much of one article's sentences another article carries, reworded or not. */
import { entrySentence, entryWord, sentenceSizes, type SentenceSets } from "./sentence-sets.ts";

export interface SentenceOverlap {
  /** Sentences of the article with fewer sentences that have a counterpart in the other. */
  matched: number;
  /** Sum of those sentences' best Jaccard, over the sentence count of the article with fewer sentences. */
  share: number;
}

/**
 * Each sentence of the shorter article (in sentences) is matched with its most similar sentence of the
 * other by Jaccard of content words; a match counts from `minJaccard`, weighted by its Jaccard, so a
 * sentence copied whole weighs more than a sentence whose facts were retold. The words shared by every
 * pair of sentences come from one merge of the two articles' word-sorted entries.
 */
export function sentenceOverlap(x: SentenceSets, y: SentenceSets, minJaccard: number): SentenceOverlap {
  const sx = sentenceSizes(x), sy = sentenceSizes(y);
  const [small, large, smallSizes, largeSizes] = sx.length <= sy.length ? [x, y, sx, sy] : [y, x, sy, sx];
  const n = smallSizes.length, m = largeSizes.length;
  if (n === 0) return { matched: 0, share: 0 };
  const shared = new Uint16Array(n * m);
  const a = small.entries, b = large.entries;
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const w = entryWord(a[i]!), v = entryWord(b[j]!);
    if (w < v) { i++; continue; }
    if (w > v) { j++; continue; }
    let i2 = i + 1, j2 = j + 1;
    while (i2 < a.length && entryWord(a[i2]!) === w) i2++;
    while (j2 < b.length && entryWord(b[j2]!) === w) j2++;
    for (let p = i; p < i2; p++) for (let q = j; q < j2; q++) shared[entrySentence(a[p]!) * m + entrySentence(b[q]!)]!++;
    i = i2; j = j2;
  }
  let matched = 0, sum = 0;
  for (let s = 0; s < n; s++) {
    let best = 0;
    const size = smallSizes[s]!;
    for (let t = 0; t < m; t++) {
      const c = shared[s * m + t]!;
      if (c === 0) continue;
      const jac = c / (size + largeSizes[t]! - c);
      if (jac > best) best = jac;
    }
    if (best >= minJaccard) { matched++; sum += best; }
  }
  return { matched, share: sum / n };
}
