import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { myersDiff } from "../../../src/core/diff/myers.ts";
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
