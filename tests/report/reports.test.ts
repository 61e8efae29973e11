import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { marked } from "marked";
import { parse as parseCsv } from "csv-parse/sync";
import { readArticleFile } from "../../src/corpus/store.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { renderReport, reportInfo } from "../../src/report/write-report.ts";
import type { ReportFormat } from "../../src/report/report-info.ts";

const SEED_A = "corpus/000_7a2837495db10dad.txt", SEED_B = "corpus/001_bd0859deabb9f25c.txt";
const FIXED = new Date("2026-01-01T00:00:00Z");

async function report(a: string, b: string, format: ReportFormat) {
  const [x] = await readArticleFile(a);
  const [y] = await readArticleFile(b);
  const c = compareArticles(x!, y!);
  return { c, text: await renderReport(c, format, reportInfo([{ id: x!.id, sha256: "aa" }, { id: y!.id, sha256: "bb" }], FIXED)) };
}

describe("HTML report", () => {
  it("stands alone: no script, no external URL, every paragraph of both inputs, unique anchors, provenance", async () => {
    const { c, text } = await report(SEED_A, SEED_B, "html");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
    const { document } = parseHTML(text);
    expect(document.querySelectorAll("script").length).toBe(0);
    expect(document.querySelectorAll("link[rel=stylesheet], img, iframe").length).toBe(0);
    for (const el of document.querySelectorAll("[href], [src]")) {
      const url = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
      expect(url.startsWith("#") || [c.a.url, c.b.url].includes(url)).toBe(true);
    }
    const body = document.querySelector(".wd-only-landscape")!.textContent!.replace(/\s+/g, " ");
    for (const p of [...c.a.paragraphs, ...c.b.paragraphs]) expect(body).toContain(p.text.slice(0, 40).replace(/\s+/g, " "));
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(text).toContain("2026-01-01T00:00:00.000Z");
    expect(document.querySelector(".wd-provenance")!.textContent).toContain("aa");
  });
});

describe("Markdown report", () => {
  it("matches the golden file for the seed pair", async () => {
    const { text } = await report(SEED_A, SEED_B, "md");
    expect(text).toBe(readFileSync("tests/fixtures/report/000-001.md", "utf8"));
  });
});

