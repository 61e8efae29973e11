import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsIds, looseIds, sameIds } from "../../../src/core/text/loose-form.ts";
import { looseSpec } from "./loose-spec.ts";

// chars and words that exercise every kind of piece: ASCII and other letters, a modifier letter
// apostrophe (a letter that folds to '), digits, signs, marks, surrogates (paired and lone), gaps
const ch = fc.constantFrom("a", "B", "é", "ß", "1", "5", "$", "%", " ", "\u00a0", "\n", "“", "’", "'", ".", "-", "—", "«", "\u0301", "𝐀", "\ud835",
  "colour", "Defence", "color", "defense", "don\u02bct", "\u02bc", "it's", "the", "The", "we", "fight", "tax", "Xinhua", "zone");
const text = fc.array(ch, { maxLength: 12 }).map((parts) => parts.join(""));

describe("the loose form's specification", () => {
  it("folds marks, case, spelling and spacing", () => {
    expect(looseSpec("“The Colour,” she said —  ‘honour’!")).toBe("the color she said honor");
  });
});

describe("looseIds", () => {
  it("are equal, or one holds the other, exactly when the padded loose strings are (the regular-expression definition)", () => {
    fc.assert(fc.property(text, text, text, (x, y, z) => {
      // y inside a longer text, so that holding is often true
      const h = `${z} ${y}${x}`;
      for (const [p, q] of [[x, y], [y, h], [x, h], [h, y]] as const) {
        const sp = ` ${looseSpec(p)} `, sq = ` ${looseSpec(q)} `;
        expect(sameIds(looseIds(p), looseIds(q))).toBe(sp === sq);
        expect(holdsIds(looseIds(q), looseIds(p))).toBe(sq.includes(sp));
      }
    }), { numRuns: 5000, seed: 3 });
  });
  it("find a spelling variant inside a longer quotation", () => {
    expect(holdsIds(looseIds("“We will defend the colours,” he said"), looseIds("defend the colors"))).toBe(true);
    expect(holdsIds(looseIds("“We will defend the colours,” he said"), looseIds("the colors he"))).toBe(true);
    expect(holdsIds(looseIds("“We will defend the colours,” he said"), looseIds("defend the"))).toBe(true);
    expect(holdsIds(looseIds("“We will defend the colours,” he said"), looseIds("fend the"))).toBe(false);
    expect(sameIds(looseIds("“Colour”"), looseIds("color"))).toBe(true);
  });
  it("with `known`, stop (null) exactly when a piece that is neither the first nor the last is not known", () => {
    fc.assert(fc.property(text, text, (x, y) => {
      // the pieces of y are known, the rest not
      const present = new Set(looseIds(y));
      const known: boolean[] = [];
      for (const p of present) known[p] = true;
      const full = Array.from(looseIds(x)).filter((p) => p !== 0);
      const innerAbsent = full.slice(1, -1).some((p) => !present.has(p));
      const got = looseIds(x, known);
      if (innerAbsent) expect(got).toBeNull();
      else expect(got && Array.from(got)).toEqual(Array.from(looseIds(x)));
    }), { numRuns: 5000, seed: 31 });
  });
});
