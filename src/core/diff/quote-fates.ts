/**
 * @module What became of each direct quotation of A in B: verbatim, style (only house-style edits),
 * altered (with the edits), truncated (B keeps a strict part) or missing. Follows the quotation
 * through its link's word diff first; a quotation whose paragraph B cut (or that B moved) is searched
 * for in all of B's body text.
 */
import type { Article, Edit, QuoteFate } from "../article.ts";
import { canonicalSpelling } from "../text/spelling.ts";
import { findQuotations, type QuoteSpan } from "../text/quotes.ts";
import { alnumRunSummary, isWhiteSpace, letterLength } from "../text/word-runs.ts";
import { type LinkDetail, paragraphAt } from "./diff-link.ts";

/** Quote marks, punctuation and white space that the loose form turns into a space, as a table by char code (a lookup per char). */
const LOOSE_GAP = new Uint8Array(65536);
for (const c of [0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x22, 0x2018, 0x2019, 0xb4, 0x27, 0x60, 0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x28, 0x29, 0x2013, 0x2014, 0x2d]) LOOSE_GAP[c] = 1;
for (let c = 0; c < 65536; c++) if (isWhiteSpace(c)) LOOSE_GAP[c] = 1;

/**
 * Loose form for finding a quotation in B despite house style: runs of quote marks, punctuation and
 * white space become one space, letters are case- and spelling-folded, the ends trimmed. One pass
 * over the text (it runs over every B paragraph a changed quotation is looked for in).
 */
export function loose(s: string): string {
  let out = "", gap = false;
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (LOOSE_GAP[c] === 1) { gap = true; i++; continue; }
    // a run of letters (spelling-folded), or of other chars that are no gap (kept as they are)
    let j = i;
    for (;;) {
      if (j >= n) break;
      const d = s.charCodeAt(j);
      if (d < 128) { if (((d | 32) - 97) >>> 0 < 26) { j++; continue; } break; }
      const l = letterLength(s, j);
      if (l === 0) break;
      j += l;
    }
    let piece: string;
    if (j > i) piece = canonicalSpelling(s.slice(i, j));
    else {
      j = i + 1;
      while (j < n && LOOSE_GAP[s.charCodeAt(j)] !== 1 && letterLength(s, j) === 0) j++;
      piece = s.slice(i, j);
    }
    if (gap && out.length > 0) out += " ";
    gap = false;
    out += piece;
    i = j;
  }
  return out;
}

/** How many B paragraphs either side of a link's B paragraph a changed quotation is looked for in. */
const NEAR_WINDOW = 20;

/**
 * Finds a quotation in B's body: exact first, then a loose form (marks, case, spelling). What it
 * learns of a paragraph (its quotations, their loose forms, its lowercase and loose text) it learns
 * once per comparison, in arrays by paragraph index: most quotations it is asked for are not there,
 * so a miss must cost little.
 */
