/**
 * @module The alignment engine over arbitrary unit lists (paragraphs, or sentences given by the
 * caller). Pure. Steps:
 * 1. tokens per unit (tokenize-unit.ts), joined bigrams where the other side writes a compound as
 *    one word ("air strikes" / "airstrikes"), IDF weights from the two documents;
 * 2. candidate pairs from an inverted index of rare tokens (never all pairs);
 * 3. anchors: mutual-best 1:1 pairs above `anchorSimilarity`, kept in order by the longest (then
 *    most similar) increasing chain; the DP runs in a band around that chain, so cost grows with
 *    length, not length². Strong anchors that cross the chain are moved copies, kept for step 5;
 * 4. dynamic programming with steps 1:0, 0:1, 1:1, n:1, 1:n (n <= maxGroup) and n:m tangles
 *    (<= maxTangle), scoring a group by the weighted Dice of the union of its units' tokens, so a
 *    merged paragraph is recognised as the concatenation of its parts;
 * 5. a pass that links what the DP left unlinked out of order (moves), then flags every group that
 *    breaks the order of its neighbours as moved.
 */
import { fnv1a } from "../text/intern.ts";
import { ALIGN_DEFAULTS, type AlignOptions } from "./defaults.ts";
import { inOrderChain } from "./in-order-chain.ts";
import { type Corners, crosses, Crossings } from "./strong-crossings.ts";
import { unitTokens, type UnitWordIds } from "./unit-tokens.ts";

export type Unit = string | { text: string };

export interface UnitGroup {
  /** Unit indices on each side, ascending and contiguous except for moved extensions. */
  a: number[];
  b: number[];
  /** Weighted Dice similarity of the two groups, 0..1. */
  similarity: number;
  /** True when the group breaks the order of its neighbours. */
  moved: boolean;
}

export interface UnitAlignment {
  groups: UnitGroup[];
  onlyA: number[];
  onlyB: number[];
}

const textOf = (u: Unit) => (typeof u === "string" ? u : u.text);

interface Step { n: number; m: number }

function stepsFor(o: AlignOptions): Step[] {
  const steps: Step[] = [{ n: 1, m: 1 }];
  for (let k = 2; k <= o.maxGroup; k++) steps.push({ n: k, m: 1 }, { n: 1, m: k });
  for (let n = 2; n <= o.maxTangle; n++) for (let m = 2; m <= o.maxTangle; m++) steps.push({ n, m });
  return steps;
}

/**
 * Align two unit lists; see the module comment for the method. `fromTokens`: the units' word ids
 * from tokens the caller has already (the same ids; faster).
 */
