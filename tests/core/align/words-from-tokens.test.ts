import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordIdsFromTokens, wordIdsInto } from "../../../src/core/align/tokenize-unit.ts";
import { TokenStore } from "../../../src/core/text/tokenize.ts";

// chars that test every way a word could run across tokens or change under folding: apostrophes
// the tokenizer does or does not join, marks, NFKC letters and digits, non-ASCII digits, dashes
const CHARS = [..."aZq .,-&3$%", "\u2019", "\u2018", "`", "\u2032", "\u00b4", "\u02bc", "\uff07", "\u00e9", "e\u0301", "=\u0338", "\u0301",
  "\u2116", "\u00bd", "\u00b2", "\u0663", "\ufb01", "\uff21", "\u03a3", "\u0130", "\u2014", "\u201c", "ab", "U.S.", "'s", "1", "\u00a0"];

describe("wordIdsFromTokens", () => {
  it("gives the ids of wordIdsInto whenever it answers", () => {
    const store = new TokenStore();
    const a = new Int32Array(512), b = new Int32Array(512);
    let answered = 0;
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 60 }), (text) => {
      const e = store.add(text);
      const n = wordIdsFromTokens(store, e, a, 0);
      if (n < 0) return;
      answered++;
      const m = wordIdsInto(text, b, 0);
      expect(Array.from(a.subarray(0, n))).toEqual(Array.from(b.subarray(0, m)));
    }), { numRuns: Number(process.env.WD_RUNS ?? 5000) });
    expect(answered).toBeGreaterThan(1000);
  });
  it("answers for plain news text", () => {
    const store = new TokenStore();
    const text = "The U.S. said on Monday that 1,000 troops -- \u201cmostly\u201d airborne -- would stay in Iraq's north.";
    const out = new Int32Array(64), ref = new Int32Array(64);
    const n = wordIdsFromTokens(store, store.add(text), out, 0);
    expect(n).toBeGreaterThan(0);
    expect(Array.from(out.subarray(0, n))).toEqual(Array.from(ref.subarray(0, wordIdsInto(text, ref, 0))));
  });
});
