import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article, Paragraph, Role } from "../../../src/core/article.ts";
import { alignArticles, sameButSpacing } from "../../../src/core/align/align-articles.ts";
import { seedLikeParagraphs } from "./helpers.ts";

const P = seedLikeParagraphs();
const art = (id: string, ps: [string, Role][]): Article => ({
  id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
  paragraphs: ps.map(([text, role], index): Paragraph => ({ index, text, role })),
});

describe("alignArticles", () => {
  it("links non-body paragraphs only to the same role, never to body", () => {
    const a = art("a", [[P[0]!, "caption"], [P[1]!, "body"], [P[2]!, "body"], ["Sign up for our newsletter", "boilerplate"]]);
    const b = art("b", [[P[1]!, "body"], [P[0]!, "body"], [P[2]!, "body"], ["Sign up for our newsletter", "boilerplate"]]);
    const al = alignArticles(a, b);
    // the caption's text is B's body paragraph 1, but a caption never links to body
    expect(al.onlyA).toEqual([0]);
    expect(al.onlyB).toEqual([1]);
    expect(al.links.map((l) => [l.a, l.b, l.kind])).toEqual([[[1], [0], "same"], [[2], [2], "same"], [[3], [3], "same"]]);
  });

  it("links a caption both versions carry, and names kinds (reworded, merged, split)", () => {
    const a = art("a", [[P[0]!, "caption"], [P[1]!, "body"], [P[2]!, "body"], [P[3]!, "body"], [`${P[4]} ${P[5]}`, "body"]]);
    const b = art("b", [[P[0]! + " (AFP)", "caption"], [P[1]!.replace(/ the /, " a "), "body"], [`${P[2]} ${P[3]}`, "body"], [P[4]!, "body"], [P[5]!, "body"]]);
    const al = alignArticles(a, b);
    expect(al.links.map((l) => [l.a, l.b, l.kind])).toEqual([
      [[0], [0], "reworded"], [[1], [1], "reworded"], [[2, 3], [2], "merged"], [[4], [3, 4], "split"],
    ]);
    for (const l of al.links) expect(l.similarity).toBeGreaterThan(0.8);
  });

  it("empty articles give an empty alignment", () => {
    expect(alignArticles(art("a", []), art("b", [[P[0]!, "body"]]))).toEqual({ links: [], onlyA: [], onlyB: [0] });
  });
});

describe("sameButSpacing", () => {
  it("agrees with collapsing white space and trimming, on random strings", () => {
    const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
    const ch = fc.constantFrom("a", "b", " ", "\n", "\t", "\u00a0", "\u2003", "\ufeff");
    fc.assert(fc.property(fc.array(ch, { maxLength: 8 }), fc.array(ch, { maxLength: 8 }), (x, y) => {
      expect(sameButSpacing(x.join(""), y.join(""))).toBe(collapse(x.join("")) === collapse(y.join("")));
    }), { numRuns: 5000, seed: 1 });
  });
});
