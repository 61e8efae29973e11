/** Outlet profiles and the figures download in Chromium: the table, an outlet's page, charts in print, a case link. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { DESKTOP, haveChromium, PHONE } from "./browser.ts";
import { browseCorpus } from "./serve-corpus.ts";

let base: string, page: Page, errors: string[], close: (() => Promise<void>) | undefined;

describe.skipIf(!haveChromium)("browser: outlet profiles", () => {
  beforeAll(async () => {
    ({ base, page, errors, close } = await browseCorpus("tests/fixtures/outlets/corpus.jsonl"));
  });
  afterAll(async () => {
    await close?.();
  });

  it("lists the outlets from the top bar, each with a drawn shares bar", async () => {
    await page.goto(base + "/");
    await page.click("nav.wd-topbar >> text=Outlets");
    await page.waitForURL(/\/outlets$/);
    expect(await page.locator("#wd-outlets tbody tr").count()).toBe(2);
    const bar = await page.locator("#wd-outlets svg.wd-shares").first().boundingBox();
    expect(bar!.width).toBeGreaterThan(100);
    await page.screenshot({ path: "test-artifacts/outlets.png" });
  });

  it("opens one outlet: cut chart, house style, and a number case that leads to its row", async () => {
    await page.click("text=Daily Ledger");
    await page.waitForURL(/\/outlet\/Daily%20Ledger$/);
    const bars = page.locator("svg.wd-cut-bands rect[stroke]");
    expect(await bars.count()).toBeGreaterThan(0);
    await page.screenshot({ path: "test-artifacts/outlet.png", fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("svg.wd-cut-bands").isVisible()).toBe(true);
    expect(await page.locator("svg.wd-shares").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    await page.locator("#wd-numbers a").first().click();
    await page.waitForURL(/\/compare\?a=wire-harbors&b=ledger-harbors#l\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain("75");
    await page.goto(base + "/outlet/Northern%20Echo");
    expect(await page.locator('#wd-style tr[data-tag="spelling"]').textContent()).toContain("harbors → harbours");
  });

  it("downloads the figures table from the corpus page", async () => {
    await page.goto(base + "/");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#wd-figures >> text=CSV >> nth=0"),
    ]);
    const csv = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\n");
    expect(csv[0]).toMatch(/^story_id,story_versions,source_id,version_id,/);
    expect(csv).toHaveLength(5);
    expect(errors).toEqual([]);
  });

  it("fits a phone's width: the table scrolls, the charts shrink (regression: 891 px wide)", async () => {
    await page.setViewportSize(PHONE);
    try {
      for (const path of ["/outlets", "/outlet/Daily%20Ledger"]) {
        await page.goto(base + path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
      }
      expect((await page.locator("svg.wd-cut-bands").boundingBox())!.width).toBeGreaterThan(200);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
