/** A new user's flow in Chromium: filter, pick two articles, compare, hide style edits, walk changes, swap, import, permalink. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch } from "./browser.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
let base: string, stop: (() => void) | undefined, ctx: BrowserContext, page: Page;
const requests: string[] = [];

describe.skipIf(!haveChromium)("browser: compare two articles", () => {
  beforeAll(async () => {
    ({ base, stop } = await startServer());
    ctx = await launch();
    page = await ctx.newPage();
    page.on("request", (r) => requests.push(r.url()));
  });
  afterAll(async () => { await ctx?.close(); stop?.(); });

  it("filters the corpus table as the user types", async () => {
    await page.goto(base + "/");
    await page.fill("#wd-filter", "express");
    await expect.poll(() => page.locator("#wd-corpus tbody tr:visible").count()).toBe(1);
    await page.fill("#wd-filter", "");
    await expect.poll(() => page.locator("#wd-corpus tbody tr[data-id]:visible").count()).toBe(5);
  });

  it("picks 000 and 001, compares, and shows merged rows", async () => {
    await page.check(`input[name=a][value="${A}"]`);
    await page.check(`input[name=b][value="${B}"]`);
    await page.click("#wd-compare");
    await page.waitForURL(/\/compare\?/);
    expect(await page.locator(".wd-row-merged").count()).toBeGreaterThan(2);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/compare.png", fullPage: false });
  });

  it("hides style edits and the count falls; j jumps to the next change", async () => {
    const before = Number(await page.textContent("#wd-change-count"));
    await page.click("#wd-style-toggle");
    const after = Number(await page.textContent("#wd-change-count"));
    expect(after).toBeLessThan(before);
    // A keeps its words: the style edit is unmarked, not removed
    expect(await page.locator("del.wd-style").first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe("none");
    expect(page.url()).toContain("style=hide");
    await page.click("#wd-style-toggle");
    await page.keyboard.press("j");
    await expect.poll(() => page.locator(".wd-row.wd-current").count()).toBe(1);
    const first = await page.locator(".wd-row.wd-current").getAttribute("id");
    await page.keyboard.press("j");
    await expect.poll(() => page.locator(".wd-row.wd-current").getAttribute("id")).not.toBe(first);
  });

  it("swaps A and B", async () => {
    await page.click("#wd-swap");
    await page.waitForURL(new RegExp(`a=${B}&b=${A}`));
    expect(await page.locator(".wd-row-split").count()).toBeGreaterThan(2);
  });

  it("pastes a new article, then compares it", async () => {
    await page.goto(base + "/import");
    await page.fill("textarea[name=text]", "Pompeo warns Iraq\n\nSecretary of State Mike Pompeo warned Iraq on Monday the US would retaliate against any new assaults on Americans after a slew of rocket attacks.\n\nThe United States last week launched air strikes against an Iranian-allied paramilitary group.");
    await page.fill("input[name=outlet]", "Test Gazette");
    await page.click("#wd-import");
    await page.waitForURL(/imported=/);
    const id = new URL(page.url()).searchParams.get("imported")!;
    await page.goto(`${base}/compare?a=${A}&b=${encodeURIComponent(id)}`);
    expect(await page.locator(".wd-row").count()).toBeGreaterThan(3);
    expect(await page.textContent(".wd-meta-b")).toContain("Test Gazette");
  });

  it("bad input is answered in the form", async () => {
    await page.goto(base + "/import");
    await page.click("#wd-import");
    expect(await page.textContent("#wd-import-error")).toMatch(/empty/);
  });

  it("opens a comparison by its permalink, with view options from the URL", async () => {
    await page.goto(`${base}/compare?a=${A}&b=${B}&view=inline&style=hide`);
    expect(await page.locator(".wd-rows.wd-view-inline.wd-hide-style").count()).toBe(1);
  });

  it("shows the story view; a cell opens the version's text, which opens the pair at that row", async () => {
    await page.goto(`${base}/story/${A}`);
    expect(await page.locator(".wd-matrix td.wd-cell").count()).toBeGreaterThan(5);
    await page.locator(".wd-matrix td.wd-cell a").first().click();
    const reading = page.locator(".wd-matrix-panel .wd-reading.wd-current");
    expect(await reading.isVisible()).toBe(true);
    await reading.locator("text=open the pair").click();
    await page.waitForURL(/\/compare\?.*#l\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
  });

  it("made no request outside this server", () => {
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"))).toEqual([]);
  });
});
