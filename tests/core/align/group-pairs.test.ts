import { describe, expect, it } from "vitest";
import { groupPairs } from "../../../src/core/align/group-pairs.ts";

describe("groupPairs", () => {
  it("makes one link per pair above the threshold when the pairs share no paragraph", () => {
    expect(groupPairs([{ x: 0, y: 0, p: 0.9 }, { x: 1, y: 2, p: 0.7 }, { x: 2, y: 1, p: 0.3 }], 3, 0.5))
      .toEqual([{ a: [0], b: [0] }, { a: [1], b: [2] }]);
  });

  it("joins a paragraph split in two (1:2) and two merged into one (2:1)", () => {
    expect(groupPairs([{ x: 0, y: 0, p: 0.9 }, { x: 0, y: 1, p: 0.8 }, { x: 1, y: 2, p: 0.9 }, { x: 2, y: 2, p: 0.6 }], 3, 0.5))
      .toEqual([{ a: [0], b: [0, 1] }, { a: [1, 2], b: [2] }]);
  });

  it("does not join two strong links through one weak pair when the join claims pairs nobody supports", () => {
    // (0,0) and (1,1) are strong; (0,1) is just over the bar, but joining claims (1,0) too, which scores 0
    expect(groupPairs([{ x: 0, y: 0, p: 0.95 }, { x: 1, y: 1, p: 0.95 }, { x: 0, y: 1, p: 0.55 }], 2, 0.5))
      .toEqual([{ a: [0], b: [0] }, { a: [1], b: [1] }]);
  });

  it("joins them when every pair of the 2:2 block is supported (a re-cut paragraph break)", () => {
    const block = [[0, 0, 0.9], [1, 1, 0.9], [0, 1, 0.7], [1, 0, 0.6]].map(([x, y, p]) => ({ x: x!, y: y!, p: p! }));
    expect(groupPairs(block, 2, 0.5)).toEqual([{ a: [0, 1], b: [0, 1] }]);
  });
});