export function alignUnits(aUnits: readonly Unit[], bUnits: readonly Unit[], options: Partial<AlignOptions> = {}, fromTokens?: UnitWordIds): UnitAlignment {
  const o: AlignOptions = { ...ALIGN_DEFAULTS, ...options };
  const na = aUnits.length, nb = bUnits.length;
  const N = na + nb;
  // 1. tokens (distinct ids per unit, compounds joined), idf weights
  const { tok, off, V, words, digits, bigrams, bigramOff, nBigrams } = unitTokens(aUnits.map(textOf), bUnits.map(textOf), fromTokens);
  const df = new Int32Array(V);
  for (let k = 0; k < tok.length; k++) df[tok[k]!]!++;
  const w = new Float64Array(V);
  const idfOf = new Float64Array(N + 1); // by document frequency: a handful of distinct values
  for (let t = 0; t < V; t++) {
    const word = words[t]!, d = df[t]!;
    let x = idfOf[d] || (idfOf[d] = Math.log(1 + N / d));
    if (digits[t] === 1) x *= o.numberWeight;
    else if (word.length <= o.shortLength) x *= o.shortWeight;
    w[t] = x;
  }
  const unitW = new Float64Array(N);
  for (let u = 0; u < N; u++) { let s = 0; for (let k = off[u]!; k < off[u + 1]!; k++) s += w[tok[k]!]!; unitW[u] = s; }
  const markA = new Int32Array(V), markB = new Int32Array(V);
  let stamp = 0;

  /** Weighted Dice of the group A[a0,a1) vs B[b0,b1); NaN when a member lacks containment. */
  function groupSim(a0: number, a1: number, b0: number, b1: number): number {
    stamp++;
    let WA = 0, WB = 0, shared = 0;
    for (let b = b0; b < b1; b++) for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (markB[t] !== stamp) { markB[t] = stamp; WB += w[t]!; } }
    for (let a = a0; a < a1; a++) {
      let inB = 0; // weight of this member's tokens found in B (its containment)
      for (let q = off[a]!, qe = off[a + 1]!; q < qe; q++) {
        const t = tok[q]!;
        const hit = markB[t] === stamp;
        if (hit) inB += w[t]!;
        if (markA[t] !== stamp) { markA[t] = stamp; WA += w[t]!; if (hit) shared += w[t]!; }
      }
      if (unitW[a]! === 0 || inB / unitW[a]! < o.memberContainment) return NaN;
    }
    if (WA + WB === 0) return 0;
    for (let b = b0; b < b1; b++) {
      let s = 0; for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (markA[t] === stamp) s += w[t]!; }
      if (unitW[na + b]! === 0 || s / unitW[na + b]! < o.memberContainment) return NaN;
    }
    return (2 * shared) / (WA + WB);
  }

  /** Weighted Dice of one A unit and one B unit (as groupSim, without the member test). The A unit's tokens
   * stay marked until another A unit is asked for, so the pairs of one row cost one scan each. */
  const rowMark = new Int32Array(V).fill(-1);
  let markedRow = -1;
  function pairDice(a: number, b: number): number {
    if (markedRow !== a) { for (let q = off[a]!, qe = off[a + 1]!; q < qe; q++) rowMark[tok[q]!] = a; markedRow = a; }
    let shared = 0;
    for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (rowMark[t] === a) shared += w[t]!; }
    const WA = unitW[a]!, WB = unitW[na + b]!;
    return WA + WB === 0 ? 0 : (2 * shared) / (WA + WB);
  }

  // 2. anchors: pairs sharing a word, or a word bigram, that occurs once on each side (as patience
  // diff does), kept when mutual best above anchorSimilarity, then put in order by a longest
  // increasing subsequence
  const bestB = new Int32Array(na).fill(-1), bestA = new Int32Array(nb).fill(-1);
  const bestBS = new Float64Array(na), bestAS = new Float64Array(nb);
  const seenB = new Int32Array(nb).fill(-1); // seenB[b] === a: pair (a, b) already scored in this row
  const anchorKeys = (keys: Int32Array, kOff: Int32Array, nKeys: number) => {
    // how many units hold each key, on each side, counted up to 2 (a unit holds a key once):
    // bits 0-1 in A, bits 2-3 in B; ONCE_EACH is once on each side. unitB: the last B unit holding it
    const count = new Uint8Array(nKeys), unitB = new Int32Array(nKeys);
    for (let q = 0, e = kOff[na]!; q < e; q++) { const t = keys[q]!, c = count[t]!; if ((c & 3) < 2) count[t] = c + 1; }
    for (let b = 0; b < nb; b++) {
      for (let q = kOff[na + b]!, qe = kOff[na + b + 1]!; q < qe; q++) { const t = keys[q]!, c = count[t]!; if (c >> 2 < 2) count[t] = c + 4; unitB[t] = b; }
    }
    for (let a = 0; a < na; a++) {
      for (let q = kOff[a]!, qe = kOff[a + 1]!; q < qe; q++) {
        const t = keys[q]!;
        if (count[t] !== ONCE_EACH) continue;
        const b = unitB[t]!;
        if (seenB[b] === a) continue;
        seenB[b] = a;
        const s = pairDice(a, b);
        if (s > bestBS[a]!) { bestBS[a] = s; bestB[a] = b; }
        if (s > bestAS[b]!) { bestAS[b] = s; bestA[b] = a; }
      }
    }
  };
  anchorKeys(tok, off, V);
  seenB.fill(-1);
  anchorKeys(bigrams, bigramOff, nBigrams);
  const anchors: [number, number][] = [];
  for (let a = 0; a < na; a++) {
    const b = bestB[a]!;
    if (b >= 0 && bestA[b] === a && bestBS[a]! >= o.anchorSimilarity) anchors.push([a, b]);
  }
  // what the in-order chains weigh besides similarity: a pair's size (distinct tokens) and, for exact
  // ties, a key from its words' text (the same whichever side is A)
  const unitSize = (u: number) => off[u + 1]! - off[u]!;
  const wordKeys = new Int32Array(V).fill(-1), unitKeys = new Int32Array(N).fill(-1);
  const unitKey = (u: number) => {
    if (unitKeys[u]! < 0) {
      let h = 0;
      for (let q = off[u]!; q < off[u + 1]!; q++) {
        const t = tok[q]!;
        if (wordKeys[t]! < 0) wordKeys[t] = fnv1a(words[t]!) & 0xffffff;
        h = (h + wordKeys[t]!) & 0xffffff;
      }
      unitKeys[u] = h;
    }
    return unitKeys[u]!;
  };
  const sizeOf = (as: readonly number[], bs: readonly number[]) => {
    let size = 0;
    for (const a of as) size += unitSize(a);
    for (const b of bs) size += unitSize(na + b);
    return size;
  };
  const keyOf = (as: readonly number[], bs: readonly number[]) => {
    let key = 0;
    for (const a of as) key += unitKey(a);
    for (const b of bs) key += unitKey(na + b);
    return key;
  };
  const inChain = inOrderChain(anchors, anchors.map(([a]) => bestBS[a]!), anchors.map(([a, b]) => unitSize(a) + unitSize(na + b)),
    (k) => unitKey(anchors[k]![0]) + unitKey(na + anchors[k]![1]), na, nb);
  const chain = inChain.map((k) => anchors[k]!);
  // anchors off the chain cross it: strong ones are moved copies, kept out of the DP (reserved) and
  // linked by the moves pass
  const reservedA = new Uint8Array(na), reservedB = new Uint8Array(nb);
  const movedAnchors: [number, number, number][] = [];
  {
    const kept = new Uint8Array(anchors.length);
    for (const k of inChain) kept[k] = 1;
    anchors.forEach(([a, b], k) => {
      if (kept[k] || bestBS[a]! < o.movedAnchorSimilarity) return;
      reservedA[a] = 1; reservedB[b] = 1;
      movedAnchors.push([bestBS[a]!, a, b]);
    });
  }

  // 3. the band: between two chain anchors, the whole gap when it is small, else its diagonal
  const lo = new Int32Array(na + 1), hi = new Int32Array(na + 1);
  const knots: [number, number][] = [[-1, -1], ...chain, [na, nb]];
  for (let k = 0; k + 1 < knots.length; k++) {
    const [a0, b0] = knots[k]!, [a1, b1] = knots[k + 1]!;
    const ga = a1 - a0, gb = b1 - b0;
    const full = ga * gb <= o.fullGapArea;
    for (let i = Math.max(0, a0 + 1); i <= a1 && i <= na; i++) {
      if (full) { lo[i] = b0 + 1 - o.bandSlack; hi[i] = b1 + o.bandSlack; }
      else { const c = b0 + 1 + Math.round(((i - a0 - 1) * gb) / Math.max(1, ga)); lo[i] = c - o.bandSlack; hi[i] = c + o.bandSlack; }
    }
  }
  for (let i = 0; i <= na; i++) { lo[i] = Math.max(0, Math.min(nb, lo[i]!)); hi[i] = Math.max(0, Math.min(nb, hi[i]!)); }
  lo[0] = 0; hi[na] = nb;
  for (let i = 1; i <= na; i++) { if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!; if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!; if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!; }
  for (let i = 0; i <= na; i++) if (hi[i]! < lo[i]!) hi[i] = lo[i]!;

  // candidate pairs: inside the band, pairs whose overlap (shared weight over the smaller unit) is
  // enough for one to be a member of a group with the other. They are found through the tokens
  // rarer than candidateMaxDf: postings (B units per token, ascending) stored flat, so each row
  // looks only at its band
  const maxDf = Math.max(4, o.candidateMaxDf * N);
  const postStart = new Int32Array(V + 1);
  for (let q = off[na]!, e = off[N]!; q < e; q++) { const t = tok[q]!; if (df[t]! <= maxDf) postStart[t + 1]!++; }
  for (let t = 0; t < V; t++) postStart[t + 1]! += postStart[t]!;
  const post = new Int32Array(postStart[V]!), fill = postStart.slice(0, V);
  const commonWB = new Float64Array(nb); // weight of each B unit's tokens too common for the postings
  for (let b = 0; b < nb; b++) {
    for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (df[t]! <= maxDf) post[fill[t]!++] = b; else commonWB[b] += w[t]!; }
  }
  // (the row loop, bandPairs, is a module function: its arrays are parameters, not captured locals)
  const nPairs = bandPairs(na, nb, tok, off, df, w, unitW, lo, hi, o.maxGroup, maxDf, postStart, post, commonWB, o.candidateOverlap);
  const pairs = pairBuf;
  // the candidates kept (overlap enough by their full Dice), flat: row a's are candB[rowStart[a]..rowStart[a+1])
  // in B order with their Dice in candSim; column b's are colA[colStart[b]..colStart[b+1]) in A order
  const rowStart = new Int32Array(na + 1), colStart = new Int32Array(nb + 1);
  const candB = new Int32Array(nPairs >> 1), candSim = new Float64Array(nPairs >> 1);
  let nCand = 0;
  for (let k = 0; k < nPairs; k += 2) {
    const a = pairs[k]!, b = pairs[k + 1]!;
    if (reservedA[a] || reservedB[b]) continue;
    const d = pairDice(a, b);
    const wa = unitW[a]!, wb = unitW[na + b]!;
    if (wa > 0 && wb > 0 && (d * (wa + wb)) / 2 / Math.min(wa, wb) >= o.candidateOverlap) {
      candB[nCand] = b; candSim[nCand++] = d; rowStart[a + 1]!++; colStart[b + 1]!++;
    }
  }
  for (let a = 0; a < na; a++) rowStart[a + 1]! += rowStart[a]!;
  for (let b = 0; b < nb; b++) colStart[b + 1]! += colStart[b]!;
  const colA = new Int32Array(nCand), colFill = colStart.slice(0, nb);
  for (let a = 0; a < na; a++) for (let k = rowStart[a]!; k < rowStart[a + 1]!; k++) colA[colFill[candB[k]!]!++] = a;
  /** Dice of candidate pair (a, b), or -1 when it is not a candidate (rows hold a handful). */
  const pairSim = (a: number, b: number): number => candSimOf(candB, candSim, rowStart[a]!, rowStart[a + 1]!, b);
  const hasTwin = (a0: number, a1: number, b0: number, b1: number) => {
    for (let a = a0; a < a1; a++) for (let b = b0; b < b1; b++) if (pairSim(a, b) >= o.twinSimilarity) return true;
    return false;
  };

  // 4. banded DP
  const steps = stepsFor(o);
  // one flat array per table; row i holds columns lo[i]..hi[i] from base[i]
  const base = new Int32Array(na + 2);
  for (let i = 0; i <= na; i++) base[i + 1] = base[i]! + hi[i]! - lo[i]! + 1;
  const NEG = -Infinity;
  const score = new Float64Array(base[na + 1]!).fill(NEG), back = new Int16Array(base[na + 1]!).fill(-3), sims = new Float64Array(base[na + 1]!);
  // per row, the columns where a step can end (j-1 a candidate of row i-1, or within a tangle's
  // reach of one) and the candidates of row i-1, as stamps, so most cells cost two reads
  const active = new Int32Array(nb + 1).fill(-1), prevRow = new Int32Array(nb + 1).fill(-1);
  const reach = Math.max(1, o.maxTangle);
  for (let i = 0; i <= na; i++) {
    const li = lo[i]!, hiI = hi[i]!, bi = base[i]!;
    const c0 = i > 0 ? rowStart[i - 1]! : 0, c1 = i > 0 ? rowStart[i]! : 0; // row i-1's candidates
    for (let k = c0; k < c1; k++) { const b = candB[k]!; prevRow[b] = i; for (let j = b + 1; j <= b + reach && j <= nb; j++) active[j] = i; }
    for (let j = li; j <= hiI; j++) {
      const c = bi + j - li;
      if (i === 0 && j === 0) { score[c] = 0; continue; }
      let best = NEG, bestStep = -3, bestSim = 0;
      if (i > 0 && j >= lo[i - 1]! && j <= hi[i - 1]!) { const s = score[base[i - 1]! + j - lo[i - 1]!]!; if (s > best) { best = s; bestStep = -1; } }
      if (j > li) { const s = score[c - 1]!; if (s > best) { best = s; bestStep = -2; } }
      // which steps can end here: an n:1 merge needs (a, j-1) a candidate for each of its n rows, a
      // 1:m split (i-1, b) for each of its m columns (so both need the corner pair); a tangle needs
      // candidates for row i-1 and column j-1 within its reach
      let mergeMax = 0, splitMax = 0, tangles = false;
      if (active[j] === i) {
        if (prevRow[j - 1] === i) {
          mergeMax = 1;
          while (mergeMax < o.maxGroup && i - mergeMax - 1 >= 0 && pairSim(i - mergeMax - 1, j - 1) >= 0) mergeMax++;
          splitMax = 1;
          while (splitMax < o.maxGroup && j - splitMax - 1 >= 0 && prevRow[j - splitMax - 1] === i) splitMax++;
        }
        tangles = o.maxTangle >= 2 && hasIn(candB, c0, c1, j - o.maxTangle, j - 1) && hasIn(colA, colStart[j - 1]!, colStart[j]!, i - o.maxTangle, i - 1);
      }
      if (mergeMax > 0 || tangles) {
        for (let k = 0; k < steps.length; k++) {
          const { n, m } = steps[k]!;
          if (m === 1 ? n > mergeMax : n === 1 ? m > splitMax : !tangles) continue;
          const pi = i - n, pj = j - m;
          if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
          const prev = score[base[pi]! + pj - lo[pi]!]!;
          if (prev === NEG) continue;
          let sim: number;
          if (n === 1 && m === 1) sim = pairSim(pi, pj);
          else if (n === 1 || m === 1) sim = groupSim(pi, i, pj, j);
          else {
            let ok = true;
            for (let a = pi; a < i && ok; a++) ok = hasIn(candB, rowStart[a]!, rowStart[a + 1]!, pj, j - 1);
            for (let b = pj; b < j && ok; b++) ok = hasIn(colA, colStart[b]!, colStart[b + 1]!, pi, i - 1);
            if (!ok) continue;
            // a tangle whose members pair off one to one is a swap (a move), not a re-cut
            if (hasTwin(pi, i, pj, j)) continue;
            sim = groupSim(pi, i, pj, j);
          }
          if (!(sim >= o.minSimilarity)) continue;
          const gain = (sim - o.stepOffset) * (n + m) - o.groupPenalty * (n + m - 2);
          if (gain <= 0) continue;
          if (prev + gain > best) { best = prev + gain; bestStep = k; bestSim = sim; }
        }
      }
      score[c] = best; back[c] = bestStep; sims[c] = bestSim;
    }
  }

  let groups: UnitGroup[] = [];
  const usedA = new Uint8Array(na), usedB = new Uint8Array(nb);
  for (let i = na, j = nb; i > 0 || j > 0;) {
    const c = base[i]! + j - lo[i]!;
    const st = back[c]!;
    if (st === -1) i--;
    else if (st === -2) j--;
    else if (st >= 0) {
      const { n, m } = steps[st]!;
      const g: UnitGroup = { a: range(i - n, i), b: range(j - m, j), similarity: sims[c]!, moved: false };
      groups.push(g);
      for (const a of g.a) usedA[a] = 1;
      for (const b of g.b) usedB[b] = 1;
      i -= n; j -= m;
    } else break; // unreachable by construction: every cell has a skip predecessor
  }
  groups.reverse();

  if (!o.moves) return finish(groups);
  // 5. moves: link leftovers out of order, strongest first, then grow them over unlinked neighbours.
  // A weak in-order 1:1 link (below moveSimilarity) must not block a much stronger moved pair for
  // one of its units, so it goes back into the pool as a candidate with its own score.
  const leftovers: [number, number, number][] = movedAnchors;
  for (const g of groups) {
    if (g.a.length !== 1 || g.b.length !== 1 || g.similarity >= o.moveSimilarity) continue;
    usedA[g.a[0]!] = 0; usedB[g.b[0]!] = 0;
    leftovers.push([g.similarity, g.a[0]!, g.b[0]!]);
  }
  if (leftovers.length) groups = groups.filter((g) => g.a.length !== 1 || g.b.length !== 1 || g.similarity >= o.moveSimilarity);
  // postings of the unlinked B units (flat, as above)
  const mStart = new Int32Array(V + 1);
  for (let b = 0; b < nb; b++) if (!usedB[b]) for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (df[t]! <= maxDf) mStart[t + 1]!++; }
  for (let t = 0; t < V; t++) mStart[t + 1]! += mStart[t]!;
  const mPost = new Int32Array(mStart[V]!), mFill = mStart.slice(0, V);
  for (let b = 0; b < nb; b++) if (!usedB[b]) for (let q = off[na + b]!, qe = off[na + b + 1]!; q < qe; q++) { const t = tok[q]!; if (df[t]! <= maxDf) mPost[mFill[t]!++] = b; }
  const hits = new Int32Array(nb), hitRow = new Int32Array(nb).fill(-1);
  const touched: number[] = [], rare: number[] = [];
  for (let a = 0; a < na; a++) {
    if (usedA[a]) continue;
    // look up only the unit's rarest tokens: a real move shares them, and common ones cost the most
    rare.length = 0;
    for (let q = off[a]!, qe = off[a + 1]!; q < qe; q++) { const t = tok[q]!; if (mStart[t + 1]! > mStart[t]!) rare.push(t); }
    if (rare.length === 0) continue;
    // (which probes, not their order, decides the outcome: the leftovers are sorted in full below)
    if (rare.length > o.moveProbeTokens) keepRarest(rare, df, o.moveProbeTokens);
    // a B unit must hold most of the probes (a move keeps its rare words): count, then score
    touched.length = 0;
    for (const t of rare) for (let k = mStart[t]!, e = mStart[t + 1]!; k < e; k++) {
      const b = mPost[k]!;
      if (hitRow[b] !== a) { hitRow[b] = a; hits[b] = 0; touched.push(b); }
      hits[b]!++;
    }
    const need = Math.ceil(rare.length / 2);
    for (const b of touched) {
      if (hits[b]! < need) continue;
      const known = candSimOf(candB, candSim, rowStart[a]!, rowStart[a + 1]!, b);
      const s = known >= 0 ? known : pairDice(a, b);
      if (s >= o.moveSimilarity) leftovers.push([s, a, b]);
    }
  }
  leftovers.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  // Weak evidence (below moveSimilarity) counts only in the order strong links establish: a weak pair
  // that crosses a strong link is dropped. Crossing does not depend on which side is A, so this keeps
  // align(a, b) and align(b, a) mirror images.
  // The strong links are folded into a Crossings (strong-crossings.ts) when the first weak pair is
  // reached; the strong pairs come first, so only a weak pair grown past moveSimilarity can add a
  // strong link after that, and those few are asked one by one.
  let strong: Crossings | null = null;
  const lateStrong: Corners[] = [];
  const cornersOf = (g: UnitGroup): Corners => ({ a0: g.a[0]!, aLast: g.a[g.a.length - 1]!, b0: g.b[0]!, bLast: g.b[g.b.length - 1]! });
  for (const [s, a, b] of leftovers) {
    if (usedA[a] || usedB[b]) continue;
    if (s < o.moveSimilarity) {
      strong ??= new Crossings(groups.filter((g) => g.similarity >= o.moveSimilarity).map(cornersOf), na);
      if (strong.crossedBy(a, b) || lateStrong.some((g) => crosses(g, a, b))) continue;
    }
    let a0 = a, a1 = a + 1, b0 = b, b1 = b + 1, sim = s;
    for (let grew = true; grew;) {
      grew = false;
      const tries: [number, number, number, number][] = [];
      if (a1 - a0 < o.maxGroup && b1 - b0 === 1) { if (a0 > 0 && !usedA[a0 - 1]) tries.push([a0 - 1, a1, b0, b1]); if (a1 < na && !usedA[a1]) tries.push([a0, a1 + 1, b0, b1]); }
      if (b1 - b0 < o.maxGroup && a1 - a0 === 1) { if (b0 > 0 && !usedB[b0 - 1]) tries.push([a0, a1, b0 - 1, b1]); if (b1 < nb && !usedB[b1]) tries.push([a0, a1, b0, b1 + 1]); }
      for (const [x0, x1, y0, y1] of tries) {
        const s2 = groupSim(x0, x1, y0, y1);
        if (s2 > sim) { a0 = x0; a1 = x1; b0 = y0; b1 = y1; sim = s2; grew = true; break; }
      }
    }
    const g: UnitGroup = { a: range(a0, a1), b: range(b0, b1), similarity: sim, moved: false };
    for (const x of g.a) usedA[x] = 1;
    for (const y of g.b) usedB[y] = 1;
    groups.push(g);
    if (strong && sim >= o.moveSimilarity) lateStrong.push(cornersOf(g));
  }
  return finish(groups);

  /** Orders the groups, flags those off the in-order chain as moved and lists the unlinked units. */
  function finish(groups: UnitGroup[]): UnitAlignment {
    groups.sort((x, y) => x.a[0]! - y.a[0]!);
    const inOrder = new Set(inOrderChain(groups.map((g) => [g.a[0]!, g.b[0]!] as const), groups.map((g) => g.similarity), groups.map((g) => sizeOf(g.a, g.b)),
      (k) => keyOf(groups[k]!.a, groups[k]!.b), na, nb));
    groups.forEach((g, k) => { g.moved = !inOrder.has(k); g.similarity = Math.round(g.similarity * 1000) / 1000; });
    const onlyA: number[] = [], onlyB: number[] = [];
    for (let a = 0; a < na; a++) if (!usedA[a]) onlyA.push(a);
    for (let b = 0; b < nb; b++) if (!usedB[b]) onlyB.push(b);
    return { groups, onlyA, onlyB };
  }
}

