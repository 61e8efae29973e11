/**
 * @module Profile every outlet of a loaded corpus: its stories' sources against each version, through the one
 * compare pipeline.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { outletProfiler } from "../core/profile/profile-outlets.ts";
import type { OutletProfile } from "../core/profile/profile-types.ts";
import { storyPairs } from "../report/figures/figure-rows.ts";
import type { Corpus } from "./store.ts";
import type { CorpusStories } from "./story-index.ts";

/** Pairs compared between two turns of the event loop: a server answers other requests meanwhile. */
const PAIRS_PER_TURN = 20;

export async function corpusOutletProfiles(
  corpus: Corpus,
  stories: CorpusStories,
  progress?: (done: number, total: number) => void,
  pairsPerTurn = PAIRS_PER_TURN,
): Promise<OutletProfile[]> {
  const total = stories.stories.reduce((n, s) => n + Math.max(0, s.versions.length - 1), 0);
  const profiler = outletProfiler();
  let done = 0;
  for (const p of storyPairs(stories.stories, corpus.byId)) {
    profiler.add(p.comparison);
    progress?.(++done, total);
    if (done % pairsPerTurn === 0) await nextTurn();
  }
  return profiler.result();
}
