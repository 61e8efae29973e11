/**
 * @module `wirediff figures --corpus DIR --format csv|jsonl|parquet [--edits] [--out FILE]`: the corpus as a
 * table for R or pandas.
 */
import { createWriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CAC } from "cac";
import { openCorpus } from "../../corpus/bulk.ts";
import { corpusStories, progressBar } from "../../corpus/story-index.ts";
import { corpusFigures } from "../../report/figures/corpus-figures.ts";
import { figureLines, isFigureFormat, FIGURE_FORMATS, type FigureFormat } from "../../report/figures/figure-lines.ts";
import { writeFiguresParquet } from "../../report/figures/figure-parquet.ts";
import { CliError } from "../errors.ts";

export function registerFigures(cli: CAC): void {
  cli
    .command(
      "figures",
      "Write one row per (source, version) pair of every story (or per edit, with --edits) for statistics",
    )
    .option("--corpus <path>", "Corpus folder, or a .jsonl/.csv export", { default: "corpus" })
    .option("--format <format>", `Output format: ${FIGURE_FORMATS.join(", ")} or parquet (parquet needs --out)`, {
      default: "csv",
    })
    .option("--edits", "One row per changed piece (edit, cut or added paragraph) instead of one per pair")
    .option("--source <ids>", "Comma-separated article ids to use as the source of their stories")
    .option("--out <file>", "Write to FILE (replaced only when complete) instead of standard output")
    .example("wirediff figures --corpus corpus --format csv > pairs.csv")
    .example("wirediff figures --corpus corpus --format jsonl --edits --out edits.jsonl")
    .example("wirediff figures --corpus corpus --format parquet --out pairs.parquet")
    .action(async (opts: { corpus: string; format: string; edits?: boolean; source?: string; out?: string }) => {
      const parquet = opts.format === "parquet";
      if (!parquet && !isFigureFormat(opts.format))
        throw new CliError(`--format must be ${FIGURE_FORMATS.join(", ")} or parquet, not "${opts.format}"`, 2);
      if (parquet && !opts.out) throw new CliError("--format parquet writes a file: give --out FILE", 2);
      const corpus = await openCorpus(opts.corpus);
      const preferred = new Set(
        (opts.source ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
      for (const id of preferred)
        if (!corpus.byId.has(id)) throw new CliError(`--source: no article "${id}" in the corpus`);
      const g = corpusStories(corpus, { preferredSources: preferred, progress: true });
      const table = corpusFigures(g.stories, corpus.byId, { edits: opts.edits, progress: progressBar("comparing") });
      const format = opts.format;
      const lines = () => Readable.from(figureLines(table.rows, table.columns, format as FigureFormat));
      if (!opts.out) {
        await pipeline(lines(), process.stdout, { end: false });
        return;
      }
      // a temporary file renamed into place: a failed run leaves no half table behind
      const tmp = `${opts.out}.${process.pid}.tmp`;
      try {
        if (parquet) await writeFiguresParquet(table.rows, table.columns, tmp);
        else await pipeline(lines(), createWriteStream(tmp, { flags: "wx" }));
        await rename(tmp, opts.out);
      } catch (err) {
        await unlink(tmp).catch(() => {});
        throw err;
      }
    });
}
