import { describe, expect, it } from "vitest";
import type { Alignment, Article, Edit } from "../../../src/core/article.ts";
import { compareAligned } from "../../../src/core/diff/compare-aligned.ts";
import { isSpellingVariant } from "../../../src/core/text/spelling.ts";
import { findQuotations } from "../../../src/core/text/quotes.ts";
import { goldAlignment, SEEDS, seed } from "./seed-articles.ts";

type Changed = Extract<Edit, { class: string }>;
const changes = (edits: Edit[]) => edits.filter((e): e is Changed => e.op !== "equal");

describe("seeds 000 vs 001 (same wire story, two outlets)", () => {
  const c = compareAligned(seed(SEEDS[0]!), seed(SEEDS[1]!), goldAlignment(SEEDS[0]!, SEEDS[1]!));
  const all = c.links.flatMap((l) => changes(l.edits));
  it("classifies every difference inside linked text as house style", () => {
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((e) => e.class !== "style")).toEqual([]);
  });
  it("finds each house-style edit of the gold list", () => {
    const seen = (a: string, b: string) => all.some((e) => e.a.includes(a) && e.b.includes(b));
    for (const [a, b] of [["airstrikes", "air strikes"], ["self-defense", "self-defence"], ["neighboring", "neighbouring"], ["spiraling", "spiralling"],
      ["Iraq's", "Iraq\u00b4s"], ["Iran's", "Iran\u00b4s"], ["--", ","], ["Washington (AFP)", "WASHINGTON:"]] as const) {
      expect(seen(a, b), `${a} -> ${b}`).toBe(true);
    }
  });
  it("counts none of A's body words as reworded or cut", () => {
    expect(c.stats.reworded).toBe(0);
    expect(c.stats.cut).toBe(0);
    expect(c.stats.substantiveEdits).toBe(0);
    expect(c.stats.verbatim + c.stats.styleOnly).toBeCloseTo(1, 3);
  });
  it("follows every quotation of A into B", () => {
    expect(c.quotes.map((q) => q.status)).toEqual(["verbatim", "verbatim", "style", "verbatim"]);
    expect(c.quotes[2]!.text).toContain("self-defense");
  });
});

/** B = A with one paragraph changed; links are 1:1 for every paragraph. */
function planted(a: Article, index: number, text: string): { b: Article; alignment: Alignment } {
  const b = { ...a, id: "b", paragraphs: a.paragraphs.map((p) => (p.index === index ? { ...p, text } : p)) };
  return { b, alignment: { links: a.paragraphs.map((p) => ({ a: [p.index], b: [p.index], kind: "reworded" as const, similarity: 1 })), onlyA: [], onlyB: [] } };
}

function changedEdits(a: Article, index: number, text: string): Changed[] {
  const { b, alignment } = planted(a, index, text);
  const c = compareAligned(a, b, alignment);
  return changes(c.links.find((l) => l.a[0] === index)!.edits);
}

const NUMBER_WORD_SWAP: Record<string, string> = { two: "three", three: "four", four: "five", five: "six", six: "seven", seven: "eight", one: "two" };
const SPELLING_CANDIDATES = (w: string) => [
  w.replace(/ize/, "ise"), w.replace(/ise/, "ize"), w.replace(/or\b/, "our"), w.replace(/our/, "or"), w.replace(/ter\b/, "tre"), w.replace(/tre\b/, "ter"),
  w.replace(/eled\b/, "elled"), w.replace(/eling\b/, "elling"), w.replace(/elled\b/, "eled"), w.replace(/ense\b/, "ence"), w.replace(/ence\b/, "ense"),
  w.replace(/yze/, "yse"), w.replace(/alog\b/, "alogue"), w.replace(/^gray/, "grey"), w.replace(/aled\b/, "alled"), w.replace(/aling\b/, "alling"),
];

