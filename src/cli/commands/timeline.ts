/**
 * @module `wirediff timeline ID --corpus DIR [--json]`: one article's revisions, each against the one before,
 * paragraph by paragraph.
 */
import type { CAC } from "cac";
import pc from "picocolors";
import { compareArticles } from "../../core/compare.ts";
import type { CellStatus, RevisionStep, Timeline } from "../../core/timeline/timeline-types.ts";
import { openCorpus } from "../../corpus/bulk.ts";
import { corpusStories } from "../../corpus/story-index.ts";
import { corpusRevisions, timelineOf } from "../../corpus/timelines.ts";

const MARK: Record<CellStatus, string> = {
  first: "●",
  same: "=",
  style: "~",
  reworded: "≠",
  added: "+",
  cut: "✕",
  merged: "⤷",
};

function stepLine(s: RevisionStep): string {
  const parts = [
    s.paragraphsAdded && `${s.paragraphsAdded} ¶ added`,
    s.paragraphsCut && `${s.paragraphsCut} ¶ cut`,
    s.paragraphsReworded && `${s.paragraphsReworded} ¶ reworded`,
    s.paragraphsStyled && `${s.paragraphsStyled} ¶ style only`,
    s.changedNumbers && `${s.changedNumbers} numbers changed`,
    s.alteredQuotes && `${s.alteredQuotes} quotations altered`,
  ].filter(Boolean);
  return (
    (parts.join(", ") || "no change in the body") +
    (s.title ? `; title: ${JSON.stringify(s.title.from)} -> ${JSON.stringify(s.title.to)}` : "")
  );
}

/** The timeline as a person reads it: the versions with what each changed, then one line per paragraph. */
export function renderTimelineText(t: Timeline): string {
  const lines = [
    `${t.versions.length} versions of ${pc.bold(t.versions[t.versions.length - 1]!.title ?? t.id)}, oldest first`,
  ];
  t.versions.forEach((v, k) => {
    lines.push(`  v${k + 1}  ${v.id}  ${pc.dim([v.outlet, v.date].filter(Boolean).join(" · "))}`);
    lines.push(`      ${k === 0 ? "first version" : stepLine(t.steps[k - 1]!)}`);
  });
  lines.push("", "paragraphs (● first, = unchanged, ~ style, ≠ reworded, + added, ✕ cut, ⤷ merged):");
  for (const r of t.rows) {
    const marks = r.cells.map((c) => (c ? MARK[c.status] : "·")).join("");
    const text = ([...r.cells].reverse().find((c) => c && c.text)?.text ?? "").slice(0, 70);
    const chains = r.chains.map((ch) => pc.yellow(ch.values.join(" -> "))).join("  ");
    lines.push(`  ${marks}  ${text}${chains ? `  ${chains}` : ""}`);
  }
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
    .example("wirediff timeline gazette-fire-1 --corpus tests/fixtures/timeline/corpus.jsonl")
    .action(async (id: string, opts: { corpus: string; json?: boolean }) => {
      const corpus = await openCorpus(opts.corpus);
      const t = timelineOf(id, corpus, corpusRevisions(corpus, corpusStories(corpus)), compareArticles);
      process.stdout.write((opts.json ? JSON.stringify(t, null, 2) : renderTimelineText(t)) + "\n");
    });
}
