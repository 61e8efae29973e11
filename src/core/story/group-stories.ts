/** @module Group related articles into stories and choose each story's source version. */
import type { Article, Story } from "../article.ts";
import { allRelatedPairs, pairEvidence, type RelatedPair, type StoryIndex } from "./build-story-index.ts";
import { sharedCount } from "./shingles.ts";

export interface StoryGrouping {
  /** Multi-version stories first (largest first), then one-version stories; each story's id is its source's id. */
  stories: Story[];
  related: RelatedPair[];
}

export function groupStories(index: StoryIndex, articles: readonly Article[], preferredSources: ReadonlySet<string> = new Set()): StoryGrouping {
  const related = allRelatedPairs(index);
  const pos = new Map(index.ids.map((id, i) => [id, i]));
  const parent = index.ids.map((_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; } return x; };
  for (const r of related) {
    if (!r.sameStory) continue;
    const x = find(pos.get(r.a)!), y = find(pos.get(r.b)!);
    if (x !== y) parent[x] = y;
  }
  const groups = new Map<number, number[]>();
  index.ids.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i); else groups.set(root, [i]);
  });

  const stories: Story[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    // Guard against chaining (A~B, B~C, A and C unrelated): keep the members related to the chosen source.
    let group = members;
    for (let round = 0; round < 3; round++) {
      const src = chooseSource(index, articles, group, preferredSources);
      const keep = group.filter((m) => m === src || pairEvidence(index, m, src) != null);
      const kept = new Set(keep);
      const dropped = group.filter((m) => !kept.has(m));
      if (dropped.length === 0) break;
      for (const d of dropped) stories.push(single(index, d));
      group = keep;
    }
    if (group.length === 1) { stories.push(single(index, group[0]!)); continue; }
    const src = chooseSource(index, articles, group, preferredSources);
    const versions = [src, ...group.filter((m) => m !== src).sort((x, y) => cmp(index.ids[x]!, index.ids[y]!))].map((m) => index.ids[m]!);
    stories.push({ id: index.ids[src]!, source: index.ids[src]!, versions });
  }
  for (const members of groups.values()) if (members.length === 1) stories.push(single(index, members[0]!));
  stories.sort((x, y) => y.versions.length - x.versions.length || cmp(x.id, y.id));
  return { stories, related };
}

function single(index: StoryIndex, i: number): Story {
  return { id: index.ids[i]!, source: index.ids[i]!, versions: [index.ids[i]!] };
}

/**
 * The source is the version whose body holds the most of the other versions' body text (wire copy is
 * usually the superset); on a near tie, the one whose dateline or credit names a wire agency, then the
 * earliest date (undated last), then the id. A version in `preferred` (the user's choice) wins.
 */
export function chooseSource(index: StoryIndex, articles: readonly Article[], members: readonly number[], preferred: ReadonlySet<string> = new Set()): number {
  const chosen = members.find((m) => preferred.has(index.ids[m]!));
  if (chosen != null) return chosen;
  const scores = members.length <= PAIRWISE_MAX ? pairwiseScores(index, members) : pooledScores(index, members);
  // (rounded, so two methods' last bits never decide a tie: the tie rules below do)
  const scored = members.map((m, k) => ({ m, s: Math.round(scores[k]! * 1e9) / 1e9, a: articles[m]! }));
  const best = Math.max(...scored.map((x) => x.s));
  const tied = scored.filter((x) => best - x.s <= index.opts.sourceTie);
  tied.sort((x, y) =>
    Number(y.a.agency != null) - Number(x.a.agency != null) ||
    (x.a.date ?? "9999") .localeCompare(y.a.date ?? "9999") ||
    y.s - x.s ||
    cmp(x.a.id, y.a.id));
  return tied[0]!.m;
}

/** Up to this many versions, the source scores come from comparing every pair. */
const PAIRWISE_MAX = 32;

/**
 * Each member's score: the mean share of the other members' shingles that it holds. Pairwise: one
 * merge of sorted shingle lists per pair.
 */
export function pairwiseScores(index: StoryIndex, members: readonly number[]): number[] {
  return members.map((v) => {
    let s = 0;
    for (const u of members) if (u !== v && index.shingles[u]!.length) s += sharedCount(index.shingles[u]!, index.shingles[v]!) / index.shingles[u]!.length;
    return s / Math.max(1, members.length - 1);
  });
}

/**
 * The same scores for a large story (hundreds of versions of one wire story) in time linear in its
 * shingles: each shingle weighs the sum of 1/|u| over the members u holding it, so a member's sum of
 * shared(u, v)/|u| over the others is the weight of its shingles less its own share (1).
 */
export function pooledScores(index: StoryIndex, members: readonly number[]): number[] {
  const weight = new Map<number, number>();
  for (const u of members) {
    const sh = index.shingles[u]!;
    if (sh.length === 0) continue;
    const w = 1 / sh.length;
    for (const h of sh) weight.set(h, (weight.get(h) ?? 0) + w);
  }
  return members.map((v) => {
    const sh = index.shingles[v]!;
    if (sh.length === 0) return 0;
    let s = 0;
    for (const h of sh) s += weight.get(h)!;
    return (s - 1) / Math.max(1, members.length - 1);
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
