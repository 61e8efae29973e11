import { describe, expect, it } from "vitest";
import { runWirediff as run } from "./run-wirediff.ts";

const FIXTURE = "tests/fixtures/timeline/corpus.jsonl";

describe("wirediff timeline", () => {
  it("prints the revisions and one line per paragraph, a figure's changes as one chain", () => {
    const r = run(["timeline", "gazette-fire-2", "--corpus", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 versions of Chemical plant fire: death toll rises to 98/);
    expect(r.out).toContain("65 -> 75 -> 98");
    expect(r.out).toContain("1 ¶ cut, 3 ¶ reworded, 1 number changed, 1 quotation altered");
  });
  it("--json gives the timeline object; an unknown id fails with a message", () => {
    const t = JSON.parse(run(["timeline", "herald-fire-b", "--corpus", FIXTURE, "--json"]).out);
    expect(t.versions.map((v: { id: string }) => v.id)).toEqual(["herald-fire-a", "herald-fire-b"]);
    expect(t.rows[0].chains[0].values).toEqual(["65", "98"]);
    const bad = run(["timeline", "nope", "--corpus", FIXTURE]);
    expect([bad.code, bad.err]).toEqual([1, 'wirediff: no article "nope"\n']);
  });
});

describe("wirediff timeline --format", () => {
  it("writes the timeline as a report in each of the four formats", async () => {
    const { parseHTML } = await import("linkedom");
    const { marked } = await import("marked");
    const { parse } = await import("csv-parse/sync");
    const fmt = (f: string) => run(["timeline", "gazette-fire-1", "--corpus", FIXTURE, "--format", f]);
    const htmlOut = fmt("html");
    expect(htmlOut.code).toBe(0);
    const d = parseHTML(htmlOut.out).document;
    expect(d.querySelectorAll("script").length).toBe(0);
    expect(d.querySelectorAll("[href]").length).toBe(0); // no link into an app that is not there
    expect([...d.querySelectorAll(".wd-chain")].map((c) => c.textContent)).toContain("65 → 75 → 98");
    const md = marked.parse(fmt("md").out, { async: false });
    const mdDoc = parseHTML(`<div>${md}</div>`).document;
    expect(mdDoc.querySelectorAll("table").length).toBe(2);
    expect(mdDoc.querySelectorAll("del, s").length).toBe(0); // the ~ marks stay text
    const json = JSON.parse(fmt("json").out);
    expect(json.report.tool).toBe("wirediff");
    expect(json.rows[0].chains[0].values).toEqual(["65", "75", "98"]);
    const [rows, steps] = fmt("csv").out.split("\n\n");
    const table = parse(rows!, { columns: true }) as Record<string, string>[];
    expect(table[0]).toMatchObject({ row: "headline", "gazette-fire-2": "reworded" });
    expect(table[1]).toMatchObject({
      "gazette-fire-3": "reworded",
      chains: "65 -> 75 -> 98",
    });
    expect((parse(steps!, { columns: true }) as Record<string, string>[])[2]).toMatchObject({
      id: "gazette-fire-3",
      paragraphs_cut: "1",
    });
    expect(fmt("pdf").code).toBe(2);
  });
});