/** anchorKeys' count of a key held by one unit of A and one of B. */
const ONCE_EACH = 1 | (1 << 2);

/** bandPairs' output (reused: one alignment at a time; grown on demand, let go when a long input made it large). */
let pairBuf = new Int32Array(1 << 14);
let foundBuf = new Int32Array(256);

/**
 * The pairs (a, b), row by row and in B order, inside row a's band (widened by maxGroup) that share a
 * token in the postings and whose shared weight can reach `overlap` of the smaller unit: the shared
 * weight is at most the rare shared weight plus the common weight both could share. Written flat
 * into `pairBuf` (a, b, a, b...); returns how many numbers.
 */
function bandPairs(
  na: number, nb: number, tok: Int32Array, off: Int32Array, df: Int32Array, w: Float64Array, unitW: Float64Array,
  lo: Int32Array, hi: Int32Array, maxGroup: number, maxDf: number, postStart: Int32Array, post: Int32Array,
  commonWB: Float64Array, overlap: number,
): number {
  if (pairBuf.length > 1 << 22) pairBuf = new Int32Array(1 << 14);
  if (foundBuf.length < nb) foundBuf = new Int32Array(nb);
  let out = pairBuf, n = 0;
  const found = foundBuf;
  const rowSeen = new Int32Array(nb).fill(-1);
  const rareShared = new Float64Array(nb);
  const cursor = postStart.slice(0, postStart.length - 1);
  for (let a = 0; a < na; a++) {
    const from = Math.max(0, lo[a]! - maxGroup), to = Math.min(nb - 1, hi[a + 1]! + maxGroup);
    let nf = 0;
    let commonW = 0; // weight of a's tokens too common to be in the postings
    for (let q = off[a]!, qe = off[a + 1]!; q < qe; q++) {
      const t = tok[q]!;
      const p0 = postStart[t]!, p1 = postStart[t + 1]!;
      if (p0 === p1) { if (df[t]! > maxDf) commonW += w[t]!; continue; } // (a rare token no B unit holds is never shared)
      // rows' bands only move right, so each token's cursor only moves forward
      let l = cursor[t]!;
      while (l < p1 && post[l]! < from) l++;
      while (l > p0 && post[l - 1]! >= from) l--; // (a band that moved left)
      cursor[t] = l;
      for (let k = l; k < p1 && post[k]! <= to; k++) {
        const b = post[k]!;
        if (rowSeen[b] !== a) { rowSeen[b] = a; rareShared[b] = 0; found[nf++] = b; }
        rareShared[b] += w[t]!;
      }
    }
    if (nf === 0) continue;
    // in B order: walk the band when it is narrow, else sort what was found
    if (to - from < 8 * nf) { nf = 0; for (let b = from; b <= to; b++) if (rowSeen[b] === a) found[nf++] = b; }
    else found.subarray(0, nf).sort();
    if (n + 2 * nf > out.length) { const g = new Int32Array(Math.max(out.length * 2, n + 2 * nf)); g.set(out.subarray(0, n)); out = pairBuf = g; }
    const wa = unitW[a]!;
    for (let k = 0; k < nf; k++) {
      const b = found[k]!;
      if (rareShared[b]! + Math.min(commonW, commonWB[b]!) >= overlap * Math.min(wa, unitW[na + b]!)) { out[n++] = a; out[n++] = b; }
    }
  }
  return n;
}

