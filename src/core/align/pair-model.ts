/**
 * @module The pair model's weights: a logistic regression over the features of pair-features.ts,
 * written by scripts/eval/fit-pair-model.ts (fitted on ../shared/eval/news-dev, L2 1; do not edit
 * by hand). A pair's probability is 1 / (1 + exp(-(bias + sum of weight * (feature - mean) / scale))).
 */
export const PAIR_MODEL = {
  features: ["dice","containSmall","containLarge","sentenceDice","sentenceContain","sharedBigrams","longestRun","mutualBest","relativeToBest","engineLink","engineSimilarity","inOrder","gapSize","sentenceLink","sentencesLinked","shorterLength"],
  mean: [0.584683, 0.741914, 0.516676, 0.681041, 0.766057, 0.617219, 2.3503, 0.732759, 0.908327, 0.778736, 0.579184, 0.75, 1.93974, 0.649902, 0.591981, 3.17711],
  scale: [0.254806, 0.224548, 0.275854, 0.262226, 0.227665, 0.307619, 0.744774, 0.442519, 0.195713, 0.415098, 0.354509, 0.650486, 1.09912, 0.329812, 0.212243, 0.487188],
  weights: [0.103127, 0.640649, -0.0367428, 0.566407, 0.474753, 0.32756, 0.851605, -0.388934, 0.00240498, -0.578474, -0.23352, 0.869584, -0.530484, 1.03272, 0.365123, 0.397374],
  bias: 5.57989,
  threshold: 0.5,
};
