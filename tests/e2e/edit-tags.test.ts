/** Edit tags in Chromium: labels beside the edits without hover, and the "show only" filter live and without script. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DESKTOP, haveChromium, PHONE, screenshots } from "./browser.ts";
import { browseCorpus } from "./serve-corpus.ts";

let base: string, page: Page, errors: string[], close: (() => Promise<void>) | undefined;
const PAIR = "/compare?a=wire-harbors&b=ledger-harbors";
const visibleRows = () => page.locator(".wd-rows .wd-row:visible").evaluateAll((rs) => rs.map((r) => r.id));
const count = () => page.locator("#wd-change-count").textContent();

describe.skipIf(!haveChromium)("browser: edit tags and the show-only filter", () => {
  beforeAll(async () => {
    ({ base, page, errors, close } = await browseCorpus("tests/fixtures/outlets/corpus.jsonl"));
  });
  afterAll(async () => {
    await close?.();
  });

  it("shows each tag as a label beside its edit, in both columns and inline, without hover", async () => {
    await page.goto(base + PAIR);
    const labels = page.locator("#l0 .wd-tag");
    expect(await labels.allTextContents()).toEqual(["number", "number"]);
    expect(await labels.first().isVisible()).toBe(true);
    // the label follows the edit it names, and is read out as text
    expect(await page.locator("#l0 .wd-b ins + .wd-tags").textContent()).toBe("number");
    await page.goto(base + PAIR + "&view=inline");
    expect(await page.locator("#l1 .wd-tag").allTextContents()).toEqual(["quote"]);
  });

  it("filters live: only rows with such an edit, the count and j/k follow, the URL keeps it", async () => {
    await page.goto(base + PAIR);
    const all = await count();
    const rowsAll = (await visibleRows()).length;
    await page.click("#wd-only >> text=numbers");
    expect(await visibleRows()).toEqual(["l0"]);
    expect(await count()).toBe("1");
    expect(new URL(page.url()).searchParams.get("only")).toBe("number");
    expect(await page.locator("#wd-only a[aria-current]").textContent()).toBe("numbers");
    expect(await page.locator("#wd-swap").getAttribute("href")).toContain("only=number");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await page.locator(".wd-row.wd-current").evaluateAll((rs) => rs.map((r) => r.id))).toEqual(["l0"]);
    await page.click("#wd-only >> text=quotes");
    expect(await visibleRows()).toEqual(["l1"]);
    expect(await count()).toBe("1");
    await page.click("#wd-only >> text=hedges");
    expect(await visibleRows()).toEqual([]);
    expect(await page.locator("#wd-only-none").isVisible()).toBe(true);
    await page.click("#wd-only >> text=all rows");
    expect((await visibleRows()).length).toBe(rowsAll);
    expect(await count()).toBe(all);
    expect(new URL(page.url()).searchParams.has("only")).toBe(false);
  });

  it("the style switch and the filter keep each other in the page's links (regression: lost after one switch)", async () => {
    await page.goto(base + PAIR);
    const params = (sel: string) => page.locator(sel).getAttribute("href")
      .then((h) => new URL(h!, base)).then((u) => [u.searchParams.get("style"), u.searchParams.get("only")]);
    await page.click("#wd-style-toggle");
    expect(await params("#wd-swap")).toEqual(["hide", null]);
    await page.click("#wd-only >> text=numbers");
    expect(await params("#wd-swap")).toEqual(["hide", "number"]);
    await page.click("#wd-style-toggle");
    expect(await params("#wd-swap")).toEqual(["show", "number"]);
    expect(await params("#wd-style-toggle")).toEqual(["hide", "number"]);
    expect(await params("#wd-only a[data-only='quote']")).toEqual(["show", "quote"]);
    await page.click("#wd-only >> text=all rows");
    expect(await params("#wd-swap")).toEqual(["show", null]);
    expect(errors).toEqual([]);
  });

  it("a filter that leaves no row leaves no empty strip (regression: a blank screen under the notice)", async () => {
    for (const how of ["server", "live"]) {
      if (how === "server") await page.goto(base + PAIR + "&only=hedge");
      else { await page.goto(base + PAIR); await page.click("#wd-only >> text=hedges"); }
      expect(await page.locator(".wd-overview").isVisible(), how).toBe(false);
    }
    await page.click("#wd-only >> text=all rows");
    expect(await page.locator(".wd-overview").isVisible()).toBe(true);
  });

  it("works without script as a URL parameter, and on a phone", async () => {
    await page.route("**/static/client.js", (r) => r.abort());
    try {
      await page.goto(base + PAIR);
      await page.click("#wd-only >> text=quotes");
      expect(new URL(page.url()).searchParams.get("only")).toBe("quote");
      expect(await visibleRows()).toEqual(["l1"]);
      expect(await count()).toBe("1");
    } finally {
      await page.unroute("**/static/client.js");
      errors.length = 0; // the refused script's own load error
    }
    await page.goto(base + PAIR + "&only=number");
    await screenshots(page, "compare-only-number");
    await page.setViewportSize(PHONE);
    try {
      expect(await page.locator("#l0 .wd-tag").first().isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    expect(errors).toEqual([]);
  });
});
