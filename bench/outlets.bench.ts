/**
 * Outlets at scale: WIREDIFF_BENCH_ARTICLES articles (default 100,000) of planted story families, each
 * version filed under one of 40 outlets, grouped into stories and profiled (every source against each
 * version through compareArticles). Target (issue 25): < 60 s over 100,000 articles (in-memory path).
 */
import { buildStoryCorpus } from "./lib/story-corpus.ts";
import { buildStoryIndex } from "../src/core/story/build-story-index.ts";
import { groupStories } from "../src/core/story/group-stories.ts";
import { profileOutlets } from "../src/core/profile/profile-outlets.ts";
import { storyPairs } from "../src/report/figures/figure-rows.ts";

export default async function run(): Promise<void> {
  const total = Number(process.env.WIREDIFF_BENCH_ARTICLES ?? 100_000);
  const corpus = buildStoryCorpus(total, { wordsPerArticle: 250, familyShare: 0.75 });
  corpus.articles.forEach((a, i) => {
    a.outlet = `Outlet ${i % 40}`;
  });
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  let t = performance.now();
  const g = groupStories(buildStoryIndex(corpus.articles), corpus.articles);
  const tGroup = (performance.now() - t) / 1000;
  let pairs = 0;
  t = performance.now();
  const profiles = profileOutlets(
    (function* () {
      for (const p of storyPairs(g.stories, byId)) {
        pairs++;
        yield p.comparison;
      }
    })(),
  );
  const tProfile = (performance.now() - t) / 1000;
  console.table({
    [`${corpus.articles.length} articles, ${pairs} pairs, ${profiles.length} outlets`]: {
      "group stories": `${tGroup.toFixed(1)} s`,
      "compare + profile": `${tProfile.toFixed(1)} s`,
      total: `${(tGroup + tProfile).toFixed(1)} s`,
      target: "< 60 s",
    },
  });
}
