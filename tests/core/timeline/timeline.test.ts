import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/article.ts";
import { compareArticles } from "../../../src/core/compare.ts";
import { buildTimeline } from "../../../src/core/timeline/build-timeline.ts";
import { findRevisions, urlKey } from "../../../src/core/timeline/find-revisions.ts";
import type { Timeline } from "../../../src/core/timeline/timeline-types.ts";
import { openCorpus } from "../../../src/corpus/bulk.ts";
import { corpusStories } from "../../../src/corpus/story-index.ts";
import { corpusRevisions, timelineOf } from "../../../src/corpus/timelines.ts";
import type { Corpus } from "../../../src/corpus/store.ts";

let corpus: Corpus, gazette: Timeline;
beforeAll(async () => {
  corpus = await openCorpus("tests/fixtures/timeline/corpus.jsonl");
  gazette = timelineOf("gazette-fire-2", corpus, corpusRevisions(corpus, corpusStories(corpus)), compareArticles);
});

function article(id: string, meta: Partial<Article>): Article {
  return {
    id,
    title: null,
    outlet: null,
    agency: null,
    date: null,
    url: null,
    byline: null,
    dateline: null,
    format: "txt",
    warnings: [],
    paragraphs: [],
    ...meta,
  };
}

describe("finding the revisions of one article", () => {
  it("joins the same URL, and the same outlet within one story; not another outlet, not another story", async () => {
    const g = corpusRevisions(corpus, corpusStories(corpus));
    expect(g).toEqual([
      { id: "gazette-fire-1", versions: ["gazette-fire-1", "gazette-fire-2", "gazette-fire-3"] },
      { id: "herald-fire-a", versions: ["herald-fire-a", "herald-fire-b"] },
    ]);
  });
  it("orders by date, then by id in natural order (v2 before v10); undated last", () => {
    const arts = [
      article("x-v10", { url: "u", date: "2024-01-02" }),
      article("x-v2", { url: "u", date: "2024-01-02" }),
      article("x-v1", { url: "u" }),
      article("x-v0", { url: "u", date: "2024-01-01" }),
    ];
    expect(findRevisions(arts, new Map())).toEqual([{ id: "x-v0", versions: ["x-v0", "x-v2", "x-v10", "x-v1"] }]);
  });
  it("reads a URL as one page whatever its scheme, www, query, fragment or trailing slash", () => {
    expect(urlKey("https://www.Gazette.example/a/b/?ref=1#top")).toBe(urlKey("http://gazette.example/a/b"));
    expect(urlKey("https://gazette.example/a/b")).not.toBe(urlKey("https://gazette.example/a/c"));
  });
});

describe("a revision timeline", () => {
  it("compares each version with the one before, with what changed and both titles", () => {
    expect(gazette.versions.map((v) => v.id)).toEqual(["gazette-fire-1", "gazette-fire-2", "gazette-fire-3"]);
    expect(
      gazette.steps.map((s) => [s.from, s.to, s.paragraphsAdded, s.paragraphsCut, s.changedNumbers, s.alteredQuotes]),
    ).toEqual([
      ["gazette-fire-1", "gazette-fire-2", 1, 0, 1, 0],
      ["gazette-fire-2", "gazette-fire-3", 0, 1, 1, 1],
    ]);
    expect(gazette.steps[0]!.title).toEqual({
      from: "Fire at chemical plant",
      to: "Fire at chemical plant kills 75",
    });
    const c = compareArticles(corpus.byId.get("gazette-fire-1")!, corpus.byId.get("gazette-fire-2")!);
    expect(gazette.steps[0]!.stats).toEqual(c.stats);
  });

  it("follows each paragraph: a death toll that went 65 -> 75 -> 98 reads as one chain", () => {
    const toll = gazette.rows[0]!;
    expect(toll.cells.map((c) => c?.status)).toEqual(["first", "reworded", "reworded"]);
    expect(toll.chains).toEqual([{ values: ["65", "75", "98"], versions: [0, 1, 2] }]);
  });

  it("places an added paragraph where the revision put it, and ends a cut one", () => {
    expect(gazette.rows.map((r) => r.cells.map((c) => c?.status ?? null))).toEqual([
      ["first", "reworded", "reworded"],
      ["first", "same", "reworded"],
      [null, "added", "same"],
      ["first", "same", "reworded"],
      ["first", "reworded", "cut"],
    ]);
    expect(gazette.rows[2]!.cells[1]!.text).toMatch(/^The plant, owned by Delta Chemicals/);
    expect(gazette.rows[4]!.cells[2]!.anchor).toBe("a4"); // paragraph 4 of version 2, cut in version 3
  });

  it("ends a merged row pointing at the row it joined, and keeps a lone version as a timeline of one", () => {
    const p = (t: string[]) => t.map((text, index) => ({ index, text, role: "body" as const }));
    const one =
      "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
    const two =
      "Opposition members said the plan ignored the needs of rural districts and promised to fight it next year.";
    const v0 = article("m1", { paragraphs: p([one, two]) }),
      v1 = article("m2", { paragraphs: p([`${one} ${two}`]) });
    const t = buildTimeline([v0, v1], [compareArticles(v0, v1)]);
    expect(t.rows.map((r) => r.cells[1]?.status)).toEqual(["style", "merged"]); // the paragraph break became a space
    expect(t.rows[1]!.cells[1]!.into).toBe(0);
    const lone = timelineOf("afp-fire", corpus, [], compareArticles);
    expect([lone.versions.length, lone.steps.length, lone.rows.length]).toEqual([1, 0, 4]);
    expect(() => buildTimeline([v0, v1], [])).toThrow(RangeError);
  });
});

describe("the headline's history", () => {
  const p = (text: string) => [{ index: 0, text, role: "body" as const }];
  const body =
    "Rescue teams searched the rubble of the collapsed school through the night, officials said on Tuesday.";
  const versions = ["Quake kills 65", "Quake kills 75", "Quake kills 75", "Quake toll rises to 98"].map((title, k) =>
    article(`q${k}`, { title, paragraphs: p(body) }),
  );
  const compare = (k: number) => compareArticles(versions[k - 1]!, versions[k]!);

  it("reads the compare result's headline pair like a paragraph: marks, word edits, chains", () => {
    // the compare result carries the headline pair (Comparison.title): its edits decide
    const t = buildTimeline(versions, [compare(1), compare(2), compare(3)]);
    expect(t.headline!.cells.map((c) => c?.status)).toEqual(["first", "reworded", "same", "reworded"]);
    expect(t.headline!.cells[1]!.edits!.filter((e) => e.op !== "equal")).toHaveLength(1);
    expect(t.headline!.chains.map((c) => c.values.at(-1))).toContain("toll rises to 98");
  });

  it("without a headline pair, still marks a changed headline and shows it whole", () => {
    const bare = [1, 2, 3].map((k) => ({ ...compare(k), title: undefined }));
    const t = buildTimeline(versions, bare);
    expect(t.headline!.cells.map((c) => c?.status)).toEqual(["first", "reworded", "same", "reworded"]);
    expect(t.headline!.cells[3]!.edits).toBeUndefined();
    expect(t.headline!.cells[3]!.text).toBe("Quake toll rises to 98");
    const untitled = versions.map((v) => ({ ...v, title: null }));
    expect(
      buildTimeline(
        untitled,
        [1, 2, 3].map((k) => compareArticles(untitled[k - 1]!, untitled[k]!)),
      ).headline,
    ).toBeNull();
  });
});
