/**
 * @module Why a link was made, for a reader: the sentence pairs the loose sentence alignment matched
 * inside it, and the shared rare words, figures and names of its two sides. Read from what the pair
 * aligner computed (unit-stems.ts), so it costs a pass over the link's words.
 */
import type { LinkEvidence } from "../article.ts";
import { sentenceDice } from "./pair-features.ts";
import type { UnitStems } from "./unit-stems.ts";

/** At most this many sentence pairs and shared rare words per link. */
const MAX_SENTENCES = 6, MAX_WORDS = 8;
/** A shared word counts as rare when at most this share of the units hold it. */
const RARE_SHARE = 0.34;

/** Words never shown as evidence however rare they are in two short texts (English function words). */
const FUNCTION_WORDS = new Set((
  "a about above after again against all also am an and any are around as at be because been before being below " +
  "between both but by can could did do does doing down during each even ever few for from further had has have " +
  "having he her here hers herself him himself his how however i if in into is it its itself just least less " +
  "many may me might more most much must my near no nor not now of off on once only or other our ours out over " +
  "own per same she should since so some such than that the their theirs them then there these they this those " +
  "though through to too under until up upon us very was we were what when where which while who whom whose why " +
  "will with within without would yet you your"
).split(" "));

/** A figure as written (2,000; 6.8; 1.7%), and its comparable form without separators. */
const FIGURE = /\d+(?:[.,]\d+)*/g;

const NAME_WORD = /(?<![.!?]\s|^)(?<=[\s"“‘(])(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

export interface EvidenceInput {
  S: UnitStems;
  na: number;
  /** Sentence links (S's sentence ids) with their similarity. */
  sentenceLinks: readonly { i: number; j: number; similarity: number }[];
  /** Unit index -> paragraph index, each side. */
  paraA: readonly number[];
  paraB: readonly number[];
  textsA: readonly string[];
  textsB: readonly string[];
}

/** The evidence of each link (units `a` of A and `b` of B), in the order given. */
export function linkEvidence(input: EvidenceInput, links: readonly { a: readonly number[]; b: readonly number[] }[]): LinkEvidence[] {
  const { S, na } = input;
  const nb = input.paraB.length;
  const unitOfSentence = (s: number) => { let lo = 0, hi = S.sentOfUnit.length - 2; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (S.sentOfUnit[m]! <= s) lo = m; else hi = m - 1; } return lo; };
  // the sentence links by the unit pair they join, found once for all links
  const byPair = new Map<number, EvidenceInput["sentenceLinks"][number][]>();
  for (const l of input.sentenceLinks) {
    const k = unitOfSentence(l.i) * nb + unitOfSentence(l.j) - na;
    const list = byPair.get(k);
    if (list) list.push(l); else byPair.set(k, [l]);
  }
  const mark = new Int32Array(S.weight.length).fill(-1);
  return links.map((l) => evidenceOf(input, l.a, l.b, byPair, mark));
}

function evidenceOf(
  input: EvidenceInput, as: readonly number[], bs: readonly number[], byPair: Map<number, EvidenceInput["sentenceLinks"][number][]>, mark: Int32Array,
): LinkEvidence {
  const { S, na } = input;
  const nb = input.paraB.length;
  const sentences: LinkEvidence["sentences"] = [];
  const span = (s: number) => [S.sentSpan[s]![0], S.sentSpan[s]![1]] as [number, number];
  for (const u of as) for (const v of bs) {
    for (const l of byPair.get(u * nb + v) ?? []) sentences.push({ a: input.paraA[u]!, aSpan: span(l.i), b: input.paraB[v]!, bSpan: span(l.j), similarity: l.similarity });
  }
  if (sentences.length === 0) {
    // no sentence link inside (a link made on overlap alone): the most similar sentence pair
    let best: LinkEvidence["sentences"][number] | null = null;
    for (const u of as) for (const v of bs) for (let i = S.sentOfUnit[u]!; i < S.sentOfUnit[u + 1]!; i++) for (let j = S.sentOfUnit[na + v]!; j < S.sentOfUnit[na + v + 1]!; j++) {
      const d = Math.round(sentenceDice(S, i, j, mark) * 1000) / 1000;
      if (d > 0 && (!best || d > best.similarity)) best = { a: input.paraA[u]!, aSpan: span(i), b: input.paraB[v]!, bSpan: span(j), similarity: d };
    }
    if (best) sentences.push(best);
  }
  sentences.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  sentences.length = Math.min(sentences.length, MAX_SENTENCES);
  // shared stems: figures, then the rest by weight
  const stemsOf = (units: readonly number[], from: number) => { const s = new Set<number>(); for (const u of units) for (let k = S.off[from + u]!; k < S.off[from + u + 1]!; k++) s.add(S.ids[k]!); return s; };
  const sa = stemsOf(as, 0), sb = stemsOf(bs, na);
  const units = S.off.length - 1, rareWeight = Math.log(1 + 1 / RARE_SHARE);
  const names = new Set(sharedNames(as.map((u) => input.textsA[u]!), bs.map((v) => input.textsB[v]!)));
  const rare: number[] = [];
  for (const t of sa) {
    if (!sb.has(t) || S.digit[t]) continue;
    const w = S.words[t]!;
    if (!names.has(w) && !FUNCTION_WORDS.has(w) && S.weight[t]! >= rareWeight && units > 2) rare.push(t);
  }
  rare.sort((x, y) => S.weight[y]! - S.weight[x]! || (S.words[x]! < S.words[y]! ? -1 : 1));
  return {
    sentences,
    words: rare.slice(0, MAX_WORDS).map((t) => S.words[t]!),
    numbers: sharedFigures(as.map((u) => input.textsA[u]!), bs.map((v) => input.textsB[v]!)),
    names: [...names],
  };
}

/** Figures both sides write (compared without their separators), as A writes them, in A's order. */
function sharedFigures(xs: readonly string[], ys: readonly string[]): string[] {
  const plain = (f: string) => f.replace(/[.,](?=\d{3}\b)/g, "");
  const y = new Set(ys.flatMap((t) => (t.match(FIGURE) ?? []).map(plain)));
  const out: string[] = [];
  for (const t of xs) for (const f of t.match(FIGURE) ?? []) if (y.has(plain(f)) && !out.includes(f)) out.push(f);
  return out;
}

/** Capitalised words inside sentences (not a sentence's first word) that both sides write, lowercased. */
function sharedNames(xs: readonly string[], ys: readonly string[]): string[] {
  const of = (texts: readonly string[]) => { const s = new Set<string>(); for (const t of texts) for (const m of t.matchAll(NAME_WORD)) s.add(m[1]!.toLowerCase()); return s; };
  const x = of(xs), y = of(ys);
  return [...x].filter((w) => y.has(w)).sort();
}
