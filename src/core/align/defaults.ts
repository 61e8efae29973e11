/**
 * @module Every tuned threshold of the aligner, in one place. Chosen by `npm run eval` on the seed
 * gold (../shared/eval/seeds) and DEplain-web (60 German pairs), and by the unit tests' planted
 * merges, splits and moves; each comment says what it trades.
 */
export interface AlignOptions {
  /** Largest group on one side of a step (n:1 and 1:n up to this). @default 5 */
  maxGroup: number;
  /** Largest n:m tangle (both sides > 1) allowed, per side. 3 made a chain of three re-cut
   * paragraphs one 3:3 link claiming nine pairs where five share text; at 2 it becomes two smaller
   * links with no false pair. On DEplain-web 2 scored F1 .853 against .849 (Bible .171 / .152,
   * language learner .957 / .954), seeds unchanged, and the DP is 10% faster. @default 2 */
  maxTangle: number;
  /** Offset subtracted from a step's similarity before it is multiplied by its size: a step scores
   * only if its Dice similarity beats this. 0.25 kept every gold seed link while 0.35 lost the
   * heavily re-cut 000/001 merges; lower let shared boilerplate sentences link. @default 0.25 */
  stepOffset: number;
  /** A link needs at least this weighted Dice similarity. Two different stories that share one
   * background sentence sit below 0.35 for their other paragraphs (seeds 002/003). @default 0.35 */
  minSimilarity: number;
  /** Every member of a group must have at least this share of its weighted words inside the other
   * side, so a merge never swallows a neighbour with no evidence. @default 0.4 */
  memberContainment: number;
  /** Penalty per extra unit in a group (per unit beyond 1:1): keeps 1:1 + 1:1 ahead of a 2:2 tie.
   * Swept 0.05/0.15 on DEplain-web: 0.15 lifted group-exact F1 .768 -> .829 (fewer spurious
   * merges), seeds unchanged at F1 1.0. @default 0.15 */
  groupPenalty: number;
  /** Out-of-order (moved) links need this much more similarity: a move is a stronger claim. @default 0.5 */
  moveSimilarity: number;
  /** The moves pass probes the inverted index with this many of a leftover unit's rarest tokens.
   * Any of 8 found every planted move in the bench; probing all tokens cost 10x on repeated text. @default 8 */
  moveProbeTokens: number;
  /** Step 5 of the engine: link leftovers out of order. The loose sentence alignment goes without
   * it (its in-order links are the evidence the pair model reads). @default true */
  moves: boolean;
  /** Anchor pairs (mutual best, 1:1) need this similarity; the DP runs in a band around the
   * chain of anchors. @default 0.6 */
  anchorSimilarity: number;
  /** An anchor the in-order chain leaves out (it crosses the chain) that is at least this similar is
   * a moved copy: its units are kept out of the DP, which would otherwise give them a weaker
   * partner in order, and linked as a move. Decided by similarity, not by which anchor the chain
   * happened to keep, so align(a, b) and align(b, a) agree. @default 0.8 */
  movedAnchorSimilarity: number;
  /** Units of slack on each side of the anchor chain in the banded DP (a gap between anchors
   * larger than fullGapArea is searched along its diagonal +- this). @default 4 */
  bandSlack: number;
  /** Between two anchors, a gap of at most this many cells (A units x B units) is searched whole;
   * a larger gap only along its diagonal, +- bandSlack. 10,000 covers any real article. @default 10000 */
  fullGapArea: number;
  /** A pair is a candidate when shared weight / the smaller unit's weight reaches this: a
   * member of a merge, split or re-cut is mostly inside one unit of the other side, so the same
   * 0.4 as memberContainment; 0.2 made the DP try many groups for nothing (3x slower). @default 0.4 */
  candidateOverlap: number;
  /** An n:m tangle holding a pair this similar is refused (it is a swap: 1:1 links plus a move).
   * Real re-cut paragraph breaks give member pairs well below 0.8 (seed 000/001 merges: <= 0.7). @default 0.8 */
  twinSimilarity: number;
  /** A token in more than this share of all units is not used to find candidate pairs (it still
   * counts in similarity). @default 0.2 */
  candidateMaxDf: number;
  /** Weight multiplier for tokens with a digit (figures, dates): shared numbers are strong evidence. @default 1.5 */
  numberWeight: number;
  /** Tokens of at most this many characters get `shortWeight` (articles, particles in any language). @default 2 */
  shortLength: number;
  /** @default 0.5 */
  shortWeight: number;
  /** Paragraphs of two articles are linked by the pair model (align-by-pairs.ts) on top of this
   * engine; false gives the engine's links alone (alignArticles only). @default true */
  pairModel: boolean;
}

export const ALIGN_DEFAULTS: AlignOptions = {
  maxGroup: 5,
  maxTangle: 2,
  stepOffset: 0.25,
  minSimilarity: 0.35,
  memberContainment: 0.4,
  groupPenalty: 0.15,
  moveSimilarity: 0.5,
  moveProbeTokens: 8,
  moves: true,
  anchorSimilarity: 0.6,
  movedAnchorSimilarity: 0.8,
  bandSlack: 4,
  candidateMaxDf: 0.2,
  fullGapArea: 10_000,
  twinSimilarity: 0.8,
  candidateOverlap: 0.4,
  numberWeight: 1.5,
  shortLength: 2,
  shortWeight: 0.5,
  pairModel: true,
};

/**
 * The second sentence alignment the pair model reads (align-by-pairs.ts): the same engine with low
 * bars, so a paraphrased sentence still finds its partner in order. Its links are evidence the
 * model weighs, never links by themselves. Chosen on news-dev by the cross-validated F1 of the
 * model (scripts/eval/fit-pair-model.ts): the engine's own bars alone gave less. Without the moves
 * pass the cross-validated F1 held (.921 against .920) and the fitted one did not move, while that
 * pass was a third of this alignment's time on long repetitive texts.
 */
export const LOOSE_SENTENCE_OPTIONS: Partial<AlignOptions> = { minSimilarity: 0.15, stepOffset: 0.1, anchorSimilarity: 0.5, moves: false };

/** Pair-model candidates beyond the engine's and the sentence alignments' pairs: pairs whose shared
 * weight over the lighter paragraph reaches this (the engine's candidateOverlap). @default 0.4 */
export const PAIR_CANDIDATE_OVERLAP = 0.4;

/** Above this many paragraph pairs (50 x 50 paragraphs: every article of news-dev is smaller) the
 * overlap candidates are looked for only near the engine's in-order links, so cost stays linear in
 * long texts that repeat themselves; moves there are the engine's and the sentence alignment's. */
export const PAIR_INDEX_LIMIT = 2_500;

/** A member of a pair-model group (a merged or split paragraph) must hold at least this share of its
 * weight in words the other side holds and no other member of its side does: a paragraph repeated
 * in one version adds nothing of its own and stays out of its twin's link. 0.1 kept news-dev's
 * cross-validated F1 (.921 against .922 with no such test) and took the bench's planted truth at
 * 50% edits, where the seed text repeats, from .83 to 1.0 at 1,000 words. */
export const PAIR_MEMBER_SHARE = 0.1;
