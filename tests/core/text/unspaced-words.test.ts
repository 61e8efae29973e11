/** Issue 22 item 7: Chinese and Japanese text (no spaces between words) is counted, parsed and diffed by word. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, tokenize, TokenList } from "../../../src/core/text/tokenize.ts";
import { countWords as countBlockWords } from "../../../src/core/parse/assign-roles.ts";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { compareArticles } from "../../../src/core/compare.ts";
import { buildStoryIndex } from "../../../src/core/story/build-story-index.ts";
import { groupStories } from "../../../src/core/story/group-stories.ts";

const ZH = "市长周二表示，我们从未见过水位上涨得这么快。救援人员正在赶往灾区，预计晚上到达。";
const JA = "東京都は月曜日、新しい防災計画を発表した。知事は「住民の安全が最優先だ」と述べた。";
const words = (t: string) => tokenize(t).filter((x) => x.kind === "word").map((x) => x.text);

describe("tokenizer (regression: a Chinese clause was one word)", () => {
  it("splits Chinese and Japanese runs into dictionary words", () => {
    for (const t of [ZH, JA]) {
      const w = words(t);
      expect(w.length).toBeGreaterThan(12);
      expect(Math.max(...w.map((x) => x.length))).toBeLessThanOrEqual(4);
      expect(w.join("")).toBe(t.replace(/[，。、「」]/g, ""));
    }
    expect(countWords(ZH)).toBe(words(ZH).length);
  });
  it("a word of another script or a number ends where the run starts", () => {
    const t = tokenize("2024年5月，iPhone手机销量上升了40%。");
    expect(t.slice(0, 2).map((x) => [x.text, x.kind])).toEqual([["2024", "number"], ["年", "word"]]);
    expect(t.map((x) => x.text)).toContain("iPhone");
    expect(t.map((x) => x.text)).toContain("40%");
  });
  it("is lossless, and the token lists read the same tokens as tokenize, on mixed text", () => {
    const unit = fc.constantFrom(..."市长我们水位上涨東京都は新しい計画を発表ภาษาไทยa1 ，。「」.,\u00e9", "iPhone", "2024", "\ud840\udc0b");
    fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), (s) => {
      const toks = tokenize(s);
      expect(toks.map((x) => x.text).join("")).toBe(s);
      const list = new TokenList().fill(s);
      expect(Array.from({ length: list.length }, (_, i) => list.slice(i, i + 1))).toEqual(toks.map((x) => x.text));
    }), { numRuns: 300 });
  });
  it("a 100,000-char run without punctuation is cut into pieces, not segmented in one slow call", () => {
    const run = "我们从未见过水位上涨得这么快救援人员正在赶往灾区".repeat(4000);
    const t0 = performance.now();
    const toks = tokenize(run);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(toks.map((x) => x.text).join("")).toBe(run);
    expect(toks.length).toBeGreaterThan(40_000);
  });
});

describe("roles and figures (regression: Chinese and Japanese paragraphs were headings, 0 body words)", () => {
  const zh = (body: string) => parseArticle({ id: "zh", format: "txt", text: `洪水预警\n\n${body}\n\n当局已经疏散了三个村庄的居民，并在学校设立了临时避难所。` });
  it("sentences ending in 。 or 」 are story text; the short first line is the title", () => {
    expect(zh(ZH).paragraphs.map((p) => p.role)).toEqual(["title", "body", "body"]);
    const ja = parseArticle({ id: "ja", format: "txt", text: `防災計画を発表\n\n${JA}\n\n副知事は記者会見で「避難所を今夜中に開く。」` });
    expect(ja.paragraphs.map((p) => p.role)).toEqual(["title", "body", "body"]);
    expect(countBlockWords(ZH)).toBe(countWords(ZH));
  });
  it("a comparison counts words and marks the changed words, not whole clauses", () => {
    const c = compareArticles(zh(ZH), zh(ZH.replace("这么快", "如此之快")));
    expect(c.stats.aWords).toBe(countWords(ZH) + countWords("当局已经疏散了三个村庄的居民，并在学校设立了临时避难所。"));
    const changed = c.links.flatMap((l) => l.edits).filter((e) => e.op !== "equal");
    expect(changed.length).toBe(1);
    expect(changed[0]!.a.length + changed[0]!.b.length).toBeLessThanOrEqual(6);
    expect(c.stats.verbatim).toBeGreaterThan(0.9);
  });
  it("two versions of a Chinese story are one story (shingles of its chars)", () => {
    const a = zh(ZH), b = { ...zh(ZH.replace("这么快", "如此之快")), id: "zh2" };
    const g = groupStories(buildStoryIndex([a, b]), [a, b]);
    expect(g.stories.map((s) => s.versions.length)).toEqual([2]);
  });
});
