import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alnumRunSummary, alnumRuns, letterWords, startsUpper } from "../../../src/core/text/word-runs.ts";

const piece = fc.constantFrom("a", "Z", "é", "ß", "Ω", "1", "²", "½", "Ⅻ", " ", "-", "'", "’", "´", ".", "“", "\u0301", "𝐀", "𝟙", "\ud835", "\udc00", "O'Brien", "self-defence", "U.S.");
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));

describe("word runs", () => {
  it("alnumRuns equals match(/[\\p{L}\\p{N}]+/gu)", () => {
    fc.assert(fc.property(text, (s) => { expect(alnumRuns(s)).toEqual(s.match(/[\p{L}\p{N}]+/gu) ?? []); }), { numRuns: 3000, seed: 3 });
  });
  it("alnumRunSummary tells alnumRuns' count and its first longest run", () => {
    fc.assert(fc.property(text, (s) => {
      const runs = alnumRuns(s), sum = alnumRunSummary(s);
      expect(sum.count).toBe(runs.length);
      const longest = runs.reduce((x, y) => (y.length > x.length ? y : x), "");
      expect(s.slice(sum.start, sum.end)).toBe(longest);
    }), { numRuns: 3000, seed: 6 });
  });
  it("letterWords equals matchAll(/[\\p{L}][\\p{L}'\u2019\u00b4\\-]*/gu), starts included", () => {
    fc.assert(fc.property(text, (s) => {
      const starts: number[] = [];
      const words = letterWords(s, starts);
      const ms = [...s.matchAll(/[\p{L}][\p{L}'\u2019\u00b4\-]*/gu)];
      expect(words).toEqual(ms.map((m) => m[0]));
      expect(starts).toEqual(ms.map((m) => m.index));
    }), { numRuns: 3000, seed: 4 });
  });
  it("startsUpper equals /^\\p{Lu}/u", () => {
    fc.assert(fc.property(text, (s) => { expect(startsUpper(s)).toBe(/^\p{Lu}/u.test(s)); }), { numRuns: 2000, seed: 5 });
  });
});
