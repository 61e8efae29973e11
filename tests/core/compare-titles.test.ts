import { describe, expect, it } from "vitest";
import type { Article, Format } from "../../src/core/article.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { comparisonToJson } from "../../src/core/diff/comparison-json.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { parseJsonl } from "../../src/core/parse/parse-jsonl.ts";

const parse = (id: string, text: string, format: Format = "txt"): Article => parseArticle({ id, format, text });
const md = (id: string, title: string, body: string) => parse(id, `---\ntitle: ${title}\noutlet: ${id}\n---\n\n${body}`, "md");
const BODY = "Rivers rose across the north on Sunday after three days of rain, officials said.\n\nThe army was called in to help.";

// issue 22 item 6: headlines from front matter or a JSON Lines title were never diffed
describe("compareArticles: headlines as a pair (regression: titles never diffed)", () => {
  it("diffs front-matter titles word by word, classified like a link's edits", () => {
    const c = compareArticles(md("a", "Floods kill 12 in the north", BODY), md("b", "Floods kill 14 in the North", BODY));
    expect(c.title).toBeDefined();
    const t = c.title!;
    expect([t.a, t.b, t.aParagraph, t.bParagraph]).toEqual(["Floods kill 12 in the north", "Floods kill 14 in the North", null, null]);
    expect(t.edits.map((e) => e.a).join("")).toBe(t.a);
    expect(t.edits.map((e) => e.b).join("")).toBe(t.b);
    const changes = t.edits.flatMap((e) => (e.op === "equal" ? [] : [[e.a, e.b, e.class, e.tags]]));
    expect(changes).toEqual([
      ["12", "14", "substance", ["number"]], ["north", "North", "style", ["case"]],
    ]);
    // the compare JSON carries it as an extra field
    expect(comparisonToJson(c).title).toEqual(t);
  });

  it("diffs JSON Lines titles", () => {
    const [a, b] = parseJsonl([
      JSON.stringify({ id: "a", title: "Storm hits coast", text: BODY }),
      JSON.stringify({ id: "b", title: "Storm batters coast", text: BODY }),
    ].join("\n"));
    const t = compareArticles(a!, b!).title!;
    expect(t.edits.filter((e) => e.op !== "equal").map((e) => [e.a, e.b])).toEqual([["hits", "batters"]]);
  });

  it("takes a headline shown as a paragraph from that paragraph, and says which", () => {
    const a = parse("a", `Floods kill 12 in the north\n\n${BODY}`);
    const b = md("b", "Floods kill 12 in north", BODY);
    expect(a.paragraphs[0]!.role).toBe("title");
    const t = compareArticles(a, b).title!;
    expect([t.a, t.aParagraph, t.bParagraph]).toEqual(["Floods kill 12 in the north", 0, null]);
  });

  it("has no pair unless both articles have a headline", () => {
    const c = compareArticles(parse("a", BODY), md("b", "Floods", BODY));
    expect(c.title).toBeUndefined();
    expect(Object.keys(comparisonToJson(c))).not.toContain("title");
  });
});

describe("compareArticles: the headline is not counted in stats (regression: counted when its paragraphs linked)", () => {
  it("gives the same edit counts whether the headlines are paragraphs the aligner links or metadata", () => {
    const asText = compareArticles(parse("a", `Floods kill 12 in the north\n\n${BODY}`), parse("b", `Floods kill 14 in the north\n\n${BODY}`));
    expect(asText.title!.aParagraph).not.toBeNull();
    const asMeta = compareArticles(md("a", "Floods kill 12 in the north", BODY), md("b", "Floods kill 14 in the north", BODY));
    for (const c of [asText, asMeta]) {
      expect([c.stats.substantiveEdits, c.stats.styleEdits, c.stats.changedNumbers]).toEqual([0, 0, 0]);
    }
  });
});
