/**
 * @module Word edits of one link: joins each side's paragraphs with "\n\n", diffs them, classifies
 * every change in its context (quotations, paragraph starts), and keeps the token-level detail that
 * the quote and statistics passes read.
 */
import { findDateline } from "../parse/metadata.ts";
import type { Article, Edit, Link, LinkWithEdits, Paragraph } from "../article.ts";
import { findQuotations, type QuoteSpan } from "../text/quotes.ts";
import type { ParagraphTokens } from "../text/paragraph-tokens.ts";
import { NUMBER, TokenList } from "../text/tokenize.ts";
import { classifyEdit } from "./classify.ts";
import { countEdit, type EditCounts, emptyCounts } from "./edit-counts.ts";
import type { Span } from "./cleanup.ts";
import type { DiffOptions } from "./defaults.ts";
import { diffTexts } from "./diff-words.ts";

export const PARAGRAPH_JOIN = "\n\n";

/** One side of a link: its joined text and where each paragraph starts. */
export interface LinkSide {
  text: string;
  /** Paragraph indices of the side, in order, with the offset each starts at in `text`. */
  paragraphs: number[];
  starts: number[];
  quotes: QuoteSpan[];
}

export interface LinkDetail {
  link: LinkWithEdits;
  a: LinkSide;
  b: LinkSide;
  /**
   * Character ranges of each edit in A and B text, flat: edit k (of link.edits) covers A text
   * [ranges[4k], ranges[4k + 1]) and B text [ranges[4k + 2], ranges[4k + 3]) (four small integers
   * per edit in one array, not an object each: a comparison keeps every one of them to its end).
   */
  ranges: number[];
  /**
   * The link's tally for the statistics (body words: words and numbers in body paragraphs); null
   * when the link was not tokenized (identical sides), which the stats count from the text.
   */
  counts: EditCounts | null;
}

function side(paragraphs: Paragraph[], byIndex: Map<number, Paragraph>, indices: number[]): { text: string; starts: number[] } {
  if (indices.length === 1) return { text: (byIndex.get(indices[0]!) ?? paragraphs[indices[0]!])?.text ?? "", starts: [0] };
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

/**
 * Body words of each span's tokens on one side: one walk over the tokens, since spans are in order
 * and cover them. `body[p]` says whether the side's paragraph p is a body paragraph.
 */
function bodyWordsPerSpan(t: TokenList, starts: number[], body: boolean[], spans: Span[], sideA: boolean): number[] {
  const out: number[] = [];
  if (body.every(Boolean)) {
    // every paragraph is body (the usual link): a difference of word counts per span
    for (const s of spans) out.push(sideA ? t.words(s.a0, s.a1) : t.words(s.b0, s.b1));
    return out;
  }
  let p = 0;
  for (const s of spans) {
    const from = sideA ? s.a0 : s.b0, to = sideA ? s.a1 : s.b1;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = t.start[i]!;
      while (p + 1 < starts.length && starts[p + 1]! <= c) p++;
      if (t.kind[i]! <= NUMBER && body[p]) n++;
    }
    out.push(n);
  }
  return out;
}

/** Whether each of these paragraph indices is a body paragraph. */
function bodyFlags(indices: number[], m: Map<number, Paragraph>, ps: Paragraph[]): boolean[] {
  const out: boolean[] = [];
  for (const i of indices) out.push((m.get(i) ?? ps[i])?.role === "body");
  return out;
}

/** The statistics' tally of a link's edits, from each edit's body words on both sides (counted here: the token lists are reused by the next link). */
function tally(edits: Edit[], aWords: number[], bWords: number[]): EditCounts {
  const c = emptyCounts();
  for (let k = 0; k < edits.length; k++) countEdit(c, edits[k]!, aWords[k]!, bWords[k]!);
  return c;
}

/** The two token lists every link is tokenized into (diffLink runs one link at a time). */
const LISTS: [TokenList, TokenList] = [new TokenList(), new TokenList()];
/** Lists grown past this many tokens by a rare huge link are let go afterwards, not kept for good. */
const KEEP_TOKENS = 1 << 18;

/** Fill `list` with a link side's tokens from the store when every paragraph there is clean; false when it must be scanned. */
function fillFromStore(list: TokenList, tokens: ParagraphTokens, byIndex: Map<number, number>, indices: number[], text: string): boolean {
  const entries: number[] = [];
  for (const i of indices) {
    const e = byIndex.get(i);
    if (e === undefined || !tokens.store.clean[e]) return false;
    entries.push(e);
  }
  list.fillFrom(tokens.store, entries, PARAGRAPH_JOIN, text);
  return true;
}

function overlapsQuote(quotes: QuoteSpan[], s: number, e: number): boolean {
  for (const q of quotes) {
    if (e === s ? s > q.start && s < q.end : s < q.end && e > q.start) return true;
  }
  return false;
}

