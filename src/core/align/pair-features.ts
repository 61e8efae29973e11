/**
 * @module The evidence that two paragraphs carry the same source text, as numbers the pair model
 * (pair-model.ts) weighs: how much of their stemmed, IDF-weighted words they share as wholes and
 * sentence by sentence, how much runs in the same order (shared word pairs, the longest shared
 * run), whether each is the other's best match, and context: whether the paragraph engine linked
 * them, whether the pair lies in the order of the engine's links, and whether an alignment of the
 * two texts' sentences links a sentence of one to a sentence of the other. Every feature reads the
 * same with the sides swapped.
 */
import type { UnitAlignment } from "./align-units.ts";
import type { UnitStems } from "./unit-stems.ts";

/** Feature names, in the order of a candidate's `f` (pair-model.ts holds one weight per name). */
export const PAIR_FEATURES = [
  "dice", "containSmall", "containLarge", "sentenceDice", "sentenceContain", "sharedBigrams", "longestRun",
  "mutualBest", "relativeToBest", "engineLink", "engineSimilarity", "inOrder", "gapSize",
  "sentenceLink", "looseSentenceLink", "sentencesLinked", "sentenceLinkCount", "shorterLength",
] as const;

export interface PairCandidate {
  /** Unit indices: x in A, y in B. */
  x: number;
  y: number;
  f: Float64Array;
}

/** Paragraph pairs the sentence alignment links (key x * nb + y -> best similarity and count). */
export type LiftedLinks = Map<number, { sim: number; count: number }>;

/** Lift a sentence alignment to paragraph pairs; `frac` is the share of all sentences linked. */
export function liftSentenceLinks(r: UnitAlignment, unitOfSentA: Int32Array, unitOfSentB: Int32Array, nb: number): { pairs: LiftedLinks; frac: number } {
  const pairs: LiftedLinks = new Map();
  let linked = 0;
  for (const g of r.groups) {
    linked += g.a.length + g.b.length;
    for (const i of g.a) for (const j of g.b) {
      const k = unitOfSentA[i]! * nb + unitOfSentB[j]!;
      const o = pairs.get(k);
      if (o) { o.sim = Math.max(o.sim, g.similarity); o.count++; } else pairs.set(k, { sim: g.similarity, count: 1 });
    }
  }
  const total = unitOfSentA.length + unitOfSentB.length;
  return { pairs, frac: total ? linked / total : 0 };
}

export interface FeatureContext {
  S: UnitStems;
  na: number;
  nb: number;
  engine: UnitAlignment;
  sentences: { pairs: LiftedLinks; frac: number };
  looseSentences: { pairs: LiftedLinks; frac: number };
  /** Pairs whose shared weight over the lighter unit reaches this are candidates too. */
  candidateOverlap: number;
  /** Above this many unit pairs, only engine and sentence pairs are candidates (no all-pairs index). */
  maxIndexPairs: number;
}

/** The candidate pairs (engine links, sentence links, pairs with enough overlap) and their features. */
export function pairFeatures(ctx: FeatureContext): PairCandidate[] {
  const { S, na, nb, engine } = ctx;
  const { ids, off, weight } = S;
  const V = weight.length;
  const unitW = new Float64Array(na + nb);
  const mark = new Int32Array(V).fill(-1);
  for (let u = 0; u < na + nb; u++) {
    let s = 0;
    for (let k = off[u]!; k < off[u + 1]!; k++) { const t = ids[k]!; if (mark[t] !== u) { mark[t] = u; s += weight[t]!; } }
    unitW[u] = s;
  }
  // shared weight of every pair that shares a word, through postings (B units per stem)
  const keys = new Set<number>();
  const engineSim = new Map<number, number>();
  for (const g of engine.groups) for (const x of g.a) for (const y of g.b) { engineSim.set(x * nb + y, g.similarity); keys.add(x * nb + y); }
  for (const k of ctx.sentences.pairs.keys()) keys.add(k);
  for (const k of ctx.looseSentences.pairs.keys()) keys.add(k);
  const shared = sharedWeights(S, na, nb, unitW, na * nb <= ctx.maxIndexPairs ? ctx.candidateOverlap : Infinity, keys);
  // dice of every candidate, and each row's and column's best
  const list = [...keys].sort((p, q) => p - q);
  const dice = new Float64Array(list.length);
  const rowBest = new Float64Array(na), colBest = new Float64Array(nb);
  list.forEach((k, i) => {
    const x = Math.floor(k / nb), y = k - x * nb;
    const sh = shared.get(k) ?? sharedOf(S, x, na + y, mark);
    const d = unitW[x]! + unitW[na + y]! > 0 ? (2 * sh) / (unitW[x]! + unitW[na + y]!) : 0;
    dice[i] = d;
    if (d > rowBest[x]!) rowBest[x] = d;
    if (d > colBest[y]!) colBest[y] = d;
  });
  const order = orderContext(engine, na, nb);
  const out: PairCandidate[] = [];
  list.forEach((k, i) => {
    const x = Math.floor(k / nb), y = k - x * nb;
    const d = dice[i]!;
    const wx = unitW[x]!, wy = unitW[na + y]!;
    const sh = (d * (wx + wy)) / 2;
    const sent = sentenceScores(S, x, na + y, mark);
    const seq = sequenceScores(S, x, na + y);
    const sl = ctx.sentences.pairs.get(k), loose = ctx.looseSentences.pairs.get(k);
    const es = engineSim.get(k);
    const { inOrder, gap } = order(x, y, es !== undefined);
    const f = new Float64Array([
      d, sh / Math.max(1e-9, Math.min(wx, wy)), sh / Math.max(1e-9, Math.max(wx, wy)),
      sent.dice, sent.contain, seq.bigrams, Math.log1p(seq.run),
      d > 0 && d === rowBest[x] && d === colBest[y] ? 1 : 0, d / Math.max(1e-9, rowBest[x]!, colBest[y]!),
      es === undefined ? 0 : 1, es ?? 0, inOrder, gap,
      sl?.sim ?? 0, loose?.sim ?? 0, ctx.looseSentences.frac, Math.log1p(loose?.count ?? 0),
      Math.log1p(Math.min(off[x + 1]! - off[x]!, off[na + y + 1]! - off[na + y]!)),
    ]);
    out.push({ x, y, f });
  });
  return out;
}

