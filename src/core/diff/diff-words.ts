/**
 * @module Word diff of two texts (one link): jsdiff's Myers diff over our tokens, cleaned up
 * semantically, with a bounded cost. A diff over budget falls back to sentences, then to one whole
 * replace, and says so.
 */
import { diffArrays } from "diff";
import { tokenize, type Token } from "../text/tokenize.ts";
import { cleanupSemantic, type Span } from "./cleanup.ts";
import { DIFF_DEFAULTS, type DiffOptions } from "./defaults.ts";
import { myersDiff } from "./myers.ts";

export interface TokenDiff {
  a: Token[];
  b: Token[];
  spans: Span[];
  fallback?: "sentence" | "paragraph";
}

/** Fine diff: common ends trimmed, Myers over the token texts in between. */
function fineDiff(a: string[], b: string[], budget: number): Span[] | undefined {
  const na = a.length, nb = b.length;
  let p = 0;
  while (p < na && p < nb && a[p] === b[p]) p++;
  let q = 0;
  while (q < na - p && q < nb - p && a[na - 1 - q] === b[nb - 1 - q]) q++;
  const mid = myersDiff(a, b, p, na - q, p, nb - q, budget);
  if (!mid) return undefined;
  const spans: Span[] = [];
  if (p > 0) spans.push({ op: "equal", a0: 0, a1: p, b0: 0, b1: p });
  spans.push(...mid);
  if (q > 0) spans.push({ op: "equal", a0: na - q, a1: na, b0: nb - q, b1: nb });
  return spans;
}

/** jsdiff's Myers over unit strings (the coarse, sentence-level pass); undefined when over budget. */
function myers(ua: string[], ub: string[], budget: number): Span[] | undefined {
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
    const changes = diffArrays(ma, mb, { maxEditLength });
    if (!changes) return undefined;
    let ai = p, bi = p;
    for (const c of changes) {
      const n = c.count;
      if (c.added) { spans.push({ op: "insert", a0: ai, a1: ai, b0: bi, b1: bi + n }); bi += n; }
      else if (c.removed) { spans.push({ op: "delete", a0: ai, a1: ai + n, b0: bi, b1: bi }); ai += n; }
      else { spans.push({ op: "equal", a0: ai, a1: ai + n, b0: bi, b1: bi + n }); ai += n; bi += n; }
    }
  } else if (ma.length) spans.push({ op: "delete", a0: p, a1: na - q, b0: p, b1: p });
  else if (mb.length) spans.push({ op: "insert", a0: p, a1: p, b0: p, b1: nb - q });
  if (q > 0) spans.push({ op: "equal", a0: na - q, a1: na, b0: nb - q, b1: nb });
  return spans;
}

/**
 * Unit boundaries for the sentence pass: each sentence (ending after . ! ? and closing marks, or at a
 * line break) is a unit, and the white space between sentences is a unit of its own, so a sentence
 * matches wherever it stands. Returns the token index where each unit starts.
 */
function unitStarts(tokens: Token[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "space" && (/[.!?]["'\u201d\u2019)]*$/.test(tokens[i - 1]!.text) || t.text.includes("\n"))) {
      starts.push(i);
      if (i + 1 < tokens.length) starts.push(i + 1);
    }
  }
  return starts;
}

function unitsOf(tokens: Token[], starts: number[]): string[] {
  return starts.map((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1]! : tokens.length;
    let str = "";
    for (let i = s; i < e; i++) str += tokens[i]!.text;
    return str;
  });
}

/**
 * Diff two texts word by word. Two passes: sentences first (jsdiff over sentence units: moved or
 * untouched sentences cost nothing), then Myers over the tokens of each changed run of sentences.
 * Pure and bounded: a run over budget stays one sentence-level replace, and a text with too many
 * changed sentences becomes one replace; `fallback` says so.
 */
export function diffTexts(aText: string, bText: string, opts: DiffOptions = {}): TokenDiff {
  const o = { ...DIFF_DEFAULTS, ...opts };
  const a = tokenize(aText), b = tokenize(bText);
  if (aText === bText) {
    return { a, b, spans: a.length ? [{ op: "equal", a0: 0, a1: a.length, b0: 0, b1: b.length }] : [] };
  }
  const ta = a.map((t) => t.text), tb = b.map((t) => t.text);
  const sa = unitStarts(a), sb = unitStarts(b);
  if (sa.length === 1 && sb.length === 1) {
    const fine = fineDiff(ta, tb, o.workBudget);
    if (fine) return { a, b, spans: cleanupSemantic(fine, a, b, o.absorbWords) };
    return { a, b, spans: cleanupSemantic([{ op: "replace", a0: 0, a1: a.length, b0: 0, b1: b.length }], a, b, 0), fallback: "paragraph" };
  }
  const coarse = myers(unitsOf(a, sa), unitsOf(b, sb), o.workBudget);
  if (!coarse) {
    return { a, b, spans: cleanupSemantic([{ op: "replace", a0: 0, a1: a.length, b0: 0, b1: b.length }], a, b, 0), fallback: "paragraph" };
  }
  const at = (starts: number[], n: number, k: number) => (k < starts.length ? starts[k]! : n);
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
    const fine = fineRange(ta, tb, a0, a1, b0, b1, o.workBudget);
    if (fine) spans.push(...fine);
    else { spans.push({ op: "replace", a0, a1, b0, b1 }); fallback = "sentence"; }
  }
  const out: TokenDiff = { a, b, spans: cleanupSemantic(spans, a, b, o.absorbWords) };
  if (fallback) out.fallback = fallback;
  return out;
}

/** Myers over tokens a[a0..a1) and b[b0..b1), common ends trimmed first. */
function fineRange(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number, budget: number): Span[] | undefined {
  let p = 0;
  while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] === b[b0 + p]) p++;
  let q = 0;
  while (q < a1 - a0 - p && q < b1 - b0 - p && a[a1 - 1 - q] === b[b1 - 1 - q]) q++;
  const mid = myersDiff(a, b, a0 + p, a1 - q, b0 + p, b1 - q, budget);
  if (!mid) return undefined;
  const spans: Span[] = [];
  if (p > 0) spans.push({ op: "equal", a0, a1: a0 + p, b0, b1: b0 + p });
  spans.push(...mid);
  if (q > 0) spans.push({ op: "equal", a0: a1 - q, a1, b0: b1 - q, b1 });
  return spans;
}

/** Text covered by tokens [i, j) of a tokenized text. */
export function sliceTokens(text: string, tokens: Token[], i: number, j: number): string {
  if (i >= j) return "";
  const start = tokens[i]!.start;
  const end = j < tokens.length ? tokens[j]!.start : text.length;
  return text.slice(start, end);
}
