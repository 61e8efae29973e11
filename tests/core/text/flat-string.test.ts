import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flatString } from "../../../src/core/text/flat-string.ts";

describe("flatString", () => {
  it("gives the same text back, whatever it holds (lone surrogates, quotes, controls included)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 60 }), (x, y) => {
      const joined = x + y; // a cons string when long enough
      expect(flatString(joined)).toBe(joined);
      expect(flatString(joined.slice(1))).toBe(joined.slice(1)); // a sliced one
    }), { numRuns: 2000 });
    expect(flatString("\ud800 \"x\" \\ \u2028 " + "é".repeat(20))).toBe("\ud800 \"x\" \\ \u2028 " + "é".repeat(20));
  });
});
