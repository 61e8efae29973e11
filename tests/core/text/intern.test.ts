import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { internedTexts, internerReset, internRange } from "../../../src/core/text/intern.ts";

describe("internRange", () => {
  it("gives equal ranges the same id and different ranges different ids", () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), (words) => {
      const text = words.join("");
      const ids = new Map<string, number>();
      let at = 0;
      for (const w of words) {
        const id = internRange(text, at, at + w.length);
        at += w.length;
        const seen = ids.get(w);
        if (seen === undefined) { expect([...ids.values()]).not.toContain(id); ids.set(w, id); }
        else expect(id).toBe(seen);
      }
    }));
  });
  it("keeps ids through table growth and forgets them only past the reset limit", () => {
    const first = internRange("alpha", 0, 5);
    for (let i = 0; i < 40_000; i++) internRange(`w${i}`, 0, `w${i}`.length);
    expect(internRange("xalpha", 1, 6)).toBe(first);
    internerReset(Number.MAX_SAFE_INTEGER);
    expect(internRange("alpha", 0, 5)).toBe(first);
    internerReset(0);
    expect(internedTexts()).toBe(0);
  });
});
