/** @module A revision timeline as a report that stands on its own: HTML, Markdown, JSON or CSV. */
import { html, raw } from "hono/html";
import { stringify } from "csv-stringify/sync";
import type { Timeline } from "../core/timeline/timeline-types.ts";
import { TimelineView } from "../views/timeline-view.tsx";
import { neutralizeCsvCell } from "./csv-table.ts";
import { escapeMarkdown as esc } from "./markdown-escape.ts";
import type { ReportFormat, ReportInfo } from "./report-info.ts";
import { MARKS_LEGEND, latestText, rowMarks, stepChanges, versionLabel } from "./timeline-text.ts";

const csv = (rows: (string | number | null)[][]) =>
  stringify(rows.map((r) => r.map((v) => neutralizeCsvCell(v ?? ""))));
const short = (s: string) => (s.length > 120 ? s.slice(0, 117) + "..." : s);

/** `css` is the text of public/wirediff.css, read by the caller. */
export async function renderTimelineReport(
  t: Timeline,
  format: ReportFormat,
  info: ReportInfo,
  css: string,
): Promise<string> {
  const latest = t.versions[t.versions.length - 1]!;
  const title = `wirediff timeline: ${latest.title ?? latest.id}`;
  switch (format) {
    case "json":
      return JSON.stringify({ report: info, ...t }, null, 2) + "\n";
    case "csv": {
      // the paragraph histories, a blank line, then the revisions
      const all = t.headline ? [t.headline, ...t.rows] : t.rows;
      const rows = all.map((r, k) => [
        r === t.headline ? "headline" : t.headline ? k : k + 1,
        ...r.cells.map((c) => c?.status ?? ""),
        r.chains.map((ch) => ch.values.join(" -> ")).join("; "),
        latestText(r),
      ]);
      const steps = t.versions.map((v, k) => {
        const s = t.steps[k - 1];
        return [
          k + 1,
          v.id,
          v.date,
          v.title,
          s?.paragraphsAdded ?? null,
          s?.paragraphsCut ?? null,
          s?.paragraphsReworded ?? null,
          s?.paragraphsStyled ?? null,
          s?.changedNumbers ?? null,
          s?.alteredQuotes ?? null,
        ];
      });
      return (
        csv([["row", ...t.versions.map((v) => v.id), "chains", "text"], ...rows]) +
        "\n" +
        csv([
          [
            "version",
            "id",
            "date",
            "title",
            "paragraphs_added",
            "paragraphs_cut",
            "paragraphs_reworded",
            "paragraphs_style_only",
            "changed_numbers",
            "altered_quotes",
          ],
          ...steps,
        ])
      );
    }
    case "md": {
      const out = [
        `# ${esc(title)}`,
        `${t.versions.length} versions, oldest first. Generated ${info.generatedAt} by wirediff ${info.version}.`,
        "## Revisions",
        "| version | article | title | what changed since the one before |",
        "|---|---|---|---|",
        ...t.versions.map((v, k) => {
          const s = t.steps[k - 1];
          const changed = !s
            ? "first version"
            : (stepChanges(s).join(", ") || "no change in the body") +
              (s.title ? `; title was ${esc(s.title.from ?? "(none)")}` : "");
          return `| ${versionLabel(v, k)} | \`${v.id}\` | ${esc(v.title ?? "")} | ${changed} |`;
        }),
        "## Paragraph by paragraph",
        "| marks | chains | text |",
        "|---|---|---|",
        ...(t.headline ? [t.headline, ...t.rows] : t.rows).map((r) => {
          const chains = r.chains.map((ch) => ch.values.join(" → ")).join("; ");
          const text = (r === t.headline ? "(headline) " : "") + short(latestText(r));
          return `| ${esc(rowMarks(r))} | ${esc(chains)} | ${esc(text)} |`;
        }),
        `Marks, one per version: ${esc(MARKS_LEGEND)}.`,
      ];
      return out.join("\n\n").replace(/\n\n\|/g, "\n|") + "\n";
    }
    case "html": {
      const body = (
        <body>
          <main class="wd-page wd-wide">
            <h1>{title}</h1>
            <p class="wd-where">
              {t.versions.length} versions, oldest first. Generated {info.generatedAt} by wirediff {info.version}.
            </p>
            <TimelineView t={t} links={false} />
          </main>
        </body>
      );
      // the stylesheet is our own file, never article text: the only raw() input
      const doc = html`<!DOCTYPE html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>${title}</title>
            <style>
              ${raw(css.replace(/<\/style/gi, "<\\/style"))}
            </style></head
          >${body}
        </html>`;
      return (await doc).toString();
    }
  }
}
