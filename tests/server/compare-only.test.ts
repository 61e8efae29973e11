/** The compare page's `&only=TAG` filter without script, and the story page's readings, through app.request. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";

let app: Hono, state: CorpusState;
beforeAll(async () => {
  ({ app, state } = await createApp({ corpusDir: "tests/fixtures/outlets/corpus.jsonl", watch: false }));
});
afterAll(() => state.close());

const page = async (url: string) => (await app.request(url)).text();
const rowIds = (html: string) => [...html.matchAll(/<section id="([^"]+)" class="wd-row /g)].map((m) => m[1]);
const count = (html: string) => /<b id="wd-change-count"[^>]*>(\d+)</.exec(html)![1];

describe("compare page: show only rows with a tagged edit", () => {
  const url = "/compare?a=wire-harbors&b=ledger-harbors";

  it("keeps only the rows with such an edit, counts only those edits, keeps the filter in its links", async () => {
    const all = await page(url);
    const numbers = await page(url + "&only=number");
    expect(rowIds(all).length).toBeGreaterThan(3);
    expect(rowIds(numbers)).toEqual(["l0"]);
    expect(numbers).toContain('data-tag-counts="number:0:1"');
    expect(count(numbers)).toBe("1");
    expect(numbers).toMatch(/<a href="[^"]*only=number"[^>]*aria-current="true">numbers<\/a>/);
    expect(numbers).toContain("view=inline&amp;style=show&amp;only=number");
    const quotes = await page(url + "&only=quote&view=inline");
    expect(rowIds(quotes)).toEqual(["l1"]);
    expect(quotes).toContain('<span class="wd-tag wd-tag-quote">quote</span>');
  });

  it("says so when no edit has the tag, and refuses an unknown tag with a 400", async () => {
    expect(await page(url + "&only=hedge")).toContain("No edit here is tagged hedge.");
    const bad = await app.request(url + "&only=<b>");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("only must be one of number, quote, name, attribution, hedge, date");
  });
});

describe("compare HTML report: tag labels with no script", () => {
  it("puts the tag word beside the number and quote edits in both of its views", async () => {
    const report = await page("/compare/download?a=wire-harbors&b=ledger-harbors&format=html");
    expect(report).not.toContain("<script");
    // side by side (A and B columns) and the inline copy for portrait print
    expect(report.match(/<span class="wd-tag wd-tag-number">number<\/span>/g)).toHaveLength(3);
    expect(report.match(/<span class="wd-tag wd-tag-quote">quote<\/span>/g)).toHaveLength(3);
  });
});

describe("story page and report: every version of a row", () => {
  it("renders closed blocks on the page and open ones in the HTML report, each version's reading inside", async () => {
    const html = await page("/story/wire-harbors");
    expect(html).toMatch(/<details id="row-1" class="wd-readings">/);
    expect(html).toContain('href="#row-1-v1"');
    const report = await page("/story/wire-harbors/download?format=html");
    expect(report).toMatch(/<details id="row-1" class="wd-readings" open/);
    expect(report).not.toContain("<script");
    const reading = report.slice(report.indexOf('id="row-1-v1"'));
    expect(reading).toMatch(/>65<\/del><ins class="wd-subst"[^>]*>75<\/ins><span class="wd-tags"><span class="wd-tag wd-tag-number">/);
  });
});
