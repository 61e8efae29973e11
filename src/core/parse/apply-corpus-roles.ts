/**
 * @module Corpus-level evidence: a block that recurs verbatim in several different stories of one
 * outlet is page furniture. Versions of one story (an outlet's own updates) share their story text,
 * so recurrence among them is no evidence.
 */
import type { Article } from "../article.ts";
import { CORPUS_RECUR_MAX_WORDS, CORPUS_RECUR_MIN } from "./defaults.ts";
import { countWords } from "./assign-roles.ts";
import { STORY_DEFAULTS } from "../story/defaults.ts";
import { articleShingles, sharedCount } from "../story/shingles.ts";

/**
 * Mark as boilerplate the body blocks that recur in articles of at least CORPUS_RECUR_MIN different
 * stories of the same (known) outlet. Articles of unknown outlet are left alone: a wire paragraph
 * carried by several outlets is exactly the story text we want to align. Two articles are versions of
 * one story by the story index's own test (the smaller's shingles found in the larger at
 * storyMinContainment), so the corpus and the stories agree on what a story is.
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
  for (const [k, at] of seen) if (at.length >= CORPUS_RECUR_MIN && stories.atLeast(at, CORPUS_RECUR_MIN)) furniture.set(k, at.length);
  return articles.map((a) => {
    if (!a.outlet || furniture.size === 0) return a;
    let changed = false;
    const paragraphs = a.paragraphs.map((p) => {
      const n = p.role === "body" ? furniture.get(key(a, p.text)) : undefined;
      if (n === undefined) return p;
      changed = true;
      return { ...p, role: "boilerplate" as const, reason: `recurs in ${n} articles of ${a.outlet} (different stories)` };
    });
    return changed ? { ...a, paragraphs } : a;
  });
}

/** Tells whether a set of articles spans enough different stories; shingles are made once per article, when first needed. */
class StoryCounter {
  private shingles = new Map<number, Uint32Array>();
  constructor(private readonly articles: readonly Article[]) {}

  /** Articles `at` belong to at least `min` different stories (greedy: each joins the first story it is a version of). */
  atLeast(at: readonly number[], min: number): boolean {
    const firsts: number[] = [];
    for (const i of at) {
      if (firsts.some((j) => this.sameStory(i, j))) continue;
      firsts.push(i);
      if (firsts.length >= min) return true;
    }
    return false;
  }

  private sameStory(i: number, j: number): boolean {
    const si = this.of(i), sj = this.of(j);
    const smaller = Math.min(si.length, sj.length);
    return smaller > 0 && sharedCount(si, sj) / smaller >= STORY_DEFAULTS.storyMinContainment;
  }

  private of(i: number): Uint32Array {
    let s = this.shingles.get(i);
    if (!s) this.shingles.set(i, (s = articleShingles(this.articles[i]!, STORY_DEFAULTS.shingleSize)));
    return s;
  }
}
