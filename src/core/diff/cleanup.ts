/**
 * @module Semantic cleanup of a token diff, in the spirit of diff-match-patch's cleanupSemantic:
 * adjacent changes fuse into one replace, small equalities between changes are absorbed, and a pure
 * insertion or deletion slides so it starts on a word rather than on white space. Pure: spans in,
 * spans out; every span keeps token ranges, so the texts stay lossless.
 */
import type { EditOp } from "../article.ts";
import { PUNCT, SPACE, type TokenList } from "../text/tokenize.ts";

/** One edit over token ranges [a0, a1) of A and [b0, b1) of B. */
export interface Span {
  op: EditOp;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

function chars(tokens: TokenList, i: number, j: number): number {
  return j > i ? tokens.start[j]! - tokens.start[i]! : 0;
}

function opOf(s: Span): EditOp {
  const hasA = s.a1 > s.a0, hasB = s.b1 > s.b0;
  return hasA && hasB ? "replace" : hasA ? "delete" : "insert";
}

/**
 * Clean up raw spans (in order, covering both token lists) for reading. The spans are the caller's
 * to give: they are reused (and changed) in the result.
 */
export function cleanupSemantic(raw: Span[], a: TokenList, b: TokenList, absorbWords: number): Span[] {
  const out: Span[] = [];
  for (const s of raw) {
    if (s.a1 === s.a0 && s.b1 === s.b0) continue;
    const last = out[out.length - 1];
    if (s.op !== "equal") {
      if (last && last.op !== "equal") {
        last.a1 = s.a1; last.b1 = s.b1; last.op = opOf(last);
        continue;
      }
      // absorb a small equality between two changes: [change][equal][change] -> one replace
      const prev = out[out.length - 2];
      if (last && last.op === "equal" && prev && prev.op !== "equal" && absorbable(last, prev, s, a, b, absorbWords)) {
        out.pop();
        prev.a1 = s.a1; prev.b1 = s.b1; prev.op = opOf(prev);
        continue;
      }
      s.op = opOf(s);
      out.push(s);
    } else if (last && last.op === "equal") {
      last.a1 = s.a1; last.b1 = s.b1;
    } else {
      out.push(s);
    }
  }
  slideToWords(out, a, b);
  return trimReplaces(out, a, b);
}

/** Appends an equal span, fused with an equal one it continues. */
function pushEqual(out: Span[], a0: number, a1: number, b0: number, b1: number): void {
  if (a1 <= a0) return;
  const last = out[out.length - 1];
  if (last && last.op === "equal" && last.a1 === a0) { last.a1 = a1; last.b1 = b1; } else out.push({ op: "equal", a0, a1, b0, b1 });
}

/**
 * Move tokens a replace shares at its ends ("airstrikes " / "air strikes ") out into equalities, and
 * quotation marks that both sides change at its ends ("this fast,\"" / "so fast,’") into replaces of
 * their own: a switch of marks is house style, and must not ride along with a changed word.
 * The spans are reused: a replace keeps its object with its ends trimmed, and an equal span not
 * fused with the one before is pushed as it is.
 */
function trimReplaces(spans: Span[], a: TokenList, b: TokenList): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.op !== "replace") {
      if (s.op === "equal" && s.a1 <= s.a0) continue; // (an empty equality, as pushEqual drops)
      const last = out[out.length - 1];
      if (s.op === "equal" && last !== undefined && last.op === "equal" && last.a1 === s.a0) { last.a1 = s.a1; last.b1 = s.b1; } else out.push(s);
      continue;
    }
    trimReplace(s, a, b, out);
  }
  return out;
}

