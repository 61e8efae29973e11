/**
 * @module What became of each direct quotation of A in B: verbatim, style (only house-style edits),
 * altered (with the edits), truncated (B keeps a strict part) or missing. Follows the quotation
 * through its link's word diff first; a quotation whose paragraph B cut (or that B moved) is searched
 * for in all of B's body text.
 */
import type { Article, Edit, QuoteFate } from "../article.ts";
import { findQuotations, type QuoteSpan } from "../text/quotes.ts";
import { alnumRunSummary } from "../text/word-runs.ts";
import { GAP, holdsIds, looseIds, sameIds } from "../text/loose-form.ts";
import { type LinkDetail, paragraphAt } from "./diff-link.ts";

/** How many B paragraphs either side of a link's B paragraph a changed quotation is looked for in. */
const NEAR_WINDOW = 20;

/**
 * Finds a quotation in B's body: exact first, then a loose form (marks, case, spelling;
 * text/loose-form.ts). What it learns of a paragraph (its quotations, their loose forms, its
 * lowercase and loose text) it learns once per comparison, in arrays by paragraph index, and it
 * indexes B's quotations by loose piece: most quotations it is asked for are not there, so a miss
 * must cost little (usually a few pieces of the query, then a lookup that finds nothing).
 */
export class BodySearch {
  /** Body text by paragraph index (undefined: not a body paragraph). */
  private readonly text: (string | undefined)[] = [];
  /** Body paragraph indices in B's order (the order of a search over all of B). */
  private readonly order: number[] = [];
  private readonly quoteTexts: (string[] | undefined)[] = [];
  /** Loose forms (`looseIds`, padded) of each paragraph's quotations. */
  private readonly looseQuotes: (number[][] | undefined)[] = [];
  private readonly lower: (string | undefined)[] = [];
  private readonly looseText: (number[] | undefined)[] = [];
  /** The body paragraphs with quotations, in B's order (what a search over all of B looks in). */
  private quoted?: number[];
  /** Position of each body paragraph in `order`, by index. */
  private readonly orderPos: number[] = [];
  /** Piece id -> the paragraphs (learned so far) one of whose quotations holds that piece. */
  private readonly postings: (number[] | undefined)[] = [];
  private readonly indexed: Uint8Array;
  private allIndexed = false;
  /** Quotations of a paragraph that the caller found already (a link's B side of one paragraph), by index. */
  private readonly known: (QuoteSpan[] | undefined)[] = [];
  constructor(b: Article) {
    for (const p of b.paragraphs) {
      if (p.role !== "body" || !(p.index >= 0)) continue;
      // a later paragraph of the same index wins, and keeps the first one's place in the order
      if (this.text[p.index] === undefined) { this.orderPos[p.index] = this.order.length; this.order.push(p.index); }
      this.text[p.index] = p.text;
    }
    this.indexed = new Uint8Array(this.text.length);
  }
  /** The quotations of B paragraph `i`, whose text is `text`, as a link's diff found them (saves finding them again). */
  learnQuotes(i: number, text: string, quotes: QuoteSpan[]): void {
    if (this.text[i] === text) this.known[i] = quotes;
  }
  private quotesOf(i: number): string[] {
    let q = this.quoteTexts[i];
    if (q === undefined) { q = (this.known[i] ?? findQuotations(this.text[i]!)).map((x) => x.text); this.quoteTexts[i] = q; }
    return q;
  }
  private looseQuotesOf(i: number): number[][] {
    let q = this.looseQuotes[i];
    if (q === undefined) { q = this.quotesOf(i).map((x) => looseIds(x)); this.looseQuotes[i] = q; }
    return q;
  }
  /**
   * Paragraph index of B whose body text holds `text`, exactly ("verbatim") or loosely ("style").
   * With `near`, only B paragraphs within NEAR_WINDOW of that index are searched (a quotation that
   * left its linked paragraph rarely travels far; this keeps the search off the whole of B).
   */
  find(text: string, near?: number): { b: number; status: "verbatim" | "style" } | null {
    // the words must stand inside a quotation of B too: a short quote ("as necessary") is often
    // also a plain phrase, or part of another quotation, elsewhere. So both searches look in B's
    // quotations only (a quotation holding the text puts it in the paragraph too)
    const from = near === undefined ? 0 : Math.max(0, near - NEAR_WINDOW), to = near === undefined ? this.text.length - 1 : near + NEAR_WINDOW;
    if (near !== undefined) for (let i = from; i <= to && i < this.text.length; i++) this.index(i);
    else if (!this.allIndexed) { for (const i of this.order) this.index(i); this.allIndexed = true; }
    // an inner piece no quotation of B holds: no match of either kind (see keyCandidates)
    const pl = looseIds(text, this.postings);
    if (pl === null) return null;
    const lowerText = text.toLowerCase();
    const runs = alnumRunSummary(lowerText);
    if (runs.count === 0) return null;
    const long = runs.count >= 5;
    const candidates = this.keyCandidates(pl, long, from, to, near === undefined) ?? this.windowCandidates(from, to, near === undefined);
    if (candidates.length === 0) return null;
    for (const i of candidates) {
      for (const q of this.quotesOf(i)) if (q === text || (long && q.includes(text))) return { b: i, status: "verbatim" };
    }
    // three tests, all needed, cheapest first: a quotation of the paragraph holds the loose form
    // (most candidates fail here); the quotation's longest word (its first four letters, which
    // spelling variants keep) appears in the paragraph; the paragraph's own loose form holds it
    const stem = lowerText.slice(runs.start, runs.end).slice(0, 4);
    for (const i of candidates) {
      let held = false;
      for (const q of this.looseQuotesOf(i)) if (sameIds(q, pl) || (long && holdsIds(q, pl))) { held = true; break; }
      if (!held) continue;
      const lower = (this.lower[i] ??= this.text[i]!.toLowerCase());
      if (!lower.includes(stem)) continue;
      const lt = (this.looseText[i] ??= looseIds(this.text[i]!));
      if (holdsIds(lt, pl)) return { b: i, status: "style" };
    }
    return null;
  }

