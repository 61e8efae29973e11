/** @module Scoring helpers for `npm run eval`: pair P/R/F1 and DEplain's group-exact metric. */
export interface Prf { tp: number; predicted: number; gold: number; p: number; r: number; f1: number }

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 1, r = gold ? tp / gold : 1;
  return { tp, predicted, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const groupKey = (a: readonly number[], b: readonly number[]) => `${[...a].sort((x, y) => x - y).join(",")}|${[...b].sort((x, y) => x - y).join(",")}`;

/** Group-exact counts: a predicted group is correct only if it equals a gold group. */
export function groupExact(pred: [number[], number[]][], gold: { a: number[]; b: number[] }[], extraFalsePositives = 0) {
  const g = new Set(gold.map((x) => groupKey(x.a, x.b)));
  const seen = new Set<string>();
  let tp = 0;
  for (const [a, b] of pred) { const k = groupKey(a, b); if (g.has(k) && !seen.has(k)) { tp++; seen.add(k); } }
  return { tp, predicted: pred.length + extraFalsePositives, gold: gold.length };
}

export const fmt = (x: Prf) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (${x.tp} correct / ${x.predicted} predicted / ${x.gold} gold)`;
