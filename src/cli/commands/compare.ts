/** @module The `compare` command: the compare JSON of DESIGN.md (--json) or a readable summary. */
import type { CAC } from "cac";
import type { Comparison, Edit } from "../../core/article.ts";
import { compareArticles } from "../../core/compare.ts";
import { comparisonToJson } from "../../core/diff/comparison-json.ts";
import { readOneArticle } from "../read-article.ts";
import { corpusOption, withCorpusOption } from "../corpus-option.ts";

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** A few lines a person reads: what share of A survived, how, and the substantive edits. */
export function summarizeComparison(c: Comparison, maxEdits = 20): string {
  const s = c.stats;
  const lines: string[] = [];
  lines.push(`A: ${c.a.id} (${s.aWords} body words)   B: ${c.b.id} (${s.bWords} body words)`);
  const kinds = new Map<string, number>();
  for (const l of c.links) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  lines.push(`links: ${c.links.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ") || "none"}); cut paragraphs: ${c.onlyA.length}; added paragraphs: ${c.onlyB.length}`);
  lines.push(`A's body words: verbatim ${pct(s.verbatim)}, style only ${pct(s.styleOnly)}, reworded ${pct(s.reworded)}, cut ${pct(s.cut)}; new in B: ${pct(s.newInB)}`);
  lines.push(`edits: ${s.styleEdits} style, ${s.substantiveEdits} substantive; changed numbers: ${s.changedNumbers}; altered quotes: ${s.alteredQuotes}`);
  const qs = new Map<string, number>();
  for (const q of c.quotes) qs.set(q.status, (qs.get(q.status) ?? 0) + 1);
  if (c.quotes.length) lines.push(`quotes: ${c.quotes.length} (${[...qs].map(([k, n]) => `${n} ${k}`).join(", ")})`);
  // the headlines are listed apart, as the stats leave them out
  const title = (art: Comparison["a"], ids: number[]) =>
    ids.every((i) => art.paragraphs.find((p) => p.index === i)?.role === "title");
  const links = c.links.filter((l) => !(title(c.a, l.a) && title(c.b, l.b)));
  if (c.title?.edits.some((e) => e.op !== "equal")) {
    lines.push(`headline: ${JSON.stringify(c.title.a)} -> ${JSON.stringify(c.title.b)}`);
  }
  const subst = links.flatMap((l) => l.edits.filter((e): e is Extract<Edit, { class: string }> => e.op !== "equal" && e.class === "substance").map((e) => ({ l, e })));
  if (subst.length) {
    lines.push("substantive edits:");
    const one = (t: string) => JSON.stringify(t.length > 70 ? t.slice(0, 67) + "..." : t);
    for (const { l, e } of subst.slice(0, maxEdits)) {
      lines.push(`  A¶${l.a.join("+")} ${e.op} ${e.op === "insert" ? one(e.b) : e.op === "delete" ? one(e.a) : `${one(e.a)} -> ${one(e.b)}`}${e.tags.length ? ` [${e.tags.join(", ")}]` : ""}`);
    }
    if (subst.length > maxEdits) lines.push(`  ... and ${subst.length - maxEdits} more (use --json or wirediff diff)`);
  }
  return lines.join("\n");
}

export function registerCompare(cli: CAC): void {
  withCorpusOption(cli
    .command("compare <a> <b>",
      "Compare two versions of a story: aligned paragraphs, word edits, style vs substance, quotes, stats"))
    .option("--json", "Print the compare JSON (the align object plus edits on every link, stats and quotes)")
    .example("wirediff compare corpus/000_7a2837495db10dad.txt corpus/001_bd0859deabb9f25c.txt --json")
    .action(async (aPath: string, bPath: string, opts: { json?: boolean; corpus?: string }) => {
      const corpus = await corpusOption(opts.corpus);
      const [a, b] = [await readOneArticle(aPath, corpus), await readOneArticle(bPath, corpus)];
      const c = compareArticles(a, b);
      process.stdout.write(opts.json ? JSON.stringify(comparisonToJson(c), null, 2) + "\n" : summarizeComparison(c) + "\n");
    });
}
