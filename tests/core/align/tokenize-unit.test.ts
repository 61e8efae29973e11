import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NFKC_STABLE, tokenizeUnit, wordIdsInto } from "../../../src/core/align/tokenize-unit.ts";

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

describe("the NFKC shortcut", () => {
  const stable: string[] = [];
  const inSet = new RegExp(`[${NFKC_STABLE}]`);
  for (let c = 0; c < 0x10000; c++) if (inSet.test(String.fromCharCode(c))) stable.push(String.fromCharCode(c));
  it("skips only chars NFKC leaves alone, alone and beside each other", () => {
    expect(stable.length).toBeGreaterThan(190);
    for (const x of stable) {
      expect(x.normalize("NFKC")).toBe(x);
      for (const y of stable) if ((x + y).normalize("NFKC") !== x + y) expect.unreachable(`${x}${y}`);
    }
  });
  it("gives the ids of the normalized text", () => {
    const chars = fc.constantFrom(..."aZ 1.\u00e9\u00c9\u00df\u2014\u201c\u201d\u2019\u2018\u2032\u02bc`\u00a0\u2026\ufb01\u00bd\u0301\u00b4", "Colour", "O", "s");
    const x = new Int32Array(256), y = new Int32Array(256);
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 40 }), (text) => {
      const n = wordIdsInto(text, x, 0);
      // NFKC of a text whose apostrophes are folded leaves it alone or is what the slow way reads
      const m = wordIdsInto(text.replace(/[\u00b4\u2019\u2018`\u02bc\u2032]/g, "'").normalize("NFKC"), y, 0);
      expect(Array.from(x.subarray(0, n))).toEqual(Array.from(y.subarray(0, m)));
    }), { numRuns: 3000, seed: 5 });
  });
});
