import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Link } from "../../../src/core/article.ts";
import { diffLink, paragraphIndexMap } from "../../../src/core/diff/diff-link.ts";
import type { Span } from "../../../src/core/diff/cleanup.ts";
import { coarseDiff, diffTexts } from "../../../src/core/diff/diff-words.ts";
import { unitDiff } from "../../../src/core/diff/unit-diff.ts";
import { articleFromText, SEEDS, seed } from "./seed-articles.ts";

function edits(a: string, b: string, opts = {}) {
  const d = diffTexts(a, b, opts);
  return { d, parts: d.spans.map((s) => ({ op: s.op, a: d.a.slice(s.a0, s.a1), b: d.b.slice(s.b0, s.b1) })) };
}

function checkLossless(a: string, b: string, opts = {}) {
  const { d, parts } = edits(a, b, opts);
  expect(parts.map((p) => p.a).join("")).toBe(a);
  expect(parts.map((p) => p.b).join("")).toBe(b);
  for (const p of parts) if (p.op === "equal") expect(p.a).toBe(p.b);
  // no edit splits a word: every span boundary is a token boundary by construction; check no empty edits
  for (const s of d.spans) expect(s.a1 - s.a0 + s.b1 - s.b0).toBeGreaterThan(0);
  // no two changes in a row (they fuse into one replace), but for a switch of quotation marks, which
  // stands apart from a changed word beside it
  const markSwitch = (s: Span) => s.op === "replace" && s.a1 - s.a0 === 1 && s.b1 - s.b0 === 1 && /^["'“”‘’]$/.test(d.a.slice(s.a0, s.a1));
  for (let i = 1; i < d.spans.length; i++) {
    const [x, y] = [d.spans[i - 1]!, d.spans[i]!];
    expect(x.op !== "equal" && y.op !== "equal" && !markSwitch(x) && !markSwitch(y)).toBe(false);
  }
}

const words = fc.constantFrom("the", "The", "US", "U.S.", "air", "strikes", "airstrikes", "said", "claimed", "40", "1,000", "--", ",", ".", "\u201c", "\u201d", "'", "Iraq's", "defence", "defense", " ", "  ", "\n\n", "seven");
const textOf = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(" "));

describe("diffTexts", () => {
  it("is lossless on random word soups", () => {
    fc.assert(fc.property(textOf, textOf, (a, b) => checkLossless(a, b)), { numRuns: 300 });
  });
  it("handles an empty side against several sentences", () => {
    checkLossless("", "One. Two. Three.");
    checkLossless("One. Two.\n\nThree.", "");
  });
  it("is lossless on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (a, b) => checkLossless(a, b)), { numRuns: 300 });
  });
  it("is lossless on real paragraphs with random cuts and insertions", () => {
    const paras = SEEDS.flatMap((f) => seed(f).paragraphs.map((p) => p.text)).filter((t) => t.length > 40);
    fc.assert(
      fc.property(fc.constantFrom(...paras), fc.constantFrom(...paras), fc.nat(), fc.nat(), (p, q, i, j) => {
        const cut = p.slice(0, i % p.length) + q.slice(j % q.length);
        checkLossless(p, cut);
        checkLossless(p + "\n\n" + q, q);
      }),
      { numRuns: 200 },
    );
  });
  it("absorbs a one-word equality between two changes into one replace", () => {
    const { parts } = edits("killed two American soldiers", "killed three British soldiers");
    expect(parts.filter((p) => p.op !== "equal")).toEqual([{ op: "replace", a: "two American", b: "three British" }]);
  });
  it("keeps whole words: a changed suffix replaces the word", () => {
    const { parts } = edits("neighboring Iran", "neighbouring Iran");
    expect(parts[0]).toEqual({ op: "replace", a: "neighboring", b: "neighbouring" });
  });
  it("falls back to sentences, then to one replace, when over budget, and stays lossless", () => {
    const a = "One two three. Four five six. Seven eight nine.";
    const b = "One two tree. Four five six. Seven ate nine.";
    const s = diffTexts(a, b, { workBudget: 1 });
    expect(s.fallback).toBeDefined();
    checkLossless(a, b, { workBudget: 1 });
    // the same words in reverse order: every word is shared, so none is set aside before Myers,
    // and the edit distance is near the whole length
    const long = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const other = Array.from({ length: 3000 }, (_, i) => `w${2999 - i}`).join(" ");
    const r = diffTexts(long, other, { workBudget: 1000 });
    expect(r.fallback).toBeDefined();
    expect(r.spans.map((s) => s.op)).toEqual(["replace"]);
    checkLossless(long, other, { workBudget: 1000 });
    // texts with no word in common need no search at all: one exact replace, no fallback
    const disjoint = diffTexts(long, Array.from({ length: 3000 }, (_, i) => `x${i}`).join(" "), { workBudget: 1000 });
    expect(disjoint.fallback).toBeUndefined();
    expect(disjoint.spans.map((s) => s.op)).toEqual(["replace"]);
  });
});

