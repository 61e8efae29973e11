/** A compare page for a very long article stays bounded (issue 22, item 19). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../../src/server/app.tsx";
import { tempCorpus } from "./helpers.ts";

const A = "000_7a2837495db10dad";
let app: Awaited<ReturnType<typeof createApp>>, cleanup: () => void;
const rowIds = (html: string) => [...html.matchAll(/<section id="([^"]+)" class="wd-row/g)].map((m) => m[1]!);

beforeAll(async () => {
  const t = tempCorpus();
  cleanup = t.cleanup;
  const filler = Array.from({ length: 20_000 }, (_, i) => `Filler paragraph ${i} on the weather of region ${i % 23}, unrelated.`);
  writeFileSync(join(t.dir, "900_long.txt"), filler.join("\n\n") + "\n");
  app = await createApp({ corpusDir: t.dir, watch: false });
});
afterAll(() => { app.state.close(); cleanup(); });

describe("compare page of a 20,000-paragraph article (regression: every row rendered)", () => {
  it("folds the run of added paragraphs: a few rows and one gap with its link", async () => {
    const html = await (await app.app.request(`/compare?a=${A}&b=900_long`)).text();
    const ids = rowIds(html);
    expect(ids.length).toBeLessThan(40);
    expect(ids).toContain("gap-b3");
    expect(html).toContain("19,994 more added paragraphs (B ¶3–¶19,996)");
    expect(html).toContain("from=b3#b3");
    expect(html.length).toBeLessThan(150_000);
  });
  it("shows a page of 500 rows from an anchor, with the rest behind gaps both ways", async () => {
    const ids = rowIds(await (await app.app.request(`/compare?a=${A}&b=900_long&from=b3000`)).text());
    expect(ids[1]).toBe("b3000");
    expect(ids).toHaveLength(502);
    expect([ids[0], ids.at(-1)]).toEqual([expect.stringMatching(/^gap-/), "gap-b3500"]);
    // an anchor that is no row gives the whole comparison, folded
    expect(rowIds(await (await app.app.request(`/compare?a=${A}&b=900_long&from=nowhere`)).text())).toContain("gap-b3");
  });
  it("folds the cut run the other way round", async () => {
    const html = await (await app.app.request(`/compare?a=900_long&b=${A}`)).text();
    expect(html).toContain("19,994 more cut paragraphs (A ¶3–¶19,996)");
  });
});
