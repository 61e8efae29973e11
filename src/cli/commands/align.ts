/** @module The `align` command: the align JSON of DESIGN.md (--json) or a readable two-column summary. */
import type { CAC } from "cac";
import type { Alignment, Article } from "../../core/article.ts";
import { alignArticles } from "../../core/align/align-articles.ts";
import { readOneArticle } from "./compare.ts";

function articleJson(a: Article) {
  return {
    id: a.id, title: a.title, outlet: a.outlet, agency: a.agency, date: a.date, url: a.url, byline: a.byline,
    dateline: a.dateline, format: a.format, warnings: a.warnings,
    paragraphs: a.paragraphs.map((p) => ({ index: p.index, text: p.text, role: p.role })),
  };
}

/** The align JSON: both articles with their paragraphs and roles, links, onlyA, onlyB. */
export function alignmentJson(a: Article, b: Article, al: Alignment) {
  return { a: articleJson(a), b: articleJson(b), links: al.links, onlyA: al.onlyA, onlyB: al.onlyB };
}

const snip = (t: string, n = 34) => {
  const s = t.replace(/\s+/g, " ").trim();
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
};

/** Rows of A index(es) | kind similarity | B index(es), with short snippets, in A order (B-only rows last). */
export function summarizeAlignment(a: Article, b: Article, al: Alignment): string {
  const ta = (i: number) => a.paragraphs[i]?.text ?? "";
  const tb = (i: number) => b.paragraphs[i]?.text ?? "";
  const rows: [string, string, string][] = [];
  const items: { at: number; row: [string, string, string] }[] = [];
  for (const l of al.links) {
    items.push({ at: Math.min(...l.a), row: [`${l.a.join("+")} ${snip(ta(l.a[0]!))}`, `${l.kind} ${l.similarity.toFixed(2)}`, `${l.b.join("+")} ${snip(tb(l.b[0]!))}`] });
  }
  for (const i of al.onlyA) items.push({ at: i, row: [`${i} ${snip(ta(i))}`, "cut", ""] });
  items.sort((x, y) => x.at - y.at);
  for (const it of items) rows.push(it.row);
  for (const j of al.onlyB) rows.push(["", "added", `${j} ${snip(tb(j))}`]);
  const w0 = Math.max(6, ...rows.map((r) => r[0].length)), w1 = Math.max(4, ...rows.map((r) => r[1].length));
  const kinds = new Map<string, number>();
  for (const l of al.links) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  const head = [
    `A: ${a.id} (${a.paragraphs.length} paragraphs)   B: ${b.id} (${b.paragraphs.length} paragraphs)`,
    `links: ${al.links.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ") || "none"}); only in A: ${al.onlyA.length}; only in B: ${al.onlyB.length}`,
    `${"A".padEnd(w0)} | ${"kind".padEnd(w1)} | B`,
  ];
  return [...head, ...rows.map((r) => `${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2]}`)].join("\n");
}

export function registerAlign(cli: CAC): void {
  cli
    .command("align <a> <b>", "Align the paragraphs of two versions of a story: merges, splits, moves, cuts, additions")
    .option("--json", "Print the align JSON ({a, b, links, onlyA, onlyB})")
    .example("wirediff align corpus/000_7a2837495db10dad.txt corpus/001_bd0859deabb9f25c.txt --json")
    .example("wirediff align versions.jsonl#ap versions.jsonl#reuters")
    .action(async (aPath: string, bPath: string, flags: { json?: boolean }) => {
      const a = await readOneArticle(String(aPath));
      const b = await readOneArticle(String(bPath));
      const al = alignArticles(a, b);
      process.stdout.write(flags.json ? JSON.stringify(alignmentJson(a, b, al), null, 2) + "\n" : summarizeAlignment(a, b, al) + "\n");
    });
}
