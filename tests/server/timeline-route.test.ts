import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import { parseHTML } from "linkedom";
import { appOverExport } from "./export-app.ts";

let app: Hono, close: () => void;
beforeAll(async () => {
  // the fixture, with markup in a revision's title and text: it must come out as text
  ({ app, close } = await appOverExport("tests/fixtures/timeline/corpus.jsonl", (rows) => {
    const last = rows.find((r) => r.id === "gazette-fire-3")!;
    last.title = "<script>alert(1)</script> toll rises";
    last.text = last.text!.replace("officials", "<b>officials</b>");
  }));
});
afterAll(() => close());

const doc = async (path: string) => parseHTML(await (await app.request(path)).text()).document;

describe("timeline pages", () => {
  it("/timelines lists each article with revisions", async () => {
    const d = await doc("/timelines");
    expect([...d.querySelectorAll("#wd-timelines a")].map((a) => a.getAttribute("href"))).toEqual([
      "/timeline/gazette-fire-1",
      "/timeline/herald-fire-a",
    ]);
  });

  it("/timeline/ID shows each revision with its changes and a compare link, and each paragraph's history", async () => {
    const r = await app.request("/timeline/gazette-fire-2");
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).not.toContain("<script>alert");
    const d = parseHTML(text).document;
    expect([...d.querySelectorAll("#wd-revisions tbody tr")].map((tr) => tr.getAttribute("data-id"))).toEqual([
      "gazette-fire-1",
      "gazette-fire-2",
      "gazette-fire-3",
    ]);
    expect(d.querySelector('#wd-revisions a[href="/compare?a=gazette-fire-2&b=gazette-fire-3"]')).not.toBeNull();
    const rows = [...d.querySelectorAll("#wd-history > li")];
    expect(rows).toHaveLength(5);
    expect(rows[0]!.querySelector(".wd-chain")!.textContent).toBe("65 → 75 → 98");
    expect(rows[4]!.querySelector(".wd-history-marks")!.textContent).toBe("●≠✕");
    for (const a of d.querySelectorAll("#wd-history a[href^='/compare']")) {
      const [path, anchor] = a.getAttribute("href")!.split("#");
      expect(
        parseHTML(await (await app.request(path!)).text()).document.getElementById(anchor!),
        a.getAttribute("href")!,
      ).not.toBeNull();
    }
  });

  it("offers the timeline report in four formats from the page", async () => {
    const d = await doc("/timeline/gazette-fire-1");
    const hrefs = [...d.querySelectorAll(".wd-toolbar a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["html", "md", "json", "csv"].map((f) => `/timeline/gazette-fire-1/download?format=${f}`));
    const r = await app.request(hrefs[2]!);
    expect(r.headers.get("content-disposition")).toBe('attachment; filename="wirediff-timeline-gazette-fire-1.json"');
    const j = (await r.json()) as { versions: { id: string }[]; report: { inputs: unknown[] } };
    expect(j.versions.map((v) => v.id)).toEqual(["gazette-fire-1", "gazette-fire-2", "gazette-fire-3"]);
    expect(j.report.inputs).toHaveLength(3);
    const htmlReport = await (await app.request(hrefs[0]!)).text();
    expect(htmlReport).not.toContain("<script>alert");
    expect((await app.request("/timeline/gazette-fire-1/download?format=pdf")).status).toBe(400);
  });

  it("answers 404 for an unknown article and 400 for an id that is not one", async () => {
    expect((await app.request("/timeline/nope")).status).toBe(404);
    expect((await app.request("/timeline/..%2F..%2Fetc")).status).toBe(400);
  });
});
