/**
 * @module `npm run eval`: scores the aligner on ../shared/eval (skips a data set that is absent):
 * (1) the seeds, pairwise P/R/F1 over body paragraph pairs (gold non-body roles and possible_pairs
 * left out); (2) DEplain-web, sentence level, group-exact metric, after checking the scorer
 * reproduces MASSAlign's published .890 / .739 / .808 on the same 60 pairs.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignArticles } from "../src/core/align/align-articles.ts";
import { alignUnits } from "../src/core/align/align-units.ts";
import { readArticleFile } from "../src/corpus/store.ts";
import { addPrf, fmt, scoreGroups, scorePairs, type Group, type Prf } from "./eval/score.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const evalDir = fileURLToPath(new URL("../../shared/eval/", import.meta.url));
console.log(`reading evaluation data from ${evalDir}`);

interface SeedGold {
  documents: Record<string, { paragraphs: number; roles: Record<string, string> }>;
  alignments: { a: string; b: string; relation: string; pairs: [number, number, string][]; possible_pairs?: [number, number][] }[];
}

async function seeds(): Promise<void> {
  const file = evalDir + "seeds/gold.json";
  if (!existsSync(file)) { console.log(`seeds: ${file} absent, skipped`); return; }
  const gold = JSON.parse(readFileSync(file, "utf8")) as SeedGold;
  const all: Prf[] = [];
  console.log("\n== seeds (pairwise over body paragraph pairs) ==");
  for (const al of gold.alignments) {
    const path = (n: string) => existsSync(root + "corpus/" + n) ? root + "corpus/" + n : evalDir + "../seeds/" + n;
    const [a] = await readArticleFile(path(al.a));
    const [b] = await readArticleFile(path(al.b));
    const nonBody = (doc: string, i: number) => { const r = gold.documents[doc]?.roles[String(i)]; return r !== undefined && r !== "body" && r !== "heading"; };
    const possible = new Set((al.possible_pairs ?? []).map(([x, y]) => `${x},${y}`));
    const skip = (x: number, y: number) => nonBody(al.a, x) || nonBody(al.b, y) || possible.has(`${x},${y}`);
    const r = alignArticles(a!, b!);
    const s = scorePairs(r.links, al.pairs.map(([x, y]) => [x, y]), skip);
    all.push(s);
    console.log(`${al.a} vs ${al.b}: ${fmt(s)}${s.fp.length ? `  false: ${s.fp.join(" ")}` : ""}${s.fn.length ? `  missed: ${s.fn.join(" ")}` : ""}`);
  }
  console.log(`seeds total: ${fmt(addPrf(all))}`);
}

interface DeplainPair { id: string; a: { units: string[] }; b: { units: string[] }; gold_groups: Group[]; meta: { domain: string } }
type Baselines = Record<string, { groups: Record<string, [number[], number[]][]>; extra_false_positive_lines: Record<string, number> }>;

function deplain(): void {
  const dir = evalDir + "deplain-web/";
  if (!existsSync(dir + "pairs.json")) { console.log(`deplain-web: ${dir}pairs.json absent, skipped`); return; }
  const pairs = JSON.parse(readFileSync(dir + "pairs.json", "utf8")) as DeplainPair[];
  console.log("\n== DEplain-web (60 German pairs, sentence units, group-exact) ==");
  const slices = (score: (p: DeplainPair) => Prf) => {
    const by = { all: [] as Prf[], bible: [] as Prf[], "language learner": [] as Prf[] };
    for (const p of pairs) { const s = score(p); by.all.push(s); (by[p.meta.domain as "bible"] ??= []).push(s); }
    return Object.entries(by).map(([k, v]) => `  ${k.padEnd(17)} ${fmt(addPrf(v))}`).join("\n");
  };
  if (existsSync(dir + "baselines.json")) {
    const base = JSON.parse(readFileSync(dir + "baselines.json", "utf8")) as Baselines;
    const m = base["MASSalign"];
    if (m) {
      const out = slices((p) => scoreGroups((m.groups[p.id] ?? []).map(([a, b]) => ({ a, b })), p.gold_groups, m.extra_false_positive_lines[p.id] ?? 0));
      const all = addPrf(pairs.map((p) => scoreGroups((m.groups[p.id] ?? []).map(([a, b]) => ({ a, b })), p.gold_groups, m.extra_false_positive_lines[p.id] ?? 0)));
      const ok = all.p.toFixed(3) === "0.890" && all.r.toFixed(3) === "0.739" && all.f1.toFixed(3) === "0.808";
      console.log(`scorer check, MASSAlign (published .890 / .739 / .808): ${ok ? "reproduced" : "NOT reproduced"}\n${out}`);
    }
  }
  const t0 = performance.now();
  console.log(`wirediff alignUnits:\n${slices((p) => scoreGroups(alignUnits(p.a.units, p.b.units).groups, p.gold_groups))}`);
  console.log(`  (${(performance.now() - t0).toFixed(0)} ms for 60 pairs)`);
}

await seeds();
deplain();
