/**
 * @module Story grouping scored on real versions: every news-dev version plus the bundled seeds loaded as
 * one corpus, grouped as the CLI groups them, and scored by same-story pairs (precision and recall over
 * unordered pairs of versions put in one story). Truth: each news-dev group dNN-* is one story, except
 * the negative controls (dNN-neg-*: two independent stories) and the partial reuse (dNN-reuse-*: related,
 * not one story); seeds 000 and 001 are one story, 002, 003 and 004 stand alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleMeta } from "../../src/core/article.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { applyCorpusRoles } from "../../src/core/parse/apply-corpus-roles.ts";
import { loadCorpus } from "../../src/corpus/store.ts";
import { corpusStories } from "../../src/corpus/story-index.ts";
import { fmt, prf, type Prf } from "./score.ts";

/** A news-dev file: `key: value` header lines, a blank line, then the body. */
function readNewsDevFile(path: string, id: string): Article {
  const text = readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
  const cut = text.indexOf("\n\n");
  const meta: ArticleMeta = {};
  for (const line of text.slice(0, cut).split("\n")) {
    const m = /^(title|outlet|date|url):\s*(.*)$/.exec(line);
    if (!m) continue;
    // the outlet line describes the copy in parentheses ("ITV News (own lede on AP copy)"): keep the name
    const value = m[1] === "outlet" ? m[2]!.replace(/\s*\(.*$/, "") : m[2]!;
    meta[m[1] as "title" | "outlet" | "date" | "url"] = value;
  }
  return parseArticle({ id, format: "txt", text: text.slice(cut + 2), meta });
}

interface Labelled { articles: Article[]; groupOf: Map<string, string>; oneStory: (a: string, b: string) => boolean }

async function labelledCorpus(root: string, newsDev: string): Promise<Labelled> {
  const groupOf = new Map<string, string>();
  const articles: Article[] = [];
  for (const dir of readdirSync(newsDev).filter((d) => /^d\d\d-/.test(d)).sort()) {
    for (const f of readdirSync(join(newsDev, dir)).filter((f) => f.endsWith(".txt")).sort()) {
      const id = `${dir.slice(0, 3)}-${f.replace(/\.txt$/, "")}`;
      articles.push(readNewsDevFile(join(newsDev, dir, f), id));
      groupOf.set(id, dir);
    }
  }
  const seeds = await loadCorpus(join(root, "corpus"));
  for (const a of seeds.articles) {
    articles.push(a);
    groupOf.set(a.id, /^00[01]_/.test(a.id) ? "seeds 000/001" : `seed ${a.id.slice(0, 3)}`);
  }
  const oneStory = (a: string, b: string) => {
    const g = groupOf.get(a)!;
    return g === groupOf.get(b) && !/^d\d\d-(neg|reuse)-/.test(g);
  };
  return { articles: applyCorpusRoles(articles), groupOf, oneStory };
}

export interface StoriesEval { all: Prf; wrong: string[]; missed: string[] }

/** Prints the scores and returns them; null when news-dev is absent. */
export async function evalStories(root: string, evalDir: string): Promise<StoriesEval | null> {
  const newsDev = join(evalDir, "news-dev");
  if (!existsSync(newsDev)) { console.log("\nstories: news-dev absent, skipped"); return null; }
  const { articles, groupOf, oneStory } = await labelledCorpus(root, newsDev);
  const t0 = performance.now();
  const g = corpusStories({ dir: "", articles, byId: new Map(articles.map((a) => [a.id, a])), errors: [] });
  const ms = performance.now() - t0;
  const storyOf = g.storyOf;
  const ids = articles.map((a) => a.id);
  const perGroup = new Map([...new Set(groupOf.values())].map((k) => [k, { tp: 0, pred: 0, gold: 0 }]));
  const wrong: string[] = [], missed: string[] = [];
  let tp = 0, pred = 0, gold = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!, b = ids[j]!;
      const truth = oneStory(a, b), got = storyOf.get(a) === storyOf.get(b);
      if (!truth && !got) continue;
      const key = groupOf.get(a)!;
      const row = perGroup.get(key)!;
      if (truth) { gold++; row.gold++; }
      if (got) { pred++; row.pred++; }
      if (truth && got) { tp++; row.tp++; }
      if (got && !truth) wrong.push(`${a} ~ ${b}`);
      if (truth && !got) missed.push(`${a} ~ ${b}`);
    }
  }
  console.log(`\nstories (same-story pairs; news-dev and the seeds as one corpus of ${ids.length}, grouped in ${ms.toFixed(0)} ms)`);
  for (const [k, r] of [...perGroup].sort()) console.log(`  ${k.padEnd(44)} ${r.tp}/${r.gold} found, ${r.pred - r.tp} wrong`);
  const all = prf(tp, pred, gold);
  console.log(`  all: ${fmt(all)}`);
  if (wrong.length) console.log(`  wrongly joined:\n    ${wrong.join("\n    ")}`);
  if (missed.length) console.log(`  missed:\n    ${missed.join("\n    ")}`);
  return { all, wrong, missed };
}
