/** Every page at phone width (390 px) in Chromium: nothing runs off the screen (issue 22, item 13). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch, PHONE, screenshots } from "./browser.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
let base: string, stop: (() => void) | undefined, ctx: BrowserContext, page: Page;

/** Elements of the selector lying partly outside the 390 px viewport, by their text. */
const offScreen = (sel: string) => page.locator(sel).evaluateAll((es) => es.filter((e) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5);
}).map((e) => (e.textContent ?? e.tagName).trim().slice(0, 40)));
const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(!haveChromium)("browser: pages at phone width (regression: 640 and 816 px wide pages, rows without A/B)", () => {
  beforeAll(async () => {
    ({ base, stop } = await startServer());
    ctx = await launch();
    page = await ctx.newPage();
    await page.setViewportSize(PHONE);
  });
  afterAll(async () => { await ctx?.close(); stop?.(); });

  it("corpus: the table fits, every row can be picked as A or B", async () => {
    await page.goto(base + "/");
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    expect(await offScreen("#wd-corpus input, #wd-corpus a, #wd-filter, #wd-compare")).toEqual([]);
    await screenshots(page, "phone-corpus");
    await page.check(`input[name=b][value="${A}"]`);
    await page.check(`input[name=a][value="${B}"]`);
    // the cards still filter (a card's layout must not undo the hidden rows)
    await page.fill("#wd-filter", "express");
    await expect.poll(() => page.locator("#wd-corpus tbody tr:visible").count()).toBe(1);
    await page.fill("#wd-filter", "");
  });

  it("story: the page fits and the Source select is on screen", async () => {
    await page.goto(`${base}/story/${A}`);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    expect(await offScreen("select[name=source], .wd-toolbar button, .wd-toolbar a")).toEqual([]);
    await page.selectOption("select[name=source]", B);
    await screenshots(page, "phone-story");
  });

  it("compare: rows stacked one side above the other still say which is A and which is B", async () => {
    for (const view of ["side", "inline"]) {
      await page.goto(`${base}/compare?a=${A}&b=${B}&view=${view}`);
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
      expect(await offScreen("#wd-toolbar a, #wd-toolbar button")).toEqual([]);
    }
    await page.goto(`${base}/compare?a=${A}&b=${B}`);
    const labels = await page.locator(".wd-rows > .wd-row .wd-side").evaluateAll((es) => es.map((e) => [e.classList.contains("wd-a") ? "A" : "B", getComputedStyle(e, "::before").content]));
    expect(labels.length).toBeGreaterThan(10);
    for (const [side, content] of labels) expect(content).toMatch(new RegExp(`^"${side} `));
    await screenshots(page, "phone-compare");
    // at desktop width the column heads say it once, not every row
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(await page.locator(".wd-rows > .wd-row .wd-a").first().evaluate((e) => getComputedStyle(e, "::before").content)).toBe("none");
    await page.setViewportSize(PHONE);
  });

  it("article and import pages fit", async () => {
    for (const path of [`/article/${A}`, "/import"]) {
      await page.goto(base + path);
      expect([path, await pageWidth()]).toEqual([path, PHONE.width]);
    }
    await screenshots(page, "phone-import");
  });
});
