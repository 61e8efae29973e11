/** @module Profile every outlet of a loaded corpus: its stories' sources against each version, through the one compare pipeline. */
import type { Comparison } from "../core/article.ts";
import { profileOutlets } from "../core/profile/profile-outlets.ts";
import type { OutletProfile } from "../core/profile/profile-types.ts";
import { storyPairs } from "../report/figures/figure-rows.ts";
import type { Corpus } from "./store.ts";
import type { CorpusStories } from "./story-index.ts";

export function corpusOutletProfiles(corpus: Corpus, stories: CorpusStories, progress?: (done: number, total: number) => void): OutletProfile[] {
  const total = stories.stories.reduce((n, s) => n + Math.max(0, s.versions.length - 1), 0);
  function* comparisons(): Generator<Comparison> {
    let done = 0;
    for (const p of storyPairs(stories.stories, corpus.byId)) {
      yield p.comparison;
      progress?.(++done, total);
    }
  }
  return profileOutlets(comparisons());
}
