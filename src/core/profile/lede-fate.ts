/** @module What a version did with its source's lede (the first body paragraph). */
import type { Comparison } from "../article.ts";
import { linkStatus } from "../story/story-matrix.ts";
import type { LedeFate } from "./profile-types.ts";

/**
 * kept / style / reworded: the lede is linked and changed that much; replaced: the version opens with
 * a paragraph of its own (the source's lede further down or gone); cut: it is gone and the version
 * opens with later source text; none: the source has no body.
 */
export function ledeFate(c: Comparison): LedeFate {
  const lede = c.a.paragraphs.find((p) => p.role === "body");
  if (!lede) return "none";
  const firstB = c.b.paragraphs.find((p) => p.role === "body");
  if (firstB && c.onlyB.includes(firstB.index)) return "replaced";
  const link = c.links.find((l) => l.a.includes(lede.index));
  if (!link) return "cut";
  const s = linkStatus(link.edits);
  return s === "verbatim" ? "kept" : s === "style" ? "style" : "reworded";
}
