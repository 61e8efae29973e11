/**
 * @module The story index: every article's shingles and sentence word sets, plus inverted indexes of a
 * content-defined sample of the shingles and of the sentences' MinHash band keys, so related articles
 * (copied or reworded) are found without comparing all pairs.
 */
import type { Article } from "../article.ts";
import { STORY_DEFAULTS, type StoryOptions } from "./defaults.ts";
import { isSameStory } from "./same-story.ts";
import { sentenceBandKeys } from "./sentence-keys.ts";
import { sentenceOverlap } from "./sentence-overlap.ts";
import { scanSentenceSets, type SentenceSets } from "./sentence-sets.ts";
import { scanShingles, sharedCount } from "./shingles.ts";
import { WordScan } from "./word-scan.ts";

/** Articles are numbered by position; keys pack (hash, position) into one float64 so one typed sort builds the postings. */
const ID_SPACE = 2 ** 20;

export interface StoryIndex {
  ids: string[];
  shingles: Uint32Array[];
  sentences: SentenceSets[];
  /** What the same-story rule reads besides the text. */
  meta: Pick<Article, "date" | "agency">[];
  /** Sorted hash * ID_SPACE + position, for the sampled shingles. */
  keys: Float64Array;
  /** Sorted band key * ID_SPACE + position, for every sentence's MinHash bands. */
  sentenceKeys: Float64Array;
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
  /** Sentences of the shorter article (in sentences) with a counterpart in the other, copied or reworded. */
  sentences: number;
  /** Those sentences' summed Jaccard over the shorter article's sentence count. */
  sentenceShare: number;
  /** The pair passes the same-story rule (isSameStory); stories are its connected groups. */
  sameStory: boolean;
}

export function buildStoryIndex(articles: readonly Article[], options: Partial<StoryOptions> = {}, onProgress?: (done: number, total: number) => void): StoryIndex {
  const opts = { ...STORY_DEFAULTS, ...options };
  if (articles.length >= ID_SPACE) throw new RangeError(`the story index holds at most ${ID_SPACE - 1} articles`);
  const shingles: Uint32Array[] = new Array(articles.length);
  const sentences: SentenceSets[] = new Array(articles.length);
  // (kept only while building: a query recomputes one article's keys from its sentences)
  const bands: Uint32Array[] = new Array(articles.length);
  let sampled = 0, banded = 0;
  const scan = new WordScan(opts.stemChars);
  const step = Math.max(1, Math.floor(articles.length / 100));
  for (let i = 0; i < articles.length; i++) {
    scan.reset().addBody(articles[i]!);
    const s = scanShingles(scan, opts.shingleSize);
    shingles[i] = s;
    for (let k = 0; k < s.length; k++) if (s[k]! % opts.sampleModulo === 0) sampled++;
    sentences[i] = scanSentenceSets(scan, opts);
    bands[i] = sentenceBandKeys(sentences[i]!, opts);
    banded += bands[i]!.length;
    if (onProgress && (i % step === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
  }
  const keys = new Float64Array(sampled);
  let n = 0;
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i]!;
    for (let k = 0; k < s.length; k++) if (s[k]! % opts.sampleModulo === 0) keys[n++] = s[k]! * ID_SPACE + i;
  }
  keys.sort();
  const sentenceKeys = new Float64Array(banded);
  n = 0;
  for (let i = 0; i < bands.length; i++) for (const k of bands[i]!) sentenceKeys[n++] = k * ID_SPACE + i;
  sentenceKeys.sort();
  const meta = articles.map((a) => ({ date: a.date, agency: a.agency }));
  return { ids: articles.map((a) => a.id), shingles, sentences, meta, keys, sentenceKeys, opts };
}

/**
 * The pair's evidence, or null when the two share neither a sentence's worth of shingles nor several
 * sentences. Without a shared sentence band (`banded` false) and with few shingles in common, the
 * sentences are not compared: chance candidates are most candidates, and a retelling that shares
 * fewer than a sentence's worth of shingles is found through its bands or through other versions.
 */
