/** Issue 23 in Chromium: a link row's "Why linked" note opens on hover and on keyboard focus, and closes when left. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch } from "./browser.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
let base: string, stop: (() => void) | undefined, ctx: BrowserContext, page: Page;

describe.skipIf(!haveChromium)("browser: why two paragraphs were linked", () => {
  beforeAll(async () => {
    ({ base, stop } = await startServer());
    ctx = await launch();
    page = await ctx.newPage();
    await page.goto(`${base}/compare?a=${A}&b=${B}`);
  });
  afterAll(async () => { await ctx?.close(); stop?.(); });

  it("opens a row's evidence while the pointer is over the row", async () => {
    const row = page.locator(".wd-row-merged").first();
    const note = row.locator("details.wd-evidence");
    expect(await note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await row.hover();
    await expect.poll(() => note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await note.locator("q").first().isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it("opens it when the row gets the keyboard focus", async () => {
    const row = page.locator(".wd-row-reworded, .wd-row-merged").nth(1);
    await row.focus();
    await expect.poll(() => row.locator("details.wd-evidence").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await row.locator(".wd-evidence").textContent()).toMatch(/shared/);
  });
});
