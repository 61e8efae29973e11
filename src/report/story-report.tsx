/** @module Story reports: the variant matrix and per-version figures as HTML, Markdown, JSON or CSV. */
import { html, raw } from "hono/html";
import { csvTable } from "./csv-table.ts";
import type { Story } from "../core/article.ts";
import { CELL_SYMBOL, type StoryMatrix } from "../core/story/story-matrix.ts";
import { StoryMatrixView } from "../views/story-matrix.tsx";
import { escapeMarkdown as esc } from "./markdown-escape.ts";
import type { ReportFormat, ReportInfo } from "./report-info.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function renderStoryReport(story: Story, m: StoryMatrix, format: ReportFormat, info: ReportInfo, css: string): Promise<string> {
  switch (format) {
    case "json":
      return JSON.stringify({ report: info, story, source: m.source.id, versions: m.versions, rows: m.rows }, null, 2) + "\n";
    case "csv": {
      const head = ["row", "source_paragraph", "text", ...m.versions.map((v) => v.id)];
      const rows = m.rows.map((r, k) => [k + 1, r.source ?? "", r.text, ...r.cells.map((c) => (c ? c.status : ""))]);
      const stats = [["version", "outlet", "verbatim", "styleOnly", "reworded", "cut", "newInB", "substantiveEdits", "alteredQuotes", "changedNumbers", "cutProfile"],
        ...m.versions.map((v) => [v.id, v.outlet ?? "", v.stats.verbatim, v.stats.styleOnly, v.stats.reworded, v.stats.cut, v.stats.newInB, v.stats.substantiveEdits, v.stats.alteredQuotes, v.stats.changedNumbers, v.cutProfile])];
      return csvTable([head, ...rows]) + "\n" + csvTable(stats);
    }
    case "md": {
      const out = [`# wirediff story: ${esc(m.source.title ?? m.source.id)}`, `Source: \`${m.source.id}\`. Generated ${info.generatedAt} by wirediff ${info.version}.`,
        "Cells: `=` kept verbatim, `~` style edits only, `≠` reworded, `✕` cut, `+` added by that version.", "## Versions",
        "| version | outlet | kept | style only | reworded | cut | new | altered quotes | changed numbers | cut profile |", "|---|---|---|---|---|---|---|---|---|---|",
        ...m.versions.map((v) => `| ${esc(v.id)} | ${esc(v.outlet ?? "–")} | ${pct(v.stats.verbatim)} | ${pct(v.stats.styleOnly)} | ${pct(v.stats.reworded)} | ${pct(v.stats.cut)} | ${pct(v.stats.newInB)} | ${v.stats.alteredQuotes} | ${v.stats.changedNumbers} | ${v.cutProfile} |`),
        "## Variant matrix", `| ¶ | ${m.versions.map((v) => esc(v.id)).join(" | ")} | text |`, `|---|${m.versions.map(() => "---|").join("")}---|`,
        ...m.rows.map((r) => `| ${r.source ?? "+"} | ${r.cells.map((c) => (c ? (c.status === "added" ? "+" : CELL_SYMBOL[c.status]) : "")).join(" | ")} | ${esc(r.text.length > 120 ? r.text.slice(0, 117) + "..." : r.text)} |`)];
      return out.join("\n\n").replace(/\n\n\|/g, "\n|") + "\n";
    }
    case "html": {
      const body = <body><main class="wd-page"><h1>Story: {m.source.title ?? m.source.id}</h1><p class="wd-where">Generated {info.generatedAt} by wirediff {info.version}.</p><StoryMatrixView matrix={m} linkBase={null} open /></main></body>;
      return (await html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>wirediff story ${m.source.id}</title><style>${raw(css)}</style></head>${body}</html>`).toString();
    }
  }
}
