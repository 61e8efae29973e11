/**
 * @module Word diff of two texts (one link): jsdiff's Myers diff over sentences (unit-diff.ts), then Myers over
 * the interned ids of the changed sentences' tokens, cleaned up semantically, with a bounded cost. A
 * diff over budget falls back to sentences, then to one whole replace, and says so.
 */
import { FIRST_TEXT_ID, internerReset } from "../text/intern.ts";
import { SPACE, TokenList } from "../text/tokenize.ts";
import { cleanupSemantic, type Span } from "./cleanup.ts";
import { DIFF_DEFAULTS, type DiffOptions } from "./defaults.ts";
import { diffIds } from "./myers.ts";
import { unitDiff } from "./unit-diff.ts";

/** The two texts' token lists (the caller's, when it passed them) and the spans over them. */
export interface TokenDiff {
  a: TokenList;
  b: TokenList;
  spans: Span[];
  fallback?: "sentence" | "paragraph";
}

/**
 * jsdiff's Myers over unit strings (the coarse, sentence-level pass, as unit-diff.ts runs it); undefined when over budget.
 * Only where changes run together matters to the caller (each run is diffed again word by word), so
 * when the changed middles share no unit the answer is known without a search: one run of changes
 * over both, found by jsdiff only when its whole length fits the edit budget.
 */
export function coarseDiff(ua: string[], ub: string[], budget: number): Span[] | undefined {
  // trim the common prefix and suffix: most links differ in a few places
  let p = 0;
  const na = ua.length, nb = ub.length;
  while (p < na && p < nb && ua[p] === ub[p]) p++;
  let q = 0;
  while (q < na - p && q < nb - p && ua[na - 1 - q] === ub[nb - 1 - q]) q++;
  const spans: Span[] = [];
  if (p > 0) spans.push({ op: "equal", a0: 0, a1: p, b0: 0, b1: p });
  const ma = ua.slice(p, na - q), mb = ub.slice(p, nb - q);
  if (ma.length && mb.length) {
    const maxEditLength = Math.floor(budget / (ma.length + mb.length));
    if (maxEditLength < 1) return undefined;
    if (disjoint(ma, mb)) {
      // jsdiff would need an edit per unit, and give up past maxEditLength
      if (ma.length + mb.length > maxEditLength) return undefined;
      spans.push({ op: "delete", a0: p, a1: na - q, b0: p, b1: p }, { op: "insert", a0: na - q, a1: na - q, b0: p, b1: nb - q });
    } else if (!unitDiff(ma, mb, p, maxEditLength, spans)) return undefined;
  } else if (ma.length) spans.push({ op: "delete", a0: p, a1: na - q, b0: p, b1: p });
  else if (mb.length) spans.push({ op: "insert", a0: p, a1: p, b0: p, b1: nb - q });
  if (q > 0) spans.push({ op: "equal", a0: na - q, a1: na, b0: nb - q, b1: nb });
  return spans;
}

/** No string of x is in y (a set for long lists, a scan for the usual handful). */
function disjoint(x: string[], y: string[]): boolean {
  if (x.length * y.length > 256) {
    const seen = new Set(x);
    return !y.some((u) => seen.has(u));
  }
  for (const u of x) for (const v of y) if (u === v) return false;
  return true;
}

/**
 * Unit boundaries for the sentence pass: each sentence (ending after . ! ? and closing marks, or at a
 * line break) is a unit, and the white space between sentences is a unit of its own, so a sentence
 * matches wherever it stands. Returns the token index where each unit starts.
 */
function unitStarts(t: TokenList): number[] {
  const starts = [0];
  const { kind, start, text, id } = t;
  for (let i = 1; i < t.length; i++) {
    if (kind[i] !== SPACE) {
      // Chinese and Japanese end a sentence with 。！？ and no space: the next token starts one
      // (a one-char token's id is its char code; CJK marks are the only ids in this range)
      const p = id[i - 1]!;
      if (p >= 0x3002 && p < FIRST_TEXT_ID && endsUnspacedSentence(id, i) && !FULL_CLOSERS.has(id[i]!)) starts.push(i);
      continue;
    }
    // a token of one char has that char's code for its id (text/intern.ts): the usual single
    // space holds no line break, and a lone mark before it ends a sentence when it is . ! or ?
    const s = id[i]!, p = id[i - 1]!;
    const ends = p < FIRST_TEXT_ID
      ? p === 46 || p === 33 || p === 63 || (p >= 0x3002 && endsUnspacedSentence(id, i))
      : endsSentence(text, start[i - 1]!, start[i]!);
    if (ends || (s === 10 || (s >= FIRST_TEXT_ID && hasNewline(text, start[i]!, start[i + 1]!)))) {
      starts.push(i);
      if (i + 1 < t.length) starts.push(i + 1);
    }
  }
  return starts;
}

