import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffIds, myersDiff } from "../../../src/core/diff/myers.ts";
import type { Span } from "../../../src/core/diff/cleanup.ts";

/** Rebuilds both sides from the spans and counts inserted + deleted items. */
function check(a: string[], b: string[], spans: Span[]): number {
  const ra: string[] = [], rb: string[] = [];
  let edits = 0;
  for (const s of spans) {
    ra.push(...a.slice(s.a0, s.a1)); rb.push(...b.slice(s.b0, s.b1));
    if (s.op === "equal") expect(a.slice(s.a0, s.a1)).toEqual(b.slice(s.b0, s.b1));
    else edits += s.a1 - s.a0 + s.b1 - s.b0;
  }
  expect(ra).toEqual(a); expect(rb).toEqual(b);
  return edits;
}
const jsdiffEdits = (a: string[], b: string[]) => diffArrays(a, b).filter((c) => c.added || c.removed).reduce((n, c) => n + c.count!, 0);

describe("myersDiff", () => {
  it("is lossless and as short as jsdiff's script on random sequences", () => {
    const seq = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 40 });
    fc.assert(fc.property(seq, seq, (a, b) => {
      const spans = myersDiff(a, b, 0, a.length, 0, b.length, 1e9)!;
      expect(check(a, b, spans)).toBe(jsdiffEdits(a, b));
    }), { numRuns: 500, seed: 11 });
  });
  it("handles a long diff that grows its buffers, and a short one after it", () => {
    const rnd = (n: number, seed: number) => { let x = seed; return Array.from({ length: n }, () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return String(x % 13); }); };
    const a = rnd(2500, 1), b = rnd(2500, 2); // edit distance ~1,700: a trace of ~3M entries
    const spans = myersDiff(a, b, 0, a.length, 0, b.length, 1e12)!;
    expect(check(a, b, spans)).toBe(jsdiffEdits(a, b));
    expect(check(["x", "y"], ["y"], myersDiff(["x", "y"], ["y"], 0, 2, 0, 1, 100)!)).toBe(1);
  });
  it("gives up (undefined) past its budget", () => {
    expect(myersDiff(["a", "b", "c"], ["d", "e", "f"], 0, 3, 0, 3, 6)).toBeUndefined();
  });
});

describe("diffIds", () => {
  /** Spans over [lo, hi) ranges rebuilt and checked as `check` does, shifted to start at 0. */
  const shifted = (spans: Span[], a0: number, b0: number) => spans.map((s) => ({ ...s, a0: s.a0 - a0, a1: s.a1 - a0, b0: s.b0 - b0, b1: s.b1 - b0 }));
  it("is lossless and as short as Myers on the whole ranges, ids one side alone holds included", () => {
    // a small alphabet shared by both sides, plus ids only A or only B draws from
    const ids = (own: number) => fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: own, max: own + 3 })), { maxLength: 40 });
    fc.assert(fc.property(ids(100), ids(200), fc.nat(5), fc.nat(5), (xs, ys, cutA, cutB) => {
      const a = Int32Array.from(xs), b = Int32Array.from(ys);
      const a0 = Math.min(cutA, a.length), b0 = Math.min(cutB, b.length);
      const spans = diffIds(a, b, a0, a.length, b0, b.length, 1e9)!;
      const sa = [...a.subarray(a0)].map(String), sb = [...b.subarray(b0)].map(String);
      expect(check(sa, sb, shifted(spans, a0, b0))).toBe(jsdiffEdits(sa, sb));
    }), { numRuns: 500, seed: 12 });
  });
  it("needs no budget for ranges with no id in common, and gives up past it on shared ones", () => {
    const a = Int32Array.from([1, 2, 3]), b = Int32Array.from([4, 5, 6]);
    expect(diffIds(a, b, 0, 3, 0, 3, 1)!.map((s) => s.op)).toEqual(["delete", "insert"]);
    expect(diffIds(a, Int32Array.from([3, 2, 1]), 0, 3, 0, 3, 6)).toBeUndefined();
  });
});
