/** @module `wirediff outlets --corpus DIR [--json|--csv]`: what each outlet does to its stories' sources. */
import type { CAC } from "cac";
import pc from "../colors.ts";
import type { OutletProfile } from "../../core/profile/profile-types.ts";
import { openCorpus } from "../../corpus/bulk.ts";
import { corpusOutletProfiles } from "../../corpus/outlet-profiles.ts";
import { corpusStories, progressBar } from "../../corpus/story-index.ts";
import { renderOutletsCsv } from "../../report/outlets-csv.ts";
import { CliError } from "../errors.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A few lines per outlet a person reads. */
export function summarizeOutlet(p: OutletProfile): string {
  const s = p.shares,
    cp = p.cutProfiles;
  const lines = [
    `${pc.bold(p.outlet)}  ${p.pairs} versions of ${p.stories} stories`,
    `  source words: verbatim ${pct(s.verbatim)}, style only ${pct(s.styleOnly)}, reworded ${pct(s.reworded)}, ` +
      `cut ${pct(s.cut)}; added ${pct(s.added)} of its words`,
    `  cuts: bottom ${cp.bottom}, middle ${cp.middle}, both ${cp["bottom and middle"]}, none ${cp.none}; ` +
      `lede kept ${p.lede.kept + p.lede.style}, reworded ${p.lede.reworded}, ` +
      `replaced ${p.lede.replaced}, cut ${p.lede.cut}`,
    `  quotations altered ${p.quotes.altered}, truncated ${p.quotes.truncated} of ${p.quotes.total}; ` +
      `numbers changed ${p.numbers.changed}`,
  ];
  for (const h of p.style.slice(0, 6))
    lines.push(
      `  ${h.tag} ${h.count}: ${h.forms
        .slice(0, 4)
        .map((f) => `${f.form} ×${f.count}`)
        .join(", ")}`,
    );
  return lines.join("\n");
}

export function registerOutlets(cli: CAC): void {
  cli
    .command(
      "outlets",
      "Profile each outlet against its stories' sources: shares kept and cut, house style, where it cuts, " +
        "altered quotes and numbers",
    )
    .option("--corpus <path>", "Corpus folder, or a .jsonl/.csv export", { default: "corpus" })
    .option("--json", "Print { outlets: [...] } with every count and each case's source, version and row anchor")
    .option("--csv", "Print one CSV row per outlet")
    .example("wirediff outlets --corpus corpus")
    .example("wirediff outlets --corpus export.jsonl --csv > outlets.csv")
    .action(async (opts: { corpus: string; json?: boolean; csv?: boolean }) => {
      if (opts.json && opts.csv) throw new CliError("choose one of --json and --csv", 2);
      const corpus = await openCorpus(opts.corpus);
      const profiles = await corpusOutletProfiles(
        corpus,
        corpusStories(corpus, { progress: true }),
        progressBar("comparing"),
      );
      if (opts.json) process.stdout.write(JSON.stringify({ outlets: profiles }, null, 2) + "\n");
      else if (opts.csv) process.stdout.write(renderOutletsCsv(profiles));
      else if (profiles.length === 0)
        process.stdout.write("No story in this corpus has more than one version: no outlet to profile.\n");
      else process.stdout.write(profiles.map(summarizeOutlet).join("\n\n") + "\n");
    });
}
