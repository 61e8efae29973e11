import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import type { Hono } from "hono";
import { parseHTML } from "linkedom";
import { appOverExport } from "./export-app.ts";

const FIXTURE = "tests/fixtures/outlets/corpus.jsonl";
let app: Hono, file: string, close: () => void;
beforeAll(async () => {
  // the fixture plus a version whose outlet name is markup: it must come out as text
  ({ app, file, close } = await appOverExport(FIXTURE, (rows) => {
    rows.push({
      ...rows.find((r) => r.id === "echo-harbors")!,
      id: "evil-harbors",
      outlet: "<img src=x onerror=alert(1)>",
    });
  }));
});
afterAll(() => close());

const doc = async (path: string) => parseHTML(await (await app.request(path)).text()).document;

describe("outlet pages", () => {
  it("/outlets lists each outlet with a chart and a link to its page; names are escaped", async () => {
    const r = await app.request("/outlets");
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).not.toContain("<img src=x");
    const d = parseHTML(html).document;
    const rows = [...d.querySelectorAll("#wd-outlets tbody tr")];
    expect(rows.map((x) => x.getAttribute("data-outlet")).sort()).toEqual([
      "<img src=x onerror=alert(1)>",
      "Daily Ledger",
      "Northern Echo",
    ]);
    expect(d.querySelectorAll("#wd-outlets svg.wd-shares").length).toBe(3);
    expect(d.querySelector('a[href="/outlet/Daily%20Ledger"]')).not.toBeNull();
    expect(d.querySelectorAll("script:not([src])").length).toBe(0);
  });

  it("/outlet/NAME shows the habits, and each number and quotation case links to a row that exists", async () => {
    const d = await doc("/outlet/Daily%20Ledger");
    expect(d.querySelector("h1")!.textContent).toContain("Daily Ledger");
    expect(d.querySelector("svg.wd-cut-bands")).not.toBeNull();
    const links = [...d.querySelectorAll("#wd-numbers a, #wd-quotes a")].map((a) => a.getAttribute("href")!);
    expect(links).toHaveLength(3);
    for (const href of links) {
      const [path, anchor] = href.split("#");
      const page = await doc(path!);
      expect(page.getElementById(anchor!), href).not.toBeNull();
    }
    const echo = await doc("/outlet/Northern%20Echo");
    expect(echo.querySelector('#wd-style tr[data-tag="spelling"]')!.textContent).toContain("harbors → harbours");
  });

  it("answers 404 for an outlet it does not know, and offers CSV and JSON downloads", async () => {
    expect((await app.request("/outlet/Nowhere%20Times")).status).toBe(404);
    const csv = await (await app.request("/outlets/download?format=csv")).text();
    expect(csv.split("\n")[0]).toMatch(/^outlet,pairs,stories,/);
    const json = (await (await app.request("/outlets/download?format=json")).json()) as {
      outlets: { outlet: string }[];
    };
    expect(json.outlets).toHaveLength(3);
    expect((await app.request("/outlets/download?format=xlsx")).status).toBe(400);
  });

  it("gives the same profiles as `wirediff outlets --json`", async () => {
    const cli = JSON.parse(
      execFileSync(process.execPath, ["bin/wirediff.mjs", "outlets", "--corpus", file, "--json"], {
        encoding: "utf8",
      }),
    );
    expect(await (await app.request("/outlets/download?format=json")).json()).toEqual(cli);
  });
});
