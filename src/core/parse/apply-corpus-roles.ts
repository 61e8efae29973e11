/**
 * @module Corpus-level evidence: a block that recurs verbatim in several different stories of one
 * outlet is page furniture. Versions of one story (an outlet's own updates) share their story text,
 * so recurrence among them is no evidence.
 */
import type { Article } from "../article.ts";
import { CORPUS_RECUR_MAX_WORDS, CORPUS_RECUR_MIN } from "./defaults.ts";
import { countWords } from "./assign-roles.ts";
import { STORY_DEFAULTS } from "../story/defaults.ts";
import { articleShingles, paragraphShingles, sharedCount } from "../story/shingles.ts";

/**
 * Mark as boilerplate the body blocks that recur in articles of at least CORPUS_RECUR_MIN different
 * stories of the same (known) outlet. Articles of unknown outlet are left alone: a wire paragraph
 * carried by several outlets is exactly the story text we want to align. Two articles are versions of
 * one story by the story index's own test (the smaller's shingles found in the larger at
 * storyMinContainment, the block's own shingles left out), so the corpus and the stories agree on
 * what a story is.
 */
export function applyCorpusRoles(articles: readonly Article[]): Article[] {
  const seen = new Map<string, number[]>(); // outlet \u0000 text -> article positions
  const key = (a: Article, text: string) => `${a.outlet!.toLowerCase()}\u0000${text.toLowerCase()}`;
  articles.forEach((a, i) => {
    if (!a.outlet) return;
    for (const p of a.paragraphs) {
      if (p.role !== "body" || p.text === "" || countWords(p.text) > CORPUS_RECUR_MAX_WORDS) continue;
      const k = key(a, p.text);
      const at = seen.get(k);
      if (!at) seen.set(k, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  const stories = new StoryCounter(articles);
  const furniture = new Map<string, number>(); // key -> articles it recurs in
  for (const [k, at] of seen) {
    const text = k.slice(k.indexOf("\u0000") + 1);
    if (at.length >= CORPUS_RECUR_MIN && stories.atLeast(at, text, CORPUS_RECUR_MIN)) furniture.set(k, at.length);
  }
  return articles.map((a) => {
    if (!a.outlet || furniture.size === 0) return a;
    let changed = false;
    const paragraphs = a.paragraphs.map((p) => {
      const n = p.role === "body" ? furniture.get(key(a, p.text)) : undefined;
      if (n === undefined) return p;
      changed = true;
      const reason = `recurs in ${n} articles of ${a.outlet} (different stories)`;
      return { ...p, role: "boilerplate" as const, reason };
    });
    return changed ? { ...a, paragraphs } : a;
  });
}

/** Tells whether articles span enough different stories; each article's shingles are made once, when first needed. */
class StoryCounter {
  private readonly shingles = new Map<number, Uint32Array>();
  private readonly lower = new Map<number, string[]>();
  constructor(private readonly articles: readonly Article[]) {}

  /**
   * Articles `at` belong to at least `min` different stories, judged without the block `text` (lowercase)
   * itself: it is what is in question, and in short articles it may be much of the text.
   * Greedy: each article joins the first story it is a version of.
   */
  atLeast(at: readonly number[], text: string, min: number): boolean {
    const block = paragraphShingles(text, SIZE);
    const firsts: number[] = [];
    for (const i of at) {
      if (firsts.some((j) => this.sameStory(i, j, block, text))) continue;
      firsts.push(i);
      if (firsts.length >= min) return true;
    }
    return false;
  }

  /**
   * The story index's test (the smaller one's shingles found in the larger at storyMinContainment)
   * without the block. Leaving out the block's own shingles is exact but for the few that run across
   * its edges into the next paragraph (SIZE - 1 each side); only when those could tip the answer are
   * the shingles made again without the block.
   */
  private sameStory(i: number, j: number, block: Uint32Array, text: string): boolean {
    const x = this.of(i), y = this.of(j);
    const smaller = Math.min(x.length - sharedCount(x, block), y.length - sharedCount(y, block));
    const shared = sharedOutside(x, y, block);
    const edges = 2 * (SIZE - 1) * Math.max(this.count(i, text), this.count(j, text));
    if (smaller > 0 && (shared - edges) / smaller >= MIN_CONTAINMENT) return true; // surely one story
    if (smaller - edges > 0 && shared / (smaller - edges) < MIN_CONTAINMENT) return false; // surely two
    const xs = this.without(i, text), ys = this.without(j, text);
    const s = Math.min(xs.length, ys.length);
    return s > 0 && sharedCount(xs, ys) / s >= MIN_CONTAINMENT;
  }

  private of(i: number): Uint32Array {
    let s = this.shingles.get(i);
    if (!s) this.shingles.set(i, (s = articleShingles(this.articles[i]!, SIZE)));
    return s;
  }

  private lowerTexts(i: number): string[] {
    let l = this.lower.get(i);
    if (!l) this.lower.set(i, (l = this.articles[i]!.paragraphs.map((p) => p.text.toLowerCase())));
    return l;
  }

  /** How many paragraphs of article i are the block. */
  private count(i: number, text: string): number {
    let n = 0;
    for (const t of this.lowerTexts(i)) if (t === text) n++;
    return n;
  }

  /** Article i's shingles without the block's paragraphs. */
  private without(i: number, text: string): Uint32Array {
    const a = this.articles[i]!, lower = this.lowerTexts(i);
    return articleShingles({ ...a, paragraphs: a.paragraphs.filter((_, k) => lower[k] !== text) }, SIZE);
  }
}

const SIZE = STORY_DEFAULTS.shingleSize, MIN_CONTAINMENT = STORY_DEFAULTS.storyMinContainment;

/** Values two sorted unique arrays share that a third does not hold (one merge over the three). */
function sharedOutside(x: Uint32Array, y: Uint32Array, out: Uint32Array): number {
  let i = 0, j = 0, k = 0, n = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!, b = y[j]!;
    if (a < b) i++;
    else if (b < a) j++;
    else {
      while (k < out.length && out[k]! < a) k++;
      if (k >= out.length || out[k] !== a) n++;
      i++; j++;
    }
  }
  return n;
}
