import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/article.ts";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { STORY_DEFAULTS } from "../../../src/core/story/defaults.ts";
import { sentenceBandKeys } from "../../../src/core/story/sentence-keys.ts";
import { sentenceOverlap } from "../../../src/core/story/sentence-overlap.ts";
import { articleSentenceSets, sentenceCount } from "../../../src/core/story/sentence-sets.ts";

const art = (text: string): Article => parseArticle({ id: "x", format: "txt", text });
const sets = (text: string) => articleSentenceSets(art(text), STORY_DEFAULTS);

describe("sentence word sets", () => {
  it("keeps content words only, stemmed, so an updated or reworded sentence keeps its set", () => {
    const a = sets("Officials said the flooding killed at least 12 people in the northern province on Monday.");
    const b = sets("At least 15 people were killed by flooding in the northern province on Monday, officials said.");
    expect(sentenceCount(a)).toBe(1);
    expect(sentenceOverlap(a, b, 0.5).matched).toBe(1);
    // "the", "at", "in", "on", "said" are not content words: the set is officials, flooding, killed, least, ...
    expect(a.entries.length).toBe(8);
  });
  it("joins a fragment too short to carry content to the next sentence (abbreviations, 'he said.')", () => {
    const s = sets("The U.S. Navy said on Friday that the destroyer would leave port. He said so. The crew of three hundred sailors boarded before dawn.");
    expect(sentenceCount(s)).toBe(2);
  });
  it("drops a line repeated within the article: a template says nothing about the story", () => {
    const s = sets("Weather warning issued for coastal districts tonight.\n\nRivers rose quickly across the valley after heavy rain.\n\nWeather warning issued for coastal districts tonight.");
    expect(sentenceCount(s)).toBe(1);
  });
});

describe("sentence overlap and band keys", () => {
  const wire = sets("Rescue teams pulled eleven miners alive from the flooded shaft late on Sunday. The mine had been closed twice for safety violations. Families waited at the gates through the night.");
  const retold = sets("Eleven miners were pulled alive from the flooded shaft by rescue teams late on Sunday. Families had waited through the night at the gates of the site.");
  it("counts each sentence of the shorter article that has a counterpart, weighted by Jaccard", () => {
    const o = sentenceOverlap(wire, retold, 0.3);
    expect(o.matched).toBe(2);
    expect(o.share).toBeGreaterThan(0.5);
    expect(o.share).toBeLessThanOrEqual(1);
    expect(sentenceOverlap(retold, wire, 0.3)).toEqual(o);
  });
  it("gives identical sentence sets identical band keys and unrelated ones none in common", () => {
    const k = (s: ReturnType<typeof sets>) => sentenceBandKeys(s, STORY_DEFAULTS);
    const same = sets("The mine had been closed twice for safety violations.");
    expect([...k(wire)]).toEqual(expect.arrayContaining([...k(same)]));
    const other = sets("Parliament approved the budget after a long debate about pensions and taxes.");
    expect([...k(other)].filter((x) => k(wire).includes(x))).toEqual([]);
  });
});
