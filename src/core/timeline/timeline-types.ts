/**
 * @module The revision timeline's data: one article's versions, each against the one before, and each
 * paragraph's history.
 */
import type { Edit, Stats } from "../article.ts";

export interface TimelineVersion {
  id: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  title: string | null;
}

/** What one revision changed against the version before it. */
export interface RevisionStep {
  from: string;
  to: string;
  stats: Stats;
  paragraphsAdded: number;
  paragraphsCut: number;
  paragraphsReworded: number;
  paragraphsStyled: number;
  /** Changed numbers and altered (or truncated) quotations, as the compare stats count them. */
  changedNumbers: number;
  alteredQuotes: number;
  /** Both titles when they differ (the words are not diffed here: see README). */
  title: { from: string | null; to: string | null } | null;
}

export type CellStatus = "first" | "same" | "style" | "reworded" | "added" | "cut" | "merged";

/** One paragraph (or group) of one version in a history row. */
export interface HistoryCell {
  status: CellStatus;
  /** Paragraph indices of this version that carry the row (empty once cut). */
  paragraphs: number[];
  /** The row's text in this version. */
  text: string;
  /** Word edits from the previous version's cell (reworded and style cells). */
  edits?: Edit[];
  /** Anchor of the row on the compare page of the previous version and this one. */
  anchor?: string;
  /** For a merged cell: the row it was merged into. */
  into?: number;
}

/** One source paragraph followed through the revisions. `cells[k]` is version k, null where it does not exist. */
export interface HistoryRow {
  cells: (HistoryCell | null)[];
  /** Successive replacements that continue each other (["65", "75", "98"]), with the version of each value. */
  chains: { values: string[]; versions: number[] }[];
}

export interface Timeline {
  id: string;
  versions: TimelineVersion[];
  steps: RevisionStep[];
  /** The headline followed like a paragraph; null when no version has one. */
  headline: HistoryRow | null;
  rows: HistoryRow[];
}
