/** The compare page's downloads are byte for byte the CLI's reports, apart from the generation time. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
const untimed = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "TIME");
let app: Hono, state: CorpusState;
beforeAll(async () => { ({ app, state } = await createApp({ corpusDir: "corpus", watch: false })); });
afterAll(() => state.close());

describe("downloads match the CLI", () => {
  for (const format of ["html", "md", "json", "csv"] as const) {
    it(format, async () => {
      const cli = execFileSync(process.execPath, ["bin/wirediff.mjs", "report", `corpus/${A}.txt`, `corpus/${B}.txt`, "--format", format], { encoding: "utf8" });
      const web = await (await app.request(`/compare/download?a=${A}&b=${B}&format=${format}`)).text();
      expect(untimed(web)).toBe(untimed(cli));
    });
  }
});