/**
 * Shared weight (distinct stems) of the pairs whose shared weight over the lighter unit reaches
 * `overlap`, added to `keys`; pairs already in `keys` get theirs too. Through postings, so pairs
 * that share nothing cost nothing.
 */
function sharedWeights(S: UnitStems, na: number, nb: number, unitW: Float64Array, overlap: number, keys: Set<number>): Map<number, number> {
  const { ids, off, weight } = S;
  const V = weight.length;
  const postStart = new Int32Array(V + 1), last = new Int32Array(V).fill(-1);
  for (let b = 0; b < nb; b++) for (let k = off[na + b]!; k < off[na + b + 1]!; k++) { const t = ids[k]!; if (last[t] !== b) { last[t] = b; postStart[t + 1]!++; } }
  for (let t = 0; t < V; t++) postStart[t + 1]! += postStart[t]!;
  const post = new Int32Array(postStart[V]!), fill = postStart.slice(0, V);
  last.fill(-1);
  for (let b = 0; b < nb; b++) for (let k = off[na + b]!; k < off[na + b + 1]!; k++) { const t = ids[k]!; if (last[t] !== b) { last[t] = b; post[fill[t]!++] = b; } }
  const out = new Map<number, number>();
  const acc = new Float64Array(nb), touched: number[] = [];
  last.fill(-1);
  for (let a = 0; a < na; a++) {
    touched.length = 0;
    for (let k = off[a]!; k < off[a + 1]!; k++) {
      const t = ids[k]!;
      if (last[t] === a) continue;
      last[t] = a;
      for (let p = postStart[t]!; p < postStart[t + 1]!; p++) { const b = post[p]!; if (acc[b] === 0) touched.push(b); acc[b] += weight[t]!; }
    }
    for (const b of touched) {
      const key = a * nb + b;
      if (keys.has(key) || acc[b]! >= overlap * Math.min(unitW[a]!, unitW[na + b]!)) { keys.add(key); out.set(key, acc[b]!); }
      acc[b] = 0;
    }
  }
  return out;
}

// The scorers below mark stems in a scratch array by stem id (all -1 between calls): IN a first
// set, SEEN once counted, OUT read and not in the first set.
const IN = 1, SEEN = 2, OUT = 3;

/** Shared weight of the distinct stems of units u and v. */
function sharedOf(S: UnitStems, u: number, v: number, mark: Int32Array): number {
  const { ids, off } = S;
  const s = overlap(S, ids, off[u]!, off[u + 1]!, off[v]!, off[v + 1]!, mark).shared;
  return s;
}

/** Weighted distinct stems of ids[x0, x1) and of ids[y0, y1), and the weight they share; marks reset. */
function overlap(S: UnitStems, ids: Int32Array, x0: number, x1: number, y0: number, y1: number, mark: Int32Array) {
  const w = S.weight;
  let wx = 0, wy = 0, shared = 0;
  for (let k = x0; k < x1; k++) { const t = ids[k]!; if (mark[t] !== IN) { mark[t] = IN; wx += w[t]!; } }
  for (let k = y0; k < y1; k++) {
    const t = ids[k]!, m = mark[t]!;
    if (m === SEEN || m === OUT) continue;
    wy += w[t]!;
    if (m === IN) { shared += w[t]!; mark[t] = SEEN; } else mark[t] = OUT;
  }
  for (let k = x0; k < x1; k++) mark[ids[k]!] = -1;
  for (let k = y0; k < y1; k++) mark[ids[k]!] = -1;
  return { wx, wy, shared };
}

