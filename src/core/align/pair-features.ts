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
  "sentenceLink", "sentencesLinked", "shorterLength",
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
  looseSentences: { pairs: LiftedLinks; frac: number };
  /** Pairs whose shared weight over the lighter unit reaches this are candidates too. */
  candidateOverlap: number;
  /** Up to this many unit pairs, overlap candidates are looked for among all pairs; above it only
   * near the engine's in-order links (within `bandSlack` units of the gap each unit sits in). */
  maxIndexPairs: number;
  bandSlack: number;
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
  mark.fill(-1);
  // shared weight of every pair that shares a word, through postings (B units per stem)
  const keys = new Set<number>();
  const engineSim = new Map<number, number>();
  for (const g of engine.groups) for (const x of g.a) for (const y of g.b) { engineSim.set(x * nb + y, g.similarity); keys.add(x * nb + y); }
  for (const k of ctx.looseSentences.pairs.keys()) keys.add(k);
  const band = na * nb <= ctx.maxIndexPairs ? null : engineBand(engine, nb, ctx.bandSlack);
  addOverlapPairs(S, na, nb, unitW, ctx.candidateOverlap, keys, mark, band);
  // dice of every candidate, and each row's and column's best
  const list = [...keys].sort((p, q) => p - q);
  const dice = new Float64Array(list.length);
  const rowBest = new Float64Array(na), colBest = new Float64Array(nb);
  list.forEach((k, i) => {
    const x = Math.floor(k / nb), y = k - x * nb;
    const sh = sharedOf(S, x, na + y, mark);
    const d = unitW[x]! + unitW[na + y]! > 0 ? (2 * sh) / (unitW[x]! + unitW[na + y]!) : 0;
    dice[i] = d;
    if (d > rowBest[x]!) rowBest[x] = d;
    if (d > colBest[y]!) colBest[y] = d;
  });
  const order = orderContext(engine, na, nb);
  const out: PairCandidate[] = [];
  const positions = new PositionIndex(V);
  list.forEach((k, i) => {
    const x = Math.floor(k / nb), y = k - x * nb;
    const d = dice[i]!;
    const wx = unitW[x]!, wy = unitW[na + y]!;
    const sh = (d * (wx + wy)) / 2;
    const sent = sentenceScores(S, x, na + y, mark);
    positions.index(S, x);
    const seq = sequenceScores(S, positions, na + y);
    const loose = ctx.looseSentences.pairs.get(k);
    const es = engineSim.get(k);
    const { inOrder, gap } = order(x, y, es !== undefined);
    const f = new Float64Array([
      d, sh / Math.max(1e-9, Math.min(wx, wy)), sh / Math.max(1e-9, Math.max(wx, wy)),
      sent.dice, sent.contain, seq.bigrams, Math.log1p(seq.run),
      d > 0 && d === rowBest[x] && d === colBest[y] ? 1 : 0, d / Math.max(1e-9, rowBest[x]!, colBest[y]!),
      es === undefined ? 0 : 1, es ?? 0, inOrder, gap,
      loose?.sim ?? 0, ctx.looseSentences.frac,
      Math.log1p(Math.min(off[x + 1]! - off[x]!, off[na + y + 1]! - off[na + y]!)),
    ]);
    out.push({ x, y, f });
  });
  return out;
}

/**
 * Adds to `keys` the pairs whose shared weight over the lighter unit reaches `overlap`. Through
 * postings of the stems at most a fifth of the units hold (as the engine's candidates): a pair
 * whose rare shared weight plus the common weight both could share reaches the bar is measured.
 */
function addOverlapPairs(
  S: UnitStems, na: number, nb: number, unitW: Float64Array, overlap: number, keys: Set<number>, mark: Int32Array, band: Int32Array | null,
): void {
  const { ids, off, weight } = S;
  const V = weight.length, N = na + nb;
  const df = new Int32Array(V), last = new Int32Array(V).fill(-1);
  for (let u = 0; u < N; u++) for (let k = off[u]!; k < off[u + 1]!; k++) { const t = ids[k]!; if (last[t] !== u) { last[t] = u; df[t]!++; } }
  const maxDf = Math.max(4, 0.2 * N);
  const postStart = new Int32Array(V + 1);
  const commonW = new Float64Array(N);
  last.fill(-1);
  for (let u = 0; u < N; u++) for (let k = off[u]!; k < off[u + 1]!; k++) {
    const t = ids[k]!;
    if (last[t] === u) continue;
    last[t] = u;
    if (df[t]! > maxDf) commonW[u] += weight[t]!;
    else if (u >= na) postStart[t + 1]!++;
  }
  for (let t = 0; t < V; t++) postStart[t + 1]! += postStart[t]!;
  const post = new Int32Array(postStart[V]!), fill = postStart.slice(0, V);
  last.fill(-1);
  for (let b = 0; b < nb; b++) for (let k = off[na + b]!; k < off[na + b + 1]!; k++) { const t = ids[k]!; if (df[t]! <= maxDf && last[t] !== b) { last[t] = b; post[fill[t]!++] = b; } }
  const acc = new Float64Array(nb), touched: number[] = [];
  last.fill(-1);
  for (let a = 0; a < na; a++) {
    touched.length = 0;
    for (let k = off[a]!; k < off[a + 1]!; k++) {
      const t = ids[k]!;
      if (last[t] === a || df[t]! > maxDf) continue;
      last[t] = a;
      let p0 = postStart[t]!, p1 = postStart[t + 1]!;
      if (band) { p0 = firstAtLeast(post, p0, p1, band[2 * a]!); p1 = firstAtLeast(post, p0, p1, band[2 * a + 1]! + 1); }
      for (let p = p0; p < p1; p++) { const b = post[p]!; if (acc[b] === 0) touched.push(b); acc[b] += weight[t]!; }
    }
    for (const b of touched) {
      const bar = overlap * Math.min(unitW[a]!, unitW[na + b]!);
      if (acc[b]! + Math.min(commonW[a]!, commonW[na + b]!) >= bar && sharedOf(S, a, na + b, mark) >= bar) keys.add(a * nb + b);
      acc[b] = 0;
    }
  }
}

