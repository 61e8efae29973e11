import { describe, expect, it } from "vitest";
import type { Edit } from "../../src/core/article.ts";
import { EditText } from "../../src/views/edit-text.tsx";
import { rowsWithTag, rowTagCounts, shownTags, tagCountsAttr } from "../../src/views/edit-tags.ts";
import type { ViewRow } from "../../src/views/rows.ts";

const num: Edit = { op: "replace", a: "65", b: "75", class: "substance", tags: ["number"] };
const quoteStyle: Edit = { op: "replace", a: "favor", b: "favour", class: "style", tags: ["spelling", "quote"] };
const cutHedge: Edit = { op: "delete", a: "reportedly ", b: "", class: "substance", tags: ["hedge"] };
const row = (anchor: string, edits: Edit[]): ViewRow => ({ anchor, label: anchor, a: [], b: [], edits, role: "body" });

describe("edit tags: which show, what a row holds", () => {
  it("labels only the substance tags, in the filter's order, never on equal text", () => {
    const e: Edit = { op: "replace", a: "x", b: "y", class: "substance", tags: ["quote", "name", "number"] };
    expect(shownTags(e)).toEqual(["number", "quote", "name"]);
    expect(shownTags(quoteStyle)).toEqual(["quote"]);
    expect(shownTags({ op: "equal", a: "x", b: "x" })).toEqual([]);
  });

  it("counts a row's tagged edits by class, and filters rows by tag", () => {
    const r = row("l0", [num, { op: "equal", a: " and ", b: " and " }, quoteStyle, num]);
    expect(rowTagCounts(r)).toEqual({ number: { style: 0, subst: 2 }, quote: { style: 1, subst: 0 } });
    expect(tagCountsAttr(rowTagCounts(r))).toBe("number:0:2 quote:1:0");
    const rows = [r, row("l1", [cutHedge]), { anchor: "a3", label: "Cut", a: [], b: [], role: "body" } as ViewRow];
    expect(rowsWithTag(rows, "hedge").map((x) => x.anchor)).toEqual(["l1"]);
    expect(rowsWithTag(rows, "date")).toEqual([]);
    expect(rowsWithTag(rows, null)).toBe(rows);
  });
});

describe("EditText: a tag label beside each tagged edit, on the side that shows it", () => {
  const edits: Edit[] = [{ op: "equal", a: "Spending of ", b: "Spending of " }, num, cutHedge];
  const html = (side: "a" | "b" | "both") => (<p><EditText edits={edits} side={side} /></p>).toString();

  it("puts the word after the edit as text (no hover needed), once per shown edit", () => {
    const attrs = 'class="wd-subst" data-tags="number" title="substance: number"';
    const label = '<span class="wd-tags"><span class="wd-tag wd-tag-number">number</span></span>';
    expect(html("both")).toContain(`<del ${attrs}>65</del><ins ${attrs}>75</ins>${label}`);
    expect(html("a").match(/class="wd-tag /g)).toHaveLength(2);
    // B's column shows no cut word, so no label for the cut hedge
    expect(html("b").match(/class="wd-tag /g)).toHaveLength(1);
    expect(html("b")).not.toContain("hedge</span>");
  });

  it("marks the label of a house-style edit (a spelling inside a quotation) so hiding style hides it too", () => {
    const out = (<EditText edits={[quoteStyle]} side="both" />).toString();
    expect(out).toContain('<span class="wd-tags wd-tags-style"><span class="wd-tag wd-tag-quote">quote</span></span>');
  });
});
