/**
 * @module The words the pair scorer compares: each unit's canonical words (tokenize-unit.ts: case,
 * quote marks and US/UK spelling folded) reduced to Porter2 stems ("killed"/"killing", "buildings"/
 * "building"), as ids local to one call, kept in order and cut into sentences. Figures stay as
 * written. IDF weights come from the two texts, so words common to the story weigh little.
 */
import stem from "wink-porter2-stemmer";
import { tokenizeUnit } from "./tokenize-unit.ts";
import { sentenceSpans } from "./sentence-spans.ts";

export interface UnitStems {
  /** Stem ids of every unit (A's units first, then B's), in text order: unit u owns ids[off[u]..off[u+1]). */
  ids: Int32Array;
  off: Int32Array;
  /** Sentence s owns ids[sentOff[s]..sentOff[s+1]); unit u's sentences are sentOfUnit[u]..sentOfUnit[u+1]-1. */
  sentOff: Int32Array;
  sentOfUnit: Int32Array;
  /** Char span of sentence s in its unit's text. */
  sentSpan: [number, number][];
  /** The first word seen for each stem id (what evidence shows), and its IDF weight. */
  words: string[];
  weight: Float64Array;
  /** 1 where the stem is a figure. */
  digit: Uint8Array;
  /** 1 where the word was written with a capital inside a sentence (a name). */
  name: Uint8Array;
}

const STEM_MEMO_MAX = 50_000;
const stemMemo = new Map<string, string>();

function stemOf(word: string): string {
  let s = stemMemo.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : stem(word);
    if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
    stemMemo.set(word, s);
  }
  return s;
}

const NAME_WORD = /(?:^|[\s"“‘'(])(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/**
 * Stems of a's then b's units. Weights: log(1 + units / units holding the stem), times
 * `numberWeight` for a figure and `shortWeight` for a word of at most `shortLength` chars (the
 * paragraph engine's weighting, defaults.ts).
 */
export function unitStems(aTexts: readonly string[], bTexts: readonly string[], numberWeight: number, shortLength: number, shortWeight: number): UnitStems {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const ids: number[] = [], off = [0], sentOff = [0], sentOfUnit = [0];
  const sentSpan: [number, number][] = [];
  const nameIds = new Set<number>();
  for (const text of [...aTexts, ...bTexts]) {
    for (const [s0, s1] of sentenceSpans(text)) {
      const sentence = text.slice(s0, s1);
      // capitalised words after a sentence's first word are names (its first word may be any word)
      const caps = new Set<string>();
      for (const m of sentence.matchAll(NAME_WORD)) if (m.index! > 0) caps.add(m[1]!.toLowerCase());
      for (const w of tokenizeUnit(sentence)) {
        const st = stemOf(w);
        let id = idOf.get(st);
        if (id === undefined) { id = words.length; idOf.set(st, id); words.push(w); }
        if (caps.has(w)) nameIds.add(id);
        ids.push(id);
      }
      sentOff.push(ids.length);
      sentSpan.push([s0, s1]);
    }
    off.push(ids.length);
    sentOfUnit.push(sentSpan.length);
  }
  const V = words.length, N = off.length - 1;
  const df = new Int32Array(V), last = new Int32Array(V).fill(-1);
  for (let u = 0; u < N; u++) for (let k = off[u]!; k < off[u + 1]!; k++) { const t = ids[k]!; if (last[t] !== u) { last[t] = u; df[t]!++; } }
  const weight = new Float64Array(V), digit = new Uint8Array(V), name = new Uint8Array(V);
  for (let t = 0; t < V; t++) {
    const w = words[t]!;
    let x = Math.log(1 + N / Math.max(1, df[t]!));
    if (/\d/.test(w)) { x *= numberWeight; digit[t] = 1; }
    else if (w.length <= shortLength) x *= shortWeight;
    if (nameIds.has(t)) name[t] = 1;
    weight[t] = x;
  }
  return {
    ids: Int32Array.from(ids), off: Int32Array.from(off), sentOff: Int32Array.from(sentOff), sentOfUnit: Int32Array.from(sentOfUnit),
    sentSpan, words, weight, digit, name,
  };
}