/** Full-width sentence ends (。！？．) and the closing marks that may follow them (」』）”’). */
const FULL_STOPS = new Set([0x3002, 0xff01, 0xff1f, 0xff0e]);
const FULL_CLOSERS = new Set([0x300d, 0x300f, 0xff09, 0x3011, 0x3015, 0x300b, 0x3009, 0x201d, 0x2019]);

/** The tokens before i end a sentence with a full-width stop and its closing marks. */
function endsUnspacedSentence(id: Int32Array, i: number): boolean {
  let k = i - 1;
  while (k > 0 && FULL_CLOSERS.has(id[k]!)) k--;
  return FULL_STOPS.has(id[k]!);
}

/** text[from, to) ends a sentence: . ! or ? followed only by closing quotes and brackets ("'”’)). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41) continue;
    return c === 46 || c === 33 || c === 63;
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The text of each unit (a slice of the input: tokens are contiguous). */
function unitsOf(t: TokenList, starts: number[]): string[] {
  return starts.map((s, k) => t.slice(s, k + 1 < starts.length ? starts[k + 1]! : t.length));
}

/**
 * Diff two texts word by word. Two passes: sentences first (jsdiff over sentence units: moved or
 * untouched sentences cost nothing), then Myers over the tokens of each changed run of sentences.
 * Pure and bounded: a run over budget stays one sentence-level replace, and a text with too many
 * changed sentences becomes one replace; `fallback` says so. `lists`: token lists to fill (and
 * return) instead of new ones; with `filled`, the caller has filled them with these texts already.
 */
export function diffTexts(aText: string, bText: string, opts: DiffOptions = {}, lists?: [TokenList, TokenList], filled = false): TokenDiff {
  const o = { ...DIFF_DEFAULTS, ...opts };
  let a: TokenList, b: TokenList;
  // lists the caller filled (from a token store) hold these texts already
  if (lists && filled) [a, b] = lists;
  else {
    // a caller that passes lists owns the interner's resets (compareAligned, tokenizeArticles):
    // a reset between two links would leave ids from before it in use
    if (!lists) internerReset();
    a = (lists?.[0] ?? new TokenList()).fill(aText);
    b = (lists?.[1] ?? new TokenList()).fill(bText);
  }
  if (aText === bText) {
    return { a, b, spans: a.length ? [{ op: "equal", a0: 0, a1: a.length, b0: 0, b1: b.length }] : [] };
  }
  const sa = unitStarts(a), sb = unitStarts(b);
  if (sa.length === 1 && sb.length === 1) {
    const fine = fineRange(a, b, 0, a.length, 0, b.length, o.workBudget);
    if (fine) return { a, b, spans: cleanupSemantic(fine, a, b, o.absorbWords) };
    return { a, b, spans: cleanupSemantic([{ op: "replace", a0: 0, a1: a.length, b0: 0, b1: b.length }], a, b, 0), fallback: "paragraph" };
  }
  const coarse = coarseDiff(unitsOf(a, sa), unitsOf(b, sb), o.workBudget);
  if (!coarse) {
    return { a, b, spans: cleanupSemantic([{ op: "replace", a0: 0, a1: a.length, b0: 0, b1: b.length }], a, b, 0), fallback: "paragraph" };
  }
  const spans: Span[] = [];
  let fallback: TokenDiff["fallback"];
  // walk the unit diff; each maximal run of changes is diffed again at the word level
  for (let i = 0; i < coarse.length; i++) {
    const c = coarse[i]!;
    if (c.op === "equal") {
      spans.push({ op: "equal", a0: at(sa, a.length, c.a0), a1: at(sa, a.length, c.a1), b0: at(sb, b.length, c.b0), b1: at(sb, b.length, c.b1) });
      continue;
    }
    let j = i;
    while (j + 1 < coarse.length && coarse[j + 1]!.op !== "equal") j++;
    const a0 = at(sa, a.length, c.a0), a1 = at(sa, a.length, coarse[j]!.a1);
    const b0 = at(sb, b.length, c.b0), b1 = at(sb, b.length, coarse[j]!.b1);
    i = j;
    if (a1 === a0 || b1 === b0) { spans.push({ op: a1 === a0 ? "insert" : "delete", a0, a1, b0, b1 }); continue; }
    const fine = fineRange(a, b, a0, a1, b0, b1, o.workBudget);
    if (fine) spans.push(...fine);
    else { spans.push({ op: "replace", a0, a1, b0, b1 }); fallback = "sentence"; }
  }
  const out: TokenDiff = { a, b, spans: cleanupSemantic(spans, a, b, o.absorbWords) };
  if (fallback) out.fallback = fallback;
  return out;
}

/** Token index where unit k starts (n past the last unit). */
function at(starts: number[], n: number, k: number): number {
  return k < starts.length ? starts[k]! : n;
}

/** Scratch for fineRange: positions and ids of the non-space tokens of both ranges (grown on demand). */
let posA = new Int32Array(256), posB = new Int32Array(256), idA = new Int32Array(256), idB = new Int32Array(256);

