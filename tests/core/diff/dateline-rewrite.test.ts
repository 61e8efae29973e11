/** Regression: an outlet rewriting an inline dateline ("PARIS (AFP) -" -> "PARIS:") was classified as a substantive name change. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { compareArticles } from "../../../src/core/compare.ts";

const art = (id: string, text: string) => parseArticle({ id, format: "txt", text });

describe("inline dateline rewrites are house style", () => {
  for (const [a, b] of [
    ["PARIS (AFP) - The minister resigned on Tuesday, officials said.", "PARIS: The minister resigned on Tuesday, officials said."],
    ["BAGHDAD, Dec 16 (Reuters) - Rockets hit the zone on Monday, officials said.", "BAGHDAD: Rockets hit the zone on Monday, officials said."],
    ["SUEZ, Egypt (AP) — A ship ran aground in the canal on Sunday.", "SUEZ, Egypt: A ship ran aground in the canal on Sunday."],
  ]) {
    it(`${a.slice(0, 28)}… -> ${b.slice(0, 14)}…`, () => {
      const c = compareArticles(art("a", `${a}\n\nMore text follows here.`), art("b", `${b}\n\nMore text follows here.`));
      const edits = c.links.flatMap((l) => l.edits).filter((e) => e.op !== "equal");
      expect(edits.length).toBeGreaterThan(0);
      for (const e of edits) expect(e).toMatchObject({ class: "style", tags: ["dateline"] });
    });
  }
  it("a changed word after the dateline is still substance", () => {
    const c = compareArticles(art("a", "PARIS (AFP) - The minister resigned on Tuesday."), art("b", "PARIS: The minister quit on Tuesday."));
    expect(c.links.flatMap((l) => l.edits).some((e) => e.op !== "equal" && e.class === "substance")).toBe(true);
  });
});
