/**
 * @module Benchmark of alignment alone: alignArticles against the naive all-pairs word-overlap
 * aligner (bench/lib/naive-align.ts) on the same synthetic pairs (bench/lib/synth.ts: real seed
 * text, planted edits at 1%, 10%, 50%, moved paragraphs, fixed random seed). Median after warm-up;
 * a peer whose single run passes the cap is reported "> cap". Also prints accuracy against the
 * planted truth and the heap used by one alignment.
 */
import type { Alignment } from "../src/core/article.ts";
import { alignArticles } from "../src/core/align/align-articles.ts";
import { allocatedMB, keptMB } from "./lib/memory.ts";
import { naiveAlign } from "./lib/naive-align.ts";
import { synthPair } from "./lib/synth.ts";
import { warmUp } from "./lib/warm-up.ts";

const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 3000);
const SIZES = [1_000, 10_000, 100_000];
const RATES = [0.01, 0.1, 0.5];
const TARGET: Record<number, number> = { 1_000: 1, 10_000: 5, 100_000: 60 };

function time(fn: () => unknown, budgetMs = 1500): number {
  // warm-up, not counted (lib/warm-up.ts); the same for every contender
  warmUp(fn);
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const runs = Math.max(3, Math.min(25, Math.floor(budgetMs / Math.max(first, 0.01))));
  const ts = [first];
  for (let i = 1; i < runs; i++) { const s = performance.now(); fn(); ts.push(performance.now() - s); }
  ts.sort((x, y) => x - y);
  return ts[Math.floor(ts.length / 2)]!;
}

function capped(fn: () => unknown): number | null {
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  return first > CAP_MS ? null : time(fn, 1000);
}

function accuracy(al: Alignment, bToA: number[]): string {
  const truth = new Set(bToA.map((x, k) => `${x},${k}`));
  const got = al.links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => `${x},${y}`)));
  const tp = got.filter((g) => truth.has(g)).length;
  const p = got.length ? tp / got.length : 1, r = tp / truth.size;
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
}

export default async function run(): Promise<void> {
  console.log(`median ms after warm-up (cap ${CAP_MS} ms for a single run); F1 vs the planted truth (pairs)`);
  console.log("| words | edits | paragraphs | wirediff ms | target | naive ms | naive / wirediff | wirediff F1 | naive F1 | wirediff MB kept / allocated |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const words of SIZES) for (const rate of RATES) {
    const { a, b, bToA } = synthPair({ words, editRate: rate });
    const ours = time(() => alignArticles(a, b));
    const naive = capped(() => naiveAlign(a, b));
    const f1 = accuracy(alignArticles(a, b), bToA);
    const nf1 = naive === null ? "-" : accuracy(naiveAlign(a, b), bToA);
    const kept = keptMB(() => alignArticles(a, b)), allocated = await allocatedMB(() => alignArticles(a, b));
    const heap = `${kept === null ? "n/a" : kept.toFixed(1)} / ${allocated.toFixed(1)}`;
    console.log(`| ${words} | ${rate * 100}% | ${a.paragraphs.length} | ${ours.toFixed(2)} | < ${TARGET[words]} | ${naive === null ? "> cap" : naive.toFixed(2)} | ${naive === null ? "> " + (CAP_MS / ours).toFixed(0) + "x" : (naive / ours).toFixed(1) + "x"} | ${f1} | ${nf1} | ${heap} |`);
  }
}
