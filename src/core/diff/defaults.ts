/** @module Tuned limits and thresholds of the word diff and classifier, with how each was chosen. */

export interface DiffOptions {
  /**
   * Work budget of one Myers diff, in (tokens of A + tokens of B) x edit distance. Above it the link
   * falls back to a sentence diff, then to one whole replace.
   * @default 4_000_000 — chosen so a single worst-case link costs at most ~20 ms on this machine
   * (measured with bench/compare.bench.ts on a one-paragraph 100,000-word pair at 50% edits).
   */
  workBudget?: number;
  /**
   * An equality between two changes is absorbed into one replace when it holds at most this many
   * words (diff-match-patch's semantic cleanup, in words).
   * @default 1 — on the seeds and planted edits, 1 merges "killed two American" / "killed three
   * British" into one reworded phrase while keeping separate style edits apart (2 started to glue a
   * spelling change to a neighbouring substantive one).
   */
  absorbWords?: number;
}

export const DIFF_DEFAULTS: Required<DiffOptions> = {
  workBudget: 4_000_000,
  absorbWords: 1,
};

/**
 * Longest run of characters searched for a month name before a changed number (to tag "March 13 ->
 * March 14" as a date). 12 covers "September " plus punctuation.
 */
export const DATE_CONTEXT_CHARS = 12;

/** A quotation of B counts as a truncation of A's when it keeps at least this share of A's words. */
export const TRUNCATED_MIN_SHARE = 0.3;
