/**
 * In Chromium: the server's own import form works (also with a token); another site's form and a
 * rebound domain do not (issue 22, item 20).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch } from "./browser.ts";

const TOKEN = "e2e-token-0123456789";
let ctx: BrowserContext, page: Page;
let open: Awaited<ReturnType<typeof startServer>>, guarded: Awaited<ReturnType<typeof startServer>>;
let evil: Server, evilBase: string;
const shot = async (name: string) => {
  mkdirSync("test-artifacts", { recursive: true });
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-artifacts/${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
};

describe.skipIf(!haveChromium)("browser: writes only from the server's own pages", () => {
  beforeAll(async () => {
    open = await startServer();
    guarded = await startServer({ security: { token: TOKEN } });
    // another site: a page whose form posts to the wirediff server on load
    evil = createServer((req, res) => {
      const target = new URL(req.url!, "http://x").searchParams.get("target")!;
      res.setHeader("content-type", "text/html");
      res.end(`<!DOCTYPE html><form id="f" method="post" action="${target}/import" enctype="multipart/form-data">
        <textarea name="text">Planted story\n\nNobody wrote this.</textarea></form><script>document.getElementById("f").submit()</script>`);
    });
    await new Promise<void>((r) => evil.listen(0, "127.0.0.1", r));
    evilBase = `http://localhost:${(evil.address() as AddressInfo).port}`;
    ctx = await launch([`--host-resolver-rules=MAP rebind.test 127.0.0.1`]);
    page = await ctx.newPage();
  });
  afterAll(async () => { await ctx?.close(); open?.stop(); guarded?.stop(); evil?.close(); });

  it("imports through the server's own form", async () => {
    await page.goto(open.base + "/import");
    await page.fill("textarea[name=text]", "Own form\n\nThe server's own import form still works.");
    await page.click("#wd-import");
    await page.waitForURL(/imported=own-form/);
    await shot("import-own-form");
  });

  it("refuses another site's form that posts to the server, and writes nothing", async () => {
    const before = readdirSync(open.dir).length;
    const answer = page.waitForResponse((r) => r.url() === `${open.base}/import` && r.request().method() === "POST");
    await page.goto(`${evilBase}/?target=${encodeURIComponent(open.base)}`);
    const r = await answer;
    expect(r.status()).toBe(403);
    await page.waitForURL(`${open.base}/import`);
    expect(await page.textContent("body")).toContain("refused a change to the corpus");
    await shot("import-cross-site-refused");
    expect(readdirSync(open.dir).length).toBe(before);
  });

  it("answers a rebound domain with 421", async () => {
    const r = await page.goto(`http://rebind.test:${open.port}/`);
    expect(r!.status()).toBe(421);
    expect(await page.textContent("body")).toContain('does not answer to the host \\"rebind.test:');
  });

  it("with a token: the form is refused until the address with the token is opened, then works", async () => {
    await page.goto(guarded.base + "/import");
    await page.fill("textarea[name=text]", "Token form\n\nThe form needs the token first.");
    await page.click("#wd-import");
    expect(await page.textContent("body")).toContain("takes changes only with its token");
    await page.goto(`${guarded.base}/import?token=${TOKEN}`);
    expect(page.url()).toBe(`${guarded.base}/import`); // the token leaves the address bar
    await page.fill("textarea[name=text]", "Token form\n\nThe form needs the token first.");
    await page.click("#wd-import");
    await page.waitForURL(/imported=token-form/);
  });
});
