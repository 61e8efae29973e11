/**
 * @module Whether a pair (a, b) crosses a link: the link starts before a on one side and not on the
 * other, or ends after a on one side and not on the other. The aligner's moves pass (align-units.ts)
 * asks this of each weak leftover pair against every strong link; over a long text that is
 * leftovers x links. Here the links' corners are folded into four arrays by A index (the largest B
 * start among links starting before a, and so on), so a question costs four reads.
 */

/** Corners of a link: its first and last unit on each side. */
export interface Corners {
  a0: number;
  aLast: number;
  b0: number;
  bLast: number;
}

/** Pair (a, b) crosses link g (the test the arrays answer for all links at once). */
export function crosses(g: Corners, a: number, b: number): boolean {
  return (g.a0 < a) !== (g.b0 < b) || (g.aLast > a) !== (g.bLast > b);
}

export class Crossings {
  /** By a: the largest b0 of a link with a0 < a; the smallest b0 of one with a0 >= a; the smallest bLast of one with aLast > a; the largest bLast of one with aLast <= a. */
  private readonly maxB0Before: Int32Array;
  private readonly minB0From: Int32Array;
  private readonly minBLastAfter: Int32Array;
  private readonly maxBLastUpTo: Int32Array;

  /** Links with A indices in [0, na). */
  constructor(links: readonly Corners[], na: number) {
    const NONE_MAX = -1, NONE_MIN = 0x7fffffff;
    const maxB0Before = new Int32Array(na + 1).fill(NONE_MAX), minB0From = new Int32Array(na + 1).fill(NONE_MIN);
    const minBLastAfter = new Int32Array(na + 1).fill(NONE_MIN), maxBLastUpTo = new Int32Array(na + 1).fill(NONE_MAX);
    for (const g of links) {
      // each link at its own A index first, then spread by running maxima and minima
      if (g.b0 > maxB0Before[g.a0 + 1]!) maxB0Before[g.a0 + 1] = g.b0;
      if (g.b0 < minB0From[g.a0]!) minB0From[g.a0] = g.b0;
      if (g.bLast < minBLastAfter[g.aLast]!) minBLastAfter[g.aLast] = g.bLast;
      if (g.bLast > maxBLastUpTo[g.aLast]!) maxBLastUpTo[g.aLast] = g.bLast;
    }
    for (let a = 1; a <= na; a++) {
      if (maxB0Before[a - 1]! > maxB0Before[a]!) maxB0Before[a] = maxB0Before[a - 1]!;
      if (maxBLastUpTo[a - 1]! > maxBLastUpTo[a]!) maxBLastUpTo[a] = maxBLastUpTo[a - 1]!;
    }
    for (let a = na - 1; a >= 0; a--) if (minB0From[a + 1]! < minB0From[a]!) minB0From[a] = minB0From[a + 1]!;
    // minBLastAfter[a] so far holds links ending at a; the question wants those ending after a
    let after = NONE_MIN;
    for (let a = na; a >= 0; a--) { const here = minBLastAfter[a]!; minBLastAfter[a] = after; if (here < after) after = here; }
    this.maxB0Before = maxB0Before; this.minB0From = minB0From; this.minBLastAfter = minBLastAfter; this.maxBLastUpTo = maxBLastUpTo;
  }

  /** Some link crosses pair (a, b), 0 <= a < na. */
  crossedBy(a: number, b: number): boolean {
    return this.maxB0Before[a]! >= b || this.minB0From[a]! < b || this.minBLastAfter[a]! <= b || this.maxBLastUpTo[a]! > b;
  }
}