/** Pushes replace `s` with its shared ends as equalities and its changed end quotation marks apart. */
function trimReplace(s: Span, a: TokenList, b: TokenList, out: Span[]): void {
  let { a0, b0 } = s;
  const { a1, b1 } = s;
  if (a1 - a0 === b1 - b0 && sameIds(a, b, a0, b0, a1 - a0)) return pushEqual(out, a0, a1, b0, b1); // (left by a split)
  let head = 0;
  while (a0 + head < a1 - 1 && b0 + head < b1 - 1 && a.id[a0 + head] === b.id[b0 + head]) head++;
  pushEqual(out, a0, a0 + head, b0, b0 + head);
  a0 += head; b0 += head;
  if (a1 - a0 + b1 - b0 > 2 && isQuoteMark(a, a0) && isQuoteMark(b, b0)) {
    out.push({ op: "replace", a0, a1: a0 + 1, b0, b1: b0 + 1 });
    s.a0 = a0 + 1; s.b0 = b0 + 1; s.op = opOf(s);
    return finishSpan(s, a, b, out);
  }
  let tail = 0;
  while (a1 - tail - 1 > a0 && b1 - tail - 1 > b0 && a.id[a1 - tail - 1] === b.id[b1 - tail - 1]) tail++;
  const ea = a1 - tail, eb = b1 - tail;
  if (ea - a0 + eb - b0 > 2 && isQuoteMark(a, ea - 1) && isQuoteMark(b, eb - 1)) {
    s.a0 = a0; s.a1 = ea - 1; s.b0 = b0; s.b1 = eb - 1; s.op = opOf(s);
    finishSpan(s, a, b, out);
    out.push({ op: "replace", a0: ea - 1, a1: ea, b0: eb - 1, b1: eb });
  } else {
    s.a0 = a0; s.a1 = ea; s.b0 = b0; s.b1 = eb;
    out.push(s);
  }
  if (tail) out.push({ op: "equal", a0: ea, a1, b0: eb, b1 });
}

function sameIds(a: TokenList, b: TokenList, a0: number, b0: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.id[a0 + k] !== b.id[b0 + k]) return false;
  return true;
}

/** A span left after a quotation mark was split off: trimmed again if still a replace, else pushed (when not empty). */
function finishSpan(s: Span, a: TokenList, b: TokenList, out: Span[]): void {
  if (s.op === "replace") trimReplace(s, a, b, out);
  else if (s.a1 > s.a0 || s.b1 > s.b0) out.push(s);
}

/** Quotation marks and apostrophes (one char each in the token lists): what quote-mark house style switches. */
const QUOTE_MARKS = new Set([..."\"'“”„‟‘’‚‛«»‹›「」『』＂＇"].map((c) => c.charCodeAt(0)));

function isQuoteMark(t: TokenList, i: number): boolean {
  return t.kind[i] === PUNCT && t.start[i + 1]! - t.start[i]! === 1 && QUOTE_MARKS.has(t.text.charCodeAt(t.start[i]!));
}

function absorbable(eq: Span, left: Span, right: Span, a: TokenList, b: TokenList, absorbWords: number): boolean {
  const w = a.words(eq.a0, eq.a1);
  if (w <= absorbWords) return true;
  // diff-match-patch's rule: an equality no longer than the changes on both sides is noise
  if (w > 3) return false;
  const len = chars(a, eq.a0, eq.a1);
  return len <= sideChars(left, a, b) && len <= sideChars(right, a, b);
}

/** The longer side of a span, in chars. */
function sideChars(s: Span, a: TokenList, b: TokenList): number {
  return Math.max(chars(a, s.a0, s.a1), chars(b, s.b0, s.b1));
}

/** Slide a pure insert/delete right while it starts with white space that also follows it. */
function slideToWords(spans: Span[], a: TokenList, b: TokenList): void {
  for (let i = 1; i + 1 < spans.length; i++) {
    const s = spans[i]!, next = spans[i + 1]!, prev = spans[i - 1]!;
    if (prev.op !== "equal" || next.op !== "equal") continue;
    if (s.op === "insert") {
      while (s.b1 - s.b0 > 1 && next.b1 > next.b0 && b.kind[s.b0] === SPACE && b.id[s.b0] === b.id[s.b1]) {
        s.b0++; s.b1++; prev.a1++; prev.b1++; next.a0++; next.b0++; s.a0++; s.a1++;
      }
    } else if (s.op === "delete") {
      while (s.a1 - s.a0 > 1 && next.a1 > next.a0 && a.kind[s.a0] === SPACE && a.id[s.a0] === a.id[s.a1]) {
        s.a0++; s.a1++; prev.a1++; prev.b1++; next.a0++; next.b0++; s.b0++; s.b1++;
      }
    }
    if (next.a0 === next.a1 && next.b0 === next.b1) { spans.splice(i + 1, 1); }
  }
}
