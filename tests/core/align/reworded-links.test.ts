/**
 * Issue 23: the paragraph engine missed paragraphs rewritten rather than copied; the pair model
 * (align-by-pairs.ts) links them from sentence evidence and their place between confident links.
 * The texts are written for this test (news-dev's third-party texts stay in ../shared).
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/article.ts";
import { alignArticles } from "../../../src/core/align/align-articles.ts";

const art = (id: string, ps: string[]): Article => ({
  id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
  paragraphs: ps.map((text, index) => ({ index, text, role: "body" as const })),
});

const A = art("wire", [
  "A powerful storm tore through the coastal town of Marlow on Sunday, killing at least 14 people and leaving thousands of homes without power, the regional governor said.",
  "Emergency crews worked through the night to clear fallen trees from the main road into the town, which was cut off for several hours. Volunteers handed out blankets and hot soup at the sports hall.",
  "\"We have never seen winds like this,\" said fisherman Tomas Greer, 61, whose boat was torn from its mooring and thrown onto the harbour wall.",
  "The national weather service said gusts reached 160 kilometres an hour before the storm weakened over the hills to the north.",
  "Schools across the province will stay closed on Monday, the education ministry said.",
]);
const B = art("rewrite", [
  "The death toll from a powerful storm that battered the coastal town of Marlow rose to 23 on Monday, with thousands of homes still without electricity, the regional governor said.",
  "Workers labored until dawn removing toppled trunks from the route leading into Marlow, which remained isolated for hours.",
  "At the sports hall, volunteers distributed soup and blankets.",
  "Fisherman Tomas Greer, 61, said he had never witnessed winds of that kind.",
  "His boat, he said, was ripped from its mooring and hurled onto the harbour wall.",
  "Gusts reached 160 kilometres an hour, according to the national weather service, before the storm lost strength over the northern hills.",
  "Officials said the clean-up could take weeks.",
]);

const pairs = (a: Article, b: Article, pairModel: boolean) =>
  alignArticles(a, b, { pairModel }).links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => `${x},${y}`)));

describe("reworded paragraphs between confident links", () => {
  it("a paraphrased sentence moved into a paragraph of its own is linked to its source paragraph", () => {
    expect(pairs(A, B, false)).not.toContain("1,2");
    expect(pairs(A, B, true)).toContain("1,2");
  });

  it("keeps the engine's links of the updated lede and the reworded paragraphs, and links nothing to the added one", () => {
    const got = pairs(A, B, true);
    for (const p of ["0,0", "2,3", "2,4", "3,5"]) expect(got).toContain(p);
    expect(got.some((p) => p.endsWith(",6"))).toBe(false);
  });
});
