/** The `compare` command's summary: its list of substantive edits agrees with its count. */
import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/core/compare.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { summarizeComparison } from "../../src/cli/commands/compare.ts";

const BODY = "Rivers rose across the north on Sunday after three days of rain, officials said.\n\nThe army was called in.";
const txt = (id: string, text: string) => parseArticle({ id, format: "txt", text });

describe("compare summary (regression: listed the headline's edit beside a count that leaves it out)", () => {
  it("lists as many substantive edits as it counts, the headline on a line of its own", () => {
    const c = compareArticles(txt("a", `Floods kill 12 in the north\n\n${BODY}`),
      txt("b", `Floods kill 14 in the north\n\n${BODY.replace("three", "four")}`));
    const out = summarizeComparison(c);
    const listed = out.split("\n").filter((l) => /^ {2}A¶/.test(l));
    expect(listed).toHaveLength(c.stats.substantiveEdits);
    expect(listed.join("\n")).not.toContain("12");
    expect(out).toContain('headline: "Floods kill 12 in the north" -> "Floods kill 14 in the north"');
  });
});
