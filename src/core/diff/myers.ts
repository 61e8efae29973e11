/**
 * @module Myers' O(ND) diff over token ids (any values compared with ===), with a work budget. jsdiff's diffArrays runs the
 * same algorithm, but allocates a path object per diagonal step; with a typed-array V and plain
 * === comparisons this is several times faster, which the compare speed targets need (see
 * bench/compare.bench.ts). jsdiff still does the coarse sentence-level fallback.
 */
import type { Span } from "./cleanup.ts";

/**
 * Diff a[aLo..aHi) against b[bLo..bHi). Returns spans (equal / insert / delete, in order, indices
 * absolute) or undefined when the edit distance times the length passes `budget`.
 */
/** Reused buffers: V, and the trace: the d + 1 entries of V that round d writes (k = -d, -d + 2, ..., d),
 * from offset d(d + 1) / 2, which is all the backtrack reads. Grown on demand (and let go when a rare
 * long diff made them large), so a diff allocates no arrays. */
let vBuf = new Int32Array(64);
let traceBuf = new Int32Array(1024);

export function myersDiff<T>(a: ArrayLike<T>, b: ArrayLike<T>, aLo: number, aHi: number, bLo: number, bHi: number, budget: number): Span[] | undefined {
  const n = aHi - aLo, m = bHi - bLo;
  const maxD = Math.min(n + m, Math.floor(budget / Math.max(1, n + m)));
  const off = maxD + 1;
  if (vBuf.length < 2 * maxD + 3) vBuf = new Int32Array(2 * maxD + 3);
  const v = vBuf;
  v[off + 1] = 0; // the only entry read before it is written
  let found = -1;
  outer: for (let d = 0; d <= maxD; d++) {
    // round d's entries go to trace[t0 + (k + d) / 2]
    const t0 = (d * (d + 1)) >> 1;
    if (traceBuf.length < t0 + d + 1) { const t = new Int32Array(Math.max(traceBuf.length * 2, t0 + d + 1)); t.set(traceBuf.subarray(0, t0)); traceBuf = t; }
    const trace = traceBuf;
    for (let k = -d, ti = t0; k <= d; k += 2, ti++) {
      let x: number;
      if (k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!)) x = v[off + k + 1]!;
      else x = v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
      v[off + k] = x;
      trace[ti] = x;
      if (x >= n && y >= m) { found = d; break outer; }
    }
  }
  const trace = traceBuf;
  // a rare long diff may grow the trace to megabytes: do not keep that around
  if (traceBuf.length > 1 << 20) traceBuf = new Int32Array(1024);
  if (found < 0) return undefined;
  // backtrack from (n, m) through the trace, collecting spans back to front; a span that continues
  // the one after it (the same op, no snake between) extends it instead
  const rev: Span[] = [];
  let x = n, y = m;
  for (let d = found; d > 0; d--) {
    // V at the end of round d - 1: V[k] is trace[at + (k + d - 1) / 2]
    const at = ((d - 1) * d) >> 1, dp = d - 1;
    const k = x - y;
    const down = k === -d || (k !== d && trace[at + ((k - 1 + dp) >> 1)]! < trace[at + ((k + 1 + dp) >> 1)]!);
    const pk = down ? k + 1 : k - 1;
    const px = trace[at + ((pk + dp) >> 1)]!, py = px - pk;
    const sx = down ? px : px + 1, sy = sx - k;
    if (x > sx) pushBack(rev, "equal", aLo + sx, aLo + x, bLo + sy, bLo + y);
    if (down) pushBack(rev, "insert", aLo + px, aLo + px, bLo + py, bLo + py + 1);
    else pushBack(rev, "delete", aLo + px, aLo + px + 1, bLo + py, bLo + py);
    x = px; y = py;
  }
  if (x > 0) pushBack(rev, "equal", aLo, aLo + x, bLo, bLo + y);
  return rev.reverse();
}

/** Prepends a span to the back-to-front list `rev`: extends the last one when it runs on from it. */
function pushBack(rev: Span[], op: Span["op"], a0: number, a1: number, b0: number, b1: number): void {
  const next = rev[rev.length - 1];
  if (next !== undefined && next.op === op && next.a0 === a1 && next.b0 === b1) { next.a0 = a0; next.b0 = b0; }
  else rev.push({ op, a0, a1, b0, b1 });
}
