/** @module The in-order chain of a set of links (align-units.ts's anchors and moved flags, and the pair scorer's groups). */

/**
 * The in-order chain among pairs (distinct a and distinct b, given in ascending a): indices of the
 * longest chain increasing in both a and b; among equally long chains the most similar, then the one
 * holding the most tokens, then the one closest to the diagonal, then the earliest, then by a key
 * from the words' text (`sizes` and `keyOf` per pair; keys are only computed for a tie that gets
 * that far). Every criterion reads the same with the sides swapped, so align(a, b) and align(b, a)
 * keep the same pairs in order (a plain longest increasing subsequence keeps whichever of two
 * crossing pairs comes last). Integer scores, so sums are exact. O(n log n): a Fenwick tree over b
 * holds the best chain ending below each b.
 */
export function inOrderChain(
  pairs: readonly (readonly [number, number])[], sims: readonly number[], sizes: readonly number[], keyOf: (k: number) => number, na: number, nb: number,
): number[] {
  const n = pairs.length;
  const len = new Int32Array(n), sim = new Float64Array(n), size = new Float64Array(n), off = new Float64Array(n), pos = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  // the key of the chain ending at k: summed back along the chain on first use, then kept
  const key = new Float64Array(n).fill(-1);
  const chainKey = (k: number): number => {
    const todo: number[] = [];
    for (let x = k; x >= 0 && key[x]! < 0; x = prev[x]!) todo.push(x);
    for (let i = todo.length - 1; i >= 0; i--) { const x = todo[i]!, p = prev[x]!; key[x] = (p >= 0 ? key[p]! : 0) + keyOf(x); }
    return key[k]!;
  };
  const better = (x: number, y: number) => {
    if (y < 0) return true;
    if (len[x] !== len[y]) return len[x]! > len[y]!;
    if (sim[x] !== sim[y]) return sim[x]! > sim[y]!;
    if (size[x] !== size[y]) return size[x]! > size[y]!;
    if (off[x] !== off[y]) return off[x]! < off[y]!;
    if (pos[x] !== pos[y]) return pos[x]! < pos[y]!;
    return chainKey(x) > chainKey(y);
  };
  const tree = new Int32Array(nb + 1).fill(-1); // tree[i]: the best chain (its last pair) ending at a b below i
  let best = -1;
  for (let k = 0; k < n; k++) {
    const [a, b] = pairs[k]!;
    let p = -1;
    for (let i = b; i > 0; i -= i & -i) { const c = tree[i]!; if (c >= 0 && better(c, p)) p = c; }
    prev[k] = p;
    len[k] = (p >= 0 ? len[p]! : 0) + 1;
    sim[k] = (p >= 0 ? sim[p]! : 0) + Math.round(sims[k]! * 1e6);
    size[k] = (p >= 0 ? size[p]! : 0) + sizes[k]!;
    off[k] = (p >= 0 ? off[p]! : 0) + Math.abs(a * nb - b * na);
    pos[k] = (p >= 0 ? pos[p]! : 0) + a + b;
    for (let i = b + 1; i <= nb; i += i & -i) if (better(k, tree[i]!)) tree[i] = k;
    if (better(k, best)) best = k;
  }
  const out: number[] = [];
  for (let k = best; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}