describe("CSV report", () => {
  it("round-trips through a CSV parser, one row per edit plus unlinked paragraphs, then the stats table", async () => {
    const { c, text } = await report(SEED_A, SEED_B, "csv");
    const cut = text.lastIndexOf("\nmetric,value\n");
    const [edits, stats] = [text.slice(0, cut), text.slice(cut + 1)];
    const rows = parseCsv(edits!, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(c.links.reduce((n, l) => n + l.edits.length, 0) + c.onlyA.length + c.onlyB.length);
    const link1 = rows.filter((r) => r.link === "1");
    expect(link1.map((r) => r.a_text).join("")).toBe(c.a.paragraphs[c.links[0]!.a[0]!]!.text);
    const s = Object.fromEntries((parseCsv(stats!, { columns: true }) as { metric: string; value: string }[]).map((r) => [r.metric, r.value]));
    expect(Number(s.aWords)).toBe(c.stats.aWords);
  });
});

describe("article text is never markup", () => {
  const A = "tests/fixtures/report/xss-a.txt", B = "tests/fixtures/report/xss-b.txt";
  it("HTML", async () => {
    const { text } = await report(A, B, "html");
    const { document } = parseHTML(text);
    expect(document.querySelectorAll("script, img, iframe").length).toBe(0);
    expect([...document.querySelectorAll("a")].some((a) => /javascript:|evil/.test(a.getAttribute("href") ?? ""))).toBe(false);
    expect(document.body.textContent).toContain("<script>alert(1)</script>");
  });
  it("Markdown, also once rendered by marked", async () => {
    const { text } = await report(A, B, "md");
    const rendered = marked.parse(text, { async: false });
    const { document } = parseHTML(`<html><body>${rendered}</body></html>`);
    expect(document.querySelectorAll("script, img, iframe").length).toBe(0);
    expect([...document.querySelectorAll("a")].every((a) => (a.getAttribute("href") ?? "").startsWith("#") || !a.getAttribute("href"))).toBe(true);
    expect([...document.querySelectorAll("strong, em")].some((e) => /reckless|dangerous/.test(e.textContent ?? ""))).toBe(false);
    expect(document.body.textContent).toContain("<img src=x onerror=alert(2)>");
    expect(document.body.textContent).toContain("[a report](javascript:alert(3))");
  });
  it("JSON and CSV carry the text as data", async () => {
    expect(JSON.parse((await report(A, B, "json")).text).report.tool).toBe("wirediff");
    expect((await report(A, B, "csv")).text).toContain("<script>");
  });
});

// issue 22 item 6: headlines from front matter were never diffed
describe("headlines in every report (regression: titles never diffed)", () => {
  const body = "Rivers rose across the north on Sunday after three days of rain, officials said.\n\nThe army was called in to help.";
  const a = parseArticle({ id: "a", format: "txt", text: `Floods kill 12 in the north\n\n${body}` });
  const b = parseArticle({ id: "b", format: "md", text: `---\ntitle: Floods kill 14 in the north\n---\n\n${body}` });
  const c = compareArticles(a, b);
  const info = reportInfo([{ id: "a", sha256: "aa" }, { id: "b", sha256: "bb" }], FIXED);

  it("HTML and Markdown show the headlines first, A's headline paragraph once", async () => {
    const { document } = parseHTML(await renderReport(c, "html", info));
    const first = document.querySelector(".wd-only-landscape .wd-row")!;
    expect(first.getAttribute("id")).toBe("title");
    expect(first.querySelector("del")!.textContent).toBe("12");
    expect(document.querySelector(".wd-only-landscape #a0")).toBeNull();
    const md = await renderReport(c, "md", info);
    const rows = md.slice(md.indexOf("## Paragraphs"));
    expect(rows).toMatch(/^### Headline · A ¶0 → B metadata · reworded <a id="title"><\/a>\n\nFloods kill \[-12-\]\{\+14\+\} in the north$/m);
    expect(rows).not.toContain("Cut ¶0");
  });
  it("JSON carries the pair, CSV its edits as rows of link 'title'", async () => {
    expect(JSON.parse(await renderReport(c, "json", info)).title).toMatchObject({ a: "Floods kill 12 in the north", b: "Floods kill 14 in the north", aParagraph: 0, bParagraph: null });
    const csv = await renderReport(c, "csv", info);
    const rows = parseCsv(csv.slice(0, csv.lastIndexOf("\nmetric,value\n")), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.link === "title").map((r) => [r.kind, r.a_paragraphs, r.op, r.a_text, r.b_text])).toEqual([
      ["headline", "0", "equal", "Floods kill ", "Floods kill "], ["headline", "0", "replace", "12", "14"], ["headline", "0", "equal", " in the north", " in the north"],
    ]);
    expect(rows.some((r) => r.kind === "cut" && r.a_paragraphs === "0")).toBe(false);
  });
});

describe("report CLI", () => {
  it("writes a batch from a pairs file of all seed pairs, with an index", () => {
    const dir = mkdtempSync(join(tmpdir(), "wd-batch-"));
    const seeds = readdirSync("corpus").filter((f) => f.endsWith(".txt"));
    const lines = ["a,b"];
    for (let i = 0; i < seeds.length; i++) for (let j = i + 1; j < seeds.length; j++) lines.push(`${seeds[i]!.replace(".txt", "")},${seeds[j]!.replace(".txt", "")}`);
    writeFileSync(join(dir, "pairs.csv"), lines.join("\n") + "\n");
    execFileSync(process.execPath, ["bin/wirediff.mjs", "report", "--pairs", join(dir, "pairs.csv"), "--corpus", "corpus", "--out-dir", join(dir, "out"), "--format", "md"], { stdio: "pipe" });
    const out = readdirSync(join(dir, "out"));
    expect(out.filter((f) => f.endsWith(".md"))).toHaveLength(10);
    expect(readFileSync(join(dir, "out", "index.html"), "utf8")).toContain("000_7a2837495db10dad");
  });
  it("refuses a bad format with a message", () => {
    let err = "";
    try { execFileSync(process.execPath, ["bin/wirediff.mjs", "report", SEED_A, SEED_B, "--format", "pdf"], { stdio: "pipe" }); } catch (e) { err = String((e as { stderr: Buffer }).stderr); }
    expect(err).toContain("--format must be");
  });
});
