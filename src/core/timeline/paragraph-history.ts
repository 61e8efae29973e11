/**
 * @module Follow each body paragraph through the revisions: links carry a row from one version to
 * the next (a merge ends the rows it swallows, a split keeps one row over several paragraphs), an
 * unlinked paragraph of the earlier version ends its row as cut, and one of the later version starts
 * a row where the version places it.
 */
import type { Article, Comparison, Edit } from "../article.ts";
import { linkStatus } from "../story/story-matrix.ts";
import { editChains } from "./edit-chains.ts";
import type { CellStatus, HistoryCell, HistoryRow } from "./timeline-types.ts";

function statusOf(edits: readonly Edit[]): CellStatus {
  const s = linkStatus(edits);
  return s === "verbatim" ? "same" : s === "cut" ? "reworded" : s;
}

const textOf = (a: Article, indices: readonly number[]) => indices.map((i) => a.paragraphs[i]!.text).join("\n\n");

/** `comparisons[k - 1]` compares version k - 1 (A) with version k (B). */
export function paragraphHistory(versions: readonly Article[], comparisons: readonly Comparison[]): HistoryRow[] {
  const n = versions.length;
  type Row = { cells: (HistoryCell | null)[] };
  const rows: Row[] = [];
  const newRow = () => ({ cells: Array.from({ length: n }, () => null as HistoryCell | null) });
  const isBody = (a: Article, i: number) => a.paragraphs[i]?.role === "body";
  // paragraph index of the current version -> its row
  let rowOf = new Map<number, Row>();
  const mergedInto = new Map<HistoryCell, Row>();
  for (const p of versions[0]!.paragraphs) {
    if (p.role !== "body") continue;
    const r = newRow();
    r.cells[0] = { status: "first", paragraphs: [p.index], text: p.text };
    rows.push(r);
    rowOf.set(p.index, r);
  }
  comparisons.forEach((c, s) => {
    const k = s + 1,
      next = new Map<number, Row>();
    const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
    links.forEach((l, m) => {
      const from = [...new Set(l.a.map((i) => rowOf.get(i)).filter((r): r is Row => r != null))];
      if (from.length === 0 && !l.b.some((j) => isBody(c.b, j))) return;
      const row = from.length ? from.reduce((x, y) => (rows.indexOf(x) <= rows.indexOf(y) ? x : y)) : null;
      const cell: HistoryCell = row
        ? { status: statusOf(l.edits), paragraphs: l.b, text: textOf(c.b, l.b), edits: l.edits, anchor: `l${m}` }
        : { status: "added", paragraphs: l.b, text: textOf(c.b, l.b), anchor: `l${m}` };
      const target = row ?? placeRow(rows, newRow(), k, Math.min(...l.b));
      target.cells[k] = cell;
      for (const other of from) {
        if (other === target) continue;
        const merged: HistoryCell = { status: "merged", paragraphs: [], text: "", into: -1, anchor: `l${m}` };
        other.cells[k] = merged;
        mergedInto.set(merged, target);
      }
      for (const j of l.b) next.set(j, target);
    });
    for (const i of c.onlyA) {
      const r = rowOf.get(i);
      if (r && !r.cells[k]) r.cells[k] = { status: "cut", paragraphs: [], text: "", anchor: `a${i}` };
    }
    for (const j of c.onlyB) {
      if (!isBody(c.b, j)) continue;
      const r = placeRow(rows, newRow(), k, j);
      r.cells[k] = { status: "added", paragraphs: [j], text: c.b.paragraphs[j]!.text, anchor: `b${j}` };
      next.set(j, r);
    }
    rowOf = next;
  });
  // a merged cell names its row by index, known once every row is placed
  for (const [cell, row] of mergedInto) cell.into = rows.indexOf(row);
  return rows.map((r) => ({ cells: r.cells, chains: editChains(r.cells) }));
}

/** Insert `row` after the last row whose version-k cell holds a paragraph before `at`. */
function placeRow<R extends { cells: (HistoryCell | null)[] }>(rows: R[], row: R, k: number, at: number): R {
  let pos = 0;
  rows.forEach((r, i) => {
    const c = r.cells[k];
    if (c && c.paragraphs.length && Math.min(...c.paragraphs) < at) pos = i + 1;
  });
  rows.splice(pos, 0, row);
  return row;
}
