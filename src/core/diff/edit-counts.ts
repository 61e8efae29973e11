/**
 * @module The statistics' tallies of edits (DESIGN.md, "stats"): A's body words by what became of
 * them, B's body words and how many are new, and the edit counts. One link's tally is made while its
 * edits are fresh (diff-link.ts); stats.ts adds the links' tallies up.
 */
import type { Edit } from "../article.ts";

export interface EditCounts {
  /** A's body words kept verbatim, kept with style edits only, reworded, cut. */
  verbatim: number;
  styleOnly: number;
  reworded: number;
  cut: number;
  /** B's body words, and those B added. */
  bWords: number;
  newB: number;
  styleEdits: number;
  substantiveEdits: number;
  changedNumbers: number;
}

export function emptyCounts(): EditCounts {
  return { verbatim: 0, styleOnly: 0, reworded: 0, cut: 0, bWords: 0, newB: 0, styleEdits: 0, substantiveEdits: 0, changedNumbers: 0 };
}

/** Count one edit whose A part holds `aWords` body words and B part `bWords`. */
export function countEdit(c: EditCounts, e: Edit, aWords: number, bWords: number): void {
  if (e.op === "equal") c.verbatim += aWords;
  else if (e.class === "style") c.styleOnly += aWords;
  else if (e.op === "delete") c.cut += aWords;
  else c.reworded += aWords;
  c.bWords += bWords;
  if (e.op === "insert") c.newB += bWords;
  if (e.op === "equal") return;
  if (e.class === "style") c.styleEdits++;
  else {
    c.substantiveEdits++;
    if (e.tags.includes("number")) c.changedNumbers++;
  }
}

export function addCounts(into: EditCounts, c: EditCounts): void {
  into.verbatim += c.verbatim; into.styleOnly += c.styleOnly; into.reworded += c.reworded; into.cut += c.cut;
  into.bWords += c.bWords; into.newB += c.newB;
  into.styleEdits += c.styleEdits; into.substantiveEdits += c.substantiveEdits; into.changedNumbers += c.changedNumbers;
}
