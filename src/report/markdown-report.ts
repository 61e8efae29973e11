/** @module The Markdown report: readable as plain text, with edits marked so they survive copy and paste. */
import type { Article, Comparison, Edit, Paragraph } from "../core/article.ts";
import { escapeMarkdown as esc } from "./markdown-escape.ts";
import type { ReportInfo } from "./report-info.ts";
import { comparisonRows as reportRows, rowKind, rowPlace, type ViewRow as ReportRow } from "../views/rows.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Substance: `[-cut-]{+added+}` (as wdiff and git --word-diff=plain); house style: `{~old~>new~}`. */
export function markEdit(e: Edit): string {
  if (e.op === "equal") return esc(e.a);
  // A paragraph break inside a mark would split it across Markdown paragraphs: show it as ¶.
  const a = esc(e.a).replace(/\n\n/g, " ¶ "), b = esc(e.b).replace(/\n\n/g, " ¶ ");
  if (e.class === "style") return e.op === "replace" ? `{~${a}~>${b}~}` : e.op === "delete" ? `{~${a}~>~}` : `{~~>${b}~}`;
  return (e.op !== "insert" ? `[-${a}-]` : "") + (e.op !== "delete" ? `{+${b}+}` : "");
}

function metaTable(c: Comparison, info: ReportInfo): string {
  const row = (label: string, f: (a: Article) => string | null) => `| ${label} | ${esc(f(c.a) ?? "–")} | ${esc(f(c.b) ?? "–")} |`;
  const sha = (a: Article) => info.inputs.find((i) => i.id === a.id)?.sha256 ?? null;
  return ["| | A | B |", "|---|---|---|", row("id", (a) => a.id), row("title", (a) => a.title), row("outlet", (a) => a.outlet),
    row("agency", (a) => a.agency), row("date", (a) => a.date), row("dateline", (a) => a.dateline), row("byline", (a) => a.byline),
    row("url", (a) => a.url), row("SHA-256", sha)].join("\n");
}

function paragraphsText(ps: Paragraph[]): string {
  return ps.map((p) => esc(p.text)).join("\n\n");
}

function rowMarkdown(r: ReportRow): string {
  const where = `A ${rowPlace(r, "a")} → B ${rowPlace(r, "b")}`;
  const head = `### ${r.label} · ${where}${r.edits ? ` · ${rowKind(r)}` : ""}${r.link ? ` · similarity ${r.link.similarity.toFixed(2)}` : ""}${r.role !== "body" && !r.title ? ` · ${r.role}` : ""} <a id="${r.anchor}"></a>`;
  if (r.edits) return `${head}\n\n${r.edits.map(markEdit).join("")}`;
  if (r.a.length) return `${head}\n\n[-${paragraphsText(r.a)}-]`;
  return `${head}\n\n{+${paragraphsText(r.b)}+}`;
}

export function renderMarkdownReport(c: Comparison, info: ReportInfo): string {
  const s = c.stats;
  const out: string[] = [];
  out.push(`# wirediff: ${esc(c.a.title ?? c.a.id)} → ${esc(c.b.title ?? c.b.id)}`);
  out.push(metaTable(c, info));
  out.push(`Generated ${info.generatedAt} by ${info.tool} ${info.version}.`);
  out.push("## Summary");
  out.push([
    `- A's ${s.aWords} body words: verbatim ${pct(s.verbatim)}, style edits only ${pct(s.styleOnly)}, reworded ${pct(s.reworded)}, cut ${pct(s.cut)}`,
    `- B's ${s.bWords} body words: new in B ${pct(s.newInB)}`,
    `- edits: ${s.styleEdits} house style, ${s.substantiveEdits} substantive; changed numbers: ${s.changedNumbers}; altered quotes: ${s.alteredQuotes}`,
    `- paragraphs: ${c.links.length} linked, ${c.onlyA.length} cut (only in A), ${c.onlyB.length} added (only in B)`,
  ].join("\n"));
  out.push("Marks: `[-cut-]{+added+}` a change of substance; `{~old~>new~}` a house-style edit.");
  if (c.quotes.length) {
    out.push("## Quotations");
    out.push(c.quotes.map((q) => `- A ¶${q.a}: “${esc(q.text)}” — **${q.status}**${q.b != null ? ` (B ¶${q.b})` : ""}${q.edits?.length ? `: ${q.edits.map(markEdit).join("")}` : ""}`).join("\n"));
  }
  out.push("## Paragraphs");
  for (const r of reportRows(c)) out.push(rowMarkdown(r));
  return out.join("\n\n") + "\n";
}
