import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/corpus/store.ts";
import { buildStoryIndex, relatedTo } from "../../../src/core/story/build-story-index.ts";
import { groupStories, pairwiseScores, pooledScores } from "../../../src/core/story/group-stories.ts";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import type { Article } from "../../../src/core/article.ts";

describe("stories on the seeds", async () => {
  const corpus = await loadCorpus("corpus");
  const index = buildStoryIndex(corpus.articles);
  const g = groupStories(index, corpus.articles);
  const storyOf = (id: string) => g.stories.find((s) => s.versions.includes(id))!;

  it("000 and 001 are one story with 000 (the AFP copy) as source", () => {
    expect(storyOf("000_7a2837495db10dad")).toEqual({ id: "000_7a2837495db10dad", source: "000_7a2837495db10dad", versions: ["000_7a2837495db10dad", "001_bd0859deabb9f25c"] });
  });
  it("002 and 003 are related but separate stories; 004 stands alone", () => {
    expect(storyOf("002_ca62aa66175010a1").versions).toEqual(["002_ca62aa66175010a1"]);
    expect(storyOf("003_2e69bfaaa9c68124").versions).toEqual(["003_2e69bfaaa9c68124"]);
    expect(storyOf("004_05570ace6ea889dd").versions).toEqual(["004_05570ace6ea889dd"]);
    const r = g.related.find((x) => x.a === "002_ca62aa66175010a1" && x.b === "003_2e69bfaaa9c68124");
    expect(r).toBeDefined();
    expect(Math.max(r!.containmentAB, r!.containmentBA)).toBeLessThan(0.2);
    expect(g.related.some((x) => x.a.startsWith("004") || x.b.startsWith("004"))).toBe(false);
  });
  it("every article is in exactly one story, and a story's id is its source", () => {
    const all = g.stories.flatMap((s) => s.versions).sort();
    expect(all).toEqual(corpus.articles.map((a) => a.id).sort());
    for (const s of g.stories) { expect(s.id).toBe(s.source); expect(s.versions[0]).toBe(s.source); }
  });
  it("the user can choose another source", () => {
    const h = groupStories(index, corpus.articles, new Set(["001_bd0859deabb9f25c"]));
    expect(h.stories[0]!.source).toBe("001_bd0859deabb9f25c");
  });
  it("relatedTo finds an article's relatives with two-way containment", () => {
    const r = relatedTo(index, "000_7a2837495db10dad");
    expect(r.map((x) => x.b)).toEqual(["001_bd0859deabb9f25c"]);
    expect(r[0]!.containmentAB).toBeGreaterThan(0.8);
  });
});

/** Families built from real text: each family a source made of real seed paragraphs, with versions that cut from the bottom, drop and merge paragraphs. */
describe("synthetic families from real text", async () => {
  const corpus = await loadCorpus("corpus");
  // 001 repeats 000's text, so it stays out of the pool; families take disjoint windows of it.
  const paragraphs = corpus.articles.filter((a) => !a.id.startsWith("001")).flatMap((a) => a.paragraphs.filter((p) => p.role === "body" && p.text.split(" ").length > 15).map((p) => p.text));
  const rand = mulberry32(7);
  const articles: Article[] = [];
  const truth = new Map<string, number>();
  const FAMILIES = 6;
  for (let f = 0; f < FAMILIES; f++) {
    // A family's source: 8 paragraphs from a disjoint window of the pool, each given a unique sentence so families do not overlap by construction.
    const src = Array.from({ length: 8 }, (_, k) => `${paragraphs[f * 8 + k]} Family ${f} note ${k} says zeta${f}x${k} happened.`);
    const versions = [src, src.slice(0, 5), [src[0] + " " + src[1], ...src.slice(2, 7)], [...src.slice(0, 6), "An outlet added this paragraph about local reaction to the news today."]];
    versions.forEach((ps, v) => {
      const id = `f${f}-v${v}`;
      truth.set(id, f);
      articles.push(parseArticle({ id, format: "txt", text: ps.join("\n\n") }));
    });
  }
  it("the pool is large enough for disjoint families", () => expect(paragraphs.length).toBeGreaterThanOrEqual(FAMILIES * 8));
  it("groups every version with its family and nothing else (purity and completeness 1)", () => {
    const g = groupStories(buildStoryIndex(articles), articles);
    for (const s of g.stories) expect(new Set(s.versions.map((v) => truth.get(v))).size).toBe(1);
    for (let f = 0; f < FAMILIES; f++) expect(g.stories.filter((s) => s.versions.some((v) => truth.get(v) === f))).toHaveLength(1);
    for (const s of g.stories) expect(s.source).toMatch(/-v0$/);
  });
  it("a story of many versions scores its members in linear time, as comparing every pair would", () => {
    // 60 versions of one story: each keeps a different run of the source's paragraphs
    const src = paragraphs.slice(0, 12);
    const many = Array.from({ length: 60 }, (_, k) => parseArticle({ id: `m${k}`, format: "txt", text: src.slice(k % 5, 6 + (k % 7)).join("\n\n") }));
    const index = buildStoryIndex(many);
    const members = many.map((_, k) => k);
    const pooled = pooledScores(index, members), pairwise = pairwiseScores(index, members);
    for (let k = 0; k < members.length; k++) expect(pooled[k]).toBeCloseTo(pairwise[k]!, 9);
    const g = groupStories(index, many);
    expect(g.stories[0]!.versions).toHaveLength(60);
  });
});

function mulberry32(seed: number) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
