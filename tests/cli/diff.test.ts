import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Article, Format } from "../../src/core/article.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { renderWordDiff } from "../../src/cli/commands/diff.ts";

const seed = (id: string): Article => parseArticle({ id, format: "txt", text: readFileSync(`corpus/${id}.txt`, "utf8") });
const parse = (id: string, text: string, format: Format = "txt"): Article => parseArticle({ id, format, text });
const plain = (a: Article, b: Article) => renderWordDiff(compareArticles(a, b), { color: false, substanceOnly: false });

describe("wirediff diff", () => {
  // issue 22 item 5: a row with only style edits was labelled "reworded" while the summary said reworded 0.0%
  it("labels a reworded row with only style edits 'style only' (regression: 'reworded')", () => {
    const out = plain(seed("000_7a2837495db10dad"), seed("001_bd0859deabb9f25c"));
    expect(out).toContain("A¶2 ~ B¶1 style only\n");
    expect(out).not.toMatch(/ reworded\n/);
    const subst = plain(parse("a", "Rivers rose on Sunday across the north of the region.\n\nMore rain is due."), parse("b", "Rivers fell on Sunday across the north of the region.\n\nMore rain is due."));
    expect(subst).toMatch(/A¶0 ~ B¶0 reworded\n/);
  });

  // issue 22 item 6: headlines from front matter were never diffed
  it("prints the headlines diffed first, A's headline paragraph once (regression: titles never diffed)", () => {
    const body = "Rivers rose across the north on Sunday after three days of rain, officials said.";
    const out = plain(parse("a", `Floods kill 12 in the north\n\n${body}`), parse("b", `---\ntitle: Floods kill 14 in the north\n---\n\n${body}`, "md"));
    expect(out.startsWith("headline: A¶0 ~ B (metadata) reworded\nFloods kill [-12-]{+14+}‹number› in the north\n\n")).toBe(true);
    expect(out).not.toContain("A¶0 (title) cut");
  });

  // issue 22 item 17: a `date YYYY-MM-DD` line alone showed as an empty "A¶0 (meta) cut"
  it("prints no row for a date line alone, whose date is metadata (regression: empty cut row)", () => {
    const body = "Rivers rose across the north on Sunday after three days of rain, officials said.";
    const a = parse("a", `date 2024-05-02\n\n${body}`);
    expect([a.date, a.paragraphs[0]!.text, a.paragraphs[0]!.role]).toEqual(["2024-05-02", "", "meta"]);
    const out = plain(a, parse("b", `date 2024-05-03\n\n${body}`));
    expect(out).toBe(`A¶1 ~ B¶1 same\n${body}`);
  });
});
