/**
 * @module Read a paragraph's successive replacements as one line: a figure that went 65 -> 75 -> 98
 * over three revisions is one chain, not two unrelated edits.
 */
import type { HistoryCell } from "./timeline-types.ts";

/**
 * `cells[k]` is the row's cell in version k (null where absent). A replacement whose old text is the new text of
 * an open chain extends it.
 */
export function editChains(cells: readonly (HistoryCell | null)[]): { values: string[]; versions: number[] }[] {
  const chains: { values: string[]; versions: number[] }[] = [];
  cells.forEach((cell, k) => {
    for (const e of cell?.edits ?? []) {
      if (e.op !== "replace" || e.class !== "substance") continue;
      const a = e.a.trim(),
        b = e.b.trim();
      const open = chains.find(
        (ch) => ch.values[ch.values.length - 1] === a && ch.versions[ch.versions.length - 1]! < k,
      );
      if (open) {
        open.values.push(b);
        open.versions.push(k);
      } else chains.push({ values: [a, b], versions: [k - 1, k] });
    }
  });
  return chains;
}
