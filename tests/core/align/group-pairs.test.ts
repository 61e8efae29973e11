import { describe, expect, it } from "vitest";
import { groupPairs as group, type ScoredPair } from "../../../src/core/align/group-pairs.ts";

const groupPairs = (ps: Omit<ScoredPair, "sim">[], nb: number, threshold: number, sims: Record<string, number> = {}) =>
  group(ps.map((q) => ({ ...q, sim: sims[`${q.x},${q.y}`] ?? 0.5 })), nb, { threshold, maxSide: 5, twinSimilarity: 0.8, membersNeeded: () => true });

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

  it("pairs near-identical paragraphs one to one: a paragraph repeated in B is not a split", () => {
    // A0 and its two copies B0, B2, all very probable; B1 is a true half of A1
    const ps = [{ x: 0, y: 0, p: 0.99 }, { x: 0, y: 2, p: 0.98 }, { x: 1, y: 1, p: 0.9 }];
    expect(groupPairs(ps, 3, 0.5, { "0,0": 1, "0,2": 1 })).toEqual([{ a: [0], b: [0] }, { a: [1], b: [1] }]);
  });
});

describe("groupPairs order", () => {
  it("links the pairs in order before the crossing ones: a copy of a repeated paragraph goes to its twin in place", () => {
    // B0 is as probable from A0 (in place) as from A2 (a repeat of A0 further down, crossing)
    const ps = [{ x: 2, y: 0, p: 0.99, sim: 0.6, crossing: true }, { x: 0, y: 0, p: 0.98, sim: 0.6 }, { x: 1, y: 1, p: 0.9, sim: 0.6 }];
    expect(group(ps, 2, { threshold: 0.5, maxSide: 5, twinSimilarity: 0.8, membersNeeded: () => false })).toEqual([{ a: [0], b: [0] }, { a: [1], b: [1] }]);
  });
});
