import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyEdit, type EditContext } from "../../../src/core/diff/classify.ts";
import { DATE_WORDS, HEDGES, REPORTING_VERBS } from "../../../src/core/diff/rules.ts";
import { TokenList } from "../../../src/core/text/tokenize.ts";

// words that exercise every cheap test, each with forms an outlet might write instead: spelling
// variants, compounds, number formats, abbreviations, apostrophes, non-ASCII letters and digits
const FORMS = [
  ["defence", "defense"], ["colour", "color", "Colour"], ["airstrikes", "air strikes", "air-strikes"], ["1,000", "1000", "one thousand"],
  ["40 per cent", "40 percent", "40%"], ["5 million", "5,000,000", "5m"], ["US", "U.S.", "us"], ["Iraq's", "Iraq\u2019s", "Iraq"],
  ["troops'", "troops"], ["don\u02bct", "don't", "dont", "5\u02bc"], ["caf\u00e9", "cafe", "CAF\u00c9"], ["\u0399\u03a3", "\u03b9\u03c3"], ["5\u00b2", "5 \u00b2", "5\u0663"],
  ["said", "claimed", "Said"], ["seven", "7", "six"], ["one", "someone", "one_", "_one"], ["G20s", "G20", "3D"], ["e.g.", "eg"],
  ["Sunday", "yesterday", "Sunday's", "yesterday--"], ["may", "might", "reportedly", "May"], ["Trump", "Pompeo", "Trump--Pompeo", "Trump'"], ["constructor", "builder"], ["--", "\u2014", ","],
];
const SEPS = [" ", " ", " ", ", ", ". ", "\n\n", " \u201c", "\u201d ", "-", "", "'", " ("];
/** A phrase of A and B's version of it: each word kept, written in another form, swapped, dropped or joined by one. */
const pair = fc.array(
  fc.tuple(fc.nat(FORMS.length - 1), fc.nat(3), fc.constantFrom(...SEPS), fc.constantFrom("keep", "keep", "keep", "form", "form", "other", "drop", "add"), fc.nat(FORMS.length - 1)),
  { maxLength: 8 },
).map((ws) => {
  let a = "", b = "";
  for (const [f, k, sep, what, g] of ws) {
    const forms = FORMS[f]!, word = forms[0]!, other = FORMS[g]![k % FORMS[g]!.length]!;
    a += word + sep;
    if (what === "keep") b += word + sep;
    else if (what === "form") b += forms[1 + (k % (forms.length - 1))]! + sep;
    else if (what === "other") b += other + sep;
    else if (what === "add") b += word + sep + other + sep;
  }
  return [a, b] as const;
});

describe("classification from token facts", () => {
  it("gives the same answer as the string tests on any edit", () => {
    const la = new TokenList(), lb = new TokenList();
    fc.assert(fc.property(pair, fc.boolean(), ([a, b], inQuote) => {
      fc.pre(a !== b);
      const op = a === "" ? "insert" : b === "" ? "delete" : "replace";
      const ctx: EditContext = { inQuote, atParagraphStart: false, aBefore: "the ", bBefore: "the " };
      la.fill(a); lb.fill(b);
      const withTokens = classifyEdit(op, a, b, { ...ctx, tokens: { a: la, a0: 0, a1: la.length, b: lb, b0: 0, b1: lb.length } });
      expect(withTokens).toEqual(classifyEdit(op, a, b, ctx));
    }), { numRuns: Number(process.env.WD_RUNS ?? 3000) });
  });
});

describe("tag word lists", () => {
  it("hold plain letters only (a letter word that runs on through an apostrophe or hyphen is never a tag word)", () => {
    for (const w of [...DATE_WORDS, ...HEDGES, ...REPORTING_VERBS]) expect(w).toMatch(/^\p{Ll}+$/u);
  });
});
