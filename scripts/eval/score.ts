/**
 * @module Scorers for `npm run eval`: pairwise P/R/F1 over linked paragraph pairs (the seeds'
 * metric, DESIGN.md), and the DEplain group-exact metric (a predicted group is correct only if it
 * equals a gold group; every predicted group counts, duplicates included; extra unmatched output
 * lines count as predicted).
 */
export interface Prf { tp: number; predicted: number; gold: number; p: number; r: number; f1: number }

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 1, r = gold ? tp / gold : 1;
  return { tp, predicted, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function addPrf(xs: Prf[]): Prf {
  let tp = 0, predicted = 0, gold = 0;
  for (const x of xs) { tp += x.tp; predicted += x.predicted; gold += x.gold; }
  return prf(tp, predicted, gold);
}

export type Group = { a: number[]; b: number[] };
const key = (g: Group) => `${[...g.a].sort((x, y) => x - y).join(",")}|${[...g.b].sort((x, y) => x - y).join(",")}`;

/** Group-exact: correct = predicted groups equal to a gold group (each predicted line counts). */
export function scoreGroups(pred: Group[], gold: Group[], extraFalsePositives = 0): Prf {
  const g = new Set(gold.map(key));
  let tp = 0;
  for (const x of pred) if (g.has(key(x))) tp++;
  return prf(tp, pred.length + extraFalsePositives, gold.length);
}

/** Pairwise over expanded (a,b) pairs; `skip` drops pairs neither rewarded nor penalised. */
export function scorePairs(pred: Group[], goldPairs: [number, number][], skip: (a: number, b: number) => boolean = () => false): Prf & { fp: string[]; fn: string[] } {
  const P = new Set<string>();
  for (const g of pred) for (const a of g.a) for (const b of g.b) if (!skip(a, b)) P.add(`${a},${b}`);
  const G = new Set(goldPairs.filter(([a, b]) => !skip(a, b)).map(([a, b]) => `${a},${b}`));
  const tp = [...P].filter((x) => G.has(x)).length;
  return { ...prf(tp, P.size, G.size), fp: [...P].filter((x) => !G.has(x)), fn: [...G].filter((x) => !P.has(x)) };
}

export const fmt = (x: Prf) => `P ${x.p.toFixed(3)} / R ${x.r.toFixed(3)} / F1 ${x.f1.toFixed(3)}  (${x.tp} correct of ${x.predicted} predicted, ${x.gold} gold)`;
