/** @module The story index: every article's shingles plus an inverted index of a content-defined sample of them, so related articles are found without comparing all pairs. */
import type { Article } from "../article.ts";
import { STORY_DEFAULTS, type StoryOptions } from "./defaults.ts";
import { articleShingles, sharedCount } from "./shingles.ts";

/** Articles are numbered by position; keys pack (hash, position) into one float64 so one typed sort builds the postings. */
const ID_SPACE = 2 ** 20;

export interface StoryIndex {
  ids: string[];
  shingles: Uint32Array[];
  /** Sorted hash * ID_SPACE + position, for the sampled shingles. */
  keys: Float64Array;
  opts: StoryOptions;
}

export interface RelatedPair {
  a: string;
  b: string;
  /** Share of A's shingles found in B. */
  containmentAB: number;
  /** Share of B's shingles found in A. */
  containmentBA: number;
  /** Shingles shared. */
  shared: number;
}

export function buildStoryIndex(articles: readonly Article[], options: Partial<StoryOptions> = {}, onProgress?: (done: number, total: number) => void): StoryIndex {
  const opts = { ...STORY_DEFAULTS, ...options };
  if (articles.length >= ID_SPACE) throw new RangeError(`the story index holds at most ${ID_SPACE - 1} articles`);
  const shingles: Uint32Array[] = new Array(articles.length);
  let sampled = 0;
  const step = Math.max(1, Math.floor(articles.length / 100));
  for (let i = 0; i < articles.length; i++) {
    const s = articleShingles(articles[i]!, opts.shingleSize);
    shingles[i] = s;
    for (let k = 0; k < s.length; k++) if (s[k]! % opts.sampleModulo === 0) sampled++;
    if (onProgress && (i % step === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
  }
  const keys = new Float64Array(sampled);
  let n = 0;
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i]!;
    for (let k = 0; k < s.length; k++) if (s[k]! % opts.sampleModulo === 0) keys[n++] = s[k]! * ID_SPACE + i;
  }
  keys.sort();
  return { ids: articles.map((a) => a.id), shingles, keys, opts };
}

function related(index: StoryIndex, i: number, j: number): RelatedPair | null {
  const si = index.shingles[i]!, sj = index.shingles[j]!;
  const shared = sharedCount(si, sj);
  if (shared < index.opts.relatedMinShingles) return null;
  return { a: index.ids[i]!, b: index.ids[j]!, containmentAB: round(shared / si.length), containmentBA: round(shared / sj.length), shared };
}

/** Every related pair (a before b in index order), found through the postings: no all-pairs loop. */
export function allRelatedPairs(index: StoryIndex): RelatedPair[] {
  const counts = new Map<number, number>();
  const { keys, opts } = index;
  for (let start = 0; start < keys.length; ) {
    const hash = Math.floor(keys[start]! / ID_SPACE);
    let end = start + 1;
    while (end < keys.length && Math.floor(keys[end]! / ID_SPACE) === hash) end++;
    const len = end - start;
    if (len > 1 && len <= opts.maxPostings) {
      for (let x = start; x < end; x++) {
        const i = keys[x]! - hash * ID_SPACE;
        for (let y = x + 1; y < end; y++) {
          const j = keys[y]! - hash * ID_SPACE;
          const k = i < j ? i * ID_SPACE + j : j * ID_SPACE + i;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  const out: RelatedPair[] = [];
  for (const [k, c] of counts) {
    if (c < opts.minSharedSamples) continue;
    const i = Math.floor(k / ID_SPACE), j = k - i * ID_SPACE;
    const r = related(index, i, j);
    if (r) out.push(r);
  }
  return out.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** The articles related to one article, best first: a binary search per sampled shingle. */
export function relatedTo(index: StoryIndex, id: string): RelatedPair[] {
  const i = index.ids.indexOf(id);
  if (i < 0) return [];
  const { keys, opts } = index;
  const counts = new Map<number, number>();
  for (const h of index.shingles[i]!) {
    if (h % opts.sampleModulo !== 0) continue;
    const lo = lowerBound(keys, h * ID_SPACE), hi = lowerBound(keys, (h + 1) * ID_SPACE);
    if (hi - lo > opts.maxPostings) continue;
    for (let x = lo; x < hi; x++) {
      const j = keys[x]! - h * ID_SPACE;
      if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
  }
  const out: RelatedPair[] = [];
  for (const [j, c] of counts) {
    if (c < opts.minSharedSamples) continue;
    const r = related(index, i, j);
    if (r) out.push(r);
  }
  return out.sort((x, y) => y.shared - x.shared);
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
