/** @module Which body paragraphs two related articles share: the passages behind their containment figures. */
import type { Article } from "../article.ts";
import { STORY_DEFAULTS } from "./defaults.ts";
import { paragraphShingles, sharedCount } from "./shingles.ts";

/** A paragraph counts as shared when at least this share of its shingles is found in the other article. */
export const PASSAGE_MIN_SHARE = 0.5;

export interface SharedPassages {
  /** Body paragraph indices of A mostly found in B. */
  a: number[];
  /** Body paragraph indices of B mostly found in A. */
  b: number[];
}

function bodyShingles(x: Article, size: number): Map<number, Uint32Array> {
  return new Map(x.paragraphs.filter((p) => p.role === "body").map((p) => [p.index, paragraphShingles(p.text, size)]));
}

function union(parts: Iterable<Uint32Array>): Uint32Array {
  return Uint32Array.from(new Set([...parts].flatMap((s) => [...s]))).sort();
}

export function sharedPassages(a: Article, b: Article, size = STORY_DEFAULTS.shingleSize): SharedPassages {
  const pa = bodyShingles(a, size), pb = bodyShingles(b, size);
  const all = (m: Map<number, Uint32Array>) => union(m.values());
  const [sa, sb] = [all(pa), all(pb)];
  const pick = (m: Map<number, Uint32Array>, other: Uint32Array) =>
    [...m].filter(([, s]) => s.length > 0 && sharedCount(s, other) / s.length >= PASSAGE_MIN_SHARE).map(([i]) => i);
  return { a: pick(pa, sb), b: pick(pb, sa) };
}
