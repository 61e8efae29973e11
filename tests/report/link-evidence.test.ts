/** Issue 23: a researcher must see why two paragraphs were paired, in the JSON and the HTML report. */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { readArticleFile } from "../../src/corpus/store.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { comparisonToJson } from "../../src/core/diff/comparison-json.ts";
import { renderReport, reportInfo } from "../../src/report/write-report.ts";

const load = async (f: string) => (await readArticleFile(f))[0]!;

describe("link evidence", () => {
  it("every link of the compare JSON says which sentences, words, figures and names it rests on", async () => {
    const c = compareArticles(await load("corpus/000_7a2837495db10dad.txt"), await load("corpus/001_bd0859deabb9f25c.txt"));
    const json = comparisonToJson(c);
    expect(json.links.length).toBeGreaterThan(3);
    for (const l of json.links) {
      const ev = l.evidence!;
      expect(ev.sentences.length).toBeGreaterThan(0);
      for (const s of ev.sentences) {
        expect(l.a).toContain(s.a);
        expect(l.b).toContain(s.b);
        const at = c.a.paragraphs[s.a]!.text, bt = c.b.paragraphs[s.b]!.text;
        expect(s.aSpan[1]).toBeLessThanOrEqual(at.length);
        expect(s.bSpan[1]).toBeLessThanOrEqual(bt.length);
        expect(s.similarity).toBeGreaterThan(0);
      }
    }
    // the merged Karbala paragraphs share the shrine city's name and the strike's words
    const karbala = json.links.find((l) => l.evidence!.names.includes("karbala"));
    expect(karbala).toBeDefined();
  });

  it("the HTML report shows each link's evidence under its row, escaped", async () => {
    const a = await load("corpus/000_7a2837495db10dad.txt"), b = await load("corpus/001_bd0859deabb9f25c.txt");
    const c = compareArticles(a, b);
    const html = await renderReport(c, "html", reportInfo([{ id: a.id, sha256: "aa" }, { id: b.id, sha256: "bb" }], new Date(0)));
    const { document } = parseHTML(html);
    const notes = document.querySelectorAll(".wd-only-landscape .wd-row details.wd-evidence");
    expect(notes.length).toBe(c.links.length);
    expect(notes[0]!.textContent).toContain("Why linked");
    expect(notes[0]!.querySelectorAll("q").length).toBeGreaterThan(1);
  });
});
