/** @module `wirediff align A B [--json]`: the paragraph alignment of two article files (DESIGN.md's align JSON, or two readable columns). */
import type { CAC } from "cac";
import pc from "../colors.ts";
import type { Alignment, Article } from "../../core/article.ts";
import { alignArticles } from "../../core/align/align-articles.ts";
import { readOneArticle } from "../read-article.ts";
import { corpusOption, withCorpusOption } from "../corpus-option.ts";
import { CliError } from "../errors.ts";


/** The align object of DESIGN.md. */
export function alignmentToJson(a: Article, b: Article, al: Alignment) {
  const side = (x: Article) => ({ id: x.id, title: x.title, paragraphs: x.paragraphs.map((p) => ({ index: p.index, text: p.text, role: p.role })) });
  return { a: side(a), b: side(b), links: al.links.map((l) => ({ a: l.a, b: l.b, kind: l.kind, similarity: l.similarity, ...(l.evidence ? { evidence: l.evidence } : {}) })), onlyA: al.onlyA, onlyB: al.onlyB };
}

function snippet(a: Article, idx: number[], width: number): string {
  const t = idx.map((i) => a.paragraphs[i]?.text ?? "").join(" / ");
  return t.length > width ? t.slice(0, width - 1) + "…" : t.padEnd(width);
}

/** Two readable columns: A index(es) and text | kind and similarity | B index(es) and text, in A order, then B's additions. */
export function formatAlignment(a: Article, b: Article, al: Alignment, columns = 120): string {
  const w = Math.max(20, Math.floor((columns - 34) / 2));
  const lines = [`${pc.bold("A")} ${a.id} (${a.paragraphs.length} paragraphs)   ${pc.bold("B")} ${b.id} (${b.paragraphs.length} paragraphs)`, ""];
  const rows: { key: number; line: string }[] = [];
  for (const l of al.links) {
    const kind = l.kind === "same" ? pc.green(l.kind) : l.kind === "moved" ? pc.magenta(l.kind) : pc.cyan(l.kind);
    rows.push({ key: Math.min(...l.a), line: `${l.a.join(",").padStart(7)} ${snippet(a, l.a, w)} ${kind.padEnd(9 + kind.length - l.kind.length)} ${l.similarity.toFixed(2)} ${l.b.join(",").padStart(7)} ${snippet(b, l.b, w)}` });
  }
  for (const i of al.onlyA) rows.push({ key: i, line: `${String(i).padStart(7)} ${snippet(a, [i], w)} ${pc.red("cut".padEnd(9))}      ${"".padStart(7)}` });
  rows.sort((x, y) => x.key - y.key);
  lines.push(...rows.map((r) => r.line));
  for (const j of al.onlyB) lines.push(`${"".padStart(7)} ${"".padEnd(w)} ${pc.yellow("added".padEnd(9))}      ${String(j).padStart(7)} ${snippet(b, [j], w)}`);
  const kinds = new Map<string, number>();
  for (const l of al.links) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  lines.push("", `links: ${al.links.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ") || "none"}); only in A: ${al.onlyA.length}; only in B: ${al.onlyB.length}`);
  return lines.join("\n") + "\n";
}

export function registerAlign(cli: CAC): void {
  withCorpusOption(cli
    .command("align <a> <b>",
      "Align the paragraphs of two versions of a story (file paths; file.jsonl#id picks a row)"))
    .option("--json", "Print JSON: a and b (id, title, paragraphs with index, text, role), links (a and b paragraph "
      + "indices, kind, similarity) and the unlinked paragraphs onlyA and onlyB")
    .action(async (aPath: string, bPath: string, opts: { json?: boolean; corpus?: string }) => {
      const corpus = await corpusOption(opts.corpus);
      const [a, b] = [await readOneArticle(aPath, corpus), await readOneArticle(bPath, corpus)];
      const al = alignArticles(a, b);
      if (opts.json) process.stdout.write(JSON.stringify(alignmentToJson(a, b, al), null, 2) + "\n");
      else process.stdout.write(formatAlignment(a, b, al, process.stdout.columns ?? 120));
    });
}