describe("planted edits in real articles", () => {
  const articles = [seed(SEEDS[0]!), seed(SEEDS[1]!), seed(SEEDS[2]!), seed(SEEDS[3]!), seed(SEEDS[4]!)];
  const bodies = articles.flatMap((a) => a.paragraphs.filter((p) => p.role === "body" && p.text.length > 60).map((p) => ({ a, p })));
  let planted = 0;

  it("a changed figure is substance with number", () => {
    for (const { a, p } of bodies) {
      const m = /\b(\d+)\b|\b(two|three|four|five|six|seven|one)\b/i.exec(p.text);
      if (!m) continue;
      const repl = m[1] ? String(Number(m[1]) + 7) : NUMBER_WORD_SWAP[m[2]!.toLowerCase()]!;
      const es = changedEdits(a, p.index, p.text.slice(0, m.index) + repl + p.text.slice(m.index + m[0].length));
      expect(es.length, p.text).toBe(1);
      expect(es[0]!.class).toBe("substance");
      expect(es[0]!.tags).toContain("number");
      planted++;
    }
  });
  it("a changed word inside a quotation is substance with quote", () => {
    for (const { a, p } of bodies) {
      for (const q of findQuotations(p.text)) {
        const m = /\b[a-z]{4,}\b/.exec(q.text);
        if (!m) continue;
        const at = q.start + m.index;
        const es = changedEdits(a, p.index, p.text.slice(0, at) + "purportedly" + p.text.slice(at + m[0].length));
        expect(es.length).toBe(1);
        expect(es[0]!.class).toBe("substance");
        expect(es[0]!.tags).toContain("quote");
        planted++;
      }
    }
  });
  it("an inserted or deleted sentence is substance", () => {
    for (const { a, p } of bodies) {
      const ins = changedEdits(a, p.index, p.text + " Officials gave no further details on the matter.");
      expect(ins.map((e) => [e.op, e.class])).toEqual([["insert", "substance"]]);
      const sentences = p.text.split(/(?<=[.!?]["\u201d]?) (?=[A-Z"\u201c])/);
      if (sentences.length > 1) {
        const del = changedEdits(a, p.index, sentences.slice(1).join(" "));
        expect(del.map((e) => [e.op, e.class])).toEqual([["delete", "substance"]]);
      }
      planted++;
    }
  });
  it("a spelling variant, quote-mark or dash change is style", () => {
    for (const { a, p } of bodies) {
      const w = p.text.match(/[A-Za-z]{5,}/g)!.find((x) => SPELLING_CANDIDATES(x).some((y) => y !== x && isSpellingVariant(x, y)));
      if (w) {
        const v = SPELLING_CANDIDATES(w).find((y) => y !== w && isSpellingVariant(w, y))!;
        const es = changedEdits(a, p.index, p.text.replace(w, v));
        expect(es.map((e) => [e.class, e.tags]), `${w} -> ${v}`).toEqual([["style", ["spelling"]]]);
        planted++;
      }
      if (/["\u201c\u201d]/.test(p.text)) {
        const curly = p.text.replace(/"([^"]*)"/g, "\u201c$1\u201d").replace(/\u201c([^\u201d]*)\u201d/g, (m, x) => (m.includes('"') ? m : `"${x}"`));
        if (curly !== p.text) {
          const es = changedEdits(a, p.index, curly);
          for (const e of es) expect([e.class, e.tags]).toEqual(["style", ["quotemarks"]]);
          planted++;
        }
      }
      if (/ -- |\u2014/.test(p.text)) {
        const es = changedEdits(a, p.index, p.text.replace(/ -- /g, " \u2014 ").replace(/\u2014/g, " -- "));
        for (const e of es) expect(e.class).toBe("style");
        planted++;
      }
      if (/,/.test(p.text)) {
        const es = changedEdits(a, p.index, p.text.replace(/, /, " -- "));
        for (const e of es) expect([e.class, e.tags]).toEqual(["style", ["dash"]]);
        planted++;
      }
    }
  });
  it("planted enough edits to mean something", () => {
    expect(planted).toBeGreaterThan(50);
  });
});
