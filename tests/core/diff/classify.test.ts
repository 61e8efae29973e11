import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atSentenceStart, classifyEdit, type EditContext } from "../../../src/core/diff/classify.ts";

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

describe("atSentenceStart", () => {
  const spec = (s: string, idx: number, before: string) => {
    const near = idx >= 8 ? s.slice(idx - 8, idx) : before.slice(-8) + s.slice(0, idx);
    const prev = near.replace(/[\s"'\u201c\u2018(]+$/u, "");
    return prev === "" || /[.!?:]$/.test(prev);
  };
  it("agrees with the regular-expression test on random text", () => {
    const ch = fc.constantFrom(..."aZ .!?:,;\"'\u201c\u2018(\u00a0\n\u2019", "\ud835\udc00", "\ud835");
    const str = fc.array(ch, { maxLength: 14 }).map((p) => p.join(""));
    // mostly openers, so the 8-char window's far end decides often
    const openers = fc.array(fc.constantFrom(" ", " ", "\"", "(", "\u201c", ".", "a"), { maxLength: 20 }).map((p) => p.join(""));
    fc.assert(fc.property(fc.oneof(str, openers), fc.oneof(str, openers), fc.nat(), fc.boolean(), (s, before, i, fromEnd) => {
      // fast-check favours small numbers: count from either end so both short and long windows come up
      const idx = fromEnd ? s.length - (i % (s.length + 1)) : i % (s.length + 1);
      expect(atSentenceStart(s, idx, before)).toBe(spec(s, idx, before));
    }), { numRuns: 5000, seed: 12 });
  });
});