  /** Learns paragraph i's quotations (when it is a body paragraph) into the piece postings, once. */
  private index(i: number): void {
    if (this.indexed[i] === 1 || this.text[i] === undefined) return;
    this.indexed[i] = 1;
    for (const q of this.looseQuotesOf(i)) {
      for (let k = 1; k < q.length - 1; k++) {
        const p = q[k]!;
        if (p === GAP) continue;
        const list = (this.postings[p] ??= []);
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  /**
   * The paragraphs in [from, to] (indexed, in search order) one of whose quotations holds the piece
   * of `pl` the fewest paragraphs hold: every match holds every piece of the text, and a quotation
   * that holds a long text exactly (`includes`) holds every piece but the first and the last (those
   * may be cut words), so only those count for a long text. Null when the text has no such piece.
   */
  private keyCandidates(pl: readonly number[], long: boolean, from: number, to: number, inOrder: boolean): number[] | null {
    let best: number[] | undefined, bestLen = -1;
    for (let k = long ? 2 : 1, last = long ? pl.length - 3 : pl.length - 2; k <= last; k++) {
      const p = pl[k]!;
      if (p === GAP) continue;
      const list = this.postings[p];
      if (list === undefined) return [];
      if (bestLen < 0 || list.length < bestLen) { best = list; bestLen = list.length; }
    }
    if (best === undefined) return null;
    const out: number[] = [];
    for (const i of best) if (i >= from && i <= to) out.push(i);
    if (inOrder) { const pos = this.orderPos; out.sort((x, y) => pos[x]! - pos[y]!); }
    else out.sort((x, y) => x - y);
    return out;
  }

  /** The paragraphs in [from, to] with quotations, in search order (B's order over all of B, else ascending). */
  private windowCandidates(from: number, to: number, all: boolean): number[] {
    if (all) return (this.quoted ??= this.order.filter((i) => this.quotesOf(i).length > 0));
    const out: number[] = [];
    for (let i = from; i <= to; i++) if (this.text[i] !== undefined && this.quotesOf(i).length > 0) out.push(i);
    return out;
  }
}

/** Where A's offset `off` lands in B, through the edits `hit` (an edit's start, or its end with `end`). */
function offsetInB(d: LinkDetail, hit: number[], off: number, end: boolean): number {
  const r = d.ranges;
  for (const k of hit) {
    const a0 = r[4 * k]!;
    if (off >= a0 && off <= r[4 * k + 1]!) {
      if (d.link.edits[k]!.op === "equal") return r[4 * k + 2]! + (off - a0);
      return end ? r[4 * k + 3]! : r[4 * k + 2]!;
    }
  }
  return end ? d.b.text.length : 0;
}

/** A style edit changes the quotation mark just before `start` or just after `end` (the quotation's inner range). */
function marksRestyled(d: LinkDetail, start: number, end: number): boolean {
  const r = d.ranges, edits = d.link.edits, n = r.length >> 2;
  // (ends only grow: the first edit that can hold the opening mark ends after start - 1)
  let k = 0;
  for (let hi = n; k < hi;) { const mid = (k + hi) >> 1; if (r[4 * mid + 1]! <= start - 1) k = mid + 1; else hi = mid; }
  for (; k < n; k++) {
    const a0 = r[4 * k]!, a1 = r[4 * k + 1]!;
    if (a0 > end) break;
    const e = edits[k]!;
    if (e.op === "equal" || e.class !== "style") continue;
    if ((a0 <= start - 1 && a1 >= start) || (a0 <= end && a1 > end)) return true;
  }
  return false;
}

/** Fates of the quotations of one linked link (only those in A body paragraphs). */
export function quoteFatesOfLink(d: LinkDetail, isBodyA: (i: number) => boolean, isBodyB: (i: number) => boolean, search: BodySearch): QuoteFate[] {
  const out: QuoteFate[] = [];
  const edits = d.link.edits;
  for (const q of d.a.quotes) {
    const aPara = d.a.paragraphs[paragraphAt(d.a, q.start)]!;
    if (!isBodyA(aPara)) continue;
    const hit: number[] = [];
    const r = d.ranges, n = r.length >> 2;
    // edits ending at or before the quotation's start cannot overlap it: start past them
    // (their ends only grow, so a binary search finds the first that ends after it)
    let k = 0;
    for (let hi = n; k < hi;) { const mid = (k + hi) >> 1; if (r[4 * mid + 1]! <= q.start) k = mid + 1; else hi = mid; }
    for (; k < n; k++) {
      const a0 = r[4 * k]!, a1 = r[4 * k + 1]!;
      const overl = a0 === a1 ? a0 > q.start && a0 < q.end : a0 < q.end && a1 > q.start;
      if (overl) hit.push(k);
      if (a0 > q.end) break;
    }
    const changed = hit.filter((k) => edits[k]!.op !== "equal");
    const equalCount = hit.length - changed.length;
    const b0 = offsetInB(d, hit, q.start, false), b1 = Math.max(b0, offsetInB(d, hit, q.end, true));
    const bPara = d.b.paragraphs[paragraphAt(d.b, b0)]!;
    const bText = d.b.text.slice(b0, b1);
    if (changed.length === 0) {
      // the words are kept; a house-style switch of the marks around them ("…" to ‘…’) makes it a style fate
      const status = marksRestyled(d, q.start, q.end) ? "style" : "verbatim";
      out.push({ a: aPara, text: q.text, status, b: bPara, bText });
      continue;
    }
    const substantive = changed.filter((k) => (edits[k] as Extract<Edit, { class: string }>).class === "substance");
    if (substantive.length === 0) {
      out.push({ a: aPara, text: q.text, status: "style", b: bPara, bText });
      continue;
    }
    // the quotation may simply live elsewhere in B (moved to another paragraph)
    const found = search.find(q.text, bPara);
    if (found && isBodyB(found.b)) {
      out.push({ a: aPara, text: q.text, status: found.status, b: found.b });
      continue;
    }
    if (equalCount === 0 && changed.every((k) => edits[k]!.op === "delete")) {
      out.push({ a: aPara, text: q.text, status: "missing" });
      continue;
    }
    const qEdits: Edit[] = hit.map((k) => {
      const e = edits[k]!, a0 = r[4 * k]!, a1 = r[4 * k + 1]!;
      if (e.op !== "equal") return e;
      const s = Math.max(a0, q.start) - a0, t = Math.min(a1, q.end) - a0;
      const piece = e.a.slice(s, t);
      return { op: "equal", a: piece, b: piece };
    });
    const onlyCuts = substantive.every((k) => edits[k]!.op === "delete") && equalCount > 0;
    out.push({ a: aPara, text: q.text, status: onlyCuts ? "truncated" : "altered", b: bPara, bText, edits: qEdits });
  }
  return out;
}

/** Fates of the quotations in A body paragraphs that B left unlinked. */
export function quoteFatesOfUnlinked(a: Article, onlyA: number[], search: BodySearch): QuoteFate[] {
  const out: QuoteFate[] = [];
  const set = new Set(onlyA);
  for (const p of a.paragraphs) {
    if (!set.has(p.index) || p.role !== "body") continue;
    for (const q of findQuotations(p.text) as QuoteSpan[]) {
      const found = search.find(q.text);
      out.push(found ? { a: p.index, text: q.text, status: found.status, b: found.b } : { a: p.index, text: q.text, status: "missing" });
    }
  }
  return out;
}
