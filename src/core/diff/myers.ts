/**
 * @module Myers' O(ND) diff over token ids (any values compared with ===), with a work budget. jsdiff's diffArrays runs the
 * same algorithm, but allocates a path object per diagonal step; with a typed-array V and plain
 * === comparisons this is several times faster, which the compare speed targets need (see
 * bench/compare.bench.ts). The sentence-level pass has its own port, unit-diff.ts.
 */
import type { Span } from "./cleanup.ts";

/** Reused buffers: V, and the trace: the d + 1 entries of V that round d writes (k = -d, -d + 2, ..., d),
 * from offset d(d + 1) / 2, which is all the backtrack reads. Grown on demand (and let go when a rare
 * long diff made them large), so a diff allocates no arrays. */
let vBuf = new Int32Array(64);
let traceBuf = new Int32Array(1024);
/** The snakes (runs of equal items) of the last `myersSnakes`: (a start, b start, length) triplets, in order. */
let snakes = new Int32Array(96);

/**
 * Myers over a[aLo..aHi) and b[bLo..bHi): its runs of equal items (absolute indices) go to `snakes`
 * as triplets, in order, and their number is returned; -1 when the edit distance times the length
 * passes `budget`. Between two runs lies one gap of changes.
 */
function myersSnakes<T>(a: ArrayLike<T>, b: ArrayLike<T>, aLo: number, aHi: number, bLo: number, bHi: number, budget: number): number {
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
  if (found < 0) return -1;
  // backtrack from (n, m) through the trace: at most found + 1 snakes, written back to front
  if (snakes.length < 3 * (found + 1)) snakes = new Int32Array(3 * (found + 1) * 2);
  const out = snakes;
  let w = 0, x = n, y = m;
  for (let d = found; d > 0; d--) {
    // V at the end of round d - 1: V[k] is trace[at + (k + d - 1) / 2]
    const at = ((d - 1) * d) >> 1, dp = d - 1;
    const k = x - y;
    const down = k === -d || (k !== d && trace[at + ((k - 1 + dp) >> 1)]! < trace[at + ((k + 1 + dp) >> 1)]!);
    const pk = down ? k + 1 : k - 1;
    const px = trace[at + ((pk + dp) >> 1)]!, py = px - pk;
    const sx = down ? px : px + 1, sy = sx - k;
    if (x > sx) { out[w++] = aLo + sx; out[w++] = bLo + sy; out[w++] = x - sx; }
    x = px; y = py;
  }
  if (x > 0) { out[w++] = aLo; out[w++] = bLo; out[w++] = x; }
  // into order
  for (let i = 0, j = w - 3; i < j; i += 3, j -= 3) {
    for (let c = 0; c < 3; c++) { const t = out[i + c]!; out[i + c] = out[j + c]!; out[j + c] = t; }
  }
  return w / 3;
}

/**
 * Diff a[aLo..aHi) against b[bLo..bHi): spans (equal, and each gap between equal runs as a delete
 * then an insert), in order, indices absolute; undefined past `budget` (see myersSnakes).
 */
export function myersDiff<T>(a: ArrayLike<T>, b: ArrayLike<T>, aLo: number, aHi: number, bLo: number, bHi: number, budget: number): Span[] | undefined {
  const count = myersSnakes(a, b, aLo, aHi, bLo, bHi, budget);
  if (count < 0) return undefined;
  const out: Span[] = [];
  let ca = aLo, cb = bLo;
  for (let s = 0; s < count; s++) {
    const i = snakes[3 * s]!, j = snakes[3 * s + 1]!, len = snakes[3 * s + 2]!;
    pushGap(out, ca, i, cb, j);
    out.push({ op: "equal", a0: i, a1: i + len, b0: j, b1: j + len });
    ca = i + len; cb = j + len;
  }
  pushGap(out, ca, aHi, cb, bHi);
  return out;
}

