/**
 * @module Thresholds for finding the versions of a story, in one place, with how each was chosen.
 * Tuned on the seeds (000/001 one story; 002/003 share two paragraphs; 004 alone) and on planted
 * families in bench/stories.bench.ts; the reasoning is about wire copy in general.
 */
export interface StoryOptions {
  /** Words per shingle. 5 is the usual choice for near-duplicate news (Churnalism, plagiarism detectors): long enough that common phrases rarely match by chance. @default 5 */
  shingleSize: number;
  /** Index one shingle in this many (those whose hash is 0 modulo it): a fixed, content-defined sample, so two texts sharing a passage sample the same shingles. @default 4 */
  sampleModulo: number;
  /** A sampled shingle found in more articles than this is furniture or a stock phrase and is not used to find candidates. @default 64 */
  maxPostings: number;
  /** Candidates must share at least this many sampled shingles before containment is computed exactly. @default 2 */
  minSharedSamples: number;
  /** Two articles are related when they share at least this many shingles (about a sentence). @default 8 */
  relatedMinShingles: number;
  /**
   * Two articles are versions of one story when the smaller one's shingles are found in the larger
   * at least this share. Versions cut, reword and add, but keep most of the wire text (000 in 001:
   * ~0.7 after house-style edits); different stories sharing a quotation or background paragraph
   * stay far below (002/003: under 0.15). @default 0.4
   */
  storyMinContainment: number;
  /** Letters of a word kept for sentence matching, a crude stem (killed/killing, figure/figures). @default 6 */
  stemChars: number;
  /** Content words (4+ letters, not a function word) a sentence needs; shorter ones join the next. @default 4 */
  sentenceMinWords: number;
  /**
   * MinHash band keys indexed per sentence, of `sentenceBandRows` MinHashes each: two sentences at
   * Jaccard J share a band with probability J^rows. 6 x 4: a lightly reworded sentence (J 0.7) is
   * found with 0.8 probability, a retold one (J 0.5) with 0.3 (its shared shingles usually find it
   * anyway), while chance pairs of the bench's corpus (J ~0.1) almost never collide; with 3 rows those
   * chance pairs were 6x as many (3,000 bench articles), growing with the square of the corpus. @default 6
   */
  sentenceBands: number;
  /** @default 4 */
  sentenceBandRows: number;
  /** Sentences with fewer content words get no band keys (short common sentences collide by chance). @default 6 */
  sentenceKeyMinWords: number;
  /**
   * Only an article's first sentences get band keys: the lede and what follows carry what a rewrite
   * retells, and keying every sentence made chance pairs 7x as many on the bench. @default 8
   */
  sentenceKeyFirst: number;
  /** Two sentences correspond from this Jaccard of their content words (a retold or updated sentence). @default 0.3 */
  sentenceMinJaccard: number;
  /** A rewrite is a version when at least this many of its sentences correspond (several passages, not one quotation). @default 2 */
  storyMinSentences: number;
  /** ...and the corresponding sentences' Jaccard sums to this share of the shorter article's sentences. @default 0.25 */
  storyMinSentenceShare: number;
  /** ...and, when both are dated, they are at most this many days apart (wire copy is reused within days). @default 7 */
  storyMaxDays: number;
  /**
   * Two versions dated at most `storyNearDays` apart need only this share: same-day copy of one event is
   * where wire reuse concentrates. On news-dev, same-day versions retelling a few sentences scored 0.15
   * and 0.16, while independent same-day reports of one event (the negative controls) stayed at or
   * under 0.09; 0.13 sits between, nearer the controls' side by a third of their score. @default 0.13
   */
  storyNearSentenceShare: number;
  /** @default 2 */
  storyNearDays: number;
  /**
   * Sources whose scores differ by less than this share count as a near tie (agency, then date decide).
   * Two versions that differ only by house style and a dateline score within a few points of each
   * other (000/001: 0.03 apart), so 0.05. @default 0.05
   */
  sourceTie: number;
}

export const STORY_DEFAULTS: StoryOptions = {
  shingleSize: 5,
  sampleModulo: 4,
  maxPostings: 64,
  minSharedSamples: 2,
  relatedMinShingles: 8,
  storyMinContainment: 0.4,
  stemChars: 6,
  sentenceMinWords: 4,
  sentenceBands: 6,
  sentenceBandRows: 4,
  sentenceKeyMinWords: 6,
  sentenceKeyFirst: 8,
  sentenceMinJaccard: 0.3,
  storyMinSentences: 2,
  storyMinSentenceShare: 0.25,
  storyMaxDays: 7,
  storyNearSentenceShare: 0.13,
  storyNearDays: 2,
  sourceTie: 0.05,
};
