/**
 * @module The headline's history across the revisions, read like a paragraph's: its word edits come
 * from the compare result's headline pair (`Comparison.title`, present when both versions have a
 * headline); without that pair a changed headline is still marked, its text shown whole.
 */
import type { Article, Comparison } from "../article.ts";
import { linkStatus } from "../story/story-matrix.ts";
import { editChains } from "./edit-chains.ts";
import type { HistoryCell, HistoryRow } from "./timeline-types.ts";

/** `comparisons[k - 1]` compares version k - 1 with version k. Null when no version has a headline. */
export function headlineRow(versions: readonly Article[], comparisons: readonly Comparison[]): HistoryRow | null {
  if (!versions.some((v) => v.title)) return null;
  const cells = versions.map((v, k): HistoryCell | null => {
    if (!v.title) return null;
    const prev = versions[k - 1];
    if (!prev) return { status: "first", paragraphs: [], text: v.title };
    if (!prev.title) return { status: "added", paragraphs: [], text: v.title };
    const edits = comparisons[k - 1]?.title?.edits;
    if (edits) {
      const s = linkStatus(edits);
      return {
        status: s === "verbatim" ? "same" : s === "style" ? "style" : "reworded",
        paragraphs: [],
        text: v.title,
        edits,
      };
    }
    return { status: prev.title === v.title ? "same" : "reworded", paragraphs: [], text: v.title };
  });
  return { cells, chains: editChains(cells) };
}
