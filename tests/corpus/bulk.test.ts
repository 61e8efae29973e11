import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCorpus, parseCsvExport } from "../../src/corpus/bulk.ts";

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-bulk-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("bulk exports", () => {
  it("reads a CSV export with quoted commas, quotes and newlines", () => {
    const csv = 'id,title,outlet,text\r\na1,"Talks, again",Gazette,"PARIS (AFP) - Talks resumed, officials said.\n\nThey said ""soon""."\r\n';
    const [a] = parseCsvExport(csv);
    expect(a).toMatchObject({ id: "a1", title: "Talks, again", outlet: "Gazette", agency: "AFP", dateline: "PARIS" });
    expect(a!.paragraphs.map((p) => p.text)).toEqual(["PARIS (AFP) - Talks resumed, officials said.", 'They said "soon".']);
  });
  it("refuses a CSV without a text column", () => {
    expect(() => parseCsvExport("id,title\n1,x\n")).toThrow(/text/);
  });
  it("opens a folder, a .jsonl and a .csv as a corpus", async () => {
    writeFileSync(join(dir, "e.jsonl"), '{"id":"x","text":"One line."}\n{"id":"y","text":"Two lines."}\n');
    writeFileSync(join(dir, "e.csv"), "id,text\nz,Three.\n");
    expect((await openCorpus(join(dir, "e.jsonl"))).articles.map((a) => a.id)).toEqual(["x", "y"]);
    expect((await openCorpus(join(dir, "e.csv"))).byId.has("z")).toBe(true);
    expect((await openCorpus("corpus")).articles).toHaveLength(5);
    await expect(openCorpus(join(dir, "nope"))).rejects.toThrow(/no such corpus/);
  });
});
