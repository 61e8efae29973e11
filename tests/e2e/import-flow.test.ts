/** Item 15 in Chromium: the form's file picker, an import offering its story to compare with, a re-import, none. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch } from "./browser.ts";

const A = "000_7a2837495db10dad";
let base: string, stop: (() => void) | undefined, ctx: BrowserContext, page: Page;
const shot = async (name: string) => {
  mkdirSync("test-artifacts", { recursive: true });
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-artifacts/${name}-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1400, height: 900 });
};

describe.skipIf(!haveChromium)("browser: import", () => {
  beforeAll(async () => {
    ({ base, stop } = await startServer());
    ctx = await launch();
    page = await ctx.newPage();
  });
  afterAll(async () => { await ctx?.close(); stop?.(); });

  it("the file picker offers every type the form names", async () => {
    await page.goto(base + "/import");
    const accept = (await page.getAttribute("input[type=file]", "accept"))!.split(",");
    for (const ext of [".txt", ".md", ".html"]) expect(accept).toContain(ext);
    expect(await page.textContent("form")).not.toMatch(/upload a file \([^)]*\.jsonl/);
    await shot("import-form");
  });

  it("an uploaded version of a story offers to compare it with the story's source", async () => {
    const seed = (await (await fetch(`${base}/api/articles/${A}`)).json()) as { paragraphs: { text: string }[] };
    const file = join(mkdtempSync(join(tmpdir(), "wd-upload-")), "version.txt");
    // Windows-1252 bytes, as an older newsroom system saves them
    const text = ["Caf\u00e9 edition", ...seed.paragraphs.slice(1, 10).map((p) => p.text)].join("\n\n");
    writeFileSync(file, Buffer.from(text, "latin1"));
    await page.goto(base + "/import");
    await page.setInputFiles("input[type=file]", file);
    await page.click("#wd-import");
    await page.waitForURL(/\/import\?imported=/);
    const id = new URL(page.url()).searchParams.get("imported")!;
    expect(await page.textContent("#wd-import-done")).toContain("Café edition");
    expect(await page.textContent("#wd-import-done")).toMatch(/Windows-1252/);
    const offer = page.locator("#wd-import-offers a", { hasText: "Compare with" }).first();
    expect(await offer.getAttribute("href")).toBe(`/compare?a=${A}&b=${id}`);
    await shot("import-done");
    await offer.click();
    await page.waitForURL(/\/compare\?/);
    expect(await page.locator(".wd-row").count()).toBeGreaterThan(3);
  });

  it("the same upload again is found, not doubled", async () => {
    await page.goBack();
    await page.goto(base + "/import");
    const before = ((await (await fetch(`${base}/api/articles`)).json()) as unknown[]).length;
    await page.fill("textarea[name=text]", "Dam holds\n\nThe dam held overnight, engineers said.");
    await page.click("#wd-import");
    await page.waitForURL(/imported=/);
    await page.goto(base + "/import");
    await page.fill("textarea[name=text]", "Dam holds\n\nThe dam held overnight, engineers said.");
    await page.click("#wd-import");
    await page.waitForURL(/duplicate=1/);
    expect(await page.textContent("#wd-import-done")).toContain("Nothing was imported again");
    expect(((await (await fetch(`${base}/api/articles`)).json()) as unknown[]).length).toBe(before + 1);
  });

  it("an empty import says what is missing", async () => {
    await page.goto(base + "/import");
    await page.click("#wd-import");
    expect(await page.textContent("#wd-import-error"))
      .toBe("the text is empty: paste the article's text or choose a file");
    await shot("import-empty");
  });
});
