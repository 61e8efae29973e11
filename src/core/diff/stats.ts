/**
 * @module Statistics of a comparison (DESIGN.md, "stats"): shares of A's body words kept verbatim,
 * kept with style edits only, reworded, cut; the share of B's body words that is new; counts of
 * edits, altered quotations and changed numbers. Non-body paragraphs are left out of the shares.
 */
import type { Article, QuoteFate, Stats } from "../article.ts";
import { countWords } from "../text/tokenize.ts";
import { addCounts, countEdit, emptyCounts } from "./edit-counts.ts";
import { type LinkDetail, type LinkSide, PARAGRAPH_JOIN, paragraphAt } from "./diff-link.ts";

/**
 * Words of side text [from, to) that lie in body paragraphs (ranges never cut a word). A whole
 * paragraph is counted through `memo` (by its text), so a paragraph B kept verbatim is scanned once.
 */
function bodyWords(side: LinkSide, from: number, to: number, isBody: (i: number) => boolean, memo: Map<string, number>): number {
  if (to <= from) return 0;
  let n = 0;
  for (let p = paragraphAt(side, from); p < side.starts.length && side.starts[p]! < to; p++) {
    if (!isBody(side.paragraphs[p]!)) continue;
    const start = side.starts[p]!;
    const end = p + 1 < side.starts.length ? side.starts[p + 1]! - PARAGRAPH_JOIN.length : side.text.length;
    if (from <= start && to >= end) n += wordsOf(side.text.slice(start, end), memo);
    else n += countWords(side.text, Math.max(from, start), Math.min(to, end));
  }
  return n;
}

function wordsOf(text: string, memo: Map<string, number>): number {
  let n = memo.get(text);
  if (n === undefined) { n = countWords(text); memo.set(text, n); }
  return n;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function computeStats(a: Article, b: Article, details: LinkDetail[], onlyA: number[], onlyB: number[], quotes: QuoteFate[]): Stats {
  const bodyA = new Set(a.paragraphs.filter((p) => p.role === "body").map((p) => p.index));
  const bodyB = new Set(b.paragraphs.filter((p) => p.role === "body").map((p) => p.index));
  const isA = (i: number) => bodyA.has(i), isB = (i: number) => bodyB.has(i);
  const counts = emptyCounts();
  const memo = new Map<string, number>(); // words of a paragraph text, for this comparison
  const titleA = new Set(a.paragraphs.filter((p) => p.role === "title").map((p) => p.index));
  const titleB = new Set(b.paragraphs.filter((p) => p.role === "title").map((p) => p.index));
  for (const d of details) {
    // the headlines are compared apart (Comparison.title) and not counted, however the aligner paired them
    if (d.a.paragraphs.every((i) => titleA.has(i)) && d.b.paragraphs.every((i) => titleB.has(i))) continue;
    // a diffed link tallied its edits as it made them; an identical one is counted from its text
    if (d.counts) { addCounts(counts, d.counts); continue; }
    const edits = d.link.edits, r = d.ranges;
    for (let k = 0; k < edits.length; k++) {
      countEdit(counts, edits[k]!, bodyWords(d.a, r[4 * k]!, r[4 * k + 1]!, isA, memo), bodyWords(d.b, r[4 * k + 2]!, r[4 * k + 3]!, isB, memo));
    }
  }
  const byA = new Map(a.paragraphs.map((p) => [p.index, p]));
  const byB = new Map(b.paragraphs.map((p) => [p.index, p]));
  for (const i of onlyA) if (bodyA.has(i)) counts.cut += wordsOf(byA.get(i)!.text, memo);
  for (const i of onlyB) if (bodyB.has(i)) { const n = wordsOf(byB.get(i)!.text, memo); counts.newB += n; counts.bWords += n; }
  // every A body word fell in exactly one bucket (links and onlyA cover A); B likewise
  const aWords = counts.verbatim + counts.styleOnly + counts.reworded + counts.cut;
  const shareA = (n: number) => (aWords ? round(n / aWords) : 0);
  const { bWords, newB, styleEdits, substantiveEdits, changedNumbers } = counts;
  return {
    aWords,
    bWords,
    verbatim: shareA(counts.verbatim),
    styleOnly: shareA(counts.styleOnly),
    reworded: shareA(counts.reworded),
    cut: shareA(counts.cut),
    newInB: bWords ? round(newB / bWords) : 0,
    styleEdits,
    substantiveEdits,
    alteredQuotes: quotes.filter((q) => q.status === "altered" || q.status === "truncated").length,
    changedNumbers,
  };
}
