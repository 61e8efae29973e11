/** @module Summarise one revision: what a version changed against the one before it. */
import type { Comparison } from "../article.ts";
import { linkStatus } from "../story/story-matrix.ts";
import type { RevisionStep } from "./timeline-types.ts";

export function revisionStep(c: Comparison): RevisionStep {
  const bodyA = new Set(c.a.paragraphs.filter((p) => p.role === "body").map((p) => p.index));
  const bodyB = new Set(c.b.paragraphs.filter((p) => p.role === "body").map((p) => p.index));
  let reworded = 0,
    styled = 0;
  for (const l of c.links) {
    if (!l.a.some((i) => bodyA.has(i))) continue;
    const s = linkStatus(l.edits);
    if (s === "reworded") reworded++;
    else if (s === "style") styled++;
  }
  const title = (c.a.title ?? null) !== (c.b.title ?? null) ? { from: c.a.title, to: c.b.title } : null;
  return {
    from: c.a.id,
    to: c.b.id,
    stats: c.stats,
    paragraphsAdded: c.onlyB.filter((i) => bodyB.has(i)).length,
    paragraphsCut: c.onlyA.filter((i) => bodyA.has(i)).length,
    paragraphsReworded: reworded,
    paragraphsStyled: styled,
    changedNumbers: c.stats.changedNumbers,
    alteredQuotes: c.stats.alteredQuotes,
    title,
  };
}
