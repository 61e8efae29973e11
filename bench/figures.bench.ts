/**
 * Figures at scale: a corpus of planted story families with WIREDIFF_BENCH_PAIRS (default 100,000)
 * source-version pairs, streamed as the CSV table of `wirediff figures` into a sink that drops the
 * bytes. The heap is sampled after a full collection every tenth of the pairs: flat memory means it
 * stays at the level it had before the first row (the corpus and its story index), however many
 * rows have gone out. Target (issue 25): 100,000 pairs stream with flat memory.
 */
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { buildStoryCorpus } from "./lib/story-corpus.ts";
import { buildStoryIndex } from "../src/core/story/build-story-index.ts";
import { groupStories } from "../src/core/story/group-stories.ts";
import { corpusFigures } from "../src/report/figures/corpus-figures.ts";
import { figureLines } from "../src/report/figures/figure-lines.ts";

const MB = (n: number) => (n / 1048576).toFixed(0);

export default async function run(): Promise<void> {
  const want = Number(process.env.WIREDIFF_BENCH_PAIRS ?? 100_000);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  // families of 2 to 6 versions average 3 pairs in 4 articles; 250-word articles keep the corpus small
  const corpus = buildStoryCorpus(Math.ceil(want / 0.75), { wordsPerArticle: 250, familyShare: 1 });
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  let t = performance.now();
  const g = groupStories(buildStoryIndex(corpus.articles), corpus.articles);
  console.log(
    `corpus: ${corpus.articles.length} articles, ${(corpus.words / 1e6).toFixed(1)} M words; ` +
      `grouped in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const samples: { pairs: number; heap: number; rss: number }[] = [];
  const sample = (pairs: number) => {
    gc();
    const m = process.memoryUsage();
    samples.push({ pairs, heap: m.heapUsed, rss: m.rss });
  };
  let step = 0;
  const table = corpusFigures(g.stories, byId, {
    progress: (done, total) => {
      if (done >= ((step + 1) * total) / 10) {
        step++;
        sample(done);
      }
    },
  });
  sample(0);
  let bytes = 0;
  t = performance.now();
  await pipeline(
    Readable.from(figureLines(table.rows, table.columns, "csv")),
    new Writable({
      write(chunk, _enc, cb) {
        bytes += chunk.length;
        cb();
      },
    }),
  );
  const secs = (performance.now() - t) / 1000;
  console.log(
    `${table.pairs} pairs, ${(bytes / 1e6).toFixed(1)} MB of CSV in ${secs.toFixed(1)} s ` +
      `(${(table.pairs / secs).toFixed(0)} pairs/s)`,
  );
  console.table(
    samples.map((s) => ({ "pairs written": s.pairs, "heap after GC (MB)": MB(s.heap), "RSS (MB)": MB(s.rss) })),
  );
  const base = samples[0]!.heap,
    peak = Math.max(...samples.map((s) => s.heap));
  console.log(`heap after GC grew by ${MB(peak - base)} MB over the run (from ${MB(base)} MB before the first row)`);
}
