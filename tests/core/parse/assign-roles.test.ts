/** One test per general rule, on text written for the test (not the seeds). */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";

const body = (s: string) => s; // readability
function roles(text: string) {
  const a = parseArticle({ id: "t", format: "txt", text });
  return { a, r: a.paragraphs.map((p) => p.role) };
}

describe("role rules", () => {
  it("takes a short unpunctuated first block as the title and keeps one-sentence body paragraphs as body", () => {
    const { a, r } = roles("Floods cut off mountain villages\n\nRain fell for a week.\n\nRoads were closed.\n\nNobody was hurt.");
    expect(a.title).toBe("Floods cut off mountain villages");
    expect(r).toEqual(["title", "body", "body", "body"]);
  });
  it("finds a standalone agency dateline and an inline one", () => {
    const x = roles("Ankara (AFP)\n\nThe minister resigned on Tuesday.");
    expect(x.r).toEqual(["meta", "body"]);
    expect([x.a.dateline, x.a.agency]).toEqual(["Ankara", "AFP"]);
    const y = roles("BAGHDAD, Dec 16 (Reuters) - Rockets hit the zone, officials said.\n\nMore followed.");
    expect([y.a.dateline, y.a.agency, y.r[0]]).toEqual(["BAGHDAD", "Reuters", "body"]);
    const z = roles("SUEZ, Egypt (AP) — A ship ran aground in the canal.\n\nTugs worked through the night.");
    expect([z.a.dateline, z.a.agency]).toEqual(["SUEZ, Egypt", "AP"]);
    const w = roles("NAIROBI: Talks resumed on Monday.\n\nBoth sides attended.");
    expect([w.a.dateline, w.a.agency]).toEqual(["NAIROBI", null]);
  });
  it("finds bylines, credits and timestamps", () => {
    const { a, r } = roles("By Maria Lopez\n\nThe vote was delayed.\n\n(With AP inputs)\n\nUpdated 10:45 GMT");
    expect(r).toEqual(["meta", "body", "meta", "meta"]);
    expect(a.byline).toBe("Maria Lopez");
    const b = roles("Jon Smith and Ann Lee, Associated Press\n\nThe vote was delayed.");
    expect([b.r[0], b.a.agency]).toEqual(["meta", "AP"]);
  });
  it("flags promos, prompts, comment counters and stray tokens", () => {
    const { r } = roles(["The vote was delayed.", "READ MORE: Parliament in turmoil after vote", "DON'T MISS", "Continue reading on: the app",
      "Sign up to our free daily newsletter", "Comments 12", "7 Comments", "X220", "The count resumes on Monday."].join("\n\n"));
    expect(r).toEqual(["body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "body"]);
  });
  it("flags photo captions and the label line above them", () => {
    const { r } = roles(["Crowds gathered in the square.", "Jane Doe", "Jane Doe speaks at a rally in the capital (Image: REUTERS)",
      "Picture: the flooded road via AP", "Rescue teams at work (Photo: John Roe)", "Camera Icon Smoke over the harbour", "Police closed the road."].join("\n\n"));
    expect(r).toEqual(["body", "caption", "caption", "caption", "caption", "caption", "body"]);
  });
  it("flags related-headline lists and subheadings", () => {
    const { r } = roles(["Officials met on Friday.", "- Regional tension -", "Talks will resume next week.",
      "Star Couple Announce Split After Ten Years -", "Singer Reveals New Album Title -", "Tech Giant Unveils Folding Phone"].join("\n\n"));
    expect(r).toEqual(["body", "heading", "body", "boilerplate", "boilerplate", "boilerplate"]);
  });
  it("flags a pull quote that repeats a later paragraph, and its attribution", () => {
    const { r } = roles(["The mayor spoke on Monday.", "We will rebuild every single house that the river destroyed", "Anna Berg",
      "She said: \u201cWe will rebuild, whatever it costs, every single house that the river destroyed.\u201d", "Work starts in May."].join("\n\n"));
    expect(r).toEqual(["body", "boilerplate", "boilerplate", "body", "body"]);
  });
  it("keeps a block that held only the date prefix, with empty text and role meta", () => {
    const a = parseArticle({ id: "t", format: "txt", text: "date 2021-04-05\n\nThe council met.\n\nIt voted." });
    expect(a.date).toBe("2021-04-05");
    expect(a.paragraphs[0]).toMatchObject({ index: 0, text: "", role: "meta" });
  });
  void body;
});