/** Sentences of unit u and unit v: the best sentence-pair Dice, and the best containment of one
 * sentence (of at least 4 stems) in the other unit. */
function sentenceScores(S: UnitStems, u: number, v: number, mark: Int32Array): { dice: number; contain: number } {
  const { sentOfUnit } = S;
  let dice = 0, contain = 0;
  for (let i = sentOfUnit[u]!; i < sentOfUnit[u + 1]!; i++) {
    contain = Math.max(contain, sentenceInUnit(S, i, v, mark));
    for (let j = sentOfUnit[v]!; j < sentOfUnit[v + 1]!; j++) dice = Math.max(dice, sentenceDice(S, i, j, mark));
  }
  for (let j = sentOfUnit[v]!; j < sentOfUnit[v + 1]!; j++) contain = Math.max(contain, sentenceInUnit(S, j, u, mark));
  return { dice, contain };
}

/** Weighted Dice of the distinct stems of sentences i and j. */
export function sentenceDice(S: UnitStems, i: number, j: number, mark: Int32Array): number {
  const { ids, sentOff } = S;
  const o = overlap(S, ids, sentOff[i]!, sentOff[i + 1]!, sentOff[j]!, sentOff[j + 1]!, mark);
  return o.wx + o.wy > 0 ? (2 * o.shared) / (o.wx + o.wy) : 0;
}

/** Share of sentence i's distinct weight found in unit v (0 for a sentence under 4 stems). */
function sentenceInUnit(S: UnitStems, i: number, v: number, mark: Int32Array): number {
  const { ids, off, sentOff } = S;
  if (sentOff[i + 1]! - sentOff[i]! < 4) return 0;
  // (the unit's stems are the first set, the sentence's are read against them)
  const o = overlap(S, ids, off[v]!, off[v + 1]!, sentOff[i]!, sentOff[i + 1]!, mark);
  return o.wy > 0 ? o.shared / o.wy : 0;
}

/** Shared distinct stem bigrams over the smaller count, and the longest run of stems both hold in order. */
function sequenceScores(S: UnitStems, u: number, v: number): { bigrams: number; run: number } {
  const { ids, off } = S;
  const x = ids.subarray(off[u]!, off[u + 1]!), y = ids.subarray(off[v]!, off[v + 1]!);
  const bx = new Set<number>(), by = new Set<number>();
  const V = S.weight.length;
  for (let i = 0; i + 1 < x.length; i++) bx.add(x[i]! * V + x[i + 1]!);
  for (let i = 0; i + 1 < y.length; i++) by.add(y[i]! * V + y[i + 1]!);
  let sh = 0;
  for (const k of bx) if (by.has(k)) sh++;
  const small = Math.min(bx.size, by.size);
  // longest common run: dynamic programming over one row
  let run = 0;
  const row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diag + 1 : 0;
      if (row[j]! > run) run = row[j]!;
      diag = up;
    }
  }
  return { bigrams: small ? sh / small : 0, run };
}

/**
 * Where a pair lies against the engine's in-order links: 1 in order (or linked by the engine),
 * -1 crossing one, 0 when there are none; and log(1 + the gap's area) between the nearest
 * in-order links before and after it (a weak pair in a small gap is likelier). The in-order links
 * ascend on both sides, so each question is four binary searches.
 */
function orderContext(engine: UnitAlignment, na: number, nb: number): (x: number, y: number, linked: boolean) => { inOrder: number; gap: number } {
  const chain = engine.groups.filter((g) => !g.moved);
  const a1 = chain.map((g) => g.a[g.a.length - 1]!), b1 = chain.map((g) => g.b[g.b.length - 1]!);
  const a0 = chain.map((g) => g.a[0]!), b0 = chain.map((g) => g.b[0]!);
  /** How many values of the ascending list are below v. */
  const below = (list: number[], v: number) => { let l = 0, h = list.length; while (l < h) { const m = (l + h) >> 1; if (list[m]! < v) l = m + 1; else h = m; } return l; };
  return (x, y, linked) => {
    // links ending before the pair on each side, and links starting at or before it
    const ea = below(a1, x), eb = below(b1, y), sa = below(a0, x + 1), sb = below(b0, y + 1);
    const crossing = ea !== eb || sa !== sb;
    const inOrder = linked ? 1 : crossing ? -1 : chain.length ? 1 : 0;
    const before = Math.min(ea, eb) - 1, after = Math.max(sa, sb);
    const ga = (after < chain.length ? a0[after]! : na) - (before >= 0 ? a1[before]! + 1 : 0);
    const gb = (after < chain.length ? b0[after]! : nb) - (before >= 0 ? b1[before]! + 1 : 0);
    return { inOrder, gap: Math.log1p(Math.max(1, ga) * Math.max(1, gb)) };
  };
}
