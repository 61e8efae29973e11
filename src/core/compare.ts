/**
 * @module The one pipeline entry: align two articles, then diff, classify, follow quotations and
 * count (diff/compare-aligned.ts); diff the two headlines as a pair (diff/compare-titles.ts). Pure (no I/O, no clock): the CLI, the server and the report
 * writers all call this.
 */
import type { Alignment, Article, Comparison } from "./article.ts";
import { alignArticles } from "./align/align-articles.ts";
import { compareAligned } from "./diff/compare-aligned.ts";
import { compareTitles } from "./diff/compare-titles.ts";
import { tokenizeArticles } from "./text/paragraph-tokens.ts";
import type { DiffOptions } from "./diff/defaults.ts";

export interface CompareOptions extends DiffOptions {
  /** Use this alignment instead of computing one (a stored or hand-made alignment). */
  alignment?: Alignment;
  /** Options passed through to alignArticles. */
  align?: Parameters<typeof alignArticles>[2];
}

/** Compare A (the reference) with B: the compare JSON of DESIGN.md, plus both articles and their headlines as a pair. */
export function compareArticles(a: Article, b: Article, opts: CompareOptions = {}): Comparison {
  // every paragraph is tokenized once, for the aligner and the word diff of each link
  const tokens = tokenizeArticles(a, b);
  const alignment = opts.alignment ?? alignArticles(a, b, opts.align, tokens);
  const c = compareAligned(a, b, alignment, opts, tokens);
  const title = compareTitles(a, b, opts);
  if (title) c.title = title;
  return c;
}
