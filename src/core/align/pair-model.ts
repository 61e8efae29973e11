/**
 * @module The pair model's weights: a logistic regression over the features of pair-features.ts,
 * written by scripts/eval/fit-pair-model.ts (fitted on ../shared/eval/news-dev, L2 1; do not edit
 * by hand). A pair's probability is 1 / (1 + exp(-(bias + sum of weight * (feature - mean) / scale))).
 */
export const PAIR_MODEL = {
  features: ["dice","containSmall","containLarge","sentenceDice","sentenceContain","sharedBigrams","longestRun","mutualBest","relativeToBest","engineLink","engineSimilarity","inOrder","gapSize","sentenceLink","looseSentenceLink","sentencesLinked","sentenceLinkCount","shorterLength"],
  mean: [0.584683, 0.741914, 0.516676, 0.681041, 0.789739, 0.617427, 2.3503, 0.732759, 0.908327, 0.778736, 0.579184, 0.75, 1.93974, 0.648144, 0.649902, 0.591981, 0.665685, 3.17711],
  scale: [0.254806, 0.224548, 0.275854, 0.262226, 0.220837, 0.307263, 0.744774, 0.442519, 0.195713, 0.415098, 0.354509, 0.650486, 1.09912, 0.332441, 0.329812, 0.212243, 0.324606, 0.487188],
  weights: [0.203914, 0.730688, 0.0574827, 0.533873, 0.475006, 0.353318, 0.838846, -0.420217, -0.0726446, -0.711791, -0.129224, 0.866276, -0.569541, -0.236453, 0.466373, 0.339678, 0.654424, 0.346393],
  bias: 5.37494,
  threshold: 0.5,
};