/**
 * Keeps the k tokens of `list` with the smallest document frequency, as a stable sort by it would
 * (ties go to the earlier token), in that order; the rest is dropped.
 */
export function keepRarest(list: number[], df: Int32Array, k: number): void {
  let m = 0; // list[0, m) holds the kept tokens so far, sorted (only slots already read are written)
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!, d = df[t]!;
    if (m === k && d >= df[list[k - 1]!]!) continue;
    let j = m < k ? m++ : k - 1;
    while (j > 0 && df[list[j - 1]!]! > d) { list[j] = list[j - 1]!; j--; }
    list[j] = t;
  }
  list.length = k;
}

/** The Dice of b among the candidates list[from, to) (ascending), with their Dice in sims; -1 when b is not one. */
function candSimOf(list: Int32Array, sims: Float64Array, from: number, to: number, b: number): number {
  for (let k = from; k < to; k++) { const x = list[k]!; if (x === b) return sims[k]!; if (x > b) break; }
  return -1;
}

/** Some value of the ascending list[from, to) lies in [lo, hi]. */
function hasIn(list: Int32Array, from: number, to: number, lo: number, hi: number): boolean {
  let l = from, h = to;
  while (l < h) { const mid = (l + h) >> 1; if (list[mid]! < lo) l = mid + 1; else h = mid; }
  return l < to && list[l]! <= hi;
}

/** from..to-1, in an array of exactly that length (the result keeps it; most groups hold one unit a side). */
function range(from: number, to: number): number[] {
  if (to - from === 1) return [from];
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out.slice();
}
