/**
 * @module Paragraph alignment that survives rewording and updating. The paragraph engine
 * (align-units.ts) links near-copies; on top of it every candidate pair (the engine's links, the
 * pairs two sentence alignments link, pairs sharing much of their weighted words) gets a
 * probability from a small logistic model over explainable features (pair-features.ts: stemmed
 * word overlap as wholes and sentence by sentence, shared word order, best-match ranks, the
 * engine's links and their order, the sentence links), and group-pairs.ts turns the probable pairs
 * into links. The model's weights are data (pair-model.ts), fitted with leave-one-group-out
 * cross-validation on labelled news versions.
 */
import { alignUnits, type Unit, type UnitAlignment, type UnitGroup } from "./align-units.ts";
import { ALIGN_DEFAULTS, LOOSE_SENTENCE_OPTIONS, PAIR_CANDIDATE_OVERLAP, PAIR_INDEX_LIMIT, PAIR_MEMBER_SHARE, type AlignOptions } from "./defaults.ts";
import { groupPairs } from "./group-pairs.ts";
import { inOrderChain } from "./in-order-chain.ts";
import { liftSentenceLinks, pairFeatures, PAIR_FEATURES, type PairCandidate } from "./pair-features.ts";
import { PAIR_MODEL } from "./pair-model.ts";
import { internReset } from "./tokenize-unit.ts";
import type { UnitWordIds } from "./unit-tokens.ts";
import { unitStems, type UnitStems } from "./unit-stems.ts";

/** What the pair aligner saw: the stems, the sentence links and the scored candidates (for evidence and fitting). */
export interface PairScoring {
  S: UnitStems;
  na: number;
  nb: number;
  /** Sentence index pairs (global sentence ids of S) the loose sentence alignment linked, with similarity. */
  sentenceLinks: { i: number; j: number; similarity: number }[];
  candidates: PairCandidate[];
  /** Probability of each candidate (same order). */
  p: Float64Array;
}

export interface PairAlignment extends UnitAlignment {
  scoring: PairScoring;
}

export type PairModel = typeof PAIR_MODEL;

