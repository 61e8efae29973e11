/** @module `wirediff report`: a comparison as a file that stands on its own (html, md, json, csv), one pair or a batch. */
import type { CAC } from "cac";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Article } from "../../core/article.ts";
import { compareArticles } from "../../core/compare.ts";
import { openCorpus } from "../../corpus/bulk.ts";
import type { Corpus } from "../../corpus/store.ts";
import { EXTENSION, isReportFormat, type ReportFormat } from "../../report/report-info.ts";
import { renderBatchIndex, type BatchEntry } from "../../report/batch-index.tsx";
import { inputHash, renderReport, reportInfo } from "../../report/write-report.ts";
import { renderCsvEdits, renderCsvStats } from "../../report/csv-report.ts";
import { CliError } from "../errors.ts";
import { readOneArticle } from "../read-article.ts";
import { CORPUS_OPTION_HELP } from "../corpus-option.ts";
import { progressBar } from "../../corpus/story-index.ts";

interface ReportOpts { format: string; out?: string; corpus?: string; pairs?: string; outDir?: string; story?: string }

/** An argument is a file path, or an article id of --corpus. */
async function resolveArticle(spec: string, corpus: Corpus | null, base = "."): Promise<{ article: Article; sha256: string }> {
  const path = resolve(base, spec);
  if (existsSync(path)) {
    const article = await readOneArticle(path, corpus);
    return { article, sha256: await inputHash({ path }) };
  }
  const article = corpus?.byId.get(spec);
  if (!article) throw new CliError(corpus ? `"${spec}" is neither a file nor an article id of ${corpus.dir}` : `no such file: ${spec} (give --corpus DIR to use article ids)`);
  return { article, sha256: await inputHash({ dir: corpus!.dir, id: spec }) };
}

export function registerReport(cli: CAC): void {
  cli
    .command("report [a] [b]", "Write a comparison as a standalone report (html, md, json, csv); --pairs for a batch")
    .option("--format <fmt>", "html | md | json | csv", { default: "html" })
    .option("--out <file>", "Write to FILE instead of stdout (csv: two files, r.csv for the edits and r-stats.csv "
      + "for the statistics)")
    .option("--corpus <dir>", CORPUS_OPTION_HELP)
    .option("--pairs <csv>", "A CSV with a header row and columns a,b (paths relative to the CSV, or corpus ids)")
    .option("--out-dir <dir>", "With --pairs: folder for the reports and their index.html")
    .option("--story <id>", "Report a whole story (every version against its source)")
    .example("wirediff report corpus/000_7a2837495db10dad.txt corpus/001_bd0859deabb9f25c.txt --format md")
    .action(async (a: string | undefined, b: string | undefined, opts: ReportOpts) => {
      if (!isReportFormat(opts.format)) throw new CliError(`--format must be html, md, json or csv, not "${opts.format}"`, 2);
      const format = opts.format;
      const corpus = opts.corpus ? await openCorpus(opts.corpus) : null;
      if (opts.story) {
        const { writeStoryReport } = await import("../../report/story-cli.ts");
        await writeStoryReport(opts.story, format, corpus ?? (await openCorpus("corpus")), opts.out);
        return;
      }
      if (opts.pairs) return batch(opts.pairs, format, corpus, opts.outDir);
      if (!a || !b) throw new CliError("report needs two articles (A B), --pairs FILE or --story ID", 2);
      const [x, y] = [await resolveArticle(a, corpus), await resolveArticle(b, corpus)];
      const c = compareArticles(x.article, y.article);
      const info = reportInfo([{ id: x.article.id, sha256: x.sha256 }, { id: y.article.id, sha256: y.sha256 }]);
      if (opts.out && format === "csv") {
        // Two tables, two files: FILE (one row per edit) and FILE-stats.csv, as R and pandas read them.
        const stats = opts.out.replace(/\.csv$/i, "") + "-stats.csv";
        await writeFile(opts.out, renderCsvEdits(c));
        await writeFile(stats, renderCsvStats(c, info));
        process.stderr.write(`wirediff: wrote the edits to ${opts.out} and the statistics to ${stats}\n`);
        return;
      }
      const text = await renderReport(c, format, info);
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
}

async function batch(pairsPath: string, format: ReportFormat, corpus: Corpus | null, outDir: string | undefined): Promise<void> {
  if (!outDir) throw new CliError("--pairs needs --out-dir DIR", 2);
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(await readFile(pairsPath, "utf8"), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true });
  } catch (err) {
    throw new CliError(`cannot read ${pairsPath}: ${(err as Error).message}`);
  }
  if (rows.length && (!("a" in rows[0]!) || !("b" in rows[0]!))) throw new CliError(`${pairsPath} needs a header row with columns a,b`);
  await mkdir(outDir, { recursive: true });
  const base = dirname(resolve(pairsPath));
  const entries: BatchEntry[] = [];
  const bar = progressBar("reports");
  let failed = 0;
  for (const [k, r] of rows.entries()) {
    try {
      const [x, y] = [await resolveArticle(r.a!, corpus, base), await resolveArticle(r.b!, corpus, base)];
      const c = compareArticles(x.article, y.article);
      const file = `${String(k + 1).padStart(3, "0")}-${x.article.id}--${y.article.id}${EXTENSION[format]}`.replace(/[^A-Za-z0-9._-]/g, "_");
      await writeFile(join(outDir, file), await renderReport(c, format, reportInfo([{ id: x.article.id, sha256: x.sha256 }, { id: y.article.id, sha256: y.sha256 }])));
      entries.push({ file, a: x.article, b: y.article, stats: c.stats });
    } catch (err) {
      failed++;
      entries.push({ file: null, a: null, b: null, stats: null, error: `row ${k + 2}: ${(err as Error).message}` });
      process.stderr.write(`wirediff: ${pairsPath} row ${k + 2}: ${(err as Error).message}\n`);
    }
    bar?.(k + 1, rows.length);
  }
  await writeFile(join(outDir, "index.html"), await renderBatchIndex(entries, reportInfo([])));
  process.stderr.write(`wrote ${entries.length - failed} reports and index.html to ${outDir}${failed ? ` (${failed} rows failed)` : ""}\n`);
  if (failed) process.exitCode = 1;
}
