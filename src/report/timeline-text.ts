/** @module Words and marks of a revision timeline, shared by its page, its reports and the command line. */
import type { CellStatus, HistoryRow, RevisionStep, TimelineVersion } from "../core/timeline/timeline-types.ts";

/** Each status's mark and its meaning. */
export const TIMELINE_MARK: Record<CellStatus, [string, string]> = {
  first: ["●", "first version"],
  same: ["=", "unchanged"],
  style: ["~", "style edits only"],
  reworded: ["≠", "reworded"],
  added: ["+", "added"],
  cut: ["✕", "cut"],
  merged: ["⤷", "merged into another paragraph"],
};

export const MARKS_LEGEND = "● first version, = unchanged, ~ style only, ≠ reworded, + added, ✕ cut, ⤷ merged";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a revision changed, as short phrases ("1 ¶ added", "2 numbers changed"); empty when the body is unchanged. */
export function stepChanges(s: RevisionStep): string[] {
  const parts: string[] = [];
  if (s.paragraphsAdded) parts.push(`${s.paragraphsAdded} ¶ added`);
  if (s.paragraphsCut) parts.push(`${s.paragraphsCut} ¶ cut`);
  if (s.paragraphsReworded) parts.push(`${s.paragraphsReworded} ¶ reworded`);
  if (s.paragraphsStyled) parts.push(`${s.paragraphsStyled} ¶ style only`);
  if (s.changedNumbers) parts.push(`${plural(s.changedNumbers, "number", "numbers")} changed`);
  if (s.alteredQuotes) parts.push(`${plural(s.alteredQuotes, "quotation", "quotations")} altered`);
  return parts;
}

export function versionLabel(v: TimelineVersion, k: number): string {
  return `v${k + 1}${v.date ? ` · ${v.date}` : ""}`;
}

/** The row's marks, one per version ("·" where the paragraph does not exist). */
export function rowMarks(row: HistoryRow): string {
  return row.cells.map((c) => (c ? TIMELINE_MARK[c.status][0] : "·")).join("");
}

/** The row's text in the last version that has it. */
export function latestText(row: HistoryRow): string {
  return [...row.cells].reverse().find((c) => c && c.text)?.text ?? "";
}
