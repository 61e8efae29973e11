/**
 * `npm run eval`: scores the aligner on ../shared/eval (read-only; a data set that is absent is
 * skipped). Seeds: P/R/F1 over linked paragraph pairs, leaving out pairs with a paragraph the gold
 * labels title/meta/caption/boilerplate and the gold's possible pairs. news-dev: the same over real
 * article versions (scripts/eval/news-dev.ts), per group and kind of group, with the false and
 * missed pairs of each labelled pair, and the furniture check. DEplain-web: sentence level
 * with the given units, the paper's group-exact metric; the scorer is first checked against
 * MASSAlign's published numbers on these 60 pairs.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignArticles } from "../src/core/align/align-articles.ts";
import { alignUnits } from "../src/core/align/align-units.ts";
import { readArticleFile } from "../src/corpus/store.ts";
import { containmentLinks } from "./eval/containment.ts";
import { furniture, KINDS, loadNewsDev, scoreNewsDev, total, type PairResult } from "./eval/news-dev.ts";
import { fmt, groupExact, prf } from "./eval/score.ts";
import { evalStories } from "./eval/stories-eval.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const evalDir = root + "../shared/eval/";
console.log(`reading evaluation data from ${evalDir}`);
let failed = false;

// 1. seeds
const goldPath = evalDir + "seeds/gold.json";
if (!existsSync(goldPath)) console.log("seeds: absent, skipped");
else {
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const excluded = (doc: string, i: number) => {
    const role = gold.documents[doc]?.roles?.[String(i)];
    return role === "title" || role === "meta" || role === "caption" || role === "boilerplate";
  };
  let tp = 0, pred = 0, g = 0;
  console.log("\nseeds (paragraph pairs; non-body and possible pairs left out)");
  for (const al of gold.alignments) {
    const [a] = await readArticleFile(root + "corpus/" + al.a);
    const [b] = await readArticleFile(root + "corpus/" + al.b);
    const r = alignArticles(a!, b!);
    const possible = new Set<string>((al.possible_pairs ?? []).map((p: number[]) => `${p[0]},${p[1]}`));
    const goldPairs = new Set<string>(al.pairs.filter((p: [number, number]) => !excluded(al.a, p[0]) && !excluded(al.b, p[1])).map((p: number[]) => `${p[0]},${p[1]}`));
    const got = r.links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => [x, y] as const)))
      .filter(([x, y]) => !excluded(al.a, x) && !excluded(al.b, y) && !possible.has(`${x},${y}`)).map(([x, y]) => `${x},${y}`);
    const t = got.filter((x) => goldPairs.has(x)).length;
    tp += t; pred += got.length; g += goldPairs.size;
    const s = prf(t, got.length, goldPairs.size);
    console.log(`  ${al.a.slice(0, 3)} vs ${al.b.slice(0, 3)}: ${fmt(s)}`);
    const wrong = got.filter((x) => !goldPairs.has(x)), missed = [...goldPairs].filter((x) => !got.includes(x));
    if (wrong.length || missed.length) console.log(`    false: ${wrong.join(" ") || "-"}   missed: ${missed.join(" ") || "-"}`);
  }
  const all = prf(tp, pred, g);
  console.log(`  all seeds: ${fmt(all)}`);
  if (all.f1 < 1) failed = true;
}

// 2. news-dev
const newsDir = evalDir + "news-dev";
if (!existsSync(newsDir)) console.log("\nnews-dev: absent, skipped");
else {
  const groups = loadNewsDev(newsDir);
  console.log(`\nnews-dev (${groups.length} groups; paragraph pairs, boilerplate and possible pairs left out, micro-averaged)`);
  const check = total(scoreNewsDev(groups, (a, b) => containmentLinks(a, b)));
  const ok = check.p.toFixed(3) === "0.977" && check.r.toFixed(3) === "0.772" && check.f1.toFixed(3) === "0.862";
  const verdict = ok ? "matches the README's .977 / .772 / .862" : "MISMATCH with .977 / .772 / .862";
  console.log(`  scorer check, word containment >= 0.6: ${fmt(check)} -> ${verdict}`);
  if (!ok) failed = true;
  const t0 = performance.now();
  const results = scoreNewsDev(groups, (a, b) => alignArticles(a, b));
  const ms = performance.now() - t0;
  for (const r of results) {
    const bad = r.falsePairs.length || r.missed.length;
    const errors = bad ? `   false: ${r.falsePairs.join(" ") || "-"}   missed: ${r.missed.join(" ") || "-"}` : "";
    console.log(`  ${r.group.slice(0, 3)} ${r.a.slice(0, 2)}~${r.b.slice(0, 2)}: ${r.tp}/${r.predicted}/${r.gold}${errors}`);
  }
  console.log("  per group (correct / predicted / gold):");
  for (const g of groups) console.log(`    ${g.name.padEnd(44)} ${fmt(total(results.filter((r) => r.group === g.name)))}`);
  console.log("  per kind:");
  const of = (k: string): PairResult[] => results.filter((r) => r.kind === k);
  for (const k of KINDS) {
    const t = total(of(k));
    const line = k === "controls" ? `${t.predicted} links predicted (want 0)`
      : k === "reuse" ? `${t.tp} of ${t.gold} links found, ${t.predicted - t.tp} false` : fmt(t);
    console.log(`    ${k.padEnd(12)} ${line}`);
  }
  console.log(`  all news-dev: ${fmt(total(results))}  (aligned in ${ms.toFixed(0)} ms)`);
  const f = furniture(groups);
  console.log(`  furniture (gold boilerplate vs non-body roles): ${fmt(f)}`);
  console.log(`    non-body, not boilerplate: ${f.falseIds.join(" ") || "-"}`);
  console.log(`    boilerplate left as body: ${f.missedIds.join(" ") || "-"}`);
}

// 3. DEplain-web
const dpPath = evalDir + "deplain-web/pairs.json";
if (!existsSync(dpPath)) console.log("\nDEplain-web: absent, skipped");
else {
  type Pair = { id: string; a: { units: string[] }; b: { units: string[] }; gold_groups: { a: number[]; b: number[] }[]; meta: { domain: string } };
  const pairs: Pair[] = JSON.parse(readFileSync(dpPath, "utf8"));
  const slices: [string, (p: Pair) => boolean][] = [["all 60", () => true], ["Bible", (p) => p.meta.domain === "bible"], ["language learner", (p) => p.meta.domain !== "bible"]];
  const score = (predOf: (p: Pair) => { groups: [number[], number[]][]; extra: number }) =>
    slices.map(([name, keep]) => {
      let tp = 0, predicted = 0, gold = 0;
      for (const p of pairs.filter(keep)) {
        const { groups, extra } = predOf(p);
        const c = groupExact(groups, p.gold_groups, extra);
        tp += c.tp; predicted += c.predicted; gold += c.gold;
      }
      return [name, prf(tp, predicted, gold)] as const;
    });
  console.log("\nDEplain-web (sentences, group-exact)");
  const basePath = evalDir + "deplain-web/baselines.json";
  if (existsSync(basePath)) {
    const base = JSON.parse(readFileSync(basePath, "utf8"))["MASSalign"];
    const rows = score((p) => ({ groups: base.groups[p.id] ?? [], extra: base.extra_false_positive_lines[p.id] ?? 0 }));
    const all = rows[0]![1];
    const ok = all.p.toFixed(3) === "0.890" && all.r.toFixed(3) === "0.739" && all.f1.toFixed(3) === "0.808";
    console.log(`  scorer check, MASSAlign all 60: ${fmt(all)} -> ${ok ? "matches the published .890 / .739 / .808" : "MISMATCH with .890 / .739 / .808"}`);
    if (!ok) failed = true;
  }
  const t0 = performance.now();
  const ours = new Map(pairs.map((p) => [p.id, alignUnits(p.a.units, p.b.units)] as const));
  const ms = performance.now() - t0;
  for (const [name, s] of score((p) => ({ groups: ours.get(p.id)!.groups.map((g) => [g.a, g.b] as [number[], number[]]), extra: 0 })))
    console.log(`  wirediff ${name.padEnd(17)} ${fmt(s)}`);
  console.log(`  (aligned 60 pairs in ${ms.toFixed(0)} ms)`);
}
await evalStories(root, evalDir);
if (failed) process.exitCode = 1;