/** Offset `off` is where one of a side's paragraphs starts (`starts` ascending; most sides have one paragraph, at 0). */
function startsParagraph(starts: readonly number[], off: number): boolean {
  for (let k = 0; k < starts.length && starts[k]! <= off; k++) if (starts[k] === off) return true;
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

/** The link's evidence field, when it has one (a hand-made alignment may not). */
function evidenceOf(link: Link): Pick<Link, "evidence"> {
  return link.evidence ? { evidence: link.evidence } : {};
}

/** Diff and classify one link. */
export function diffLink(
  link: Link,
  a: Article,
  b: Article,
  aIndex: Map<number, Paragraph>,
  bIndex: Map<number, Paragraph>,
  opts: DiffOptions = {},
  tokens?: ParagraphTokens,
): LinkDetail {
  const sa = side(a.paragraphs, aIndex, link.a), sb = side(b.paragraphs, bIndex, link.b);
  const qa = findQuotations(sa.text);
  if (sa.text === sb.text) {
    // identical (the common case at low edit rates): one equal edit, no tokens needed
    const edits: Edit[] = sa.text ? [{ op: "equal", a: sa.text, b: sb.text }] : [];
    return {
      link: { a: link.a, b: link.b, kind: link.kind, similarity: link.similarity, ...evidenceOf(link), edits },
      a: { text: sa.text, paragraphs: link.a, starts: sa.starts, quotes: qa },
      b: { text: sb.text, paragraphs: link.b, starts: sb.starts, quotes: qa },
      ranges: edits.length ? [0, sa.text.length, 0, sb.text.length] : [],
      counts: null,
    };
  }
  const filled = tokens !== undefined &&
    fillFromStore(LISTS[0], tokens, tokens.a, link.a, sa.text) && fillFromStore(LISTS[1], tokens, tokens.b, link.b, sb.text);
  const d = diffTexts(sa.text, sb.text, opts, LISTS, filled);
  const qb = findQuotations(sb.text);
  // sized once: the result keeps both, and an array grown by push holds up to half again as much room
  const n = d.spans.length;
  const edits = new Array<Edit>(n);
  const ranges = new Array<number>(4 * n);
  const dlA = datelineSpans(sa.text, sa.starts), dlB = datelineSpans(sb.text, sb.starts);
  // one edit's token ranges, reused for every edit (the classifier keeps no reference to it)
  const tokenRanges = { a: d.a, a0: 0, a1: 0, b: d.b, b0: 0, b1: 0 };
  for (let k = 0; k < n; k++) {
    const s = d.spans[k]!;
    // (an equal span's tokens have the same ids on both sides, so the same text: one slice serves both)
    const at = d.a.slice(s.a0, s.a1), bt = s.op === "equal" ? at : d.b.slice(s.b0, s.b1);
    const a0 = d.a.start[s.a0]!, b0 = d.b.start[s.b0]!;
    ranges[4 * k] = a0; ranges[4 * k + 1] = a0 + at.length; ranges[4 * k + 2] = b0; ranges[4 * k + 3] = b0 + bt.length;
    if (s.op === "equal") { edits[k] = { op: "equal", a: at, b: bt }; continue; }
    tokenRanges.a0 = s.a0; tokenRanges.a1 = s.a1; tokenRanges.b0 = s.b0; tokenRanges.b1 = s.b1;
    const c = classifyEdit(s.op, at, bt, {
      inQuote: overlapsQuote(qa, a0, a0 + at.length) || overlapsQuote(qb, b0, b0 + bt.length),
      atParagraphStart: startsParagraph(sa.starts, a0) || startsParagraph(sb.starts, b0),
      inDateline: withinSpans(dlA, a0, a0 + at.length) && withinSpans(dlB, b0, b0 + bt.length) && (at.length > 0 || bt.length > 0),
      aBefore: sa.text.slice(Math.max(0, a0 - 16), a0),
      bBefore: sb.text.slice(Math.max(0, b0 - 16), b0),
      tokens: tokenRanges,
    });
    edits[k] = { op: s.op, a: at, b: bt, class: c.class, tags: c.tags };
  }
  const counts = tally(edits, bodyWordsPerSpan(d.a, sa.starts, bodyFlags(link.a, aIndex, a.paragraphs), d.spans, true),
    bodyWordsPerSpan(d.b, sb.starts, bodyFlags(link.b, bIndex, b.paragraphs), d.spans, false));
  for (let k = 0; k < 2; k++) if (LISTS[k]!.kind.length > KEEP_TOKENS) LISTS[k] = new TokenList();
  // the link's own fields by name (a spread of it was a tenth of this function's time)
  const out: LinkWithEdits = { a: link.a, b: link.b, kind: link.kind, similarity: link.similarity, ...evidenceOf(link), edits };
  if (d.fallback) out.fallback = d.fallback;
  return {
    link: out,
    a: { text: sa.text, paragraphs: link.a, starts: sa.starts, quotes: qa },
    b: { text: sb.text, paragraphs: link.b, starts: sb.starts, quotes: qb },
    ranges,
    counts,
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
