/** Issue 22 item 2: the server and the CLI give the same figures for the same files. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";

let app: Hono, state: CorpusState, dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "wd-figures-"));
  cpSync("tests/fixtures/corpus-roles", dir, { recursive: true });
  ({ app, state } = await createApp({ corpusDir: dir, watch: false }));
});
afterAll(() => { state.close(); rmSync(dir, { recursive: true, force: true }); });

const cli = (...args: string[]) => JSON.parse(execFileSync(process.execPath, ["bin/wirediff.mjs", ...args], { encoding: "utf8" }));
const api = async (a: string, b: string) => (await app.request(`/api/compare?a=${a}&b=${b}`)).json();

describe("an outlet's successive versions (regression: 85.8% cut on the server, other figures in the CLI)", () => {
  it("the server keeps the story: its versions differ by a few words, not by a cut", async () => {
    const web = await api("x1", "x3") as { stats: { aWords: number; cut: number; verbatim: number } };
    expect(web.stats.aWords).toBeGreaterThan(120);
    expect(web.stats.cut).toBeLessThan(0.05);
  });
  for (const [a, b] of [["x1", "x3"], ["x2", "x1"], ["y", "x1"]]) {
    it(`compare ${a} ${b}: the CLI with --corpus gives the server's JSON`, async () => {
      expect(cli("compare", join(dir, `${a}.txt`), join(dir, `${b}.txt`), "--json", "--corpus", dir)).toEqual(await api(a, b));
      expect(cli("compare", a, b, "--json", "--corpus", dir)).toEqual(await api(a, b));
    });
  }
  it("without cross-story furniture in the corpus, the CLI reading the files alone agrees too", async () => {
    const only = mkdtempSync(join(tmpdir(), "wd-versions-"));
    try {
      for (const f of ["x1", "x2", "x3"]) for (const ext of [".txt", ".meta.json"]) cpSync(join(dir, f + ext), join(only, f + ext));
      const { app: app2, state: state2 } = await createApp({ corpusDir: only, watch: false });
      const web = await (await app2.request("/api/compare?a=x1&b=x3")).json();
      state2.close();
      expect(cli("compare", join(only, "x1.txt"), join(only, "x3.txt"), "--json")).toEqual(web);
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });
});
