/**
 * @module The comparison pipeline after alignment: diff every link word by word, classify each
 * edit, follow A's quotations into B, count the statistics. compareArticles (../compare.ts) aligns
 * and calls this; tests and callers holding an alignment already call it directly.
 */
import type { Alignment, Article, Comparison, QuoteFate } from "../article.ts";
import type { DiffOptions } from "./defaults.ts";
import { internerReset } from "../text/intern.ts";
import type { ParagraphTokens } from "../text/paragraph-tokens.ts";
import { diffLink, paragraphIndexMap, type LinkDetail } from "./diff-link.ts";
import { BodySearch, quoteFatesOfLink, quoteFatesOfUnlinked } from "./quote-fates.ts";
import { computeStats } from "./stats.ts";

/** `tokens`: both articles' paragraphs, tokenized already (compareArticles shares them with the aligner). */
export function compareAligned(a: Article, b: Article, alignment: Alignment, opts: DiffOptions = {}, tokens?: ParagraphTokens): Comparison {
  // the interner is reset (when full) before a comparison, never inside one: ids stay valid
  // throughout (tokenizeArticles did so already when the tokens come from it)
  if (!tokens) internerReset();
  const aIndex = paragraphIndexMap(a), bIndex = paragraphIndexMap(b);
  const details: LinkDetail[] = alignment.links.map((l) => diffLink(l, a, b, aIndex, bIndex, opts, tokens));
  const isBodyA = (i: number) => aIndex.get(i)?.role === "body";
  const isBodyB = (i: number) => bIndex.get(i)?.role === "body";
  const search = new BodySearch(b);
  // a B side of one paragraph is that paragraph's text: its quotations are found already
  for (const d of details) if (d.b.paragraphs.length === 1) search.learnQuotes(d.b.paragraphs[0]!, d.b.text, d.b.quotes);
  const quotes: QuoteFate[] = [];
  for (const d of details) quotes.push(...quoteFatesOfLink(d, isBodyA, isBodyB, search));
  quotes.push(...quoteFatesOfUnlinked(a, alignment.onlyA, search));
  quotes.sort((x, y) => x.a - y.a);
  return {
    a,
    b,
    links: details.map((d) => d.link),
    onlyA: alignment.onlyA,
    onlyB: alignment.onlyB,
    stats: computeStats(a, b, details, alignment.onlyA, alignment.onlyB, quotes),
    quotes,
  };
}
