import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importArticle, isSafeId, loadCorpus, readArticleFile } from "../../src/corpus/store.ts";

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-store-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("corpus store", () => {
  it("loads the bundled corpus with sidecar metadata", async () => {
    const c = await loadCorpus("corpus");
    expect(c.articles).toHaveLength(5);
    expect(c.errors).toEqual([]);
    expect(c.byId.get("002_ca62aa66175010a1")!.outlet).toBe("Daily Express");
    expect(c.byId.get("004_05570ace6ea889dd")!.outlet).toBe("The National");
  });
  it("reports unreadable files instead of failing", async () => {
    writeFileSync(join(dir, "good.txt"), "A line of news.");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "bin.txt"), Buffer.from([0, 1, 2, 3]));
    const c = await loadCorpus(dir);
    expect(c.articles.map((a) => a.id)).toEqual(["good"]);
    expect(c.errors.map((e) => e.file).sort()).toEqual(["bin.txt", "empty.txt"]);
  });
  it("imports atomically, derives a fresh id, writes the sidecar and never overwrites", async () => {
    const content = "Markets rally\n\nShares rose on Monday.";
    const { article: a } = await importArticle(dir, {
      format: "txt", content, meta: { outlet: "Gazette", url: "https://x.example/1" },
    });
    expect(a.outlet).toBe("Gazette");
    expect(a.id).toMatch(/^markets-rally-[0-9a-f]{8}$/);
    const { article: again } = await importArticle(dir, { format: "txt", content });
    expect(again.id).not.toBe(a.id);
    await expect(importArticle(dir, { format: "txt", content: "Other.", id: a.id })).rejects.toThrow(/already exists/);
    expect(readFileSync(join(dir, a.id + ".txt"), "utf8")).toBe("Markets rally\n\nShares rose on Monday.");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("refuses unsafe ids and bad input before writing anything", async () => {
    await expect(importArticle(dir, { format: "txt", content: "x", id: "../evil" })).rejects.toThrow(/unsafe id/);
    await expect(importArticle(dir, { format: "txt", content: "   " })).rejects.toThrow(/empty/);
    expect(readdirSync(dir)).toEqual([]);
    expect(isSafeId("..")).toBe(false);
    expect(isSafeId("a/b")).toBe(false);
    expect(isSafeId("000_7a2837495db10dad")).toBe(true);
  });
  it("corpus evidence: a block recurring in several articles of one outlet is furniture", async () => {
    for (const n of [1, 2, 3]) {
      writeFileSync(join(dir, `s${n}.txt`), `Story number ${n} happened today.\n\nFollow our live coverage all day long.\n\nMore detail on story ${n}.`);
      writeFileSync(join(dir, `s${n}.meta.json`), JSON.stringify({ outlet: "Gazette" }));
    }
    const c = await loadCorpus(dir);
    expect(c.byId.get("s1")!.paragraphs[1]).toMatchObject({ role: "boilerplate" });
    expect(c.byId.get("s1")!.paragraphs[0]!.role).toBe("body");
  });
  it("readArticleFile: a missing file is a clear error; a .jsonl gives every row", async () => {
    await expect(readArticleFile(join(dir, "nope.txt"))).rejects.toThrow(/no such file/);
    await expect(readArticleFile(join(dir, "x.pdf"))).rejects.toThrow(/unsupported/);
    cpSync("tests/fixtures/parse/articles.jsonl", join(dir, "e.jsonl"));
    expect((await readArticleFile(join(dir, "e.jsonl"))).map((a) => a.id)).toEqual(["one", "two"]);
  });
});