export class BodySearch {
  /** Body text by paragraph index (undefined: not a body paragraph). */
  private readonly text: (string | undefined)[] = [];
  /** Body paragraph indices in B's order (the order of a search over all of B). */
  private readonly order: number[] = [];
  private readonly quoteTexts: (string[] | undefined)[] = [];
  /** Loose forms of each paragraph's quotations, padded with a space on each side. */
  private readonly looseQuotes: (string[] | undefined)[] = [];
  private readonly lower: (string | undefined)[] = [];
  private readonly looseText: (string | undefined)[] = [];
  /** The body paragraphs with quotations, in B's order (what a search over all of B looks in). */
  private quoted?: number[];
  constructor(b: Article) {
    for (const p of b.paragraphs) {
      if (p.role !== "body" || !(p.index >= 0)) continue;
      // a later paragraph of the same index wins, and keeps the first one's place in the order
      if (this.text[p.index] === undefined) this.order.push(p.index);
      this.text[p.index] = p.text;
    }
  }
  private quotesOf(i: number): string[] {
    let q = this.quoteTexts[i];
    if (q === undefined) { q = findQuotations(this.text[i]!).map((x) => x.text); this.quoteTexts[i] = q; }
    return q;
  }
  private looseQuotesOf(i: number): string[] {
    let q = this.looseQuotes[i];
    if (q === undefined) { q = this.quotesOf(i).map((x) => ` ${loose(x)} `); this.looseQuotes[i] = q; }
    return q;
  }
  /**
   * Paragraph index of B whose body text holds `text`, exactly ("verbatim") or loosely ("style").
   * With `near`, only B paragraphs within NEAR_WINDOW of that index are searched (a quotation that
   * left its linked paragraph rarely travels far; this keeps the search off the whole of B).
   */
  find(text: string, near?: number): { b: number; status: "verbatim" | "style" } | null {
    const lowerText = text.toLowerCase();
    const runs = alnumRunSummary(lowerText);
    if (runs.count === 0) return null;
    // the words must stand inside a quotation of B too: a short quote ("as necessary") is often
    // also a plain phrase, or part of another quotation, elsewhere. So both searches look in B's
    // quotations only (a quotation holding the text puts it in the paragraph too); a paragraph
    // without quotations, which can hold neither kind of match, is dropped first
    let candidates: number[];
    if (near !== undefined) {
      candidates = [];
      for (let i = Math.max(0, near - NEAR_WINDOW); i <= near + NEAR_WINDOW; i++) {
        if (this.text[i] !== undefined && this.quotesOf(i).length > 0) candidates.push(i);
      }
    } else candidates = (this.quoted ??= this.order.filter((i) => this.quotesOf(i).length > 0));
    if (candidates.length === 0) return null;
    const long = runs.count >= 5;
    for (const i of candidates) {
      for (const q of this.quotesOf(i)) if (q === text || (long && q.includes(text))) return { b: i, status: "verbatim" };
    }
    const pl = ` ${loose(text)} `;
    // three tests, all needed, cheapest first: a quotation of the paragraph holds the loose form
    // (most candidates fail here); the quotation's longest word (its first four letters, which
    // spelling variants keep) appears in the paragraph; the paragraph's own loose form holds it
    const stem = lowerText.slice(runs.start, runs.end).slice(0, 4);
    for (const i of candidates) {
      let held = false;
      for (const q of this.looseQuotesOf(i)) if (q === pl || (long && q.includes(pl))) { held = true; break; }
      if (!held) continue;
      const lower = (this.lower[i] ??= this.text[i]!.toLowerCase());
      if (!lower.includes(stem)) continue;
      const lt = (this.looseText[i] ??= ` ${loose(this.text[i]!)} `);
      if (lt.includes(pl)) return { b: i, status: "style" };
    }
    return null;
  }
}

/** Where A's offset `off` lands in B, through the edits `hit` (an edit's start, or its end with `end`). */
function offsetInB(d: LinkDetail, hit: number[], off: number, end: boolean): number {
  for (const k of hit) {
    const r = d.ranges[k]!;
    if (off >= r.a0 && off <= r.a1) {
      if (d.link.edits[k]!.op === "equal") return r.b0 + (off - r.a0);
      return end ? r.b1 : r.b0;
    }
  }
  return end ? d.b.text.length : 0;
}

/** Fates of the quotations of one linked link (only those in A body paragraphs). */
export function quoteFatesOfLink(d: LinkDetail, isBodyA: (i: number) => boolean, isBodyB: (i: number) => boolean, search: BodySearch): QuoteFate[] {
  const out: QuoteFate[] = [];
  const edits = d.link.edits;
  for (const q of d.a.quotes) {
    const aPara = d.a.paragraphs[paragraphAt(d.a, q.start)]!;
    if (!isBodyA(aPara)) continue;
    const hit: number[] = [];
    for (let k = 0; k < d.ranges.length; k++) {
      const r = d.ranges[k]!;
      const overl = r.a0 === r.a1 ? r.a0 > q.start && r.a0 < q.end : r.a0 < q.end && r.a1 > q.start;
      if (overl) hit.push(k);
      if (r.a0 > q.end) break;
    }
    const changed = hit.filter((k) => edits[k]!.op !== "equal");
    const equalCount = hit.length - changed.length;
    const b0 = offsetInB(d, hit, q.start, false), b1 = Math.max(b0, offsetInB(d, hit, q.end, true));
    const bPara = d.b.paragraphs[paragraphAt(d.b, b0)]!;
    const bText = d.b.text.slice(b0, b1);
    if (changed.length === 0) {
      out.push({ a: aPara, text: q.text, status: "verbatim", b: bPara, bText });
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
      const e = edits[k]!, r = d.ranges[k]!;
      if (e.op !== "equal") return e;
      const s = Math.max(r.a0, q.start) - r.a0, t = Math.min(r.a1, q.end) - r.a0;
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
