/** Issue 22 items 10 and 27: Markdown lists, dates kept as written, and dates that are no calendar day. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { parseJsonl } from "../../../src/core/parse/parse-jsonl.ts";
import { readDate } from "../../../src/core/parse/read-date.ts";
import { metaFrom } from "../../../src/server/routes/api.ts";

const md = (front: string, body: string) => parseArticle({ id: "m", format: "md", text: `---\n${front}\n---\n\n${body}` });

describe("Markdown lists (regression: one paragraph with its - markers)", () => {
  it("each item is a block, without its marker; nested items follow their parent", () => {
    const a = md("title: Storm", "The storm hit the coast, officials said.\n\n- Power was cut\n- Schools closed\n  1. North\n  2. South\n- [x] Roads reopened\n\nIt moved on.");
    expect(a.paragraphs.map((p) => [p.text, p.role])).toEqual([
      ["The storm hit the coast, officials said.", "body"],
      ["Power was cut", "body"], ["Schools closed", "body"], ["North", "body"], ["South", "body"], ["Roads reopened", "body"],
      ["It moved on.", "body"],
    ]);
  });
});

describe("dates as written (regression: 2024-05-02T23:30:00-05:00 became 2024-05-03)", () => {
  it("front matter keeps the day written, whatever its time and zone", () => {
    expect(md("date: 2024-05-02T23:30:00-05:00", "Text.").date).toBe("2024-05-02");
    expect(md("date: 2024-05-02T01:30:00+09:00", "Text.").date).toBe("2024-05-02");
    expect(md("date: 2024-05-02", "Text.").date).toBe("2024-05-02");
  });
  it("other written forms keep the day in the zone they name", () => {
    expect(readDate("Thu, 02 May 2024 23:30:00 -0500").date).toBe("2024-05-02");
    expect(readDate("Thu, 02 May 2024 23:30:00 GMT").date).toBe("2024-05-02");
    expect(readDate("May 2, 2024").date).toBe("2024-05-02");
  });
});

describe("dates that are no calendar day (regression: 2024-13-45 accepted)", () => {
  it("readDate says why", () => {
    for (const bad of ["2024-13-45", "2023-02-29", "2024-04-31", "2024-00-10"]) {
      expect(readDate(bad)).toEqual({ date: null, problem: `"${bad}" is not a calendar date` });
    }
    expect(readDate("2024-02-29").date).toBe("2024-02-29");
    expect(readDate("soon").problem).toBe('"soon" is not a date');
  });
  it("front matter, a sidecar (outside metadata) and a JSON Lines row: no date, and a warning", () => {
    const a = md("date: 2024-13-45", "Text.");
    expect(a.date).toBeNull();
    expect(a.warnings).toEqual(['date "2024-13-45" is not a calendar date: ignored']);
    const s = parseArticle({ id: "s", format: "txt", text: "Text.", meta: { date: "2024-02-30" } });
    expect([s.date, s.warnings]).toEqual([null, ['date "2024-02-30" is not a calendar date: ignored']]);
    const [j] = parseJsonl('{"id":"j","text":"Text.","date":"2024-13-45"}\n');
    expect([j!.date, j!.warnings]).toEqual([null, ['date "2024-13-45" is not a calendar date: ignored']]);
  });
  it("a bad sidecar date falls back to the date the text gives", () => {
    const s = parseArticle({ id: "s", format: "md", text: "---\ndate: 2024-05-02\n---\n\nText.", meta: { date: "2024-13-45" } });
    expect(s.date).toBe("2024-05-02");
  });
  it("a date line in the text that is no calendar day stays text, with a warning", () => {
    const a = parseArticle({ id: "t", format: "txt", text: "date 2024-13-45 The storm hit the coast.\n\nMore text." });
    expect(a.date).toBeNull();
    expect(a.paragraphs[0]!.text).toBe("date 2024-13-45 The storm hit the coast.");
    expect(a.warnings).toEqual(['block 0: "date 2024-13-45" is not a calendar date (YYYY-MM-DD); kept as text']);
  });
  it("the import form refuses it", () => {
    expect(() => metaFrom((k) => (k === "date" ? "2024-13-45" : undefined))).toThrow(/calendar date/);
    expect(metaFrom((k) => (k === "date" ? "2024-02-29" : undefined)).date).toBe("2024-02-29");
  });
});
