/** @module Build the story grouping over a loaded corpus, with a progress bar on a terminal. */
import type { Corpus } from "./store.ts";
import { buildStoryIndex, type StoryIndex } from "../core/story/build-story-index.ts";
import { groupStories, type StoryGrouping } from "../core/story/group-stories.ts";
import type { StoryOptions } from "../core/story/defaults.ts";

export interface CorpusStories extends StoryGrouping {
  index: StoryIndex;
  /** article id -> story id (its source's id) */
  storyOf: Map<string, string>;
}

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export function progressBar(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const w = 30, f = Math.round((done / total) * w);
    process.stderr.write(`\r${label} [${"#".repeat(f)}${" ".repeat(w - f)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

export function corpusStories(corpus: Corpus, opts: { preferredSources?: Set<string>; progress?: boolean; story?: Partial<StoryOptions> } = {}): CorpusStories {
  const index = buildStoryIndex(corpus.articles, opts.story, opts.progress ? progressBar("indexing") : undefined);
  const g = groupStories(index, corpus.articles, opts.preferredSources);
  const storyOf = new Map<string, string>();
  for (const s of g.stories) for (const v of s.versions) storyOf.set(v, s.id);
  return { ...g, index, storyOf };
}