/** The model's probability for a feature vector in PAIR_FEATURES order. */
export function pairProbability(model: PairModel, f: Float64Array): number {
  let z = model.bias;
  for (let k = 0; k < model.features.length; k++) {
    const at = PAIR_FEATURES.indexOf(model.features[k] as (typeof PAIR_FEATURES)[number]);
    z += model.weights[k]! * ((f[at]! - model.mean[k]!) / model.scale[k]!);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Align two unit lists (paragraphs) by the pair model; see the module comment. */
export function alignByPairs(
  aTexts: readonly string[], bTexts: readonly string[], options: Partial<AlignOptions> = {}, fromTokens?: UnitWordIds, model: PairModel = PAIR_MODEL,
): PairAlignment {
  const o: AlignOptions = { ...ALIGN_DEFAULTS, ...options };
  const na = aTexts.length, nb = bTexts.length;
  // (as alignUnits does: the interner may be reset, when full, unless the caller holds ids from it)
  if (!fromTokens) internReset();
  const S = unitStems(aTexts, bTexts, o.numberWeight, o.shortLength, o.shortWeight);
  // (without the caller's tokens, the engine reads each paragraph's words from S: the words of its
  // sentences in order are its words, as sentences break only at white space)
  const unitWords: UnitWordIds = (side, u, out, at) => copyWords(S, S.off[side === 0 ? u : na + u]!, S.off[side === 0 ? u + 1 : na + u + 1]!, out, at);
  const engine = alignUnits(aTexts, bTexts, o, fromTokens ?? unitWords);
  // both texts' sentences (A's are S's first ones, B's follow), aligned with low bars; their words
  // are read from S, not scanned again
  const firstSentB = S.sentOfUnit[na]!, nSent = S.sentSpan.length;
  const unitOfSent = new Int32Array(nSent);
  for (let u = 0; u < na + nb; u++) for (let s = S.sentOfUnit[u]!; s < S.sentOfUnit[u + 1]!; s++) unitOfSent[s] = u < na ? u : u - na;
  const sentences = (from: number, to: number): Unit[] => Array.from({ length: to - from }, (_, k) => sentenceText(S, aTexts, bTexts, na, from + k));
  const sentenceWords: UnitWordIds = (side, s, out, at) => {
    const g = side === 0 ? s : firstSentB + s;
    return copyWords(S, S.sentOff[g]!, S.sentOff[g + 1]!, out, at);
  };
  const loose = alignUnits(sentences(0, firstSentB), sentences(firstSentB, nSent), LOOSE_SENTENCE_OPTIONS, sentenceWords);
  const candidates = pairFeatures({
    S, na, nb, engine,
    looseSentences: liftSentenceLinks(loose, unitOfSent.subarray(0, firstSentB), unitOfSent.subarray(firstSentB), nb),
    candidateOverlap: PAIR_CANDIDATE_OVERLAP, maxIndexPairs: PAIR_INDEX_LIMIT, bandSlack: o.maxGroup,
  });
  const p = Float64Array.from(candidates, (c) => pairProbability(model, c.f));
  const inOrder = PAIR_FEATURES.indexOf("inOrder");
  const pairGroups = groupPairs(candidates.map((c, k) => ({ x: c.x, y: c.y, p: p[k]!, sim: c.f[0]!, crossing: c.f[inOrder]! < 0 })), nb,
    { threshold: model.threshold, maxSide: o.maxGroup, twinSimilarity: o.twinSimilarity,
      membersNeeded: membersTest(S, na, PAIR_MEMBER_SHARE) });
  // a group the engine made too keeps the engine's similarity (it also joins compounds: air strikes / airstrikes)
  const engineSim = new Map(engine.groups.map((g) => [`${g.a}|${g.b}`, g.similarity]));
  const groups: UnitGroup[] = pairGroups.map((g) => ({ a: g.a, b: g.b, similarity: engineSim.get(`${g.a}|${g.b}`) ?? groupSimilarity(S, na, g.a, g.b), moved: false }));
  flagMoves(groups, S, na, nb);
  const usedA = new Uint8Array(na), usedB = new Uint8Array(nb);
  for (const g of groups) { for (const x of g.a) usedA[x] = 1; for (const y of g.b) usedB[y] = 1; }
  const onlyA: number[] = [], onlyB: number[] = [];
  for (let x = 0; x < na; x++) if (!usedA[x]) onlyA.push(x);
  for (let y = 0; y < nb; y++) if (!usedB[y]) onlyB.push(y);
  // (the sentence pairs are listed only when evidence asks for them)
  const scoring: PairScoring = {
    S, na, nb, candidates, p,
    get sentenceLinks() { return loose.groups.flatMap((g) => g.a.flatMap((i) => g.b.map((j) => ({ i, j: firstSentB + j, similarity: g.similarity })))); },
  };
  return { groups, onlyA, onlyB, scoring };
}

/** Copies S.wordIds[from, to) into out at `at`; -1 when out lacks room (the engine then scans the text). */
function copyWords(S: UnitStems, from: number, to: number, out: Int32Array, at: number): number {
  if (at + to - from > out.length) return -1;
  out.set(S.wordIds.subarray(from, to), at);
  return to - from;
}

/** The text of sentence s (S's numbering). */
function sentenceText(S: UnitStems, aTexts: readonly string[], bTexts: readonly string[], na: number, s: number): string {
  let u = 0;
  // (binary search for the unit holding sentence s)
  let lo = 0, hi = S.sentOfUnit.length - 2;
  while (lo < hi) { const m = (lo + hi + 1) >> 1; if (S.sentOfUnit[m]! <= s) lo = m; else hi = m - 1; }
  u = lo;
  const text = u < na ? aTexts[u]! : bTexts[u - na]!;
  return text.slice(S.sentSpan[s]![0], S.sentSpan[s]![1]);
}

/**
 * Whether each member of a group holds, of its own weight, at least `share` in words the other side
 * holds and no other member of its side does. Counts live in scratch arrays by stem id (all zero
 * between calls).
 */
function membersTest(S: UnitStems, na: number, share: number): (as: readonly number[], bs: readonly number[]) => boolean {
  const V = S.weight.length;
  const onA = new Int32Array(V), onB = new Int32Array(V), seen = new Int32Array(V).fill(-1);
  let visit = 0;
  // distinct stems of a unit, each once (seen[t] === visit while reading it)
  const each = (u: number, f: (t: number) => void) => { visit++; for (let k = S.off[u]!; k < S.off[u + 1]!; k++) { const t = S.ids[k]!; if (seen[t] !== visit) { seen[t] = visit; f(t); } } };
  const count = (units: readonly number[], from: number, into: Int32Array, d: number) => { for (const u of units) each(from + u, (t) => { into[t]! += d; }); };
  const needed = (units: readonly number[], from: number, own: Int32Array, other: Int32Array) => units.length === 1 || units.every((u) => {
    let w = 0, unique = 0;
    each(from + u, (t) => { w += S.weight[t]!; if (own[t] === 1 && other[t]! > 0) unique += S.weight[t]!; });
    return w > 0 && unique >= share * w;
  });
  return (as, bs) => {
    count(as, 0, onA, 1); count(bs, na, onB, 1);
    const ok = needed(as, 0, onA, onB) && needed(bs, na, onB, onA);
    count(as, 0, onA, -1); count(bs, na, onB, -1);
    return ok;
  };
}

/** Weighted Dice of the union of a group's stems on each side, rounded to 3 places. */
function groupSimilarity(S: UnitStems, na: number, as: readonly number[], bs: readonly number[]): number {
  const side = (units: readonly number[], from: number) => {
    const set = new Set<number>();
    for (const u of units) for (let k = S.off[from + u]!; k < S.off[from + u + 1]!; k++) set.add(S.ids[k]!);
    return set;
  };
  const x = side(as, 0), y = side(bs, na);
  let wx = 0, wy = 0, shared = 0;
  for (const t of x) { wx += S.weight[t]!; if (y.has(t)) shared += S.weight[t]!; }
  for (const t of y) wy += S.weight[t]!;
  return wx + wy > 0 ? Math.round((2000 * shared) / (wx + wy)) / 1000 : 0;
}

/** Flags the groups outside the in-order chain (longest, then most similar) as moved. */
function flagMoves(groups: UnitGroup[], S: UnitStems, na: number, nb: number): void {
  const size = (g: UnitGroup) => g.a.reduce((s, x) => s + S.off[x + 1]! - S.off[x]!, 0) + g.b.reduce((s, y) => s + S.off[na + y + 1]! - S.off[na + y]!, 0);
  const keep = new Set(inOrderChain(groups.map((g) => [g.a[0]!, g.b[0]!] as const), groups.map((g) => g.similarity), groups.map(size), (k) => k, na, nb));
  groups.forEach((g, k) => { g.moved = !keep.has(k); });
}
