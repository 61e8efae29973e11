/** @module `wirediff inspect FILE [--json]`: the parsed article, metadata first, then every paragraph with its role. */
import type { CAC } from "cac";
import pc from "../colors.ts";
import type { Article } from "../../core/article.ts";
import { readArticleFile } from "../../corpus/store.ts";
import { articleToJson } from "../../core/diff/comparison-json.ts";
import { corpusOption, withCorpusOption } from "../corpus-option.ts";
import { readOneArticle } from "../read-article.ts";

export function registerInspect(cli: CAC): void {
  withCorpusOption(cli
    .command("inspect <file>",
      "Parse one article file (.txt, .md, .html, .jsonl) and show its metadata and paragraph roles"))
    .option("--json", "Print JSON: id, title, outlet, agency, date, url, byline, dateline, format, warnings and "
      + "paragraphs (index, text, role, reason); an array for a .jsonl file")
    .action(async (file: string, opts: { json?: boolean; corpus?: string }) => {
      const isJsonl = file.toLowerCase().endsWith(".jsonl") || file.toLowerCase().endsWith(".ndjson");
      const corpus = await corpusOption(opts.corpus);
      const articles = corpus && !isJsonl ? [await readOneArticle(file, corpus)] : await readArticleFile(file);
      if (opts.json) {
        process.stdout.write(JSON.stringify(isJsonl ? articles.map(articleToJson) : articleToJson(articles[0]!), null, 2) + "\n");
        return;
      }
      process.stdout.write(articles.map(formatArticle).join("\n"));
    });
}


function formatArticle(a: Article): string {
  const lines: string[] = [];
  const field = (k: string, v: string | null) => lines.push(`${pc.dim(k.padEnd(9))}${v ?? pc.dim("-")}`);
  field("id", a.id); field("title", a.title); field("outlet", a.outlet); field("agency", a.agency); field("date", a.date);
  field("dateline", a.dateline); field("byline", a.byline); field("url", a.url); field("format", a.format);
  for (const w of a.warnings) lines.push(pc.yellow(`warning  ${w}`));
  lines.push("");
  const width = Math.max(40, (process.stdout.columns ?? 100) - 34);
  for (const p of a.paragraphs) {
    const text = p.text.length > width ? p.text.slice(0, width - 1) + "…" : p.text;
    const role = p.role === "body" ? pc.green("body".padEnd(11)) : pc.yellow(p.role.padEnd(11));
    lines.push(`${String(p.index).padStart(3)} ${role} ${text}${p.reason ? pc.dim(`  (${p.reason})`) : ""}`);
  }
  return lines.join("\n") + "\n";
}
