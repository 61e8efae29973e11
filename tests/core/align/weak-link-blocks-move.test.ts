/**
 * Regression (found by the swap property, fast-check seed -572750440): the in-order pass linked two
 * quotations that share only "the State Department said in a statement" (similarity 0.40), which
 * blocked the identical paragraph that had moved; the result then depended on which side was A.
 */
import { describe, expect, it } from "vitest";
import { alignUnits } from "../../../src/core/align/align-units.ts";

const X = "Destruction at the airport in the Iraqi shrine city of Karbala on March 13, 2020 after a US airstrike launched in response to a rocket attack blamed on pro-Iranian paramilitary forces";
const Y = "“The United States will not tolerate threats to our men and women serving abroad and we will not hesitate to take any action we deem necessary to keep our personnel safe,” the State Department said in a statement emailed to The National late on Monday.";
const S = "\"Secretary Pompeo noted that America will not tolerate attacks and threats to American lives and will take additional action as necessary in self-defense,\" the State Department said in a statement.";
const P = "Secretary of State Mike Pompeo warned Iraq Monday the US would retaliate \"as necessary\" against any new assaults on Americans after a slew of rocket attacks.";

const key = (gs: { a: number[]; b: number[] }[]) => gs.map((g) => `${g.a}>${g.b}`).sort();

describe("a weak in-order link never blocks a stronger moved pair", () => {
  it("links the identical moved paragraph, in both directions", () => {
    const a = [X, Y], b = [Y, X, P, S];
    const ab = alignUnits(a, b), ba = alignUnits(b, a);
    expect(key(ab.groups)).toEqual(["0>1", "1>0"]);
    expect(key(ba.groups.map((g) => ({ a: g.b, b: g.a })))).toEqual(["0>1", "1>0"]);
    expect(ba.onlyA).toEqual([2, 3]);
  });
});
