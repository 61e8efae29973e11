/** @module The revision timelines of a loaded corpus, and one timeline built through the one compare pipeline. */
import type { Article, Comparison } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { buildTimeline } from "../core/timeline/build-timeline.ts";
import { findRevisions, type RevisionGroup } from "../core/timeline/find-revisions.ts";
import type { Timeline } from "../core/timeline/timeline-types.ts";
import type { Corpus } from "./store.ts";
import type { CorpusStories } from "./story-index.ts";

export function corpusRevisions(corpus: Corpus, stories: CorpusStories): RevisionGroup[] {
  return findRevisions(corpus.articles, stories.storyOf);
}

/**
 * The timeline holding article `id` (any of its versions); an article with no other revision is a
 * timeline of one version. `compare` is compareArticles, or the server's cached form of it.
 */
export function timelineOf(
  id: string,
  corpus: Corpus,
  groups: readonly RevisionGroup[],
  compare: (a: Article, b: Article) => Comparison,
): Timeline {
  const article = corpus.byId.get(id);
  if (!article) throw new InputError("not-found", `no article "${id}"`);
  const group = groups.find((g) => g.versions.includes(id));
  const versions = (group?.versions ?? [id]).map((v) => corpus.byId.get(v)!);
  return buildTimeline(
    versions,
    versions.slice(1).map((v, k) => compare(versions[k]!, v)),
  );
}
