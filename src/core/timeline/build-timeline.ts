/** @module A revision timeline: the versions of one article, oldest first, each compared with the one before it. */
import type { Article, Comparison } from "../article.ts";
import { headlineRow } from "./headline-row.ts";
import { paragraphHistory } from "./paragraph-history.ts";
import { revisionStep } from "./revision-step.ts";
import type { Timeline } from "./timeline-types.ts";

/** `versions` oldest first; `comparisons[k - 1]` compares version k - 1 (A) with version k (B) by compareArticles. */
export function buildTimeline(versions: readonly Article[], comparisons: readonly Comparison[]): Timeline {
  if (versions.length === 0) throw new RangeError("a timeline needs at least one version");
  if (comparisons.length !== versions.length - 1) throw new RangeError("one comparison per revision is needed");
  return {
    id: versions[0]!.id,
    versions: versions.map((a) => ({ id: a.id, outlet: a.outlet, date: a.date, url: a.url, title: a.title })),
    steps: comparisons.map(revisionStep),
    headline: headlineRow(versions, comparisons),
    rows: paragraphHistory(versions, comparisons),
  };
}
