import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/article.ts";
import { BodySearch } from "../../../src/core/diff/quote-fates.ts";
import { looseSpec as loose } from "../text/loose-spec.ts";
import { findQuotations } from "../../../src/core/text/quotes.ts";
import { alnumRuns } from "../../../src/core/text/word-runs.ts";

/** BodySearch.find as first written (Maps, closures, the word list built): the specification. */
function findSpec(b: Article, text: string, near?: number): { b: number; status: "verbatim" | "style" } | null {
  const byIndex = new Map(b.paragraphs.filter((p) => p.role === "body").map((p) => [p.index, p.text]));
  const quotesOf = (i: number) => findQuotations(byIndex.get(i)!).map((x) => x.text);
  const w = alnumRuns(text.toLowerCase());
  if (w.length === 0) return null;
  let candidates: number[];
  if (near !== undefined) {
    candidates = [];
    for (let i = near - 20; i <= near + 20; i++) if (byIndex.has(i)) candidates.push(i);
  } else candidates = [...byIndex.keys()];
  const long = w.length >= 5;
  candidates = candidates.filter((i) => quotesOf(i).length > 0);
  for (const i of candidates) if (quotesOf(i).some((q) => q === text || (long && q.includes(text)))) return { b: i, status: "verbatim" };
  const pl = ` ${loose(text)} `;
  const stem = w.reduce((x, y) => (y.length > x.length ? y : x)).slice(0, 4);
  for (const i of candidates) {
    if (!quotesOf(i).map((x) => ` ${loose(x)} `).some((q) => q === pl || (long && q.includes(pl)))) continue;
    if (!byIndex.get(i)!.toLowerCase().includes(stem)) continue;
    if (` ${loose(byIndex.get(i)!)} `.includes(pl)) return { b: i, status: "style" };
  }
  return null;
}

describe("BodySearch.find", () => {
  const phrase = fc.constantFrom("the colour", "The Color", "we will fight", "anaesthetic", "anesthetic", "paediatric", "pediatric", "Defence", "defense", "on Sunday", "said", "İstanbul", "\ud835", "Ω", "42", "it's", "it’s", " ", ", ", "—", "\u0301", "𝐀");
  const quoted = fc.tuple(fc.constantFrom("“", "\"", "‘", "«"), fc.array(phrase, { minLength: 1, maxLength: 7 }), fc.constantFrom("”", "\"", "’", "»"))
    .map(([o, p, c]) => `${o}${p.join(" ")}${c}`);
  const paragraph = fc.array(fc.oneof(phrase, quoted), { minLength: 1, maxLength: 6 }).map((p) => p.join(" "));
  const article = fc.array(fc.tuple(paragraph, fc.constantFrom("body", "body", "body", "caption")), { minLength: 1, maxLength: 60 })
    .map((ps): Article => ({
      id: "b", title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
      paragraphs: ps.map(([text, role], index) => ({ index, text, role: role as "body" | "caption" })),
    }));
  it("finds what the first, slower version found, on random articles", () => {
    fc.assert(fc.property(article, fc.array(phrase, { minLength: 1, maxLength: 7 }), fc.option(fc.nat(70)), fc.nat(), (b, words, near, pick) => {
      const search = new BodySearch(b);
      // a query from B's own quotations (found) and one made of phrases (mostly not)
      const quotes = b.paragraphs.flatMap((p) => findQuotations(p.text).map((q) => q.text));
      const quote = quotes.length ? quotes[pick % quotes.length]! : "";
      // and a piece of one (held by it, cut anywhere, even inside a word)
      const cut = quote.slice(pick % 5, quote.length - (pick % 3));
      const queries = [words.join(" "), ...(quotes.length ? [quote, cut, cut.toUpperCase()] : [])];
      for (const q of queries) expect(search.find(q, near ?? undefined)).toEqual(findSpec(b, q, near ?? undefined));
    }), { numRuns: 2000, seed: 11 });
  });
  it("takes a paragraph's quotations from a link's diff only when the text is that paragraph's", () => {
    const b: Article = {
      id: "b", title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
      paragraphs: [{ index: 0, text: "He said \u201cwe will fight on\u201d today.", role: "body" }],
    };
    const stale = new BodySearch(b);
    // quotations of some other text: ignored, the paragraph's own are found
    stale.learnQuotes(0, "Other text \u201cnothing here\u201d", findQuotations("Other text \u201cnothing here\u201d"));
    expect(stale.find("we will fight on")).toEqual({ b: 0, status: "verbatim" });
    expect(stale.find("nothing here")).toBeNull();
    const same = new BodySearch(b);
    same.learnQuotes(0, b.paragraphs[0]!.text, findQuotations(b.paragraphs[0]!.text));
    expect(same.find("We will fight on")).toEqual({ b: 0, status: "style" });
  });
});
