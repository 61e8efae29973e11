/** Issue 22 item 26: article text that starts like a formula is neutralised in every CSV the tool writes. */
import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { storyMatrix } from "../../src/core/story/story-matrix.ts";
import { renderCsvEdits, renderCsvStats } from "../../src/report/csv-report.ts";
import { renderStoryReport } from "../../src/report/story-report.tsx";
import { reportInfo } from "../../src/report/write-report.ts";

// story text (closed sentences), so that the story matrix carries them too
const HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\") was posted.", "+1+cmd|' /C calc'!A0 was posted.",
  "-2+3+cmd|' /C calc'!A0 was posted.", "@SUM(1+9)*cmd|' /C calc'!A0 was posted."];
const a = parseArticle({ id: "a", format: "txt", text: ["Storm hits the coast", "The storm hit the coast on Monday, officials said.", ...HOSTILE].join("\n\n") });
const b = parseArticle({ id: "b", format: "txt", text: ["Storm hits the coast", "The storm hit the coast on Tuesday, officials said.", "=1+1 is two, a reader wrote."].join("\n\n"), meta: { outlet: "=cmd|'/C calc'!A0" } });
const c = compareArticles(a, b);
const info = reportInfo([{ id: "a", sha256: "x" }, { id: "b", sha256: "y" }], new Date("2026-01-01T00:00:00Z"));
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function cells(csv: string): string[] {
  return (parseCsv(csv, { relax_column_count: true }) as string[][]).flat();
}

describe("CSV formula injection (regression: cells starting with = + - @ were written raw)", () => {
  it("edit rows: no cell starts a formula, and the text is kept after the apostrophe", () => {
    const all = cells(renderCsvEdits(c));
    expect(all.filter((x) => FORMULA.test(x))).toEqual([]);
    for (const h of HOSTILE) expect(all).toContain(`'${h}`);
    expect(all).toContain("'=1+1 is two, a reader wrote.");
  });
  it("the stats table and the story CSV too", async () => {
    expect(cells(renderCsvStats(c, info)).filter((x) => FORMULA.test(x))).toEqual([]);
    const story = await renderStoryReport({ id: "a", source: "a", versions: ["a", "b"] }, storyMatrix(a, [c]), "csv", info, "");
    const all = cells(story);
    expect(all.filter((x) => FORMULA.test(x))).toEqual([]);
    expect(all).toContain(`'${HOSTILE[0]}`);
    expect(all).toContain("'=cmd|'/C calc'!A0");
  });
});
