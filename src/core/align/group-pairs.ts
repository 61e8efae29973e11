/**
 * @module Paragraph pairs with their link probabilities -> links (groups of paragraphs). A link
 * {a:[4,5], b:[3]} claims every pair it holds, so joining two groups claims the pairs across them
 * too. Pairs are taken strongest first, and two groups are joined only when the pairs the join
 * would claim are worth it: the sum over them of (probability - threshold) is positive (a pair
 * with no probability counts as 0). So a paragraph split over two can join both halves, but a
 * weak pair does not drag two strong links into one.
 */

export interface ScoredPair {
  x: number;
  y: number;
  p: number;
}

export interface PairGroup {
  a: number[];
  b: number[];
}

/** Groups (each side ascending) from scored pairs; units of no group are unlinked. */
export function groupPairs(pairs: readonly ScoredPair[], nb: number, threshold: number): PairGroup[] {
  const pOf = new Map<number, number>();
  for (const q of pairs) pOf.set(q.x * nb + q.y, q.p);
  const edges = pairs.filter((q) => q.p >= threshold).sort((q, r) => r.p - q.p || q.x - r.x || q.y - r.y);
  const groupOfA = new Map<number, number>(), groupOfB = new Map<number, number>();
  const groups: (PairGroup | null)[] = [];
  for (const { x, y } of edges) {
    const ga = groupOfA.get(x), gb = groupOfB.get(y);
    if (ga !== undefined && ga === gb) continue;
    const g1 = ga === undefined ? { a: [x], b: [] } : groups[ga]!, g2 = gb === undefined ? { a: [], b: [y] } : groups[gb]!;
    let gain = 0;
    for (const u of g1.a) for (const v of g2.b) gain += (pOf.get(u * nb + v) ?? 0) - threshold;
    for (const u of g2.a) for (const v of g1.b) gain += (pOf.get(u * nb + v) ?? 0) - threshold;
    if (gain <= 0) continue;
    const joined: PairGroup = { a: [...g1.a, ...g2.a], b: [...g1.b, ...g2.b] };
    if (ga !== undefined) groups[ga] = null;
    if (gb !== undefined) groups[gb] = null;
    const id = groups.length;
    groups.push(joined);
    for (const u of joined.a) groupOfA.set(u, id);
    for (const v of joined.b) groupOfB.set(v, id);
  }
  const out: PairGroup[] = [];
  for (const g of groups) if (g && g.a.length && g.b.length) out.push({ a: g.a.sort((p, q) => p - q), b: g.b.sort((p, q) => p - q) });
  return out.sort((g, h) => g.a[0]! - h.a[0]!);
}
