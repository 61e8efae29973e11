/**
 * @module Fits the pair model (src/core/align/pair-model.ts) on ../shared/eval/news-dev and says
 * what it is worth: leave-one-group-out cross-validation (each group aligned by a model fitted on
 * the other 15), scored as `npm run eval` scores. Then fits on every group and writes the weights.
 *
 *   node --import tsx scripts/eval/fit-pair-model.ts [--drop f1,f2] [--lambda 1] [--threshold 0.5] [--dry]
 *
 * --drop leaves features out (to measure what each pays); --dry prints the figures and writes nothing.
 */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Article } from "../../src/core/article.ts";
import { alignArticles } from "../../src/core/align/align-articles.ts";
import { alignByPairs, type PairModel } from "../../src/core/align/align-by-pairs.ts";
import { PAIR_FEATURES } from "../../src/core/align/pair-features.ts";
import { fitLogistic } from "./logistic.ts";
import { KINDS, loadNewsDev, scoreNewsDev, total, type NewsGroup } from "./news-dev.ts";
import { fmt } from "./score.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { values } = parseArgs({ options: {
  drop: { type: "string", default: "" }, lambda: { type: "string", default: "1" },
  threshold: { type: "string", default: "0.5" }, dry: { type: "boolean", default: false }, errors: { type: "boolean", default: false },
} });
const dir = root + "../shared/eval/news-dev";
if (!existsSync(dir)) { console.log("news-dev: absent, nothing to fit"); process.exit(0); }
const dropped = new Set(values.drop.split(",").filter(Boolean));
for (const f of dropped) if (!(PAIR_FEATURES as readonly string[]).includes(f)) throw new Error(`no feature ${f}`);
const used = PAIR_FEATURES.map((f, i) => [f, i] as const).filter(([f]) => !dropped.has(f));
const lambda = Number(values.lambda), threshold = Number(values.threshold);

const isText = (r: string) => r === "body" || r === "heading";
interface Row { group: string; f: number[]; y: number }

/** Training rows: every candidate pair of story text, labelled by the gold (boilerplate and possible pairs left out). */
function rowsOf(groups: readonly NewsGroup[]): Row[] {
  const rows: Row[] = [];
  for (const g of groups) for (const gp of g.gold) {
    const a = g.versions.get(gp.a)!, b = g.versions.get(gp.b)!;
    const pa = a.paragraphs.filter((p) => isText(p.role)), pb = b.paragraphs.filter((p) => isText(p.role));
    if (!pa.length || !pb.length) continue;
    const { scoring } = alignByPairs(pa.map((p) => p.text), pb.map((p) => p.text));
    const gold = new Set(gp.pairs.map(([x, y]) => `${x},${y}`)), possible = new Set(gp.possible_pairs.map(([x, y]) => `${x},${y}`));
    const bpA = new Set(gp.boilerplate_a), bpB = new Set(gp.boilerplate_b);
    for (const c of scoring.candidates) {
      const x = pa[c.x]!.index, y = pb[c.y]!.index;
      if (bpA.has(x) || bpB.has(y) || possible.has(`${x},${y}`)) continue;
      rows.push({ group: g.name, f: used.map(([, i]) => c.f[i]!), y: gold.has(`${x},${y}`) ? 1 : 0 });
    }
  }
  return rows;
}

function modelOf(rows: readonly Row[]): PairModel {
  const m = fitLogistic(rows.map((r) => r.f), rows.map((r) => r.y), lambda);
  return { features: used.map(([f]) => f), mean: m.mean, scale: m.scale, weights: m.weights, bias: m.bias, threshold };
}

const groups = loadNewsDev(dir);
const rows = rowsOf(groups);
console.log(`${rows.length} candidate pairs (${rows.filter((r) => r.y).length} links) in ${groups.length} groups; features: ${used.map(([f]) => f).join(", ")}`);
const results = groups.flatMap((g) => {
  const model = modelOf(rows.filter((r) => r.group !== g.name));
  return scoreNewsDev([g], (a: Article, b: Article) => alignArticles(a, b, {}, undefined, model));
});
if (values.errors) for (const r of results) if (r.falsePairs.length || r.missed.length) {
  console.log(`  ${r.group.slice(0, 3)} ${r.a.slice(0, 2)}~${r.b.slice(0, 2)} false: ${r.falsePairs.join(" ") || "-"}  missed: ${r.missed.join(" ") || "-"}`);
}
console.log("cross-validated (leave one group out):");
for (const k of KINDS) {
  const t = total(results.filter((r) => r.kind === k));
  console.log(`  ${k.padEnd(12)} ${k === "controls" ? `${t.predicted} links predicted` : fmt(t)}`);
}
console.log(`  all          ${fmt(total(results))}`);
if (!values.dry) {
  const m = modelOf(rows);
  const r = (xs: number[]) => `[${xs.map((x) => +x.toPrecision(6)).join(", ")}]`;
  const text = `/**
 * @module The pair model's weights: a logistic regression over the features of pair-features.ts,
 * written by scripts/eval/fit-pair-model.ts (fitted on ../shared/eval/news-dev, L2 ${lambda}; do not edit
 * by hand). A pair's probability is 1 / (1 + exp(-(bias + sum of weight * (feature - mean) / scale))).
 */
export const PAIR_MODEL = {
  features: ${JSON.stringify(m.features)},
  mean: ${r(m.mean)},
  scale: ${r(m.scale)},
  weights: ${r(m.weights)},
  bias: ${+m.bias.toPrecision(6)},
  threshold: ${threshold},
};
`;
  writeFileSync(root + "src/core/align/pair-model.ts", text);
  console.log("wrote src/core/align/pair-model.ts");
}
