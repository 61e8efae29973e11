import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Corners, crosses, Crossings } from "../../../src/core/align/strong-crossings.ts";

describe("Crossings", () => {
  const na = 12, nb = 12;
  const link = fc.tuple(fc.nat(na - 1), fc.nat(3), fc.nat(nb - 1), fc.nat(3)).map(([a0, da, b0, db]): Corners =>
    ({ a0, aLast: Math.min(na - 1, a0 + da), b0, bLast: Math.min(nb - 1, b0 + db) }));
  it("says what asking every link says", () => {
    fc.assert(fc.property(fc.array(link, { maxLength: 8 }), fc.nat(na - 1), fc.nat(nb + 2), (links, a, b) => {
      expect(new Crossings(links, na).crossedBy(a, b)).toBe(links.some((g) => crosses(g, a, b)));
    }), { numRuns: 20000, seed: 21 });
  });
  it("finds a pair on either side of a link's start or end", () => {
    const c = new Crossings([{ a0: 3, aLast: 4, b0: 3, bLast: 4 }], 10);
    expect(c.crossedBy(5, 5)).toBe(false);
    expect(c.crossedBy(1, 1)).toBe(false);
    expect(c.crossedBy(1, 6)).toBe(true);
    expect(c.crossedBy(6, 1)).toBe(true);
    expect(c.crossedBy(4, 3)).toBe(true);
  });
});
