/**
 * @module Word edits of one link: joins each side's paragraphs with "\n\n", diffs them, classifies
 * every change in its context (quotations, paragraph starts), and keeps the token-level detail that
 * the quote and statistics passes read.
 */
import { findDateline } from "../parse/metadata.ts";
import type { Article, Edit, Link, LinkWithEdits, Paragraph } from "../article.ts";
import { findQuotations, type QuoteSpan } from "../text/quotes.ts";
import type { Token } from "../text/tokenize.ts";
import { classifyEdit } from "./classify.ts";
import type { Span } from "./cleanup.ts";
import type { DiffOptions } from "./defaults.ts";
import { diffTexts, sliceTokens } from "./diff-words.ts";

export const PARAGRAPH_JOIN = "\n\n";

/** One side of a link: its joined text, its word counts, and where each paragraph starts. */
export interface LinkSide {
  text: string;
  /** Word and number tokens before token i (length tokens + 1; empty when the link was not tokenized). */
  wordsBefore: Int32Array;
  /** Index of the first token of each paragraph (parallel to `paragraphs`; empty when not tokenized). */
  paragraphTokens: Int32Array;
  /** Paragraph indices of the side, in order, with the offset each starts at in `text`. */
  paragraphs: number[];
  starts: number[];
  quotes: QuoteSpan[];
}

export interface LinkDetail {
  link: LinkWithEdits;
  a: LinkSide;
  b: LinkSide;
  spans: Span[];
  /** Character ranges of each edit in A and B text (parallel to link.edits). */
  ranges: Array<{ a0: number; a1: number; b0: number; b1: number }>;
}

function side(paragraphs: Paragraph[], byIndex: Map<number, Paragraph>, indices: number[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let off = 0;
  const parts: string[] = [];
  for (const i of indices) {
    const p = byIndex.get(i) ?? paragraphs[i];
    const t = p?.text ?? "";
    starts.push(off);
    parts.push(t);
    off += t.length + PARAGRAPH_JOIN.length;
  }
  return { text: parts.join(PARAGRAPH_JOIN), starts };
}

const NONE = new Int32Array(0);

/** A tokenized side: word tokens before each token, and the first token of each paragraph. */
function linkSide(s: { text: string; starts: number[] }, tokens: Token[], paragraphs: number[], quotes: QuoteSpan[]): LinkSide {
  const { text, starts } = s;
  const wordsBefore = new Int32Array(tokens.length + 1), paragraphTokens = new Int32Array(starts.length);
  let n = 0, p = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (p < starts.length && starts[p]! <= t.start) paragraphTokens[p++] = i;
    wordsBefore[i] = n;
    if (t.kind === "word" || t.kind === "number") n++;
  }
  while (p < starts.length) paragraphTokens[p++] = tokens.length;
  wordsBefore[tokens.length] = n;
  return { text, wordsBefore, paragraphTokens, paragraphs, starts, quotes };
}

function overlapsQuote(quotes: QuoteSpan[], s: number, e: number): boolean {
  for (const q of quotes) {
    if (e === s ? s > q.start && s < q.end : s < q.end && e > q.start) return true;
  }
  return false;
}

export function paragraphIndexMap(article: Article): Map<number, Paragraph> {
  const m = new Map<number, Paragraph>();
  for (const p of article.paragraphs) m.set(p.index, p);
  return m;
}

/** The dateline prefixes ("PARIS (AFP) - ", "BAGHDAD, Dec 16 (Reuters) - ", "WASHINGTON: ") of the paragraphs starting at `starts`. */
function datelineSpans(text: string, starts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of starts) {
    const d = findDateline(text.slice(s, s + 160));
    if (d) out.push([s, s + d.length]);
  }
  return out;
}

/** [from, to) lies inside one of the spans (an empty range may sit at a span's end). */
function withinSpans(spans: readonly [number, number][], from: number, to: number): boolean {
  return spans.some(([s, e]) => from >= s && to <= e);
}

/** Diff and classify one link. */
export function diffLink(
  link: Link,
  a: Article,
  b: Article,
  aIndex: Map<number, Paragraph>,
  bIndex: Map<number, Paragraph>,
  opts: DiffOptions = {},
): LinkDetail {
  const sa = side(a.paragraphs, aIndex, link.a), sb = side(b.paragraphs, bIndex, link.b);
  const qa = findQuotations(sa.text);
  if (sa.text === sb.text) {
    // identical (the common case at low edit rates): one equal edit, no tokens needed
    const edits: Edit[] = sa.text ? [{ op: "equal", a: sa.text, b: sb.text }] : [];
    return {
      link: { a: link.a, b: link.b, kind: link.kind, similarity: link.similarity, edits },
      a: { text: sa.text, wordsBefore: NONE, paragraphTokens: NONE, paragraphs: link.a, starts: sa.starts, quotes: qa },
      b: { text: sb.text, wordsBefore: NONE, paragraphTokens: NONE, paragraphs: link.b, starts: sb.starts, quotes: qa },
      spans: [],
      ranges: edits.length ? [{ a0: 0, a1: sa.text.length, b0: 0, b1: sb.text.length }] : [],
    };
  }
  const d = diffTexts(sa.text, sb.text, opts);
  const qb = findQuotations(sb.text);
  const edits: Edit[] = [];
  const ranges: LinkDetail["ranges"] = [];
  const startSetA = new Set(sa.starts), startSetB = new Set(sb.starts);
  const dlA = datelineSpans(sa.text, sa.starts), dlB = datelineSpans(sb.text, sb.starts);
  for (const s of d.spans) {
    const at = sliceTokens(sa.text, d.a, s.a0, s.a1), bt = sliceTokens(sb.text, d.b, s.b0, s.b1);
    const a0 = s.a0 < d.a.length ? d.a[s.a0]!.start : sa.text.length;
    const b0 = s.b0 < d.b.length ? d.b[s.b0]!.start : sb.text.length;
    ranges.push({ a0, a1: a0 + at.length, b0, b1: b0 + bt.length });
    if (s.op === "equal") { edits.push({ op: "equal", a: at, b: bt }); continue; }
    const c = classifyEdit(s.op, at, bt, {
      inQuote: overlapsQuote(qa, a0, a0 + at.length) || overlapsQuote(qb, b0, b0 + bt.length),
      atParagraphStart: startSetA.has(a0) || startSetB.has(b0),
      inDateline: withinSpans(dlA, a0, a0 + at.length) && withinSpans(dlB, b0, b0 + bt.length) && (at.length > 0 || bt.length > 0),
      aBefore: sa.text.slice(Math.max(0, a0 - 16), a0),
      bBefore: sb.text.slice(Math.max(0, b0 - 16), b0),
    });
    edits.push({ op: s.op, a: at, b: bt, class: c.class, tags: c.tags });
  }
  // the link's own fields by name (a spread of it was a tenth of this function's time)
  const out: LinkWithEdits = { a: link.a, b: link.b, kind: link.kind, similarity: link.similarity, edits };
  if (d.fallback) out.fallback = d.fallback;
  return {
    link: out,
    // the tokens themselves are let go here (counts are all that is read later)
    a: linkSide(sa, d.a, link.a, qa),
    b: linkSide(sb, d.b, link.b, qb),
    spans: d.spans,
    ranges,
  };
}

/** The paragraph (position in side.paragraphs) that holds character offset `off`. */
export function paragraphAt(s: { starts: number[] }, off: number): number {
  let lo = 0, hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= off) lo = mid; else hi = mid - 1;
  }
  return lo;
}
