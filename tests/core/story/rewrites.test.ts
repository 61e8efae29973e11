import { describe, expect, it } from "vitest";
import type { Article, ArticleMeta } from "../../../src/core/article.ts";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { allRelatedPairs, buildStoryIndex, relatedTo } from "../../../src/core/story/build-story-index.ts";
import { STORY_DEFAULTS } from "../../../src/core/story/defaults.ts";
import { groupStories } from "../../../src/core/story/group-stories.ts";
import { INDEPENDENT, WIRE, WRITETHRU } from "./bridge-texts.ts";

const art = (id: string, text: string, meta: ArticleMeta = {}): Article => parseArticle({ id, format: "txt", text, meta });
const storyOf = (arts: Article[], id: string) => groupStories(buildStoryIndex(arts), arts).stories.find((s) => s.versions.includes(id))!;

describe("rewrites and updates are versions; other stories of one event are not", () => {
  it("a writethru that retells and updates the wire copy joins its story (missed when only containment counted)", () => {
    const arts = [art("wire", WIRE), art("writethru", WRITETHRU), art("independent", INDEPENDENT)];
    const pair = allRelatedPairs(buildStoryIndex(arts)).find((r) => r.a === "wire" && r.b === "writethru")!;
    // the case this guards: most five-word runs are gone, so containment alone keeps them apart
    expect(Math.max(pair.containmentAB, pair.containmentBA)).toBeLessThan(STORY_DEFAULTS.storyMinContainment);
    expect(pair.sameStory).toBe(true);
    expect(storyOf(arts, "wire").versions.sort()).toEqual(["wire", "writethru"]);
  });
  it("an independent report of the same event that shares one quotation stays apart, as related", () => {
    const arts = [art("wire", WIRE), art("writethru", WRITETHRU), art("independent", INDEPENDENT)];
    expect(storyOf(arts, "independent").versions).toEqual(["independent"]);
    const r = allRelatedPairs(buildStoryIndex(arts)).find((x) => x.a === "wire" && x.b === "independent");
    expect(r).toBeDefined();
    expect(r!.sameStory).toBe(false);
  });
  it("a retelling dated weeks apart is not a version; within days it is", () => {
    const late = [art("wire", WIRE, { date: "2024-03-05" }), art("writethru", WRITETHRU, { date: "2024-04-20" })];
    expect(storyOf(late, "wire").versions).toEqual(["wire"]);
    const soon = [art("wire", WIRE, { date: "2024-03-05" }), art("writethru", WRITETHRU, { date: "2024-03-06" })];
    expect(storyOf(soon, "wire").versions).toHaveLength(2);
  });
  it("a report retelling a few of the wire's sentences joins it only when both are dated within days", () => {
    const wt = WRITETHRU.split("\n\n"), own = INDEPENDENT.split("\n\n");
    const partial = [wt[0], own[0], own[1], wt[2], own[3], own[4], own[5],
      "Insurance companies estimated the damage to vehicles and nearby warehouses at several million euros."].join("\n\n");
    const undated = [art("wire", WIRE), art("partial", partial)];
    const r = allRelatedPairs(buildStoryIndex(undated))[0]!;
    expect(r.sentenceShare).toBeGreaterThan(STORY_DEFAULTS.storyNearSentenceShare);
    expect(r.sentenceShare).toBeLessThan(STORY_DEFAULTS.storyMinSentenceShare);
    expect(storyOf(undated, "wire").versions).toEqual(["wire"]);
    const sameDay = [art("wire", WIRE, { date: "2024-03-05" }), art("partial", partial, { date: "2024-03-05" })];
    expect(storyOf(sameDay, "wire").versions).toHaveLength(2);
  });
  it("retellings credited to two different agencies stay apart; a near copy joins whatever its credit", () => {
    const two = [art("wire", WIRE, { agency: "AP" }), art("writethru", WRITETHRU, { agency: "Reuters" })];
    expect(storyOf(two, "wire").versions).toEqual(["wire"]);
    const copy = [art("wire", WIRE, { agency: "AP", date: "2024-03-05" }), art("copy", WIRE.replace("12 people", "13 people"), { agency: "Reuters", date: "2024-05-05" })];
    expect(storyOf(copy, "wire").versions).toHaveLength(2);
  });
  it("finds a version that shares no five-word run through its sentences' band keys (no all-pairs scan)", () => {
    // every sentence's words reversed: no shingle in common, the same content words per sentence
    const reversed = WIRE.split("\n\n").map((p) => p.split(" ").reverse().join(" ")).join("\n\n");
    const arts = [art("wire", WIRE), art("reversed", reversed), art("independent", INDEPENDENT)];
    const index = buildStoryIndex(arts);
    const r = relatedTo(index, "wire").find((x) => x.b === "reversed");
    expect(r).toBeDefined();
    expect(r!.shared).toBe(0);
    expect(r!.sameStory).toBe(true);
    expect(allRelatedPairs(index).some((x) => x.a === "reversed" || x.b === "reversed")).toBe(true);
  });
});
