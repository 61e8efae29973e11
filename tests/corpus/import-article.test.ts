import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../src/core/errors.ts";
import { importArticle, parseForImport } from "../../src/corpus/import-article.ts";

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-import-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = "Port strike ends\n\nDockers went back to work on Friday.";

describe("importArticle", () => {
  it("parses through the hook it is given, and a refusal there writes nothing", async () => {
    const seen: string[] = [];
    const parse = (i: Parameters<typeof parseForImport>[0]) => { seen.push(i.text); return parseForImport(i); };
    const r = await importArticle(dir, { format: "txt", content: TEXT }, { parse });
    expect(seen).toEqual([TEXT]);
    expect(r.duplicate).toBe(false);
    const refuse = () => { throw new InputError("too-large", "the parse ran out of time"); };
    const other = { format: "txt" as const, content: "Other\n\nText." };
    await expect(importArticle(dir, other, { parse: refuse })).rejects.toThrow(/out of time/);
    expect(readdirSync(dir)).toEqual([r.file]);
  });
  it("the same text asked for under its own id again is a duplicate; under another text, a conflict", async () => {
    const first = await importArticle(dir, { format: "md", content: TEXT, id: "port", meta: { outlet: "Wire" } });
    const again = await importArticle(dir, { format: "md", content: TEXT, id: "port", meta: { outlet: "Wire" } });
    expect([first.duplicate, again.duplicate, again.file]).toEqual([false, true, "port.md"]);
    const otherOutlet = { format: "md" as const, content: TEXT, id: "port", meta: { outlet: "Other" } };
    await expect(importArticle(dir, otherOutlet)).rejects.toThrow(/already exists/);
    await expect(importArticle(dir, { format: "txt", content: TEXT, id: "port" })).rejects.toThrow(/already exists/);
  });
  it("a sidecar left without its article holds its id, and says so", async () => {
    writeFileSync(join(dir, "lone.meta.json"), "{}");
    const lone = importArticle(dir, { format: "txt", content: TEXT, id: "lone" });
    await expect(lone).rejects.toThrow(/a sidecar lone\.meta\.json without an article/);
    const auto = await importArticle(dir, { format: "txt", content: TEXT });
    expect(auto.file).toMatch(/^port-strike-ends-[0-9a-f]{8}\.txt$/);
  });
});
