/**
 * @module Paragraph pairs with their link probabilities -> links (groups of paragraphs). A link
 * {a:[4,5], b:[3]} claims every pair it holds, so joining two groups claims the pairs across them
 * too. Pairs are taken strongest first, and two groups are joined only when the pairs the join
 * would claim are worth it: the sum over them of (probability - threshold) is positive (a pair
 * with no probability counts as 0). So a paragraph split over two can join both halves, but a
 * weak pair does not drag two strong links into one. Near-identical paragraphs (twins) pair one to
 * one, never inside a larger group: a repeated paragraph is a copy of one of its twins, not a
 * merge of them (as the engine refuses a tangle holding a twin pair).
 */

export interface ScoredPair {
  x: number;
  y: number;
  p: number;
  /** The pair's word similarity (0..1), for the twin rule. */
  sim: number;
  /** The pair crosses the order of the confident links (a move): taken after the pairs in order. */
  crossing?: boolean;
}

export interface GroupOptions {
  /** Pairs at least this probable are linked. */
  threshold: number;
  /** Most units on one side of a group. */
  maxSide: number;
  /** A pair at least this similar is a twin: it never sits in a group larger than 1:1. */
  twinSimilarity: number;
  /** Every member of the group brings shared words no other member of its side brings (a merged
   * paragraph's parts each do; a repeated paragraph adds nothing and is left out). */
  membersNeeded: (as: readonly number[], bs: readonly number[]) => boolean;
}

export interface PairGroup {
  a: number[];
  b: number[];
}

/** Groups (each side ascending) from scored pairs; units of no group are unlinked. */
export function groupPairs(pairs: readonly ScoredPair[], nb: number, opts: GroupOptions): PairGroup[] {
  const { threshold } = opts;
  const pOf = new Map<number, number>(), twin = new Set<number>();
  for (const q of pairs) { pOf.set(q.x * nb + q.y, q.p); if (q.sim >= opts.twinSimilarity) twin.add(q.x * nb + q.y); }
  // pairs in order first, strongest first; then the moves (as the engine links moves after its in-order pass)
  const edges = pairs.filter((q) => q.p >= threshold).sort((q, r) => Number(q.crossing ?? false) - Number(r.crossing ?? false) || r.p - q.p || q.x - r.x || q.y - r.y);
  const groupOfA = new Map<number, number>(), groupOfB = new Map<number, number>();
  const groups: (PairGroup | null)[] = [];
  for (const { x, y } of edges) {
    const ga = groupOfA.get(x), gb = groupOfB.get(y);
    if (ga !== undefined && ga === gb) continue;
    const g1 = ga === undefined ? { a: [x], b: [] } : groups[ga]!, g2 = gb === undefined ? { a: [], b: [y] } : groups[gb]!;
    const sideA = g1.a.length + g2.a.length, sideB = g1.b.length + g2.b.length;
    if (sideA > opts.maxSide || sideB > opts.maxSide) continue;
    const as = [...g1.a, ...g2.a], bs = [...g1.b, ...g2.b];
    if (sideA + sideB > 2 && holdsTwin(twin, nb, as, bs)) continue;
    if (sideA + sideB > 2 && !opts.membersNeeded(as, bs)) continue;
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

/** Some pair of the group as,bs is a twin. */
function holdsTwin(twin: Set<number>, nb: number, as: readonly number[], bs: readonly number[]): boolean {
  if (twin.size === 0) return false;
  for (const u of as) for (const v of bs) if (twin.has(u * nb + v)) return true;
  return false;
}
