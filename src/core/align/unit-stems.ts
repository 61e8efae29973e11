/**
 * @module The words the pair scorer compares: each unit's canonical words (tokenize-unit.ts: case,
 * quote marks and US/UK spelling folded) reduced to Porter2 stems ("killed"/"killing", "buildings"/
 * "building"), as ids local to one call, kept in order and cut into sentences. Figures stay as
 * written. IDF weights come from the two texts, so words common to the story weigh little.
 */
import stem from "wink-porter2-stemmer";
import { idHasDigit, wordIdsInto, wordOfId } from "./tokenize-unit.ts";
import { sentenceSpans } from "./sentence-spans.ts";

export interface UnitStems {
  /** Stem ids of every unit (A's units first, then B's), in text order: unit u owns ids[off[u]..off[u+1]). */
  ids: Int32Array;
  off: Int32Array;
  /** The interned canonical word id (tokenize-unit.ts) of each position of `ids`. */
  wordIds: Int32Array;
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
}

// interned word id -> stem id + 1 for the current call (stamped), grown on demand
let stemOfWord = new Int32Array(1024);
let stampOfWord = new Int32Array(1024);
let call = 0;
const STEM_MEMO_MAX = 50_000;
const stemMemo = new Map<string, string>();

function stemOf(word: string): string {
  let s = stemMemo.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
    stemMemo.set(word, s);
  }
  return s;
}

/**
 * Stems of a's then b's units. Weights: log(1 + units / units holding the stem), times
 * `numberWeight` for a figure and `shortWeight` for a word of at most `shortLength` chars (the
 * paragraph engine's weighting, defaults.ts).
 */
export function unitStems(aTexts: readonly string[], bTexts: readonly string[], numberWeight: number, shortLength: number, shortWeight: number): UnitStems {
  call++;
  const idOf = new Map<string, number>();
  const words: string[] = [];
  let wordIds = new Int32Array(1024), used = 0;
  const off = [0], sentOff = [0], sentOfUnit = [0];
  const sentSpan: [number, number][] = [];
  for (const text of [...aTexts, ...bTexts]) {
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span[0], span[1]);
      let n = wordIdsInto(sentence, wordIds, used);
      if (n < 0) {
        const grown = new Int32Array(Math.max(wordIds.length * 2, used - n));
        grown.set(wordIds.subarray(0, used));
        wordIds = grown;
        n = wordIdsInto(sentence, wordIds, used);
      }
      used += n;
      sentOff.push(used);
      sentSpan.push(span);
    }
    off.push(used);
    sentOfUnit.push(sentSpan.length);
  }
  // each distinct word is stemmed once (figures stay as written)
  const ids = new Int32Array(used);
  for (let k = 0; k < used; k++) {
    const g = wordIds[k]!;
    if (g >= stemOfWord.length) {
      const size = Math.max(g + 1, stemOfWord.length * 2);
      const s2 = new Int32Array(size), t2 = new Int32Array(size);
      s2.set(stemOfWord); t2.set(stampOfWord);
      stemOfWord = s2; stampOfWord = t2;
    }
    if (stampOfWord[g] !== call) {
      const w = wordOfId(g), st = idHasDigit(g) ? w : stemOf(w);
      let id = idOf.get(st);
      if (id === undefined) { id = words.length; idOf.set(st, id); words.push(w); }
      stampOfWord[g] = call; stemOfWord[g] = id;
    }
    ids[k] = stemOfWord[g]!;
  }
  const V = words.length, N = off.length - 1;
  const df = new Int32Array(V), last = new Int32Array(V).fill(-1);
  for (let u = 0; u < N; u++) for (let k = off[u]!; k < off[u + 1]!; k++) { const t = ids[k]!; if (last[t] !== u) { last[t] = u; df[t]!++; } }
  const weight = new Float64Array(V), digit = new Uint8Array(V);
  for (let t = 0; t < V; t++) {
    const w = words[t]!;
    let x = Math.log(1 + N / Math.max(1, df[t]!));
    if (/\d/.test(w)) { x *= numberWeight; digit[t] = 1; }
    else if (w.length <= shortLength) x *= shortWeight;
    weight[t] = x;
  }
  return {
    ids, off: Int32Array.from(off), wordIds: wordIds.subarray(0, used), sentOff: Int32Array.from(sentOff),
    sentOfUnit: Int32Array.from(sentOfUnit), sentSpan, words, weight, digit,
  };
}
