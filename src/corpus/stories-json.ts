/** @module The stories object, one builder for `wirediff stories --json` and GET /api/stories. */
import type { Story } from "../core/article.ts";
import type { Corpus } from "./store.ts";
import type { CorpusStories } from "./story-index.ts";

export interface StoriesJson {
  stories: Story[];
  related: { a: string; b: string; containmentAB: number; containmentBA: number; shared: number; sameStory: boolean }[];
  /** Files of the corpus that could not be read, and why (they are in no story). */
  skipped: { file: string; reason: string }[];
}

export function storiesJson(corpus: Corpus, g: CorpusStories): StoriesJson {
  return {
    stories: g.stories,
    related: g.related.map(({ a, b, containmentAB, containmentBA, shared }) =>
      ({ a, b, containmentAB, containmentBA, shared, sameStory: g.storyOf.get(a) === g.storyOf.get(b) })),
    skipped: corpus.errors.map((e) => ({ file: e.file, reason: e.message })),
  };
}
