import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/core/compare.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { storyMatrix } from "../../src/core/story/story-matrix.ts";
import { readingNote, rowReadings } from "../../src/views/story-readings.ts";
import { StoryMatrixView } from "../../src/views/story-matrix.tsx";
import { article, comparison } from "./synthetic-comparison.ts";

describe("rowReadings: what every version made of one matrix row", () => {
  // source ¶0-3; v0 merges ¶1+2 into its ¶1, cuts ¶3 and adds its ¶2; v1 keeps all, links given out of order
  const src = article("S", 4);
  const v0 = comparison(src, article("V0", 3), [{ a: [0], b: [0] }, { a: [1, 2], b: [1], kind: "merged" }]);
  const v1 = comparison(src, article("V1", 4), [3, 2, 0, 1].map((i) => ({ a: [i], b: [i] })));
  const m = storyMatrix(src, [v0, v1]);
  const rowOf = (source: number | null) => m.rows.findIndex((r) => r.source === source);

  it("gives a merged link's reading on both its source rows, with the other paragraph of the link", () => {
    for (const i of [1, 2]) {
      const r = rowReadings(m, rowOf(i)).find((x) => x.version === 0)!;
      expect(r.kind).toBe("merged");
      expect(r.a.map((p) => p.index)).toEqual([1, 2]);
      expect(r.b.map((p) => p.index)).toEqual([1]);
      expect(readingNote(r)).toBe("merged: source ¶1+2 in its ¶1");
    }
  });

  it("shows a cut as the source paragraph, and finds each version's own link when links come out of order", () => {
    const rs = rowReadings(m, rowOf(3));
    expect(rs.map((r) => [r.version, r.kind, r.status])).toEqual([[0, "cut", "cut"], [1, "same", "verbatim"]]);
    expect(rs[0]!.a[0]!.text).toBe("S paragraph 3.");
    expect(rs[1]!.b.map((p) => p.index)).toEqual([3]);
    expect(rs[1]!.edits?.[0]).toMatchObject({ op: "equal", a: "S paragraph 3." });
  });

  it("gives an added row only the version that added it", () => {
    const rs = rowReadings(m, rowOf(null));
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ version: 0, kind: "added", status: "added" });
    expect(rs[0]!.b[0]!.text).toBe("V0 paragraph 2.");
  });
});

const NUMBER_EDIT = new RegExp(
  '<del class="wd-subst"[^>]*>65</del><ins class="wd-subst"[^>]*>75</ins>' +
  '<span class="wd-tags"><span class="wd-tag wd-tag-number">number</span>');

describe("StoryMatrixView: cells lead to readings with their word diff", () => {
  const text = "The plan costs 65 million dollars, officials said.\n\nCritics called it modest.";
  const src = parseArticle({ id: "s", format: "txt", text });
  const ver = parseArticle({ id: "v", format: "txt", text: "The plan costs 75 million dollars, officials said." });
  const m = storyMatrix(src, [compareArticles(src, ver)]);
  const html = (open: boolean) => (<StoryMatrixView matrix={m} linkBase="/compare" open={open} />).toString();

  it("links each cell to its version's reading, which shows the diff with the tag label and the pair's row", () => {
    const page = html(false);
    expect(page).toContain('href="#row-0-v0"');
    const reading = page.slice(page.indexOf('id="row-0-v0"'));
    expect(reading).toMatch(NUMBER_EDIT);
    expect(reading).toContain("/compare?a=s&amp;b=v#l0");
    expect(page).not.toMatch(/<details[^>]*open/);
  });

  it("shows a cut paragraph struck through, and expands every row when asked (the report)", () => {
    const page = html(true);
    expect(page.match(/<details id="row-\d+" class="wd-readings" open/g)).toHaveLength(2);
    const cut = '<del class="wd-subst wd-whole"><p class="wd-para">Critics called it modest.</p></del>';
    expect(page.slice(page.indexOf('id="row-1-v0"'))).toContain(cut);
  });
});
