/**
 * @module The naive peer: every A paragraph against every B paragraph by word-overlap (Jaccard of
 * lowercase word sets), each A paragraph linked to its best B above 0.3, greedily. O(|A| x |B|).
 */
import type { Alignment, Article, Link } from "../../src/core/article.ts";

export function naiveAlign(a: Article, b: Article, threshold = 0.3): Alignment {
  const sets = (x: Article) => x.paragraphs.map((p) => new Set(p.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  const sa = sets(a), sb = sets(b);
  const usedB = new Set<number>();
  const links: Link[] = [];
  const onlyA: number[] = [];
  sa.forEach((x, i) => {
    let best = -1, bestS = threshold;
    sb.forEach((y, j) => {
      if (usedB.has(j)) return;
      let inter = 0;
      for (const t of x) if (y.has(t)) inter++;
      const s = inter / (x.size + y.size - inter || 1);
      if (s > bestS) { bestS = s; best = j; }
    });
    if (best >= 0) { usedB.add(best); links.push({ a: [i], b: [best], kind: "reworded", similarity: bestS }); } else onlyA.push(i);
  });
  return { links, onlyA, onlyB: sb.map((_, j) => j).filter((j) => !usedB.has(j)) };
}
