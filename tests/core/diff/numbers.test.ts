import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldNumberText, NUMBER_WORD_VALUES, numberformat, numbersOf } from "../../../src/core/diff/numbers.ts";
import { MULTIPLIERS, NUMBER_WORDS } from "../../../src/core/diff/rules.ts";

// the first versions, with regular expressions: the specification the scanners keep
const NUMBER_WORD_RE = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "i");
function numberformatSpec(s: string): string {
  if (!/\d|per\s*cent|pct/i.test(s) && !NUMBER_WORD_RE.test(s)) return s;
  let t = s.replace(/\s*(?:per\s*cent|percent|pct)\b/gi, "%").replace(/\s+%/g, "%");
  while (/(\d),(\d{3})(?!\d)/.test(t)) t = t.replace(/(\d),(\d{3})(?!\d)/g, "$1$2");
  t = t.replace(/(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|trn|m|k)\b/gi, (m: string, n: string, mult: string) => {
    const v = Number(n) * (MULTIPLIERS[mult.toLowerCase()] ?? 1);
    return Number.isFinite(v) ? String(Math.round(v)) : m;
  });
  if (NUMBER_WORD_RE.test(t)) t = t.replace(/\b[A-Za-z]+\b/g, (w) => {
    const v = NUMBER_WORD_VALUES.get(w.toLowerCase());
    return v !== undefined && v >= 1 && Number.isInteger(v) && !/^(?:first|second|third|fourth|fifth|both|single|twice|double|triple|dozens|hundreds|thousands|half)$/i.test(w) ? String(v) : w;
  });
  return t;
}
function numbersOfSpec(s: string): string[] {
  if (!/\d/.test(s) && !NUMBER_WORD_RE.test(s)) return [];
  const out: string[] = [];
  for (const m of numberformatSpec(s).matchAll(/\d+(?:\.\d+)?%?|\b[A-Za-z]+\b/g)) {
    const w = m[0];
    if (/^\d/.test(w)) out.push(w);
    else { const v = NUMBER_WORD_VALUES.get(w.toLowerCase()); if (v !== undefined) out.push(String(v)); }
  }
  return out.sort();
}

describe("numbers", () => {
  it("finds figures, multipliers and number words as values", () => {
    expect(numbersOf("Five people and 1,200 others; 3.5 million, 40 per cent, the first two")).toEqual(["1", "1200", "2", "3500000", "40%", "5"]);
    expect(numberformat("Twenty-five per cent of 2,000,000")).toBe("20-5% of 2000000");
  });
  it("agree with the regular-expression versions on random text", () => {
    const piece = fc.constantFrom("1", "5", "40", "3.5", ".", ",", "000", "%", " ", "\u00a0", "-", "_", "per cent", "percent", "Pct", "five", "Five",
      "FIRST", "half", "dozen", "zero", "million", "m", "k", "bn", "one", "twenty", "x", "é", "hundreds", "seventh", "ONE1", "a", "6m", " 2k", "7 ",
      "U.S.", ".5", "Ten.", "pct", "t", "5 times", "expert", "centre", "constructor");
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const s = parts.join("");
      expect(numberformat(s)).toBe(numberformatSpec(s));
      expect(numbersOf(s)).toEqual(numbersOfSpec(s));
      // the classifier's one-sided test: a text holds a number exactly when mayHoldNumberText says so
      expect(numbersOf(s).length > 0).toBe(mayHoldNumberText(s));
    }), { numRuns: 10000, seed: 9 });
  });
  it("fold a multiplier after a figure that follows another (the scan that looks for one goes on after white space)", () => {
    for (const s of ["5 6m", "1.5 2k people", "in 2019 3bn", "5.5.5m"]) expect(numberformat(s)).toBe(numberformatSpec(s));
    expect(numberformat("5 6m")).toBe("5 6000000");
  });
  it("keep a figure too long for a double as written, so a text with a digit always holds a number", () => {
    const huge = "9".repeat(400);
    expect(numberformat(`${huge} m`)).toBe(`${huge} m`);
    expect(numbersOf(`${huge}m`)).toEqual([huge]);
  });
});
