/**
 * Stories at scale: index a corpus of WIREDIFF_BENCH_ARTICLES articles (default 100,000, ~60 million
 * words) built from real English text with planted story families, then group it; report time,
 * memory and the grouping's pairwise precision/recall against the families, and the time of one
 * related-articles query. Targets (issue 7): index < 60 s and < 2 GB; one query < 50 ms.
 */
import { buildStoryCorpus, pairScores } from "./lib/story-corpus.ts";
import { buildStoryIndex, relatedTo } from "../src/core/story/build-story-index.ts";
import { groupStories } from "../src/core/story/group-stories.ts";
import { progressBar } from "../src/corpus/story-index.ts";

export default async function run(): Promise<void> {
  const total = Number(process.env.WIREDIFF_BENCH_ARTICLES ?? 100_000);
  let t = performance.now();
  const corpus = buildStoryCorpus(total);
  console.log(`corpus: ${corpus.articles.length} articles, ${(corpus.words / 1e6).toFixed(1)} M words (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  (globalThis as { gc?: () => void }).gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const watch = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  t = performance.now();
  const index = buildStoryIndex(corpus.articles, {}, progressBar("indexing"));
  const tIndex = performance.now() - t;
  t = performance.now();
  const g = groupStories(index, corpus.articles);
  const tGroup = performance.now() - t;
  clearInterval(watch);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { precision, recall } = pairScores(g.stories.map((s) => s.versions), corpus.family);
  const q: number[] = [];
  for (let i = 0; i < 200; i++) {
    const id = corpus.articles[(i * 7919) % corpus.articles.length]!.id;
    const s = performance.now();
    relatedTo(index, id);
    q.push(performance.now() - s);
  }
  q.sort((a, b) => a - b);
  const sourcesRight = g.stories.filter((s) => s.versions.length > 1).filter((s) => s.source.endsWith("-v0")).length / Math.max(1, g.stories.filter((s) => s.versions.length > 1).length);
  console.table({
    "index (shingle + sort)": { value: `${(tIndex / 1000).toFixed(2)} s`, target: "< 60 s (with grouping)" },
    "group stories": { value: `${(tGroup / 1000).toFixed(2)} s`, target: "" },
    "peak RSS (whole process)": { value: `${(peak / 2 ** 30).toFixed(2)} GB`, target: "< 2 GB" },
    "RSS added by indexing": { value: `${((peak - rss0) / 2 ** 20).toFixed(0)} MB`, target: "" },
    "related-articles query (median / p95)": { value: `${q[100]!.toFixed(2)} / ${q[190]!.toFixed(2)} ms`, target: "< 50 ms" },
    "grouping precision / recall (pairs)": { value: `${precision.toFixed(4)} / ${recall.toFixed(4)}`, target: "" },
    "planted source chosen": { value: `${(sourcesRight * 100).toFixed(1)} %`, target: "" },
  });
}
