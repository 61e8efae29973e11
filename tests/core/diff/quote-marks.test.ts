/** Issue 22 item 4: a switch of quotation marks is house style, apart from any changed word beside it. */
import { describe, expect, it } from "vitest";
import type { Edit } from "../../../src/core/article.ts";
import { compareArticles } from "../../../src/core/compare.ts";
import { articleFromText } from "./seed-articles.ts";

const REST = "\n\nA second paragraph, the same in both versions, keeps the link in place.";
function compare(a: string, b: string) {
  const c = compareArticles(articleFromText("a", a + REST), articleFromText("b", b + REST));
  const changes = c.links.flatMap((l) => l.edits).filter((e): e is Extract<Edit, { class: string }> => e.op !== "equal");
  return { c, changes: changes.map((e) => [e.a, e.b, e.class, e.tags.join(",")]) };
}
const A = 'The mayor said "we have never seen the water rise this fast," adding that help was on the way.';

describe("quotation marks (regression: “…” to ‘…’ was substance, and a changed word swallowed the mark)", () => {
  it("double to single marks: two style edits (quotemarks), no substance; the quotation's fate is style", () => {
    const { c, changes } = compare(A, "The mayor said ‘we have never seen the water rise this fast,’ adding that help was on the way.");
    expect(changes).toEqual([['"', "‘", "style", "quotemarks"], ['"', "’", "style", "quotemarks"]]);
    expect([c.stats.styleEdits, c.stats.substantiveEdits, c.stats.alteredQuotes]).toEqual([2, 0, 0]);
    expect(c.quotes.map((q) => q.status)).toEqual(["style"]);
  });
  it("a changed word beside a switched mark: the word alone is substance with quote, the marks are style", () => {
    const { c, changes } = compare(A, "The mayor said ‘we have never seen the water rise so fast,’ adding that help was on the way.");
    expect(changes).toEqual([['"', "‘", "style", "quotemarks"], ["this", "so", "substance", "quote"], ['"', "’", "style", "quotemarks"]]);
    expect([c.stats.styleEdits, c.stats.substantiveEdits, c.stats.alteredQuotes]).toEqual([2, 1, 1]);
    const q = c.quotes[0]!;
    expect([q.status, q.bText]).toEqual(["altered", "we have never seen the water rise so fast,"]);
    // the panel and the edit classes agree: the quotation's substantive edits are the link's
    expect(q.edits!.filter((e) => e.op !== "equal" && e.class === "substance").map((e) => [e.a, e.b])).toEqual([["this", "so"]]);
  });
  it("the same with curly double marks, a word right against the mark, and guillemets", () => {
    expect(compare(A, "The mayor said “we have never seen the water rise so fast,” adding that help was on the way.").changes)
      .toEqual([['"', "“", "style", "quotemarks"], ["this", "so", "substance", "quote"], ['"', "”", "style", "quotemarks"]]);
    expect(compare('He said "it was fast" and left.', "He said ‘it was quick’ and left.").changes)
      .toEqual([['"', "‘", "style", "quotemarks"], ["fast", "quick", "substance", "quote"], ['"', "’", "style", "quotemarks"]]);
    expect(compare('He said "it was fast" and left.', "He said «it was fast» and left.").changes)
      .toEqual([['"', "«", "style", "quotemarks"], ['"', "»", "style", "quotemarks"]]);
  });
  it("an apostrophe stays an apostrophe: Iraq's / Iraq’s is style, its / it's is not", () => {
    expect(compare("Iraq's leaders met on Monday.", "Iraq’s leaders met on Monday.").changes.map((x) => x[2])).toEqual(["style"]);
    expect(compare("The party lost its seat on Monday.", "The party lost it's seat on Monday.").changes.map((x) => x[2])).toEqual(["substance"]);
  });
});
