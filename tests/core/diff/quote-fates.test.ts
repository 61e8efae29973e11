import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loose } from "../../../src/core/diff/quote-fates.ts";
import { canonicalSpelling } from "../../../src/core/text/spelling.ts";

/** The loose form as first written with regular expressions: the specification the scanner keeps. */
const looseSpec = (s: string) =>
  s.replace(/[\u201c\u201d\u201e\u00ab\u00bb"\u2018\u2019\u00b4'`.,;:!?()\u2013\u2014-]+/g, " ")
    .replace(/\p{L}+/gu, (w) => canonicalSpelling(w))
    .replace(/\s+/g, " ")
    .trim();

describe("loose", () => {
  it("folds marks, case, spelling and spacing", () => {
    expect(loose("“The Colour,” she said —  ‘honour’!")).toBe("the color she said honor");
  });
  it("agrees with the regular-expression definition on random text", () => {
    const ch = fc.constantFrom("a", "B", "é", "ß", "1", " ", "\u00a0", "\n", "“", "’", "'", ".", "-", "—", "«", "\u0301", "𝐀", "colour", "Defence", "\ud835");
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }), (parts) => {
      const s = parts.join("");
      expect(loose(s)).toBe(looseSpec(s));
    }), { numRuns: 3000, seed: 7 });
  });
});
