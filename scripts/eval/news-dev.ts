/**
 * @module news-dev for `npm run eval`: reads ../shared/eval/news-dev (real versions of news stories,
 * labelled paragraph by paragraph; its README gives the schema) and scores an aligner on it: pairs
 * of linked paragraphs, leaving out pairs with a gold boilerplate paragraph and the gold's possible
 * pairs, micro-averaged over every labelled pair, per group and per kind of group. Also checks page
 * furniture: the gold's boilerplate labels against the parser's non-body roles.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Article, Link } from "../../src/core/article.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { prf, type Prf } from "./score.ts";

export interface GoldPair {
  a: string; b: string;
  pairs: [number, number, string][];
  only_a: number[]; only_b: number[];
  boilerplate_a: number[]; boilerplate_b: number[];
  possible_pairs: [number, number][];
}

export interface NewsGroup {
  name: string;
  kind: GroupKind;
  versions: Map<string, Article>;
  gold: GoldPair[];
}

export type GroupKind = "copies" | "updates" | "paraphrases" | "controls" | "reuse";
export const KINDS: readonly GroupKind[] = ["copies", "updates", "paraphrases", "controls", "reuse"];

/** The kinds of group by number, as the README's table and issue 23 name them. */
export function kindOf(group: string): GroupKind {
  const n = Number(group.slice(1, 3));
  return n <= 4 ? "copies" : n <= 8 ? "updates" : n <= 12 ? "paraphrases" : n <= 15 ? "controls" : "reuse";
}

/**
 * A news-dev file: header lines (`title:`, `outlet:`, `date:`, `url:`), a blank line, then the body.
 * Only the body is parsed (the header is metadata), so the article's paragraph k is the gold's body
 * paragraph k; the count is checked against a plain blank-line split.
 */
export function readVersion(id: string, raw: string): Article {
  const text = raw.replace(/\r\n?/g, "\n");
  const cut = text.indexOf("\n\n");
  if (cut < 0) throw new Error(`${id}: no blank line after the header`);
  const meta: Record<string, string> = {};
  for (const line of text.slice(0, cut).split("\n")) {
    const m = /^(title|outlet|date|url): (.*)$/.exec(line);
    if (!m) throw new Error(`${id}: unexpected header line ${JSON.stringify(line)}`);
    meta[m[1]!] = m[2]!;
  }
  const body = text.slice(cut + 2);
  const article = parseArticle({ id, format: "txt", text: body, meta });
  const blocks = body.split(/\n[ \t]*\n/).filter((b) => b.trim() !== "");
  if (blocks.length !== article.paragraphs.length) {
    throw new Error(`${id}: ${blocks.length} body paragraphs but the parser made ${article.paragraphs.length}`);
  }
  return article;
}

/** The groups of news-dev, each gold pair checked to cover every body paragraph of both sides exactly once. */
export function loadNewsDev(dir: string): NewsGroup[] {
  const groups: NewsGroup[] = [];
  for (const name of readdirSync(dir).filter((d) => /^d\d\d-/.test(d)).sort()) {
    const gdir = `${dir}/${name}/`;
    if (!existsSync(gdir + "gold.json")) continue;
    const versions = new Map<string, Article>();
    for (const f of readdirSync(gdir).filter((f) => f.endsWith(".txt")).sort()) {
      versions.set(f, readVersion(`${name}/${f}`, readFileSync(gdir + f, "utf8")));
    }
    const gold: GoldPair[] = JSON.parse(readFileSync(gdir + "gold.json", "utf8"));
    for (const g of gold) {
      const sides = [
        ["a", g.a, [g.pairs.map((p) => p[0]), g.only_a, g.boilerplate_a]],
        ["b", g.b, [g.pairs.map((p) => p[1]), g.only_b, g.boilerplate_b]],
      ] as const;
      for (const [side, file, lists] of sides) {
        const n = versions.get(file)?.paragraphs.length;
        const where = `${name} ${g.a}~${g.b}: ${side}`;
        if (n === undefined) throw new Error(`${where}: ${file} is absent`);
        const seen = new Set(lists.flat());
        for (let i = 0; i < n; i++) if (!seen.has(i)) throw new Error(`${where} paragraph ${i} is in no gold list`);
        for (const i of seen) if (i < 0 || i >= n) throw new Error(`${where} index ${i} out of range (${n})`);
      }
    }
    groups.push({ name, kind: kindOf(name), versions, gold });
  }
  return groups;
}

