import { describe, expect, it } from "vitest";
import type { LinkKind } from "../../src/core/article.ts";
import { comparisonRows, rowChanges, type ViewRow } from "../../src/views/rows.ts";
import { windowRows } from "../../src/views/row-window.ts";
import { article, comparison } from "./synthetic-comparison.ts";

const sum = (rows: ViewRow[]) => rows.reduce((s, r) => { const n = rowChanges(r); return { style: s.style + n.style, subst: s.subst + n.subst }; }, { style: 0, subst: 0 });
const edits = [{ op: "replace" as const, a: "x", b: "y", class: "style" as const, tags: [] }];

/** A story of 12 paragraphs inside a B of `n` paragraphs (as a page pasted with its whole site), with style edits. */
function bigRows(n: number): ViewRow[] {
  const mid = Math.floor(n / 2);
  const links = [...Array(12).keys()].map((i) => ({ a: [i], b: [mid + i], kind: "reworded" as LinkKind, edits }));
  return comparisonRows(comparison(article("A", 14), article("B", n), links));
}

// issue 22 item 19: a compare page rendered every one of 200,000 rows (30 s, 140 MB of HTML)
describe("windowRows: what one compare page renders (regression: unbounded pages)", () => {
  it("folds long runs of added paragraphs to their ends, keeping every story row and every change counted", () => {
    const rows = bigRows(200_000);
    const w = windowRows(rows);
    expect(w.rows.length).toBeLessThan(40);
    expect(w.rows.filter((r) => r.link).map((r) => r.anchor)).toEqual(rows.filter((r) => r.link).map((r) => r.anchor));
    const gaps = w.rows.filter((r) => r.gap);
    expect(gaps.map((g) => [g.gap!.count, g.gap!.what, g.gap!.where, g.gap!.start])).toEqual([
      [99_994, "added paragraphs", "B ¶3–¶99,996", "b3"],
      [99_982, "added paragraphs", "B ¶100,015–¶199,996", "b100015"],
    ]);
    expect(w.rows.slice(0, 3).map((r) => r.anchor)).toEqual(["b0", "b1", "b2"]);
    expect(sum(w.rows)).toEqual(sum(rows));
    // the cut paragraphs A does not carry into B (13, and a run of two) are short runs: shown
    expect(w.rows.some((r) => r.anchor === "a12")).toBe(true);
  });

  it("shows a page of rows from an anchor, the rows before and after behind gaps", () => {
    const rows = bigRows(200_000);
    const w = windowRows(rows, { start: "b3", limit: 500 });
    expect(w.rows.map((r) => r.anchor).slice(0, 3)).toEqual(["gap-b0", "b3", "b4"]);
    expect(w.rows.length).toBe(502);
    expect(w.rows[0]!.gap).toMatchObject({ count: 3, start: "b0" });
    expect(w.rows.at(-1)!.gap).toMatchObject({ count: rows.length - 503, what: "rows", start: "b503" });
    expect(sum(w.rows)).toEqual(sum(rows));
    // the previous page's link starts a page earlier
    expect(windowRows(rows, { start: "b1003", limit: 500 }).rows[0]!.gap!.start).toBe("b503");
  });

  it("stops at a page of rows however the rows come, the rest behind one gap", () => {
    // every other B paragraph linked: no long runs, many rows
    const n = 3000;
    const links = [...Array(n / 2).keys()].map((i) => ({ a: [i], b: [2 * i], kind: "reworded" as LinkKind, edits }));
    const rows = comparisonRows(comparison(article("A", n / 2), article("B", n), links));
    const w = windowRows(rows, { limit: 500 });
    expect(w.rows.length).toBe(501);
    expect(w.rows.at(-1)!.gap).toMatchObject({ count: n - 500, start: rows[500]!.anchor });
    expect(sum(w.rows)).toEqual(sum(rows));
  });

  it("leaves a short comparison as it is", () => {
    const rows = bigRows(60);
    expect(windowRows(rows).rows).toEqual(rows);
    expect(windowRows(rows, { start: "nowhere" }).rows).toEqual(rows);
  });
});
