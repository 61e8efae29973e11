/**
 * @module `wirediff timeline ID --corpus DIR [--json | --format html|md|json|csv [--out FILE]]`: one article's
 * revisions, each against the one before, paragraph by paragraph.
 */
import { writeFile } from "node:fs/promises";
import type { CAC } from "cac";
import pc from "../colors.ts";
import { compareArticles } from "../../core/compare.ts";
import type { HistoryRow, Timeline } from "../../core/timeline/timeline-types.ts";
import { openCorpus } from "../../corpus/bulk.ts";
import { corpusStories } from "../../corpus/story-index.ts";
import { corpusRevisions, timelineOf } from "../../corpus/timelines.ts";
import { isReportFormat } from "../../report/report-info.ts";
import { MARKS_LEGEND, latestText, rowMarks, stepChanges } from "../../report/timeline-text.ts";
import { renderTimelineReport } from "../../report/timeline-report.tsx";
import { inputHash, reportCss, reportInfo } from "../../report/write-report.ts";
import { CliError } from "../errors.ts";

/** The timeline as a person reads it: the versions with what each changed, then one line per paragraph. */
export function renderTimelineText(t: Timeline): string {
  const latest = t.versions[t.versions.length - 1]!;
  const lines = [`${t.versions.length} versions of ${pc.bold(latest.title ?? t.id)}, oldest first`];
  t.versions.forEach((v, k) => {
    lines.push(`  v${k + 1}  ${v.id}  ${pc.dim([v.outlet, v.date].filter(Boolean).join(" · "))}`);
    const s = t.steps[k - 1];
    const title = s?.title ? `; title: ${JSON.stringify(s.title.from)} -> ${JSON.stringify(s.title.to)}` : "";
    lines.push(`      ${s ? (stepChanges(s).join(", ") || "no change in the body") + title : "first version"}`);
  });
  const line = (r: HistoryRow) => {
    const chains = r.chains.map((ch) => pc.yellow(ch.values.join(" -> "))).join("  ");
    return `  ${rowMarks(r)}  ${latestText(r).slice(0, 70)}${chains ? `  ${chains}` : ""}`;
  };
  lines.push("", `marks: ${MARKS_LEGEND}`);
  if (t.headline) lines.push("headline:", line(t.headline));
  lines.push("paragraphs:", ...t.rows.map(line));
  return lines.join("\n");
}

export function registerTimeline(cli: CAC): void {
  cli
    .command(
      "timeline <id>",
      "Follow one article's revisions (same URL, or same outlet within one story) in time order",
    )
    .option("--corpus <path>", "Corpus folder, or a .jsonl/.csv export", { default: "corpus" })
    .option("--json", "Print the timeline: versions, each revision's changes, and each paragraph's history")
    .option("--format <fmt>", "Write a report instead: html | md | json | csv")
    .option("--out <file>", "With --format: write to FILE instead of standard output")
    .example("wirediff timeline gazette-fire-1 --corpus tests/fixtures/timeline/corpus.jsonl")
    .example(
      "wirediff timeline gazette-fire-1 --corpus tests/fixtures/timeline/corpus.jsonl --format html --out t.html",
    )
    .action(async (id: string, opts: { corpus: string; json?: boolean; format?: string; out?: string }) => {
      if (opts.format != null && !isReportFormat(opts.format))
        throw new CliError("--format must be html, md, json or csv", 2);
      if (opts.format != null && opts.json) throw new CliError("choose one of --json and --format", 2);
      const corpus = await openCorpus(opts.corpus);
      const t = timelineOf(id, corpus, corpusRevisions(corpus, corpusStories(corpus)), compareArticles);
      if (opts.format == null) {
        process.stdout.write((opts.json ? JSON.stringify(t, null, 2) : renderTimelineText(t)) + "\n");
        return;
      }
      const inputs = await Promise.all(
        t.versions.map(async (v) => ({ id: v.id, sha256: await inputHash({ dir: corpus.dir, id: v.id }) })),
      );
      const text = await renderTimelineReport(t, opts.format, reportInfo(inputs), await reportCss());
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
}
