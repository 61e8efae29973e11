/** Test helper: seed articles built by the plain-text block rule with the gold roles, and gold alignments as Alignment. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Alignment, Article, Link, Paragraph, Role } from "../../../src/core/article.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const gold = JSON.parse(readFileSync(root + "tests/fixtures/seeds-gold.json", "utf8"));

export function blocksOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => (/^[ \t]*$/.test(l) ? "" : l));
  while (lines.length && lines[0] === "") lines.shift();
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  const hasBlank = lines.some((l, i) => l === "" && i > 0);
  const blocks: string[][] = [];
  if (hasBlank) {
    let cur: string[] = [];
    for (const l of lines) {
      if (l === "") { if (cur.length) blocks.push(cur); cur = []; } else cur.push(l);
    }
    if (cur.length) blocks.push(cur);
  } else for (const l of lines) blocks.push([l]);
  return blocks.map((b) => b.join(" ").replace(/\s+/g, " ").trim().replace(/^date \d{4}-\d{2}-\d{2}\s*/, ""));
}

export function articleFromText(id: string, text: string, roles: Record<string, Role> = {}): Article {
  const paragraphs: Paragraph[] = blocksOf(text).map((t, index) => ({ index, text: t, role: roles[String(index)] ?? "body" }));
  return { id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [], paragraphs };
}

export function seed(file: string): Article {
  const text = readFileSync(root + "corpus/" + file, "utf8");
  return articleFromText(file.replace(/\.txt$/, ""), text, gold.documents[file]?.roles ?? {});
}

/** The gold alignment of a seed pair, grouped into links. */
export function goldAlignment(aFile: string, bFile: string): Alignment {
  const g = gold.alignments.find((x: { a: string; b: string }) => x.a === aFile && x.b === bFile);
  const byB = new Map<number, number[]>();
  const byA = new Map<number, number[]>();
  for (const [ai, bi] of g.pairs as [number, number][]) {
    byB.set(bi, [...(byB.get(bi) ?? []), ai]);
    byA.set(ai, [...(byA.get(ai) ?? []), bi]);
  }
  const links: Link[] = [];
  const done = new Set<number>();
  for (const [ai] of g.pairs as [number, number][]) {
    if (done.has(ai)) continue;
    const bs = byA.get(ai)!;
    const as = [...new Set(bs.flatMap((bi) => byB.get(bi)!))].sort((x, y) => x - y);
    as.forEach((x) => done.add(x));
    links.push({ a: as, b: bs, kind: as.length > 1 ? "merged" : bs.length > 1 ? "split" : "reworded", similarity: 1 });
  }
  return { links, onlyA: g.only_a, onlyB: g.only_b };
}

export const SEEDS = ["000_7a2837495db10dad.txt", "001_bd0859deabb9f25c.txt", "002_ca62aa66175010a1.txt", "003_2e69bfaaa9c68124.txt", "004_05570ace6ea889dd.txt"];
