import { describe, expect, it } from "vitest";
import type { Article } from "../../src/core/article.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { comparisonToJson } from "../../src/core/diff/comparison-json.ts";
import { internedTexts, internerGeneration, internerReset, internRange } from "../../src/core/text/intern.ts";

function article(id: string, texts: string[]): Article {
  return { id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [],
    paragraphs: texts.map((text, index) => ({ index, text, role: "body" as const })) };
}

// the first link's side has white space at its end, so it is scanned, not copied from the token store
const a = article("a", ["The minister said on Monday the talks would resume.  ", "Officials confirmed 40 people were hurt in the blast.", "\u201cWe will not give up,\u201d she told reporters."]);
const b = article("b", ["The minister said on Tuesday the talks would resume.", "Officials confirmed 60 people were hurt in the blast.", "\u201cWe shall not give up,\u201d she told reporters."]);

describe("the token interner near its limit", () => {
  it("is not reset in the middle of a comparison (ids from the token store stay valid)", () => {
    internerReset(0);
    const fresh = JSON.stringify(comparisonToJson(compareArticles(a, b)));
    // fill the interner to just under its limit, so the comparison's own tokens push it over
    internerReset(0);
    for (let i = 0; internedTexts() < 499_990; i++) { const w = `x${i}`; internRange(w, 0, w.length); }
    const generation = internerGeneration();
    const near = JSON.stringify(comparisonToJson(compareArticles(a, b)));
    expect(internerGeneration()).toBe(generation); // no reset while ids are in use
    expect(near).toBe(fresh);
    // the next comparison starts with the reset
    compareArticles(a, b);
    expect(internerGeneration()).toBe(generation + 1);
  });
});