export function pairEvidence(index: StoryIndex, i: number, j: number, banded = true): RelatedPair | null {
  const si = index.shingles[i]!, sj = index.shingles[j]!, opts = index.opts;
  const shared = sharedCount(si, sj);
  if (!banded && shared < opts.relatedMinShingles) return null;
  const overlap = sentenceOverlap(index.sentences[i]!, index.sentences[j]!, opts.sentenceMinJaccard);
  if (shared < opts.relatedMinShingles && overlap.matched < opts.storyMinSentences) return null;
  const small = Math.min(si.length, sj.length);
  const evidence = { containment: small ? shared / small : 0, sentences: overlap.matched, sentenceShare: overlap.share };
  return {
    a: index.ids[i]!, b: index.ids[j]!, containmentAB: round(si.length ? shared / si.length : 0),
    containmentBA: round(sj.length ? shared / sj.length : 0), shared, sentences: overlap.matched,
    sentenceShare: round(overlap.share), sameStory: isSameStory(evidence, index.meta[i]!, index.meta[j]!, opts),
  };
}

/** A candidate's count holds its shingle-sample hits plus BAND_HIT per sentence band hit. */
const BAND_HIT = 65536;
const hits = (c: number) => (c % BAND_HIT) + Math.floor(c / BAND_HIT);

/** Adds `weight` to the count of every pair of articles sharing a key whose postings are not too common. */
function countPostings(keys: Float64Array, maxPostings: number, weight: number, counts: Map<number, number>): void {
  for (let start = 0; start < keys.length; ) {
    const hash = Math.floor(keys[start]! / ID_SPACE);
    let end = start + 1;
    while (end < keys.length && Math.floor(keys[end]! / ID_SPACE) === hash) end++;
    if (end - start > 1 && end - start <= maxPostings) {
      for (let x = start; x < end; x++) {
        const i = keys[x]! - hash * ID_SPACE;
        for (let y = x + 1; y < end; y++) {
          const j = keys[y]! - hash * ID_SPACE;
          const k = i < j ? i * ID_SPACE + j : j * ID_SPACE + i;
          counts.set(k, (counts.get(k) ?? 0) + weight);
        }
      }
    }
    start = end;
  }
}

/**
 * Every related pair (a before b in index order), found through the postings: no all-pairs loop. A
 * candidate shares two sampled shingles or one sentence band (a sentence copied or reworded).
 */
export function allRelatedPairs(index: StoryIndex): RelatedPair[] {
  const counts = new Map<number, number>();
  const { opts } = index;
  countPostings(index.keys, opts.maxPostings, 1, counts);
  countPostings(index.sentenceKeys, opts.maxPostings, BAND_HIT, counts);
  const out: RelatedPair[] = [];
  for (const [k, c] of counts) {
    if (hits(c) < opts.minSharedSamples) continue;
    const i = Math.floor(k / ID_SPACE), j = k - i * ID_SPACE;
    const r = pairEvidence(index, i, j, c >= BAND_HIT);
    if (r) out.push(r);
  }
  return out.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** Adds `weight` to the count of every other article found under the given keys. */
function countLookups(keys: Float64Array, of: Iterable<number>, i: number, maxPostings: number, weight: number, counts: Map<number, number>): void {
  for (const h of of) {
    const lo = lowerBound(keys, h * ID_SPACE), hi = lowerBound(keys, (h + 1) * ID_SPACE);
    if (hi - lo > maxPostings) continue;
    for (let x = lo; x < hi; x++) {
      const j = keys[x]! - h * ID_SPACE;
      if (j !== i) counts.set(j, (counts.get(j) ?? 0) + weight);
    }
  }
}

/** The articles related to one article, best first: a binary search per sampled shingle and sentence band. */
export function relatedTo(index: StoryIndex, id: string): RelatedPair[] {
  const i = index.ids.indexOf(id);
  if (i < 0) return [];
  const { opts } = index;
  const counts = new Map<number, number>();
  countLookups(index.keys, index.shingles[i]!.filter((h) => h % opts.sampleModulo === 0), i, opts.maxPostings, 1, counts);
  countLookups(index.sentenceKeys, sentenceBandKeys(index.sentences[i]!, opts), i, opts.maxPostings, BAND_HIT, counts);
  const out: RelatedPair[] = [];
  for (const [j, c] of counts) {
    if (hits(c) < opts.minSharedSamples) continue;
    const r = pairEvidence(index, i, j, c >= BAND_HIT);
    if (r) out.push(r);
  }
  return out.sort((x, y) => y.shared - x.shared || y.sentenceShare - x.sentenceShare);
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
