/** @module The CSV report, for R and pandas: one row per edit, and a second table of summary statistics. */
import { csvTable } from "./csv-table.ts";
import type { Comparison } from "../core/article.ts";
import type { ReportInfo } from "./report-info.ts";

export const EDIT_COLUMNS = ["link", "kind", "a_paragraphs", "b_paragraphs", "op", "class", "tags", "a_text", "b_text"] as const;

/** One row per edit of every link; unlinked paragraphs as whole delete (cut) or insert (added) rows with an empty link number. */
export function renderCsvEdits(c: Comparison): string {
  const rows: (string | number)[][] = [];
  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  links.forEach((l, n) => {
    for (const e of l.edits) rows.push([n + 1, l.kind, l.a.join(" "), l.b.join(" "), e.op, e.op === "equal" ? "" : e.class, e.op === "equal" ? "" : e.tags.join(";"), e.a, e.b]);
  });
  for (const i of c.onlyA) rows.push(["", "cut", String(i), "", "delete", "substance", "", c.a.paragraphs[i]!.text, ""]);
  for (const i of c.onlyB) rows.push(["", "added", "", String(i), "insert", "substance", "", "", c.b.paragraphs[i]!.text]);
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
