/** @module Whether two related articles are versions of one story, from what their pair evidence says. */
import type { Article } from "../article.ts";
import type { StoryOptions } from "./defaults.ts";

export interface PairEvidence {
  /** Share of the smaller article's shingles found in the other (near copies). */
  containment: number;
  /** Sentences of the shorter article with a counterpart in the other, and their weighted share. */
  sentences: number;
  sentenceShare: number;
}

const DAY_MS = 86_400_000;

/** Days between two dates, or null when either is unknown or unreadable. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const x = Date.parse(a), y = Date.parse(b);
  return Number.isNaN(x) || Number.isNaN(y) ? null : Math.abs(x - y) / DAY_MS;
}

/**
 * A near copy (most of the smaller one's text) is a version whatever its date. A rewrite is a version
 * when several of its sentences correspond to the other's, enough of them (fewer when both are dated
 * within a day or two), within days of each other, and not credited to two different agencies (two
 * agencies' stories of one event share facts, not copy).
 */
export function isSameStory(e: PairEvidence, a: Pick<Article, "date" | "agency">, b: Pick<Article, "date" | "agency">, opts: StoryOptions): boolean {
  if (e.containment >= opts.storyMinContainment) return true;
  if (e.sentences < opts.storyMinSentences) return false;
  const days = daysApart(a.date, b.date);
  if (days != null && days > opts.storyMaxDays) return false;
  const near = days != null && days <= opts.storyNearDays;
  if (e.sentenceShare < (near ? opts.storyNearSentenceShare : opts.storyMinSentenceShare)) return false;
  return !(a.agency && b.agency && a.agency.toLowerCase() !== b.agency.toLowerCase());
}
