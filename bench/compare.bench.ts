/**
 * @module Benchmark of compareArticles (align + word diff + classify + quotes + stats) against
 * jsdiff diffWords on the whole texts, diff-match-patch in word mode with semantic cleanup, and
 * `git diff --no-index --word-diff=porcelain` as a process, on the same synthetic pairs.
 * Peers that run past the cap are reported as "> cap".
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffWords } from "diff";
import DiffMatchPatch from "diff-match-patch";
import type { Article } from "../src/core/article.ts";
import { alignArticles } from "../src/core/align/align-articles.ts";
import { compareArticles } from "../src/core/compare.ts";
import { allocatedMB, keptMB } from "./lib/memory.ts";
import { synthPair } from "./lib/synth.ts";
import { warmUp } from "./lib/warm-up.ts";

const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 5000);
const SIZES = [1_000, 10_000, 100_000];
const RATES = [0.01, 0.1, 0.5];

const textOf = (a: Article) => a.paragraphs.map((p) => p.text).join("\n\n");

/** Median of at least 3 timed runs (ms) after untimed warm-up runs; more runs for fast cases. */
function time(fn: () => unknown, budgetMs = 1500): number {
  // warm-up, not counted (lib/warm-up.ts); the same for every contender (git's process included)
  warmUp(fn);
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const runs = Math.max(3, Math.min(15, Math.floor(budgetMs / Math.max(first, 0.01))));
  const ts = [first];
  for (let i = 1; i < runs; i++) {
    const s = performance.now();
    fn();
    ts.push(performance.now() - s);
  }
  ts.sort((x, y) => x - y);
  return ts[Math.floor(ts.length / 2)]!;
}

function dmpWords(a: string, b: string): number {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = CAP_MS / 1000;
  const tokens: string[] = [""];
  const ids = new Map<string, number>();
  const enc = (s: string) => (s.match(/\s+|[^\s]+/g) ?? []).map((w) => {
    let id = ids.get(w);
    if (id === undefined) { id = tokens.length; tokens.push(w); ids.set(w, id); }
    return String.fromCharCode(id);
  }).join("");
  // timed from the texts, as compare is: the word encoding is part of a word diff
  const t0 = performance.now();
  const diffs = dmp.diff_main(enc(a), enc(b), false);
  dmp.diff_charsToLines_(diffs, tokens);
  dmp.diff_cleanupSemantic(diffs);
  return performance.now() - t0;
}

function gitWordDiff(dir: string, a: string, b: string): number {
  writeFileSync(join(dir, "a.txt"), a);
  writeFileSync(join(dir, "b.txt"), b);
  const run = () => spawnSync("git", ["diff", "--no-index", "--word-diff=porcelain", "a.txt", "b.txt"], { cwd: dir, maxBuffer: 1 << 28 });
  return time(run, 1000);
}

/** A peer whose first run takes less than this is warmed up and timed like compare. */
const WARM_PEER_MS = 300;

/** Median of timings a function reports itself (dmpWords leaves out creating its DiffMatchPatch object). */
function medianOf(run: () => number): number {
  warmUp(run);
  const ts = Array.from({ length: 9 }, run).sort((x, y) => x - y);
  return ts[4]!;
}

// a decimal up to 100 ms, so a median beside a target (12 ms) reads on the right side of it
const fmt = (ms: number) => (ms >= CAP_MS ? `> cap` : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wirediff-bench-"));
  const rows: string[] = [];
  rows.push(`cap ${CAP_MS} ms; times in ms (median); ratio = compare / git process`);
  rows.push("| words | edits | compare | (align alone) | diffWords | dmp words+semantic | git --word-diff | compare/git | compare MB kept / allocated |");
  rows.push("|---|---|---|---|---|---|---|---|---|");
  try {
    for (const words of SIZES) {
      for (const rate of RATES) {
        const { a, b } = synthPair({ words, editRate: rate });
        const ta = textOf(a), tb = textOf(b);
        const cmp = time(() => compareArticles(a, b));
        const aln = time(() => alignArticles(a, b));
        // diffWords is quadratic-ish on long texts: run once under the cap (jsdiff's own timeout),
        // and when that run is quick, warm up and take the median as for compare
        const t0 = performance.now();
        const r = diffWords(ta, tb, { timeout: CAP_MS });
        let jsd = r === undefined ? CAP_MS : performance.now() - t0;
        if (jsd < WARM_PEER_MS) jsd = time(() => diffWords(ta, tb, { timeout: CAP_MS }), 1000);
        let dmp = words > 10_000 && rate >= 0.5 ? CAP_MS : dmpWords(ta, tb);
        if (dmp < WARM_PEER_MS) dmp = medianOf(() => dmpWords(ta, tb));
        const git = gitWordDiff(dir, ta, tb);
        // memory last: the profiler session must not touch any timing
        const kept = keptMB(() => compareArticles(a, b)), allocated = await allocatedMB(() => compareArticles(a, b));
        rows.push(`| ${words} | ${rate * 100}% | ${fmt(cmp)} | ${fmt(aln)} | ${fmt(jsd)} | ${fmt(dmp)} | ${fmt(git)} | ${(cmp / git).toFixed(2)} | ${kept === null ? "n/a" : kept.toFixed(1)} / ${allocated.toFixed(1)} |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(rows.join("\n"));
}
