/** A hostile file in the corpus made every start take minutes (issue 22, item 18): the caps apply at load and in the CLI. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/store.ts";
import { nestedDivs } from "../server/hostile-inputs.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-hostile-"));
  writeFileSync(join(dir, "deep.html"), nestedDivs(2000));
  writeFileSync(join(dir, "wide.html"), `<html><body>${"<p>x</p>".repeat(30_000)}</body></html>`);
  writeFileSync(join(dir, "markers.md"), "- ".repeat(10_000) + "x\n");
  let nested = "";
  for (let i = 0; i < 2000; i++) nested += " ".repeat(2 * i) + `- item ${i}\n`;
  writeFileSync(join(dir, "nested.md"), nested);
  writeFileSync(join(dir, "plain.txt"), "Storm warning\n\nWinds rose overnight.");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loading a corpus with hostile files", () => {
  it("regression: 2,000 nested divs took 136 s to load; now seconds, the rest loads, the refused file is listed with why", async () => {
    const started = performance.now();
    const corpus = await loadCorpus(dir);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(["deep", "markers", "nested", "plain"]);
    expect(corpus.byId.get("deep")!.warnings.join()).toMatch(/nested deeper than 128 levels/);
    expect(corpus.byId.get("markers")!.warnings.join()).toMatch(/read as plain text/);
    expect(corpus.byId.get("nested")!.warnings.join()).toMatch(/read as plain text/);
    const why = expect.stringMatching(/more than 25,000 elements \(the limit\)/);
    expect(corpus.errors).toEqual([{ file: "wide.html", message: why }]);
  });
});

describe("the command line uses the same caps", () => {
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ["bin/wirediff.mjs", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  it("cuts a deep page with a warning, and refuses one over the element limit with exit 1", () => {
    const j = JSON.parse(cli("inspect", join(dir, "deep.html"), "--json")) as { warnings: string[]; paragraphs: { text: string }[] };
    expect(j.warnings.join()).toMatch(/nested deeper than 128 levels/);
    expect(j.paragraphs.map((p) => p.text)).toEqual(["Deep text here."]);
    let err: { status: number; stderr: string } | undefined;
    try { cli("inspect", join(dir, "wide.html")); } catch (e) { err = e as { status: number; stderr: string }; }
    expect(err?.status).toBe(1);
    expect(err?.stderr).toMatch(/^wirediff: the HTML page has more than 25,000 elements/);
  });
});
