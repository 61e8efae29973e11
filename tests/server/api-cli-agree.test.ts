/** Issue 22 items 16 and 27: the API and the CLI give the same stories object, and neither hides a skipped file. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { tempCorpus } from "./helpers.ts";

let app: Hono, state: CorpusState, dir: string, cleanup: () => void;
beforeAll(async () => {
  ({ dir, cleanup } = tempCorpus());
  writeFileSync(join(dir, "broken.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]));
  ({ app, state } = await createApp({ corpusDir: dir, watch: false }));
});
afterAll(() => { state.close(); cleanup(); });

const cli = (args: string[]) => spawnSync(process.execPath, ["bin/wirediff.mjs", ...args], { encoding: "utf8" });

describe("GET /api/stories and wirediff stories --json agree (regression: related lacked sameStory)", () => {
  it("the same object, related pairs with sameStory, and the unreadable file listed as skipped", async () => {
    const api = await (await app.request("/api/stories")).json() as { related: { sameStory: unknown }[]; skipped: { file: string; reason: string }[] };
    const r = cli(["stories", "--corpus", dir, "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(api);
    expect(api.related.length).toBeGreaterThan(0);
    for (const rel of api.related) expect(typeof rel.sameStory).toBe("boolean");
    expect(api.skipped).toEqual([{ file: "broken.txt", reason: expect.stringMatching(/binary/) }]);
  });
  it("wirediff stories says on stderr which file it skipped and why (regression: skipped silently)", () => {
    for (const args of [["stories", "--corpus", dir], ["stories", "--corpus", dir, "--json"]]) {
      expect(cli(args).stderr).toMatch(/skipped broken\.txt: .*binary/);
    }
  });
});

describe("GET /api/articles: a standalone article is a story of one version (regression: story null)", () => {
  it("every article names the story that holds it in /api/stories", async () => {
    const list = await (await app.request("/api/articles")).json() as { id: string; story: string; storyVersions: number }[];
    const { stories } = await (await app.request("/api/stories")).json() as { stories: { id: string; versions: string[] }[] };
    for (const a of list) {
      const s = stories.find((x) => x.id === a.story);
      expect(s?.versions).toContain(a.id);
      expect(a.storyVersions).toBe(s!.versions.length);
    }
    expect(list.find((a) => a.id === "004_05570ace6ea889dd")!.story).toBe("004_05570ace6ea889dd");
  });
});

describe("report --out r.csv (regression: wrote r-stats.csv without a word)", () => {
  it("writes r.csv and r-stats.csv and names both", () => {
    const out = mkdtempSync(join(tmpdir(), "wd-csv-"));
    try {
      const file = join(out, "r.csv");
      const r = execFileSync(process.execPath, ["bin/wirediff.mjs", "report", "corpus/000_7a2837495db10dad.txt", "corpus/001_bd0859deabb9f25c.txt",
        "--format", "csv", "--out", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      expect(r).toBe("");
      expect(readFileSync(file, "utf8").split("\n")[0]).toBe("link,kind,a_paragraphs,b_paragraphs,op,class,tags,a_text,b_text");
      expect(existsSync(join(out, "r-stats.csv"))).toBe(true);
      const err = cli(["report", "corpus/000_7a2837495db10dad.txt", "corpus/001_bd0859deabb9f25c.txt", "--format", "csv", "--out", file]).stderr;
      expect(err).toContain(`${file} and the statistics to ${join(out, "r-stats.csv")}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("an article's body words agree between the corpus list and its comparisons (regression: 349 vs 344)", () => {
  it("/api/articles words is the compare stats' aWords and bWords", async () => {
    const list = (await (await app.request("/api/articles")).json()) as { id: string; words: number }[];
    const [a, b] = [list[0]!, list[1]!];
    const cmp = (await (await app.request(`/api/compare?a=${a.id}&b=${b.id}`)).json()) as
      { stats: { aWords: number; bWords: number } };
    expect([a.words, b.words]).toEqual([cmp.stats.aWords, cmp.stats.bWords]);
  });
});
