/** One small upload froze the server (issue 22, item 18): uploads are capped and parsed off the request thread. */
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./helpers.ts";
import { nestedDivs, slowPage } from "./hostile-inputs.ts";

/** Upload `text` as a file while GETting /api/stories every 25 ms; the slowest GET's wait (ms). */
async function uploadWhileReading(base: string, name: string, text: string):
  Promise<{ status: number; body: { error?: string; warnings?: string[] }; slowestGet: number }> {
  const form = new FormData();
  form.set("file", new Blob([text]), name);
  let done = false, slowestGet = 0;
  const reader = (async () => {
    while (!done) {
      const s = performance.now();
      await (await fetch(base + "/api/stories")).arrayBuffer();
      slowestGet = Math.max(slowestGet, performance.now() - s);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const r = await fetch(base + "/api/articles", { method: "POST", body: form, headers: { origin: base } });
  const body = await r.json() as { error?: string; warnings?: string[] };
  done = true;
  await reader;
  return { status: r.status, body, slowestGet };
}

describe("hostile uploads", () => {
  let base: string, stop: () => void;
  beforeAll(async () => ({ base, stop } = await startServer()));
  afterAll(() => stop());

  it("regression: 1,000 nested divs took 55 s and held every other request; cut, and reads go on", async () => {
    const { status, body, slowestGet } = await uploadWhileReading(base, "deep.html", nestedDivs(1000));
    expect(status).toBe(201);
    expect(body.warnings!.join()).toMatch(/nested deeper than 128 levels/);
    expect(slowestGet).toBeLessThan(2000);
  });

  it("regression: a line of 10,000 \"- \" was a 500 (stack overflow); read as plain text", async () => {
    const { status, body } = await uploadWhileReading(base, "list.md", "- ".repeat(10_000) + "x\n");
    expect(status).toBe(201);
    expect(body.warnings!.join()).toMatch(/read as plain text/);
  });
});

describe("the parse budget", () => {
  let base: string, dir: string, stop: () => void;
  beforeAll(async () => ({ base, dir, stop } = await startServer({ parse: { budgetMs: 50 } })));
  afterAll(() => stop());

  it("refuses an upload that parses past the budget with a 413 and a JSON error, writing nothing, while reads go on", async () => {
    const before = readdirSync(dir).sort();
    const { status, body, slowestGet } = await uploadWhileReading(base, "slow.html", slowPage);
    expect(status).toBe(413);
    expect(body.error).toMatch(/took longer than 0.05 s to parse/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(slowestGet).toBeLessThan(1000);
  });
});
