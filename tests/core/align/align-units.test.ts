import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignUnits, keepRarest } from "../../../src/core/align/align-units.ts";
import { seedLikeParagraphs } from "./helpers.ts";

const P = seedLikeParagraphs();

const keyed = (r: ReturnType<typeof alignUnits>) => r.groups.map((g) => `${g.a.join(",")}>${g.b.join(",")}${g.moved ? "*" : ""}`);

describe("alignUnits", () => {
  it("links identical inputs one to one, in order", () => {
    const r = alignUnits(P.slice(0, 10), P.slice(0, 10));
    expect(keyed(r)).toEqual(P.slice(0, 10).map((_, k) => `${k}>${k}`));
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
  });

  it.each([2, 3, 4, 5])("recognises %i paragraphs merged into one", (n) => {
    const a = P.slice(0, 8);
    const b = [...a.slice(0, 2), a.slice(2, 2 + n).join(" "), ...a.slice(2 + n)];
    const r = alignUnits(a, b);
    expect(r.groups.find((g) => g.b[0] === 2)?.a).toEqual(Array.from({ length: n }, (_, k) => 2 + k));
    expect(r.onlyA).toEqual([]);
    expect(r.groups.every((g) => !g.moved)).toBe(true);
  });

  it("recognises a split (1 -> 3), with edits", () => {
    const a = [P[0]!, `${P[1]} ${P[2]} ${P[3]}`, P[4]!];
    const b = [P[0]!, P[1]!.replace(/ the /, " a "), P[2]!, P[3]!, P[4]!];
    const r = alignUnits(a, b);
    expect(keyed(r)).toEqual(["0>0", "1>1,2,3", "2>4"]);
  });

  it("recognises re-cut paragraph breaks (2:2) as one regrouped link", () => {
    const halves = (t: string) => { const w = t.split(" "), h = w.length >> 1; return [w.slice(0, h).join(" "), w.slice(h).join(" ")] as const; };
    const [p1a, p1b] = halves(P[1]!), [p2a, p2b] = halves(P[2]!);
    // A breaks inside P2, B inside P1: neither side's paragraphs pair off one to one
    const a = [P[0]!, `${P[1]} ${p2a}`, p2b, P[3]!];
    const b = [P[0]!, p1a, `${p1b} ${P[2]}`, P[3]!];
    expect(keyed(alignUnits(a, b))).toEqual(["0>0", "1,2>1,2", "3>3"]);
  });

  it("a chain of three re-cuts becomes two smaller links, not one 3:3 claiming pairs that share nothing", () => {
    const halves = (t: string) => { const w = t.split(" "), h = w.length >> 1; return [w.slice(0, h).join(" "), w.slice(h).join(" ")] as const; };
    const [p1a, p1b] = halves(P[1]!), [p2a, p2b] = halves(P[2]!), [p3a, p3b] = halves(P[3]!);
    const a = [P[0]!, `${P[1]} ${p2a}`, `${p2b} ${p3a}`, p3b, P[4]!];
    const b = [P[0]!, p1a, `${p1b} ${P[2]}`, P[3]!, P[4]!];
    const r = alignUnits(a, b);
    // every linked pair shares text: A3 (end of P3) never pairs with B1 (start of P1), nor A1 with B3
    const pairs = r.groups.flatMap((g) => g.a.flatMap((x) => g.b.map((y) => `${x}-${y}`)));
    expect(pairs).not.toContain("3-1");
    expect(pairs).not.toContain("1-3");
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
  });

  it("links a moved paragraph and flags it", () => {
    const a = P.slice(0, 8);
    const b = [a[0]!, a[1]!, a[3]!, a[4]!, a[5]!, a[6]!, a[2]!, a[7]!];
    const r = alignUnits(a, b);
    expect(r.groups).toHaveLength(8);
    expect(r.groups.filter((g) => g.moved).map((g) => `${g.a}>${g.b}`)).toEqual(["2>6"]);
  });

  it("without the moves pass leaves a moved paragraph unlinked", () => {
    const a = P.slice(0, 8);
    const b = [a[0]!, a[1]!, a[3]!, a[4]!, a[5]!, a[6]!, a[2]!, a[7]!];
    const r = alignUnits(a, b, { moves: false });
    expect(keyed(r)).toEqual(["0>0", "1>1", "3>2", "4>3", "5>4", "6>5", "7>7"]);
    expect(r.onlyA).toEqual([2]);
    expect(r.onlyB).toEqual([6]);
  });

  it("a version keeping only the lede links just the lede", () => {
    const a = P.slice(0, 10);
    const r = alignUnits(a, [a[0]!.replace(/,/g, "")]);
    expect(keyed(r)).toEqual(["0>0"]);
    expect(r.onlyA).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("a cut lede leaves the lede unlinked", () => {
    const a = P.slice(0, 6);
    const r = alignUnits(a, a.slice(1));
    expect(r.onlyA).toEqual([0]);
    expect(keyed(r)).toEqual(["1>0", "2>1", "3>2", "4>3", "5>4"]);
  });

  it("empty against non-empty: nothing linked, no crash", () => {
    expect(alignUnits([], P.slice(0, 3))).toEqual({ groups: [], onlyA: [], onlyB: [0, 1, 2] });
    expect(alignUnits(P.slice(0, 2), [])).toEqual({ groups: [], onlyA: [0, 1], onlyB: [] });
    expect(alignUnits(["", "  "], ["", "x"]).groups).toEqual([]);
  });

  it("folds US/UK spelling, quote marks and compounds", () => {
    const r = alignUnits(["The neighboring airstrikes were “defensive,” officials said on Sunday."], ["The neighbouring air strikes were \"defensive\", officials said on Sunday."]);
    expect(r.groups[0]!.similarity).toBeGreaterThan(0.85);
  });

  it("aligns a 1,000-paragraph input with planted moves", () => {
    const a = Array.from({ length: 1000 }, (_, k) => `${P[k % P.length]} (${k})`);
    const b = a.slice();
    const [x] = b.splice(100, 1);
    b.splice(700, 0, x!);
    const r = alignUnits(a, b);
    expect(r.groups).toHaveLength(1000);
    expect(r.onlyA).toEqual([]);
    const moved = r.groups.filter((g) => g.moved);
    expect(moved.map((g) => `${g.a}>${g.b}`)).toEqual(["100>700"]);
  });
});

describe("alignUnits properties", () => {
  const arbDoc = fc.array(fc.integer({ min: 0, max: P.length - 1 }), { maxLength: 12 }).map((ks) => ks.map((k) => P[k]!));
  it("each index in at most one group; groups + only cover every unit once", () => {
    fc.assert(fc.property(arbDoc, arbDoc, (a, b) => {
      const r = alignUnits(a, b);
      const ca = [...r.groups.flatMap((g) => g.a), ...r.onlyA].sort((x, y) => x - y);
      const cb = [...r.groups.flatMap((g) => g.b), ...r.onlyB].sort((x, y) => x - y);
      expect(ca).toEqual(a.map((_, k) => k));
      expect(cb).toEqual(b.map((_, k) => k));
      for (const g of r.groups) expect(g.similarity).toBeGreaterThanOrEqual(0), expect(g.similarity).toBeLessThanOrEqual(1);
    }), { numRuns: 60 });
  });
  it("align(a, a) links each unit to itself", () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 0, max: P.length - 1 }), { maxLength: 12 }).map((ks) => ks.map((k) => P[k]!));
    fc.assert(fc.property(distinct, (a) => {
      expect(keyed(alignUnits(a, a))).toEqual(a.map((_, k) => `${k}>${k}`));
    }), { numRuns: 40 });
  });
  // with units repeated inside one side, equal-scoring ties may resolve differently per direction,
  // so the symmetry property is stated for sides without repeats
  // Moved flags included. Beyond the fixed seed CI runs, 90,000 runs (WD_SEED=7, 99 and 123,
  // WD_RUNS=30000) passed; WD_SEED and WD_RUNS explore further.
  it("swapping inputs swaps the sides", () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 0, max: P.length - 1 }), { maxLength: 12 }).map((ks) => ks.map((k) => P[k]!));
    fc.assert(fc.property(distinct, distinct, (a, b) => {
      const ab = alignUnits(a, b), ba = alignUnits(b, a);
      const norm = (gs: { a: number[]; b: number[]; moved: boolean }[]) => gs.map((g) => `${g.a}>${g.b}${g.moved ? " moved" : ""}`).sort();
      expect(norm(ba.groups.map((g) => ({ a: g.b, b: g.a, moved: g.moved })))).toEqual(norm(ab.groups));
    }), { numRuns: Number(process.env.WD_RUNS ?? 40), seed: Number(process.env.WD_SEED ?? 1) });
  });
});

describe("keepRarest (the moves pass's probes)", () => {
  it("keeps what a stable sort by document frequency keeps first, in that order", () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 40 }),
      fc.integer({ min: 1, max: 10 }),
      (dfs, tokens, k) => {
        const df = Int32Array.from(dfs);
        const list = tokens.map((t) => t % dfs.length);
        const expected = [...list].sort((x, y) => df[x]! - df[y]!).slice(0, k);
        const got = [...list];
        if (got.length > k) keepRarest(got, df, k);
        expect(got).toEqual(list.length > k ? expected : list);
      },
    ), { numRuns: 2000 });
  });
});
