/** @module The figures table of a grouped corpus: its columns and a lazy stream of its rows. */
import type { Article, Story } from "../../core/article.ts";
import { EDIT_COLUMNS, PAIR_COLUMNS, type FigureColumn } from "./columns.ts";
import { editRows, pairRow, storyPairs, type FigureRow } from "./figure-rows.ts";

export interface FiguresOptions {
  /** One row per edit instead of one per pair. */
  edits?: boolean;
  /** Called after each pair is compared, with the pairs done and the total. */
  progress?: (done: number, total: number) => void;
}

export function corpusFigures(
  stories: readonly Story[],
  byId: ReadonlyMap<string, Article>,
  opts: FiguresOptions = {},
): { columns: readonly FigureColumn[]; pairs: number; rows: Generator<FigureRow> } {
  const pairs = stories.reduce((n, s) => n + Math.max(0, s.versions.length - 1), 0);
  function* rows(): Generator<FigureRow> {
    let done = 0;
    for (const p of storyPairs(stories, byId)) {
      if (opts.edits) yield* editRows(p);
      else yield pairRow(p);
      opts.progress?.(++done, pairs);
    }
  }
  return { columns: opts.edits ? EDIT_COLUMNS : PAIR_COLUMNS, pairs, rows: rows() };
}
