import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/corpus/store.ts";
import { sharedPassages } from "../../../src/core/story/shared-passages.ts";

describe("sharedPassages", () => {
  it("names the paragraphs two related stories share (002/003: the quotation and the background sentence)", async () => {
    const c = await loadCorpus("corpus");
    const p = sharedPassages(c.byId.get("002_ca62aa66175010a1")!, c.byId.get("003_2e69bfaaa9c68124")!);
    expect(p.a).toEqual(expect.arrayContaining([6]));
    expect(p.b).toEqual(expect.arrayContaining([21]));
    expect(p.a.length).toBeLessThanOrEqual(4);
  });
  it("finds nothing between unrelated stories", async () => {
    const c = await loadCorpus("corpus");
    expect(sharedPassages(c.byId.get("003_2e69bfaaa9c68124")!, c.byId.get("004_05570ace6ea889dd")!)).toEqual({ a: [], b: [] });
  });
});