export interface PairResult {
  group: string; kind: GroupKind; a: string; b: string;
  tp: number; predicted: number; gold: number;
  falsePairs: string[]; missed: string[];
}

export type PairAligner = (a: Article, b: Article) => { links: readonly Pick<Link, "a" | "b">[] };

/** Scores `align` on every labelled pair (see the module comment for what is left out). */
export function scoreNewsDev(groups: readonly NewsGroup[], align: PairAligner): PairResult[] {
  const out: PairResult[] = [];
  for (const grp of groups) for (const g of grp.gold) {
    const left = new Set([...g.boilerplate_a.map((i) => `a${i}`), ...g.boilerplate_b.map((i) => `b${i}`)]);
    const possible = new Set(g.possible_pairs.map(([x, y]) => `${x},${y}`));
    const scored = (x: number, y: number) => !left.has(`a${x}`) && !left.has(`b${y}`) && !possible.has(`${x},${y}`);
    const want = new Set(g.pairs.filter(([x, y]) => scored(x, y)).map(([x, y]) => `${x},${y}`));
    const r = align(grp.versions.get(g.a)!, grp.versions.get(g.b)!);
    const got = new Set<string>();
    for (const l of r.links) for (const x of l.a) for (const y of l.b) if (scored(x, y)) got.add(`${x},${y}`);
    const falsePairs = [...got].filter((p) => !want.has(p)), missed = [...want].filter((p) => !got.has(p));
    const tp = got.size - falsePairs.length;
    const { name: group, kind } = grp;
    out.push({ group, kind, a: g.a, b: g.b, tp, predicted: got.size, gold: want.size, falsePairs, missed });
  }
  return out;
}

/** Micro-averaged P/R/F1 of some pair results. */
export function total(rs: readonly PairResult[]): Prf {
  let tp = 0, p = 0, g = 0;
  for (const r of rs) { tp += r.tp; p += r.predicted; g += r.gold; }
  return prf(tp, p, g);
}

/**
 * Furniture: per version, the paragraphs the gold labels boilerplate (in any labelled pair it is
 * part of) against the paragraphs the parser gives a non-body role. Each version is counted once.
 */
export function furniture(groups: readonly NewsGroup[]): Prf & { falseIds: string[]; missedIds: string[] } {
  let tp = 0, predicted = 0, gold = 0;
  const falseIds: string[] = [], missedIds: string[] = [];
  for (const grp of groups) {
    const labelled = new Map<string, Set<number>>();
    const add = (f: string, xs: number[]) => {
      const s = labelled.get(f) ?? new Set();
      xs.forEach((x) => s.add(x));
      labelled.set(f, s);
    };
    for (const g of grp.gold) { add(g.a, g.boilerplate_a); add(g.b, g.boilerplate_b); }
    for (const [f, bp] of labelled) {
      for (const p of grp.versions.get(f)!.paragraphs) {
        const isBp = bp.has(p.index), nonBody = p.role !== "body";
        if (nonBody) predicted++;
        if (isBp) gold++;
        if (nonBody && isBp) tp++;
        else if (nonBody) falseIds.push(`${grp.name.slice(0, 3)}/${f.slice(0, 2)}#${p.index}(${p.role})`);
        else if (isBp) missedIds.push(`${grp.name.slice(0, 3)}/${f.slice(0, 2)}#${p.index}`);
      }
    }
  }
  return { ...prf(tp, predicted, gold), falseIds, missedIds };
}