/** The first index in the ascending list[from, to) holding a value >= v (to when none). */
function firstAtLeast(list: Int32Array, from: number, to: number, v: number): number {
  while (from < to) { const m = (from + to) >> 1; if (list[m]! < v) from = m + 1; else to = m; }
  return from;
}

/**
 * For each A unit, the B units [lo, hi] (flat: band[2a], band[2a+1]) near its place in the engine's
 * in-order links: the B side of the link holding it, or of the gap between the links around it,
 * widened by `slack`.
 */
function engineBand(engine: UnitAlignment, nb: number, slack: number): Int32Array {
  const chain = engine.groups.filter((g) => !g.moved);
  const na = engine.onlyA.length + engine.groups.reduce((s, g) => s + g.a.length, 0);
  const band = new Int32Array(2 * na);
  let k = 0; // chain links starting at or before a
  for (let a = 0; a < na; a++) {
    while (k < chain.length && chain[k]!.a[0]! <= a) k++;
    const cur = chain[k - 1], inside = cur && a <= cur.a[cur.a.length - 1]!;
    const lo = inside ? cur.b[0]! : cur ? cur.b[cur.b.length - 1]! : 0;
    const hi = inside ? cur.b[cur.b.length - 1]! : k < chain.length ? chain[k]!.b[0]! : nb - 1;
    band[2 * a] = Math.max(0, lo - slack);
    band[2 * a + 1] = Math.min(nb - 1, hi + slack);
  }
  return band;
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

/**
 * Where unit u's stems stand, for sequenceScores: head[t] is the last position of stem t in u
 * (-1 when absent) and next[i] the previous position of the same stem. Built once per A unit.
 */
class PositionIndex {
  head: Int32Array;
  next = new Int32Array(64);
  /** Scratch flags for sequenceScores: positions of each side inside a shared word pair (all 0 between calls). */
  xHit = new Uint8Array(64);
  yHit = new Uint8Array(64);
  unit = -1;
  constructor(V: number) { this.head = new Int32Array(V).fill(-1); }
  index(S: UnitStems, u: number): void {
    if (this.unit === u) return;
    this.clear(S);
    const from = S.off[u]!, n = S.off[u + 1]! - from;
    if (n > this.next.length) this.next = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) { const t = S.ids[from + i]!; this.next[i] = this.head[t]!; this.head[t] = i; }
    this.unit = u;
  }
  clear(S: UnitStems): void {
    if (this.unit < 0) return;
    for (let k = S.off[this.unit]!; k < S.off[this.unit + 1]!; k++) this.head[S.ids[k]!] = -1;
    this.unit = -1;
  }
}

/**
 * Shared word order of units u (indexed in `at`) and v: the share of word pairs (bigrams) of the
 * shorter side that the other side holds too, and the longest run of stems both hold in order.
 * Each position pair of equal stems is visited once, so the cost is the number of matches.
 */
function sequenceScores(S: UnitStems, at: PositionIndex, v: number): { bigrams: number; run: number } {
  const { ids, off } = S;
  const x0 = off[at.unit]!, m = off[at.unit + 1]! - x0, y0 = off[v]!, n = off[v + 1]! - y0;
  let run = 0, inX = 0, inY = 0;
  if (at.xHit.length < m) at.xHit = new Uint8Array(m * 2);
  if (at.yHit.length < n) at.yHit = new Uint8Array(n * 2);
  const { xHit, yHit } = at;
  for (let j = 0; j < n; j++) {
    const t = ids[y0 + j]!;
    for (let i = at.head[t]!; i >= 0; i = at.next[i]!) {
      // a run is measured from its start only
      if (i > 0 && j > 0 && ids[x0 + i - 1] === ids[y0 + j - 1]) continue;
      let len = 1;
      while (i + len < m && j + len < n && ids[x0 + i + len] === ids[y0 + j + len]) len++;
      if (len > run) run = len;
      for (let k = 0; k + 1 < len; k++) {
        if (!xHit[i + k]) { xHit[i + k] = 1; inX++; }
        if (!yHit[j + k]) { yHit[j + k] = 1; inY++; }
      }
    }
  }
  xHit.fill(0, 0, m); yHit.fill(0, 0, n);
  const small = Math.min(m, n) - 1;
  return { bigrams: small > 0 ? Math.min(inX, inY) / small : 0, run };
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
