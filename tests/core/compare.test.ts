import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/core/article.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { comparisonToJson } from "../../src/core/diff/comparison-json.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { goldAlignment, SEEDS } from "./diff/seed-articles.ts";

const parsed = (file: string): Article =>
  parseArticle({ id: file.replace(/\.txt$/, ""), format: "txt", text: readFileSync(new URL(`../../corpus/${file}`, import.meta.url), "utf8") });

describe("compareArticles", () => {
  const a = parsed(SEEDS[0]!), b = parsed(SEEDS[1]!);

  it("gives the compare JSON with lossless edits on every link (aligner's own alignment)", () => {
    const json = comparisonToJson(compareArticles(a, b));
    expect(Object.keys(json)).toEqual(["a", "b", "links", "onlyA", "onlyB", "stats", "quotes"]);
    for (const l of json.links) {
      expect(l.edits.map((e) => e.a).join("")).toBe(l.a.map((i) => a.paragraphs[i]!.text).join("\n\n"));
      expect(l.edits.map((e) => e.b).join("")).toBe(l.b.map((i) => b.paragraphs[i]!.text).join("\n\n"));
      for (const e of l.edits) if (e.op === "equal") expect(e.a).toBe(e.b);
    }
    for (const k of ["aWords", "bWords", "verbatim", "styleOnly", "reworded", "cut", "newInB", "styleEdits", "substantiveEdits", "alteredQuotes", "changedNumbers"]) {
      expect(typeof (json.stats as unknown as Record<string, number>)[k]).toBe("number");
    }
  });

  it("on the gold alignment of 000/001 finds only style edits, none reworded or cut", () => {
    const c = compareArticles(a, b, { alignment: goldAlignment(SEEDS[0]!, SEEDS[1]!) });
    expect(c.stats.substantiveEdits).toBe(0);
    expect(c.stats.reworded).toBe(0);
    expect(c.stats.cut).toBe(0);
    expect(c.stats.styleEdits).toBeGreaterThan(8);
  });

  it("is pure: the same inputs give the same output", () => {
    expect(JSON.stringify(comparisonToJson(compareArticles(a, b)))).toBe(JSON.stringify(comparisonToJson(compareArticles(a, b))));
  });

  it("reports a changed figure and a changed quotation", () => {
    const a2 = parsed(SEEDS[0]!);
    const b2: Article = {
      ...a2,
      id: "b2",
      paragraphs: a2.paragraphs.map((p) => ({
        ...p,
        text: p.text.replace("wounding three members", "wounding four members").replace('"as necessary"', '"when needed"'),
      })),
    };
    const links = a2.paragraphs.map((p) => ({ a: [p.index], b: [p.index], kind: "reworded" as const, similarity: 1 }));
    const c = compareArticles(a2, b2, { alignment: { links, onlyA: [], onlyB: [] } });
    expect(c.stats.changedNumbers).toBe(1);
    expect(c.stats.substantiveEdits).toBe(2);
    expect(c.quotes.find((q) => q.text === "as necessary")).toMatchObject({ status: "altered" });
    expect(c.stats.alteredQuotes).toBe(1);
  });

  it("never crashes and stays lossless on random articles", () => {
    const word = fc.constantFrom("the", "US", "said", "40", "1,000", "--", "Iraq's", "\u201cquote\u201d", '"as', 'necessary"', "defence", "defense", "WASHINGTON:", "(AFP)", "");
    const para = fc.array(word, { maxLength: 25 }).map((w) => w.join(" ").trim());
    const art = (id: string) => fc.array(para, { maxLength: 8 }).map((ps): Article => ({
      id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
      paragraphs: ps.map((text, index) => ({ index, text, role: index % 5 === 4 ? "caption" : "body" })),
    }));
    fc.assert(
      fc.property(art("a"), art("b"), (x, y) => {
        const c = compareArticles(x, y);
        for (const l of c.links) {
          expect(l.edits.map((e) => e.a).join("")).toBe(l.a.map((i) => x.paragraphs[i]!.text).join("\n\n"));
          expect(l.edits.map((e) => e.b).join("")).toBe(l.b.map((i) => y.paragraphs[i]!.text).join("\n\n"));
        }
        const s = c.stats;
        if (s.aWords > 0) expect(s.verbatim + s.styleOnly + s.reworded + s.cut).toBeCloseTo(1, 2);
      }),
      { numRuns: 150 },
    );
  });
});
