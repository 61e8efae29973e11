/**
 * @module The sentence pass's diff of unit strings: jsdiff's `diffArrays` (diff 9, lib/diff/base.js)
 * step for step, with its path objects kept in typed arrays. jsdiff's choices are kept exactly: at
 * each diagonal it extends the path that reaches furthest in the old list (removal on a tie), drops a
 * path that can go neither down nor right, stops looking past a diagonal that has reached an edge of
 * the edit graph, and clears a path once no later diagonal can read it. So the units it matches, and
 * the runs of changes between them, are jsdiff's (a property test holds them to `diffArrays`); it
 * makes no object per step, which was a tenth of a comparison at 50% edits.
 */
import type { Span } from "./cleanup.ts";

/** Paths as nodes (jsdiff's `{ oldPos, lastComponent }`): the node it extends, its diagonal, the step
 * that made it (1 added, 0 removed, -1 the start), its old position after that step and after its snake. */
let parent = new Int32Array(256), diagonal = new Int32Array(256), added = new Int8Array(256);
let stepAt = new Int32Array(256), endAt = new Int32Array(256);
/** Best path (node) by diagonal, offset by the edit limit; -1 none. */
let best = new Int32Array(64);

function grow(): void {
  const n = parent.length * 2;
  const p = new Int32Array(n), d = new Int32Array(n), a = new Int8Array(n), s = new Int32Array(n), e = new Int32Array(n);
  p.set(parent); d.set(diagonal); a.set(added); s.set(stepAt); e.set(endAt);
  parent = p; diagonal = d; added = a; stepAt = s; endAt = e;
}

/**
 * The diff of `a` and `b` as jsdiff's diffArrays makes it with `{ maxEditLength }`: spans over unit
 * indices offset by `at` (consecutive steps of one kind in one span), appended to `out`; false (and
 * `out` as it was) when it needs more than maxEditLength edits.
 */
export function unitDiff(a: readonly string[], b: readonly string[], at: number, maxEditLength: number, out: Span[]): boolean {
  const found = search(a, b, at, maxEditLength, out);
  // a rare long diff may grow the node arrays to megabytes: do not keep that around
  if (parent.length > 1 << 16) { parent = new Int32Array(256); diagonal = new Int32Array(256); added = new Int8Array(256); stepAt = new Int32Array(256); endAt = new Int32Array(256); }
  if (best.length > 1 << 16) best = new Int32Array(64);
  return found;
}

function search(a: readonly string[], b: readonly string[], at: number, maxEditLength: number, out: Span[]): boolean {
  const oldLen = a.length, newLen = b.length;
  const limit = Math.min(oldLen + newLen, maxEditLength);
  const off = limit + 1;
  if (best.length < 2 * limit + 3) best = new Int32Array(2 * limit + 3);
  best.fill(-1, 0, 2 * limit + 3);
  let nodes = 0;
  // the start: the common head on diagonal 0
  parent[0] = -1; diagonal[0] = 0; added[0] = -1; stepAt[0] = -1; endAt[0] = snake(a, b, -1, 0); nodes = 1;
  if (endAt[0]! + 1 >= oldLen && endAt[0]! + 1 >= newLen) return emit(0, at, out);
  best[off] = 0;
  let minK = -Infinity, maxK = Infinity;
  for (let d = 1; d <= limit; d++) {
    for (let k = Math.max(minK, -d); k <= Math.min(maxK, d); k += 2) {
      const removeNode = best[off + k - 1]!, addNode = best[off + k + 1]!;
      if (removeNode >= 0) best[off + k - 1] = -1; // no later diagonal reads it
      let canAdd = false;
      if (addNode >= 0) {
        const addNewPos = endAt[addNode]! - k;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = removeNode >= 0 && endAt[removeNode]! + 1 < oldLen;
      if (!canAdd && !canRemove) { best[off + k] = -1; continue; }
      if (nodes === parent.length) grow();
      const node = nodes++;
      diagonal[node] = k;
      if (!canRemove || (canAdd && endAt[removeNode]! < endAt[addNode]!)) {
        parent[node] = addNode; added[node] = 1; stepAt[node] = endAt[addNode]!;
      } else {
        parent[node] = removeNode; added[node] = 0; stepAt[node] = endAt[removeNode]! + 1;
      }
      const pos = snake(a, b, stepAt[node]!, k);
      endAt[node] = pos;
      const newPos = pos - k;
      if (pos + 1 >= oldLen && newPos + 1 >= newLen) return emit(node, at, out);
      best[off + k] = node;
      if (pos + 1 >= oldLen) maxK = Math.min(maxK, k - 1);
      if (newPos + 1 >= newLen) minK = Math.max(minK, k + 1);
    }
  }
  return false;
}

/** Follows equal units from old position `pos` (the last unit consumed) on diagonal k; returns the old position reached. */
function snake(a: readonly string[], b: readonly string[], pos: number, k: number): number {
  let np = pos - k;
  while (np + 1 < b.length && pos + 1 < a.length && a[pos + 1] === b[np + 1]) { pos++; np++; }
  return pos;
}

/** The spans of the path ending at `node`, in order, appended to `out`. */
function emit(node: number, at: number, out: Span[]): true {
  const rev: Span[] = [];
  for (let n = node; n >= 0; n = parent[n]!) {
    const k = diagonal[n]!, s = stepAt[n]!, e = endAt[n]!;
    // the snake after the step: old units (s, e], new units (s - k, e - k]
    if (e > s) rev.push({ op: "equal", a0: at + s + 1, a1: at + e + 1, b0: at + s + 1 - k, b1: at + e + 1 - k });
    if (added[n] === 1) pushBack(rev, "insert", at + s + 1, at + s + 1, at + s - k, at + s - k + 1);
    else if (added[n] === 0) pushBack(rev, "delete", at + s, at + s + 1, at + s - k + 1, at + s - k + 1);
  }
  for (let i = rev.length - 1; i >= 0; i--) out.push(rev[i]!);
  return true;
}

/** Prepends a span to the back-to-front list `rev`: extends the last one when it runs on from it. */
function pushBack(rev: Span[], op: Span["op"], a0: number, a1: number, b0: number, b1: number): void {
  const next = rev[rev.length - 1];
  if (next !== undefined && next.op === op && next.a0 === a1 && next.b0 === b1) { next.a0 = a0; next.b0 = b0; }
  else rev.push({ op, a0, a1, b0, b1 });
}
