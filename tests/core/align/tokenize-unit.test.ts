import { describe, expect, it } from "vitest";
import { tokenizeUnit } from "../../../src/core/align/tokenize-unit.ts";

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