/** The non-space tokens of t[from, to) into (pos, ids); returns how many. */
function wordsOf(t: TokenList, from: number, to: number, pos: Int32Array, ids: Int32Array): number {
  let n = 0;
  for (let i = from; i < to; i++) if (t.kind[i] !== SPACE) { pos[n] = i; ids[n++] = t.id[i]!; }
  return n;
}

/**
 * Myers over the non-space tokens of a[a0..a1) and b[b0..b1) (white space rides along after its
 * word: half the tokens, a quarter of the work), common ends trimmed first. Equal runs whose white
 * space differs are split back into equal parts and small white-space edits, so every `equal` span
 * still has identical text on both sides.
 */
function fineRange(a: TokenList, b: TokenList, a0: number, a1: number, b0: number, b1: number, budget: number): Span[] | undefined {
  if (posA.length < a1 - a0) { posA = new Int32Array(2 * (a1 - a0)); idA = new Int32Array(2 * (a1 - a0)); }
  if (posB.length < b1 - b0) { posB = new Int32Array(2 * (b1 - b0)); idB = new Int32Array(2 * (b1 - b0)); }
  const wa = posA, wb = posB, ua = idA, ub = idB;
  const na = wordsOf(a, a0, a1, wa, ua), nb = wordsOf(b, b0, b1, wb, ub);
  let p = 0;
  while (p < na && p < nb && ua[p] === ub[p]) p++;
  let q = 0;
  while (q < na - p && q < nb - p && ua[na - 1 - q] === ub[nb - 1 - q]) q++;
  const mid = diffIds(ua, ub, p, na - q, p, nb - q, budget);
  if (!mid) return undefined;
  const out: Span[] = [];
  // the units: the common prefix, Myers' spans, the common suffix (word indices)
  const count = (p > 0 ? 1 : 0) + mid.length + (q > 0 ? 1 : 0);
  if (count === 0) { splitEqual(a, b, a0, a1, b0, b1, out); return out; } // white space only
  for (let n = 0; n < count; n++) {
    const last = n === count - 1;
    // unit n in word indices: the prefix, the suffix, or Myers' span (fresh and ours: it becomes the token span)
    let u: Span | undefined, ua0: number, ua1: number, ub0: number, ub1: number;
    if (n === 0 && p > 0) { ua0 = 0; ua1 = p; ub0 = 0; ub1 = p; }
    else if (last && q > 0) { ua0 = na - q; ua1 = na; ub0 = nb - q; ub1 = nb; }
    else { u = mid[p > 0 ? n - 1 : n]!; ua0 = u.a0; ua1 = u.a1; ub0 = u.b0; ub1 = u.b1; }
    // the first unit starts at the range start and the last ends at its end (white space included);
    // word k starts at token pos[k]
    const s0 = n === 0 ? a0 : wordStart(wa, na, a0, a1, ua0), s1 = last ? a1 : wordStart(wa, na, a0, a1, ua1);
    const t0 = n === 0 ? b0 : wordStart(wb, nb, b0, b1, ub0), t1 = last ? b1 : wordStart(wb, nb, b0, b1, ub1);
    if (s0 === s1 && t0 === t1) continue;
    if (u !== undefined && u.op !== "equal") { u.a0 = s0; u.a1 = s1; u.b0 = t0; u.b1 = t1; out.push(u); continue; }
    splitEqual(a, b, s0, s1, t0, t1, out);
  }
  return out;
}

/** Token index where word k of a range [from, to) starts: its first token, pos[k], or the range's end past its last word. */
function wordStart(pos: Int32Array, n: number, from: number, to: number, k: number): number {
  return k === 0 ? from : k < n ? pos[k]! : to;
}

/** An equal run of words whose white space may differ: equal pieces and white-space edits. */
function splitEqual(a: TokenList, b: TokenList, i: number, i1: number, j: number, j1: number, out: Span[]): void {
  let ei = i, ej = j;
  while (i < i1 || j < j1) {
    if (i < i1 && j < j1 && a.id[i] === b.id[j]) { i++; j++; continue; }
    if (i > ei || j > ej) out.push({ op: "equal", a0: ei, a1: i, b0: ej, b1: j });
    const sa = i < i1 && a.kind[i] === SPACE, sb = j < j1 && b.kind[j] === SPACE;
    if (sa && sb) out.push({ op: "replace", a0: i, a1: i + 1, b0: j, b1: j + 1 }), i++, j++;
    else if (sa) out.push({ op: "delete", a0: i, a1: i + 1, b0: j, b1: j }), i++;
    else if (sb) out.push({ op: "insert", a0: i, a1: i, b0: j, b1: j + 1 }), j++;
    else { // cannot happen (same words in order); stay lossless anyway
      out.push({ op: "replace", a0: i, a1: i1, b0: j, b1: j1 });
      i = i1; j = j1;
    }
    ei = i; ej = j;
  }
  if (i > ei || j > ej) out.push({ op: "equal", a0: ei, a1: i, b0: ej, b1: j });
}
