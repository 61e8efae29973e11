import { describe, expect, it } from "vitest";
import { sentenceSpans } from "../../../src/core/align/sentence-spans.ts";

const split = (t: string) => sentenceSpans(t).map(([s, e]) => t.slice(s, e));

describe("sentenceSpans", () => {
  it("ends sentences at . ! ? before a capital, a figure or an opening quote", () => {
    expect(split("He was 52. Warne died in Thailand! Was it a heart attack? \"Yes,\" they said. 708 wickets.")).toEqual([
      "He was 52.", "Warne died in Thailand!", "Was it a heart attack?", "\"Yes,\" they said.", "708 wickets.",
    ]);
  });

  it("keeps abbreviations, initials and dotted names inside the sentence", () => {
    expect(split("U.S. District Judge Paul A. Engelmayer ruled. Mr. Musk said Gen. Smith left at 10 a.m. Tuesday.")).toEqual([
      "U.S. District Judge Paul A. Engelmayer ruled.", "Mr. Musk said Gen. Smith left at 10 a.m. Tuesday.",
    ]);
  });

  it("counts closing quotes with the sentence they close, and trims the spans", () => {
    const t = "  “It is a scene of devastation.” He said the toll was 65.  ";
    expect(split(t)).toEqual(["“It is a scene of devastation.”", "He said the toll was 65."]);
  });

  it("a text without a boundary is one sentence; an empty text has none", () => {
    expect(split("no capital after this. then more")).toEqual(["no capital after this. then more"]);
    expect(sentenceSpans("   ")).toEqual([]);
  });
});
