/** @module The story view's data: every version against the source as a variant matrix, with per-version figures and cut profile. */
import type { Article, Comparison, Edit, Stats } from "../article.ts";

export type CellStatus = "verbatim" | "style" | "reworded" | "cut";
export const CELL_SYMBOL: Record<CellStatus, string> = { verbatim: "=", style: "~", reworded: "≠", cut: "✕" };

export interface MatrixCell {
  status: CellStatus | "added";
  /** The version's paragraph indices that carry this row. */
  b: number[];
  /** Anchor of the row in that pair's comparison (see views/rows.ts): l<n>, a<i> or b<i>. */
  anchor: string;
}

export interface MatrixRow {
  /** A source paragraph index, or null for a paragraph an outlet added. */
  source: number | null;
  text: string;
  /** One cell per version (same order as StoryMatrix.versions); null where the version has nothing to say (an added row of another version). */
  cells: (MatrixCell | null)[];
}

export type CutProfile = "none" | "bottom" | "middle" | "bottom and middle";

export interface VersionSummary {
  id: string;
  outlet: string | null;
  stats: Stats;
  cutProfile: CutProfile;
}

export interface StoryMatrix {
  source: Article;
  versions: VersionSummary[];
  rows: MatrixRow[];
  /** The comparisons the matrix was read from (source as A, version k as B), for views that show the text. */
  comparisons: Comparison[];
}

export function linkStatus(edits: readonly Edit[]): CellStatus {
  let style = false;
  for (const e of edits) {
    if (e.op === "equal") continue;
    if (e.class === "substance") return "reworded";
    style = true;
  }
  return style ? "style" : "verbatim";
}

/** Which body paragraphs of the source a version dropped: none, a tail (wire copy is trimmed from the bottom), or from inside. */
export function cutProfile(c: Comparison): CutProfile {
  const body = c.a.paragraphs.filter((p) => p.role === "body").map((p) => p.index);
  const cut = new Set(c.onlyA);
  if (!body.some((i) => cut.has(i))) return "none";
  let tail = body.length;
  while (tail > 0 && cut.has(body[tail - 1]!)) tail--;
  const inside = body.slice(0, tail).some((i) => cut.has(i));
  return tail === body.length ? "middle" : inside ? "bottom and middle" : "bottom";
}

/** `comparisons[k]` compares the source (A) with version k (B). The source's own column is left out. */
export function storyMatrix(source: Article, comparisons: Comparison[]): StoryMatrix {
  const rows: MatrixRow[] = source.paragraphs.filter((p) => p.role === "body").map((p) => ({ source: p.index, text: p.text, cells: comparisons.map(() => null) }));
  const rowOf = new Map(rows.map((r, k) => [r.source!, k]));
  comparisons.forEach((c, v) => {
    const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
    links.forEach((l, n) => {
      const status = linkStatus(l.edits);
      for (const i of l.a) { const k = rowOf.get(i); if (k != null) rows[k]!.cells[v] = { status, b: l.b, anchor: `l${n}` }; }
    });
    for (const i of c.onlyA) { const k = rowOf.get(i); if (k != null) rows[k]!.cells[v] = { status: "cut", b: [], anchor: `a${i}` }; }
  });
  // Paragraphs a version added, placed after the row that holds the version paragraph before them.
  comparisons.forEach((c, v) => {
    for (const j of c.onlyB) {
      const p = c.b.paragraphs[j]!;
      if (p.role !== "body") continue;
      let at = 0;
      rows.forEach((r, k) => { const cell = r.cells[v]; if (cell && cell.b.length && Math.min(...cell.b) < j) at = k + 1; });
      const cells: (MatrixCell | null)[] = comparisons.map(() => null);
      cells[v] = { status: "added", b: [j], anchor: `b${j}` };
      rows.splice(at, 0, { source: null, text: p.text, cells });
    }
  });
  const versions = comparisons.map((c) => ({ id: c.b.id, outlet: c.b.outlet, stats: c.stats, cutProfile: cutProfile(c) }));
  return { source, versions, rows, comparisons };
}
