import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeUnit, wordIdsInto } from "../../../src/core/align/tokenize-unit.ts";

describe("tokenizeUnit", () => {
  it("folds case, apostrophes, possessives and US/UK spelling", () => {
    expect(tokenizeUnit("Iraq’s DEFENCE minister didn´t say")).toEqual(tokenizeUnit("Iraq's defense Minister didn't say"));
    expect(tokenizeUnit("Iraq’s")).toEqual(["iraq"]);
    expect(tokenizeUnit("“as necessary,” he said — 1,000")).toEqual(["as", "necessary", "he", "said", "1", "000"]);
  });
  it("keeps non-English words whole (no English stemming)", () => {
    expect(tokenizeUnit("Gottes Schöpfung „Tag“ über")).toEqual(["gottes", "schöpfung", "tag", "über"]);
  });
  it("keeps every word when NFKC makes the text longer (¼ is 1⁄4, ﷺ four Arabic words)", () => {
    expect(tokenizeUnit("¼¼¼ ﷺ")).toEqual(["1", "41", "41", "4", "صلى", "الله", "عليه", "وسلم"]);
  });
  it("returns nothing for text without words", () => {
    expect(tokenizeUnit(" — … ")).toEqual([]);
  });
});

describe("apostrophe variants", () => {
  it("give the ids of a straight apostrophe, wherever they stand", () => {
    const chars = fc.constantFrom(..."ab s'\u00b4\u2019\u2018`\u02bc\u2032.1\u00e9\u00a0", "O", "don", "t", "Iraq");
    const x = new Int32Array(256), y = new Int32Array(256);
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 40 }), (text) => {
      const n = wordIdsInto(text, x, 0), m = wordIdsInto(text.replace(/[\u00b4\u2019\u2018`\u02bc\u2032]/g, "'"), y, 0);
      expect(Array.from(x.subarray(0, n))).toEqual(Array.from(y.subarray(0, m)));
    }), { numRuns: 3000 });
  });
});
