/**
 * @module What every version made of one row of the story matrix: each version's text of it, with
 * its word diff against the source.
 */
import type { Edit, LinkKind, LinkWithEdits, Paragraph } from "../core/article.ts";
import type { CellStatus, StoryMatrix } from "../core/story/story-matrix.ts";

export interface Reading {
  /** The version's column in the matrix. */
  version: number;
  id: string;
  outlet: string | null;
  status: CellStatus | "added";
  /** The link's kind (merged, split, moved ...), or "cut" / "added" for an unlinked paragraph. */
  kind: LinkKind | "cut" | "added";
  /** The source paragraphs of the link (more than one when the version merged them), or the cut one. */
  a: Paragraph[];
  /** The version's paragraphs that carry it (more than one when it split the source paragraph). */
  b: Paragraph[];
  /** The word diff against the source; absent for a cut or added paragraph (shown whole). */
  edits?: Edit[];
  /** The row's anchor on that pair's compare page. */
  anchor: string;
}

/** Anchors of the story view: a matrix row, its expansion, and one version's reading in it. */
export const matrixRowId = (k: number) => `m${k}`;
export const readingsId = (k: number) => `row-${k}`;
export const readingId = (k: number, v: number) => `row-${k}-v${v}`;

/** Each comparison's links in the matrix's order (by first source paragraph), whose position is the `l<n>` anchor. */
const SORTED = new WeakMap<object, LinkWithEdits[]>();
function sortedLinks(links: LinkWithEdits[]): LinkWithEdits[] {
  let s = SORTED.get(links);
  if (!s) SORTED.set(links, (s = [...links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a))));
  return s;
}

/** The readings of matrix row `k`, one per version that has something there, in the matrix's column order. */
export function rowReadings(m: StoryMatrix, k: number): Reading[] {
  const row = m.rows[k];
  if (!row) return [];
  const out: Reading[] = [];
  row.cells.forEach((cell, v) => {
    const c = m.comparisons[v];
    if (!cell || !c) return;
    const base = { version: v, id: c.b.id, outlet: c.b.outlet, status: cell.status, anchor: cell.anchor };
    const n = /^l(\d+)$/.exec(cell.anchor);
    const link = n ? sortedLinks(c.links)[Number(n[1])] : undefined;
    if (link) {
      const a = link.a.map((i) => c.a.paragraphs[i]!), b = link.b.map((i) => c.b.paragraphs[i]!);
      out.push({ ...base, kind: link.kind, a, b, edits: link.edits });
    } else if (cell.status === "cut" && row.source != null) {
      out.push({ ...base, kind: "cut", a: [c.a.paragraphs[row.source]!], b: [] });
    } else if (cell.status === "added") {
      out.push({ ...base, kind: "added", a: [], b: cell.b.map((i) => c.b.paragraphs[i]!) });
    }
  });
  return out;
}

/** What a reading says about its link beyond the cell's symbol: "merged: source ¶3+4 in its ¶2". */
export function readingNote(r: Reading): string {
  const src = "¶" + r.a.map((p) => p.index).join("+"), its = "¶" + r.b.map((p) => p.index).join("+");
  switch (r.kind) {
    case "cut": return `cut: source ${src} is not in this version`;
    case "added": return `added: its ${its}, not in the source`;
    case "merged": return `merged: source ${src} in its ${its}`;
    case "split": return `split: source ${src} in its ${its}`;
    case "regrouped": return `regrouped: source ${src} in its ${its}`;
    case "moved": return `moved: source ${src} at its ${its}`;
    case "same": case "reworded": return `source ${src} at its ${its}`;
  }
}