/** The changes between two equal runs: a[a0..a1) deleted, then b[b0..b1) inserted. */
function pushGap(out: Span[], a0: number, a1: number, b0: number, b1: number): void {
  if (a1 > a0) out.push({ op: "delete", a0, a1, b0, b1: b0 });
  if (b1 > b0) out.push({ op: "insert", a0: a1, a1, b0, b1 });
}

/** Stamps by id: seenA[id] === mark when the id occurs in the A range being looked at (seenB: the B range). */
let seenA = new Int32Array(1 << 16), seenB = new Int32Array(1 << 16);
let mark = 0;
/** Scratch for diffIds: the ids both ranges share, and where each stands in its range. */
let keepA = new Int32Array(256), keepB = new Int32Array(256), atA = new Int32Array(256), atB = new Int32Array(256);

/**
 * myersDiff over the ids ua[a0..a1) and ub[b0..b1) (non-negative integers), with the ids only one
 * side holds set aside first, as GNU diff and git's xdiff do with lines: such an id is in no common
 * subsequence, so the longest common one stays as long, but each would cost Myers a round (a word
 * replaced by another is two). The shared ids are diffed, and those set aside become the changes
 * between their matches. The budget bounds the diff of the shared ids.
 */
export function diffIds(ua: Int32Array, ub: Int32Array, a0: number, a1: number, b0: number, b1: number, budget: number): Span[] | undefined {
  if (a1 <= a0 || b1 <= b0) return myersDiff(ua, ub, a0, a1, b0, b1, budget);
  if (++mark > 0x3fffffff) { seenA.fill(0); seenB.fill(0); mark = 1; }
  let maxId = 0;
  for (let i = a0; i < a1; i++) if (ua[i]! > maxId) maxId = ua[i]!;
  for (let j = b0; j < b1; j++) if (ub[j]! > maxId) maxId = ub[j]!;
  if (maxId >= seenA.length) {
    const size = Math.max(maxId + 1, seenA.length * 2);
    const sa = new Int32Array(size), sb = new Int32Array(size);
    sa.set(seenA); sb.set(seenB); seenA = sa; seenB = sb;
  }
  for (let i = a0; i < a1; i++) seenA[ua[i]!] = mark;
  for (let j = b0; j < b1; j++) seenB[ub[j]!] = mark;
  if (keepA.length < a1 - a0) { keepA = new Int32Array(2 * (a1 - a0)); atA = new Int32Array(2 * (a1 - a0)); }
  if (keepB.length < b1 - b0) { keepB = new Int32Array(2 * (b1 - b0)); atB = new Int32Array(2 * (b1 - b0)); }
  let n = 0, m = 0;
  for (let i = a0; i < a1; i++) if (seenB[ua[i]!] === mark) { keepA[n] = ua[i]!; atA[n++] = i; }
  for (let j = b0; j < b1; j++) if (seenA[ub[j]!] === mark) { keepB[m] = ub[j]!; atB[m++] = j; }
  if (n === a1 - a0 && m === b1 - b0) return myersDiff(ua, ub, a0, a1, b0, b1, budget);
  const count = myersSnakes(keepA, keepB, 0, n, 0, m, budget);
  if (count < 0) return undefined;
  // the matches of the shared words, in order, with the changes between them
  const out: Span[] = [];
  let ca = a0, cb = b0;
  for (let s = 0; s < count; s++) {
    for (let t = 0, x = snakes[3 * s]!, y = snakes[3 * s + 1]!, len = snakes[3 * s + 2]!; t < len; t++) {
      const i = atA[x + t]!, j = atB[y + t]!;
      if (i > ca || j > cb) pushGap(out, ca, i, cb, j);
      else {
        const last = out[out.length - 1];
        if (last !== undefined && last.op === "equal" && last.a1 === i && last.b1 === j) { last.a1++; last.b1++; ca = i + 1; cb = j + 1; continue; }
      }
      out.push({ op: "equal", a0: i, a1: i + 1, b0: j, b1: j + 1 });
      ca = i + 1; cb = j + 1;
    }
  }
  pushGap(out, ca, a1, cb, b1);
  return out;
}
