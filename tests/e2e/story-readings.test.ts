/**
 * The story page in Chromium: a matrix cell opens that version's text of the row, in place with
 * script and by anchor without.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { haveChromium, PHONE, DESKTOP, screenshots } from "./browser.ts";
import { browseCorpus } from "./serve-corpus.ts";

let base: string, page: Page, errors: string[], close: (() => Promise<void>) | undefined;
const STORY = "/story/wire-harbors";
// m2 is source ¶1 (a quotation the Daily Ledger altered); column 1 is the Daily Ledger
const cell = (row: number, v: number) => `table.wd-matrix a[href="#row-${row}-v${v}"]`;

describe.skipIf(!haveChromium)("browser: every version of a story paragraph", () => {
  beforeAll(async () => {
    ({ base, page, errors, close } = await browseCorpus("tests/fixtures/outlets/corpus.jsonl"));
  });
  afterAll(async () => {
    await close?.();
  });

  it("without script, a cell leads to the version's reading with its diff and tag", async () => {
    await page.route("**/static/client.js", (r) => r.abort());
    try {
      await page.goto(base + STORY);
      expect(await page.locator("#row-1-v1").isVisible()).toBe(false);
      await page.click(cell(1, 1));
      expect(new URL(page.url()).hash).toBe("#row-1-v1");
      const reading = page.locator("#row-1-v1");
      expect(await reading.isVisible()).toBe(true);
      expect(await reading.locator("del.wd-subst").textContent()).toBe("65");
      expect(await reading.locator("ins.wd-subst").textContent()).toBe("75");
      expect(await reading.locator(".wd-tag").textContent()).toBe("number");
    } finally {
      await page.unroute("**/static/client.js");
      errors.length = 0; // the refused script's own load error
    }
  });

  it("with script, Enter on a cell opens the row in place under it, on that version; Escape closes it", async () => {
    await page.goto(base + STORY);
    await page.focus(cell(2, 1));
    await page.keyboard.press("Enter");
    const after = await page.evaluate(() => document.getElementById("m2")!.nextElementSibling!.className);
    expect(after).toBe("wd-matrix-panel");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("row-2-v1");
    const focused = page.locator(".wd-matrix-panel #row-2-v1");
    expect(await focused.locator("ins.wd-subst").textContent()).toBe("never");
    expect(await focused.locator(".wd-tag").textContent()).toBe("quote");
    // every version of the row, one under another, the source first
    const who = await page.locator(".wd-matrix-panel .wd-reading .wd-label b").allTextContents();
    expect(who).toEqual(["Source", "Northern Echo", "Daily Ledger"]);
    await screenshots(page, "story-readings");
    await page.keyboard.press("Escape");
    expect(await page.locator(".wd-matrix-panel").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#row-2-v1");
    expect(await page.locator("#wd-readings > #row-2").count()).toBe(1);
  });

  it("expands a row from its paragraph number: a cut shown as cut beside the version that kept it", async () => {
    await page.goto(base + STORY);
    await page.click('table.wd-matrix a[href="#row-4"]');
    const panel = page.locator(".wd-matrix-panel details#row-4[open]");
    expect(await panel.count()).toBe(1);
    expect(await panel.locator("#row-4-v0 .wd-cell").textContent()).toContain("kept verbatim");
    expect(await panel.locator("#row-4-v1 del.wd-whole").textContent()).toContain("Critics in Congress");
    // another row moves the panel: one panel at a time
    await page.click(cell(1, 0));
    expect(await page.locator(".wd-matrix-panel").count()).toBe(1);
    expect(await page.locator("#wd-readings > #row-4").count()).toBe(1);
  });

  it("fits a phone: the opened reading stays within the screen", async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(base + STORY);
      await page.click(cell(1, 1));
      const box = await page.locator("#row-1-v1").boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: "test-artifacts/story-readings-phone.png" });
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    expect(errors).toEqual([]);
  });
});
