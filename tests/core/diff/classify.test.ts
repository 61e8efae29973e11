import { describe, expect, it } from "vitest";
import { classifyEdit, type EditContext } from "../../../src/core/diff/classify.ts";

const ctx: EditContext = { inQuote: false, atParagraphStart: false, aBefore: "the ", bBefore: "the " };

const STYLE: Array<[string, string, string]> = [
  ["airstrikes", "air strikes", "compound"], ["air-strikes", "airstrikes", "compound"], ["self-defense", "self-defence", "spelling"],
  ["neighboring", "neighbouring", "spelling"], ["Iraq's", "Iraq\u00b4s", "quotemarks"], ["\u201cno\u201d", '"no"', "quotemarks"],
  ["\u00abno\u00bb", '"no"', "quotemarks"], [" -- ", ", ", "dash"], [" --", ",", "dash"], ["\u2014", " -- ", "dash"], [" \u2013 ", ", ", "dash"],
  ["\n\n", " ", "spacing"], ["1,000", "1000", "numberformat"], ["40 per cent", "40%", "numberformat"], ["percent", "per cent", "numberformat"],
  ["5 million", "5,000,000", "numberformat"], ["US", "U.S.", "punctuation"], ["Wednesday", "wednesday", "case"], ["said,", "said", "punctuation"],
];

const SUBSTANCE: Array<[string, string, string[], Partial<EditContext>?]> = [
  ["seven", "six", ["number"]], ["40", "60", ["number"]], ["$3bn", "$4bn", ["number"]], ["Sunday", "yesterday", ["date"]],
  ["13", "14", ["number", "date"], { aBefore: "on March " }], ["said", "claimed", ["attribution"]], ["told", "warned", ["attribution"]],
  ["", "reportedly ", ["hedge"]], ["may ", "", ["hedge"]], ["Pompeo", "Trump", ["name"], { aBefore: "Secretary " }],
  ["necessary", "needed", ["quote"], { inQuote: true }], ["The conflict escalated. ", "", []],
  // words that are keys of Object.prototype are not number words
  ["the constructor said 5", "the builder said 5", []],
];

describe("classifyEdit", () => {
  it.each(STYLE)("%j -> %j is style (%s)", (a, b, tag) => {
    const op = a === "" ? "insert" : b === "" ? "delete" : "replace";
    const c = classifyEdit(op, a, b, ctx);
    expect(c.class).toBe("style");
    expect(c.tags).toContain(tag);
  });
  it.each(SUBSTANCE)("%j -> %j is substance %j", (a, b, tags, extra) => {
    const op = a === "" ? "insert" : b === "" ? "delete" : "replace";
    const c = classifyEdit(op, a, b, { ...ctx, ...extra });
    expect(c.class).toBe("substance");
    expect([...c.tags].sort()).toEqual([...tags].sort());
  });
  it("recognises a dateline at a paragraph start", () => {
    expect(classifyEdit("replace", "Washington (AFP)\n\n", "WASHINGTON: ", { ...ctx, atParagraphStart: true })).toEqual({ class: "style", tags: ["dateline"] });
  });
  it("recognises a bare dateline added or cut at a paragraph start, not elsewhere", () => {
    const start = { ...ctx, atParagraphStart: true };
    expect(classifyEdit("insert", "", "WASHINGTON: ", start)).toEqual({ class: "style", tags: ["dateline"] });
    expect(classifyEdit("delete", "Paris (AFP) - ", "", start)).toEqual({ class: "style", tags: ["dateline"] });
    expect(classifyEdit("insert", "", "He said: ", start).class).toBe("substance");
    expect(classifyEdit("insert", "", "WASHINGTON: ", ctx).class).toBe("substance");
  });
  it("recognises agency credits added or cut", () => {
    expect(classifyEdit("insert", "", " (With AP inputs)", ctx)).toEqual({ class: "style", tags: ["credit"] });
    expect(classifyEdit("delete", "(Reuters)", "", ctx)).toEqual({ class: "style", tags: ["credit"] });
  });
  it("keeps a spelling variant inside a quotation style", () => {
    expect(classifyEdit("replace", "defense", "defence", { ...ctx, inQuote: true }).class).toBe("style");
  });
});
