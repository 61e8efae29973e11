import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { tempCorpus } from "./helpers.ts";

let app: Hono, state: CorpusState, cleanup: () => void;
beforeAll(async () => {
  const t = tempCorpus();
  cleanup = t.cleanup;
  ({ app, state } = await createApp({ corpusDir: t.dir, watch: false }));
});
afterAll(() => {
  state.close();
  cleanup();
});

describe("GET /figures/download", () => {
  it("gives the same bytes as `wirediff figures`, in both formats and both tables", async () => {
    for (const [query, args] of [
      ["format=csv", []],
      ["format=jsonl&edits=1", ["--format", "jsonl", "--edits"]],
    ] as const) {
      const r = await app.request(`/figures/download?${query}`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-disposition")).toMatch(/attachment; filename="wirediff-figures/);
      const cli = execFileSync(process.execPath, ["bin/wirediff.mjs", "figures", "--corpus", "corpus", ...args], {
        encoding: "utf8",
      });
      expect(await r.text()).toBe(cli);
    }
  });
  it("refuses an unknown format with 400", async () => {
    expect((await app.request("/figures/download?format=xlsx")).status).toBe(400);
  });
  it("is offered on the corpus page", async () => {
    const page = await (await app.request("/")).text();
    expect(page).toContain('href="/figures/download?format=csv"');
    expect(page).toContain('href="/figures/download?format=jsonl&amp;edits=1"');
  });
});
