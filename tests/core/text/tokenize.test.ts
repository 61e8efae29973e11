import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, tokenize, TokenList, TokenStore } from "../../../src/core/text/tokenize.ts";

const texts = (s: string) => tokenize(s).map((t) => `${t.kind[0]}:${t.text}`);

describe("tokenize", () => {
  it("keeps words with inner apostrophes, hyphens and abbreviation periods whole", () => {
    expect(texts("Iraq's self-defence U.S. Iraq´s")).toEqual(["w:Iraq's", "s: ", "w:self-defence", "s: ", "w:U.S.", "s: ", "w:Iraq´s"]);
  });
  it("keeps numbers with separators, currency and units whole", () => {
    expect(texts("$3bn 1,000.5 40% 1990s")).toEqual(["n:$3bn", "s: ", "n:1,000.5", "s: ", "n:40%", "s: ", "n:1990s"]);
  });
  it("splits punctuation and keeps dash runs as one token", () => {
    expect(texts("troops -- but, \u201cno\u201d")).toEqual(["w:troops", "s: ", "p:--", "s: ", "w:but", "p:,", "s: ", "p:\u201c", "w:no", "p:\u201d"]);
  });
  it("records offsets", () => {
    for (const t of tokenize("a  bc, d")) expect("a  bc, d".slice(t.start, t.start + t.text.length)).toBe(t.text);
  });
  it("is lossless on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => tokenize(s).map((t) => t.text).join("") === s));
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => tokenize(s).map((t) => t.text).join("") === s));
  });
  it("counts words and numbers only", () => {
    expect(countWords("The U.S. paid $3bn -- to 40 people.")).toBe(7);
  });
});

describe("TokenList", () => {
  const kinds = ["word", "number", "punct", "space"];
  it("holds the tokens tokenize finds, with one id per distinct text", () => {
    const list = new TokenList();
    // news-like text (ASCII letters next to every kind of joiner, digit and mark) and any text
    const newsChars = fc.constantFrom(..."aZq .,'-&\u2019\u00e9\u00a03$%:\n\u201c(\t", "ab", "US", "1");
    const text = fc.oneof(fc.string({ unit: newsChars, maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }));
    fc.assert(fc.property(text, (s) => {
      list.fill(s);
      const tokens = tokenize(s);
      expect(list.length).toBe(tokens.length);
      const idOf = new Map<string, number>();
      tokens.forEach((t, i) => {
        expect(kinds[list.kind[i]!]).toBe(t.kind);
        expect(list.slice(i, i + 1)).toBe(t.text);
        const id = idOf.get(t.text);
        if (id === undefined) { expect([...idOf.values()]).not.toContain(list.id[i]); idOf.set(t.text, list.id[i]!); }
        else expect(list.id[i]).toBe(id);
      });
      expect(list.slice(0, list.length)).toBe(s);
      const cut = list.length >> 1;
      expect(list.words(cut, list.length)).toBe(tokens.slice(cut).filter((t) => t.kind === "word" || t.kind === "number").length);
    }));
  });
  it("copied from a store, equals the list of the joined text", () => {
    const paragraphChars = fc.constantFrom(..."aZq .,'-&\u2019\u00e93$%:\u201c(\t\ud83d\ude00", "\ud800", "ab", "U.S.", "1", "--", "...");
    const store = new TokenStore();
    const copied = new TokenList(), direct = new TokenList();
    fc.assert(fc.property(fc.array(fc.string({ unit: paragraphChars, maxLength: 40 }), { minLength: 1, maxLength: 5 }), (paragraphs) => {
      const entries = paragraphs.map((p) => store.add(p));
      fc.pre(entries.every((e) => store.clean[e]));
      const text = paragraphs.join("\n\n");
      copied.fillFrom(store, entries, "\n\n", text);
      direct.fill(text);
      expect(copied.length).toBe(direct.length);
      for (let i = 0; i <= direct.length; i++) {
        expect(copied.start[i]).toBe(direct.start[i]);
        expect(copied.wordsBefore[i]).toBe(direct.wordsBefore[i]);
        if (i < direct.length) { expect(copied.kind[i]).toBe(direct.kind[i]); expect(copied.id[i]).toBe(direct.id[i]); }
      }
    }), { numRuns: 2000 });
  });
  it("grows past its first buffers and counts words", () => {
    const text = "One, two 3 -- four. ".repeat(200);
    const list = new TokenList().fill(text);
    expect(list.slice(0, list.length)).toBe(text);
    expect(list.words(0, list.length)).toBe(countWords(text));
  });
});
