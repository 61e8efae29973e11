/**
 * @module The pair model's weights: a logistic regression over the features of pair-features.ts,
 * written by scripts/eval/fit-pair-model.ts (fitted on ../shared/eval/news-dev, L2 1; do not edit
 * by hand). A pair's probability is 1 / (1 + exp(-(bias + sum of weight * (feature - mean) / scale))).
 */
export const PAIR_MODEL = {
  features: ["dice","containSmall","containLarge","sentenceDice","sentenceContain","sharedBigrams","longestRun","mutualBest","relativeToBest","engineLink","engineSimilarity","inOrder","gapSize","sentenceLink","sentencesLinked","shorterLength"],
  mean: [0.583854, 0.741029, 0.515825, 0.679999, 0.76507, 0.616332, 2.35016, 0.730659, 0.907339, 0.776504, 0.577301, 0.744986, 1.92529, 0.647831, 0.599618, 3.17756],
  scale: [0.254623, 0.224769, 0.275574, 0.262383, 0.227863, 0.307624, 0.743711, 0.443617, 0.196441, 0.416588, 0.35524, 0.656254, 1.08367, 0.331089, 0.210354, 0.48656],
  weights: [0.126917, 0.63118, -0.0209676, 0.561894, 0.491838, 0.299331, 0.941646, -0.3721, -0.0547363, -0.581453, -0.239851, 0.888208, -0.433308, 1.02959, 0.403441, 0.430953],
  bias: 5.60248,
  threshold: 0.5,
};
