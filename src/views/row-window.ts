/** @module What one compare page shows of the rows: long runs of cut or added paragraphs folded, at most a page of rows, the rest behind links. */
import { PAGE_ROWS, RUN_FOLD, RUN_KEEP } from "./defaults.ts";
import { rowChanges, type ViewRow } from "./rows.ts";

/** Rows not shown, standing in one row: their count, changes and place, and the row a link to them starts at. */
export interface RowGap {
  count: number;
  /** "cut paragraphs", "added paragraphs" or "rows" (a mix). */
  what: string;
  /** Paragraphs of a run ("B ¶3–¶99,996"), or "" for a mix. */
  where: string;
  /** Anchor of the first row the link to them shows. */
  start: string;
  changes: { style: number; subst: number };
  /** Characters of their text (sizes the overview strip's segment). */
  chars: number;
}

export interface WindowOptions {
  /** Show the rows from this anchor on, unfolded (a page of them); else the whole comparison folded. */
  start?: string;
  limit?: number;
  fold?: number;
  keep?: number;
}

/** The side a row of unlinked paragraphs is on ("a" cut, "b" added), or null for a row with edits. */
const runSide = (r: ViewRow): "a" | "b" | null => (r.edits ? null : r.a.length ? "a" : "b");

function gapRow(rows: ViewRow[], from: number, to: number, start: number): ViewRow {
  const changes = { style: 0, subst: 0 };
  let chars = 0, body = false;
  const side = runSide(rows[from]!);
  let same = side !== null;
  for (let i = from; i < to; i++) {
    const r = rows[i]!, n = rowChanges(r);
    changes.style += n.style; changes.subst += n.subst;
    for (const p of r.a) chars += p.text.length;
    for (const p of r.b) chars += p.text.length;
    body ||= r.role === "body";
    same &&= runSide(r) === side;
  }
  const ends = (r: ViewRow) => (side === "a" ? r.a : r.b)[0]!.index.toLocaleString("en");
  const gap: RowGap = {
    count: to - from, what: same ? (side === "a" ? "cut paragraphs" : "added paragraphs") : "rows",
    where: same ? `${side === "a" ? "A" : "B"} ¶${ends(rows[from]!)}–¶${ends(rows[to - 1]!)}` : "",
    start: rows[start]!.anchor, changes, chars,
  };
  return { anchor: `gap-${rows[from]!.anchor}`, label: "Not shown", a: [], b: [], role: body ? "body" : rows[from]!.role, gap };
}

/**
 * The rows of one page, gap rows standing for those left out, so that a page renders in bounded
 * time whatever the articles' length. Every change of `rows` is on a shown row or counted in a gap
 * row (whose link shows it), so the page's change count stays that of the whole comparison.
 */
export function windowRows(rows: ViewRow[], o: WindowOptions = {}): { rows: ViewRow[]; first: number; last: number } {
  const limit = o.limit ?? PAGE_ROWS, fold = o.fold ?? RUN_FOLD, keep = o.keep ?? RUN_KEEP;
  const at = o.start ? rows.findIndex((r) => r.anchor === o.start) : -1;
  if (at >= 0) {
    // a page of rows as they are, with the rows before and after behind links
    const end = Math.min(rows.length, at + limit);
    const out = rows.slice(at, end);
    if (at > 0) out.unshift(gapRow(rows, 0, at, Math.max(0, at - limit)));
    if (end < rows.length) out.push(gapRow(rows, end, rows.length, end));
    return { rows: out, first: at, last: end - 1 };
  }
  const out: ViewRow[] = [];
  let i = 0;
  while (i < rows.length) {
    if (out.length >= limit) { out.push(gapRow(rows, i, rows.length, i)); break; }
    const side = runSide(rows[i]!);
    let j = i + 1;
    if (side) while (j < rows.length && runSide(rows[j]!) === side) j++;
    if (j - i > fold) out.push(...rows.slice(i, i + keep), gapRow(rows, i + keep, j - keep, i + keep), ...rows.slice(j - keep, j));
    else for (let k = i; k < j; k++) out.push(rows[k]!);
    i = j;
  }
  return { rows: out, first: 0, last: rows.length - 1 };
}