describe("diffLink", () => {
  it("joins merged paragraphs with a blank line and rebuilds both sides", () => {
    const a = articleFromText("a", "First one.\n\nSecond one.");
    const b = articleFromText("b", "First one. Second one!");
    const link: Link = { a: [0, 1], b: [0], kind: "merged", similarity: 0.9 };
    const d = diffLink(link, a, b, paragraphIndexMap(a), paragraphIndexMap(b));
    expect(d.link.edits.map((e) => e.a).join("")).toBe("First one.\n\nSecond one.");
    expect(d.link.edits.map((e) => e.b).join("")).toBe("First one. Second one!");
    expect(d.link.edits.find((e) => e.a === "\n\n")).toMatchObject({ op: "replace", class: "style", tags: ["spacing"] });
  });
});

/** jsdiff's diffArrays of the middles as spans from unit `p` on (the sentence pass as first written); false over budget. */
function unitDiffSpans(ma: string[], mb: string[], p: number, maxEditLength: number, spans: Span[]): boolean {
  const changes = diffArrays(ma, mb, { maxEditLength });
  if (!changes) return false;
  let ai = p, bi = p;
  for (const c of changes) {
    const n = c.count;
    if (c.added) { spans.push({ op: "insert", a0: ai, a1: ai, b0: bi, b1: bi + n }); bi += n; }
    else if (c.removed) { spans.push({ op: "delete", a0: ai, a1: ai + n, b0: bi, b1: bi }); ai += n; }
    else { spans.push({ op: "equal", a0: ai, a1: ai + n, b0: bi, b1: bi + n }); ai += n; bi += n; }
  }
  return true;
}

describe("unitDiff", () => {
  it("gives jsdiff's diffArrays spans, step for step, budget included", () => {
    const unit = fc.constantFrom("A.", "B.", "C!", "D?", " ", "\n", "E.");
    const units = fc.array(unit, { maxLength: 14 });
    fc.assert(fc.property(units, units, fc.nat(4), fc.integer({ min: 1, max: 30 }), (ua, ub, at, maxEditLength) => {
      const mine: Span[] = [], theirs: Span[] = [];
      const ok = unitDiff(ua, ub, at, maxEditLength, mine);
      expect(ok).toBe(unitDiffSpans(ua, ub, at, maxEditLength, theirs));
      if (ok) expect(mine).toEqual(theirs);
      else expect(mine).toEqual([]);
    }), { numRuns: 5000, seed: 22 });
  });
  it("handles a long diff that grows its arrays past the size it keeps, and a short one after it", () => {
    const ua = Array.from({ length: 600 }, (_, i) => `s${i % 7}.`), ub = Array.from({ length: 600 }, (_, i) => `s${(i * 3) % 11}.`);
    const mine: Span[] = [], theirs: Span[] = [];
    expect(unitDiff(ua, ub, 0, 1200, mine)).toBe(unitDiffSpans(ua, ub, 0, 1200, theirs));
    expect(mine).toEqual(theirs);
    const small: Span[] = [];
    expect(unitDiff(["A.", " ", "B."], ["A.", " ", "C."], 2, 10, small)).toBe(true);
    expect(small).toEqual([{ op: "equal", a0: 2, a1: 4, b0: 2, b1: 4 }, { op: "delete", a0: 4, a1: 5, b0: 4, b1: 4 }, { op: "insert", a0: 5, a1: 5, b0: 4, b1: 5 }]);
  });
});

describe("coarseDiff", () => {
  /** The sentence pass as first written: always jsdiff on the changed middle (through the same span conversion). */
  function coarseSpec(ua: string[], ub: string[], budget: number): Span[] | undefined {
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
      if (maxEditLength < 1 || !unitDiffSpans(ma, mb, p, maxEditLength, spans)) return undefined;
    } else if (ma.length) spans.push({ op: "delete", a0: p, a1: na - q, b0: p, b1: p });
    else if (mb.length) spans.push({ op: "insert", a0: p, a1: p, b0: p, b1: nb - q });
    if (q > 0) spans.push({ op: "equal", a0: na - q, a1: na, b0: nb - q, b1: nb });
    return spans;
  }
  /** What the caller reads: equal spans as they are, each run of changes as one range. */
  function runs(spans: Span[] | undefined): string {
    if (!spans) return "over budget";
    const out: string[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      if (s.op === "equal") { out.push(`=${s.a0}-${s.a1}/${s.b0}-${s.b1}`); continue; }
      let j = i;
      while (j + 1 < spans.length && spans[j + 1]!.op !== "equal") j++;
      out.push(`~${s.a0}-${spans[j]!.a1}/${s.b0}-${spans[j]!.b1}`);
      i = j;
    }
    return out.join(" ");
  }
  it("runs its changes together as jsdiff's sentence diff does, budget included", () => {
    // a few sentences and the white space between them, so middles share units or share none
    const unit = fc.constantFrom("A.", "B.", "C!", "D?", " ", "\n", "E.");
    const units = fc.array(unit, { maxLength: 12 });
    fc.assert(fc.property(units, units, fc.integer({ min: 1, max: 200 }), (ua, ub, budget) => {
      expect(runs(coarseDiff(ua, ub, budget))).toBe(runs(coarseSpec(ua, ub, budget)));
    }), { numRuns: 5000, seed: 21 });
  });
});
