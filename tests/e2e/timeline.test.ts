/** A revision timeline in Chromium: from the top bar to an article's revisions, a paragraph's history, a row. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { haveChromium } from "./browser.ts";
import { browseCorpus } from "./serve-corpus.ts";

let base: string, page: Page, errors: string[], close: (() => Promise<void>) | undefined;

describe.skipIf(!haveChromium)("browser: revision timeline", () => {
  beforeAll(async () => {
    ({ base, page, errors, close } = await browseCorpus("tests/fixtures/timeline/corpus.jsonl"));
  });
  afterAll(async () => {
    await close?.();
  });

  it("finds the timeline from the top bar and shows each revision with what it changed", async () => {
    await page.goto(base + "/");
    await page.click("nav.wd-topbar >> text=Timelines");
    await page.click("#wd-timelines >> text=Chemical plant fire: death toll rises to 98");
    await page.waitForURL(/\/timeline\/gazette-fire-1$/);
    expect(await page.locator("#wd-revisions tbody tr").count()).toBe(3);
    expect(await page.locator("#wd-revisions tbody tr").nth(2).textContent()).toContain("1 quotation altered");
    expect(await page.locator("#wd-history .wd-chain").first().textContent()).toBe("65 → 75 → 98");
  });

  it("opens a paragraph's every version with its diff, and follows a compare link to the row", async () => {
    const row = page.locator("#wd-history > li").first();
    await row.locator("summary").click();
    expect(await row.locator("details ins.wd-subst").first().isVisible()).toBe(true);
    await page.screenshot({ path: "test-artifacts/timeline.png", fullPage: true });
    await row.locator("details a").last().click();
    await page.waitForURL(/\/compare\?a=gazette-fire-2&b=gazette-fire-3#l\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain("98");
    expect(errors).toEqual([]);
  });
});
