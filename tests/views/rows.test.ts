import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparison, LinkKind, LinkWithEdits, Paragraph, Role } from "../../src/core/article.ts";
import { comparisonRows } from "../../src/views/rows.ts";
import { article, comparison } from "./synthetic-comparison.ts";

/** The rows as the first version built them (a scan and a splice per added paragraph): the reference the fast build is held to. */
function referenceRows(c: Comparison): { anchor: string; movedAfter?: string }[] {
  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  type Keyed = { anchor: string; link?: LinkWithEdits; aKey: number; bKey: number; movedAfter?: string };
  const rows: Keyed[] = [];
  links.forEach((l, n) => rows.push({ anchor: `l${n}`, link: l, aKey: Math.min(...l.a), bKey: Math.min(...l.b) }));
  for (const i of c.onlyA) rows.push({ anchor: `a${i}`, aKey: i, bKey: -1 });
  rows.sort((x, y) => x.aKey - y.aKey);
  for (const i of c.onlyB) {
    let at = 0;
    for (let k = 0; k < rows.length; k++) if (rows[k]!.bKey >= 0 && rows[k]!.bKey < i) at = k + 1;
    rows.splice(at, 0, { anchor: `b${i}`, aKey: -1, bKey: i });
  }
  for (const r of rows) {
    if (r.link?.kind !== "moved") continue;
    let best: Keyed | null = null;
    for (const o of rows) if (o !== r && o.bKey >= 0 && o.bKey < r.bKey && (!best || o.bKey > best.bKey)) best = o;
    r.movedAfter = best ? best.anchor : "start";
  }
  return rows.map((r) => (r.movedAfter ? { anchor: r.anchor, movedAfter: r.movedAfter } : { anchor: r.anchor }));
}

/** Random alignments: disjoint groups of 1-3 paragraphs each side, in any order (moves included). */
const arbComparison = fc.record({ na: fc.integer({ min: 0, max: 14 }), nb: fc.integer({ min: 0, max: 14 }), seed: fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 40, maxLength: 40 }) }).map(({ na, nb, seed }) => {
  let s = 0;
  const next = (m: number) => seed[s++ % seed.length]! % m;
  const freeA = [...Array(na).keys()], freeB = [...Array(nb).keys()];
  const take = (free: number[]) => { const k = 1 + next(3); const out: number[] = []; while (out.length < k && free.length) out.push(free.splice(next(free.length), 1)[0]!); return out.sort((x, y) => x - y); };
  const links: { a: number[]; b: number[]; kind: LinkKind }[] = [];
  const kinds: LinkKind[] = ["same", "reworded", "merged", "moved"];
  while (freeA.length && freeB.length && next(5) > 0) links.push({ a: take(freeA), b: take(freeB), kind: kinds[next(kinds.length)]! });
  // the aligner gives links in order of their smallest A paragraph; a hand-made comparison may not
  if (next(2)) links.sort((x, y) => x.a[0]! - y.a[0]!);
  return comparison(article("A", na), article("B", nb), links);
});

describe("comparisonRows", () => {
  it("places rows as the reference build does (links in A order, cuts in place, additions after their B predecessor, moves)", () => {
    fc.assert(fc.property(arbComparison, (c) => {
      const got = comparisonRows(c).map((r) => (r.movedAfter ? { anchor: r.anchor, movedAfter: r.movedAfter } : { anchor: r.anchor }));
      expect(got).toEqual(referenceRows(c));
    }), { numRuns: 500 });
  });

  // issue 22 item 19: one scan and one splice per added paragraph made 200,000 added paragraphs take minutes
  it("builds the rows of a 200,000-paragraph B in one pass (regression: quadratic rows)", () => {
    const N = 200_000;
    const a = article("A", 12), b = article("B", N);
    // A's paragraphs sit in the middle of B, one of them moved to B's end
    const links = [...Array(12).keys()].map((i) => ({ a: [i], b: [i === 5 ? N - 1 : 100_000 + i], kind: (i === 5 ? "moved" : "same") as LinkKind }));
    const rows = comparisonRows(comparison(a, b, links));
    expect(rows).toHaveLength(N);
    expect(rows[0]!.anchor).toBe("b0");
    // B's paragraph left where l5 was taken from comes after l4, its B predecessor
    expect(rows.slice(100_000, 100_008).map((r) => r.anchor)).toEqual(["l0", "l1", "l2", "l3", "l4", "b100005", "l5", "l6"]);
    expect(rows.find((r) => r.anchor === "l5")!.movedAfter).toBe(`b${N - 2}`);
    expect(rows.at(-1)!.anchor).toBe(`b${N - 2}`);
    // every paragraph of both sides is on exactly one row
    const seenB = new Set<number>();
    for (const r of rows) for (const p of r.b) seenB.add(p.index);
    expect(seenB.size).toBe(N);
  });

  it("gives a row the body role when any paragraph of it is body", () => {
    const role = (i: number): Role => (i === 0 ? "title" : "body");
    const c = comparison(article("A", 2, role), article("B", 1), [{ a: [0, 1], b: [0], kind: "merged" }]);
    expect(comparisonRows(c).map((r) => r.role)).toEqual(["body"]);
    expect(comparisonRows(comparison(article("A", 1, role), article("B", 1, role), [])).map((r) => [r.anchor, r.role])).toEqual([["b0", "title"], ["a0", "title"]]);
    const ps: Paragraph[] = comparisonRows(c)[0]!.a;
    expect(ps.map((p) => p.index)).toEqual([0, 1]);
  });
});

// issue 22 item 6: the headlines row, and no paragraph shown twice
describe("comparisonRows with headlines", () => {
  const role = (i: number): Role => (i === 0 ? "title" : "body");
  const edits = [{ op: "equal" as const, a: "Floods ", b: "Floods " }, { op: "replace" as const, a: "kill", b: "hit", class: "substance" as const, tags: [] }];

  it("shows the headlines first and leaves out rows holding only headline paragraphs", () => {
    // A's headline is paragraph 0 and was linked to B's; B's paragraph 2 moved before A's 1
    const c = comparison(article("A", 3, role), article("B", 3, role), [{ a: [0], b: [0] }, { a: [1], b: [2], kind: "moved" }, { a: [2], b: [1] }]);
    c.title = { a: "Floods kill", b: "Floods hit", aParagraph: 0, bParagraph: 0, edits };
    const rows = comparisonRows(c);
    expect(rows.map((r) => r.anchor)).toEqual(["title", "l1", "l2"]);
    expect(rows[0]!).toMatchObject({ title: true, role: "title", edits });
    expect(rows[0]!.a.map((p) => p.index)).toEqual([0]);
    // l1's B place follows B's paragraph 1 (l2), not the left-out headline link
    expect(rows[1]!.movedAfter).toBe("l2");
  });

  it("takes a cut headline paragraph into the headlines row when B's headline is metadata only", () => {
    const c = comparison(article("A", 2, role), article("B", 1), [{ a: [1], b: [0] }]);
    c.title = { a: "Floods kill", b: "Floods hit", aParagraph: 0, bParagraph: null, edits };
    expect(comparisonRows(c).map((r) => r.anchor)).toEqual(["title", "l0"]);
    // a headline paragraph linked to story text keeps its own row
    const d = comparison(article("A", 2, role), article("B", 1), [{ a: [0, 1], b: [0], kind: "merged" }]);
    d.title = { a: "Floods kill", b: "Floods hit", aParagraph: 0, bParagraph: null, edits };
    expect(comparisonRows(d).map((r) => r.anchor)).toEqual(["title", "l0"]);
  });
});
