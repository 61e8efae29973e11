/** The corpus table in Chromium (issue 22: items 14 and 17). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch, screenshots } from "./browser.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
let ctx: BrowserContext, page: Page;
const servers: { base: string; stop: () => void }[] = [];
const ids = () => page.locator("#wd-corpus tbody tr[data-id]:visible").evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.id));
const checked = async (side: "a" | "b") => page.locator(`#wd-corpus input[name=${side}]:checked`).evaluateAll((es) => es.map((e) => (e as HTMLInputElement).value));

describe.skipIf(!haveChromium)("browser: the corpus table", () => {
  beforeAll(async () => {
    servers.push(await startServer(), await startServer({ pageSize: 2 }));
    ctx = await launch();
    page = await ctx.newPage();
  });
  afterAll(async () => { await ctx?.close(); for (const s of servers) s.stop(); });

  // issue 22 item 17: untitled articles showed their id twice
  it("names an untitled article by its opening words, its id once (regression: id shown twice)", async () => {
    await page.goto(servers[0]!.base + "/");
    const cell = page.locator(`#wd-corpus tr[data-id="${A}"] td:nth-child(3)`);
    const text = await cell.innerText();
    expect(text.split(A).length - 1).toBe(1);
    expect(await cell.locator("a").innerText()).toMatch(/^Secretary of State Mike Pompeo warned/);
  });

  // issue 22 item 17: the preselected A was the first row, whatever it was
  it("preselects a story's source as A and another version as B (regression: the first two rows)", async () => {
    for (const q of ["", "?sort=title", "?sort=words&dir=desc"]) {
      await page.goto(servers[0]!.base + "/" + q);
      expect([q, await checked("a"), await checked("b")]).toEqual([q, [A], [B]]);
    }
  });

  // issue 22 item 14: a paged corpus (over 500 articles) filtered only on Enter
  it("filters a paged corpus as the user types, through the server (regression: nothing until Enter)", async () => {
    const { base } = servers[1]!;
    await page.goto(base + "/?sort=title&dir=asc");
    expect(await ids()).toHaveLength(2);
    expect(await page.locator("#wd-corpus").getAttribute("data-paged")).toBe("true");
    const fetched: string[] = [];
    page.on("request", (r) => { if (r.resourceType() === "fetch") fetched.push(r.url()); });
    await page.locator("#wd-filter").pressSequentially("national");
    await expect.poll(ids).toEqual(["004_05570ace6ea889dd"]);
    // one request once the typing stops, not one per key
    expect(fetched.length).toBeLessThan("national".length);
    expect(new URL(page.url()).searchParams.get("q")).toBe("national");
    expect(await page.textContent("main")).not.toContain("page 1 of");
    await page.fill("#wd-filter", "");
    await expect.poll(ids).toHaveLength(2);
    expect(await page.textContent("main")).toContain("page 1 of 3");
    // the sort links and the pager still go to the server, with the filter
    await page.locator("#wd-filter").pressSequentially("daily");
    await expect.poll(ids).toEqual(["002_ca62aa66175010a1"]);
    await screenshots(page, "corpus-paged-filter");
  });

  it("still filters a paged corpus without JavaScript, on Enter", async () => {
    const p = await ctx.newPage();
    await p.route("**/static/client.js", (r) => r.abort());
    await p.goto(servers[1]!.base + "/");
    expect(await p.locator("html.wd-js").count()).toBe(0);
    await p.fill("#wd-filter", "national");
    await p.press("#wd-filter", "Enter");
    await p.waitForURL(/q=national/);
    expect(await p.locator("#wd-corpus tbody tr[data-id]").count()).toBe(1);
    await p.close();
  });
});
