/** @module The CSV report, for R and pandas: one row per edit, and a second table of summary statistics. */
import { csvTable } from "./csv-table.ts";
import type { Comparison, Edit } from "../core/article.ts";
import type { ReportInfo } from "./report-info.ts";
import { showsOnlyHeadlines } from "../views/rows.ts";

export const EDIT_COLUMNS = ["link", "kind", "a_paragraphs", "b_paragraphs", "op", "class", "tags", "a_text", "b_text"] as const;

/**
 * One row per edit of the headlines (link `title`, kind `headline`) and of every link; unlinked
 * paragraphs as whole delete (cut) or insert (added) rows with an empty link number. Paragraphs that
 * only show the headlines are left out, as on the page: their edits are the headlines' rows.
 */
export function renderCsvEdits(c: Comparison): string {
  const rows: (string | number)[][] = [];
  const edit = (e: Edit): string[] => [e.op, e.op === "equal" ? "" : e.class, e.op === "equal" ? "" : e.tags.join(";"), e.a, e.b];
  const t = c.title;
  const headline = (a: number[], b: number[]) => t !== undefined && showsOnlyHeadlines(t, a, b);
  if (t) for (const e of t.edits) rows.push(["title", "headline", t.aParagraph ?? "", t.bParagraph ?? "", ...edit(e)]);
  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  links.forEach((l, n) => {
    if (!headline(l.a, l.b)) for (const e of l.edits) rows.push([n + 1, l.kind, l.a.join(" "), l.b.join(" "), ...edit(e)]);
  });
  for (const i of c.onlyA) if (!headline([i], [])) rows.push(["", "cut", String(i), "", "delete", "substance", "", c.a.paragraphs[i]!.text, ""]);
  for (const i of c.onlyB) if (!headline([], [i])) rows.push(["", "added", "", String(i), "insert", "substance", "", "", c.b.paragraphs[i]!.text]);
  return csvTable([[...EDIT_COLUMNS], ...rows]);
}

/** The summary statistics as `metric,value` rows, plus the report's provenance. */
export function renderCsvStats(c: Comparison, info: ReportInfo): string {
  const rows: (string | number)[][] = [["metric", "value"], ["a_id", c.a.id], ["b_id", c.b.id]];
  for (const [k, v] of Object.entries(c.stats)) rows.push([k, v]);
  rows.push(["generatedAt", info.generatedAt], ["version", info.version]);
  for (const inp of info.inputs) rows.push([`sha256:${inp.id}`, inp.sha256]);
  return csvTable(rows);
}

/** Both tables in one stream (stdout and downloads): the edits, a blank line, then the stats table from its `metric,value` header. */
export function renderCsvReport(c: Comparison, info: ReportInfo): string {
  return renderCsvEdits(c) + "\n" + renderCsvStats(c, info);
}
