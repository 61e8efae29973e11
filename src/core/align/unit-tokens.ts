/**
 * @module The token sets the aligner scores: for every unit of A then of B, its distinct word ids
 * (dense, local to one call), with compounds joined where the other side writes them as one word
 * ("air strikes" / "airstrikes"). Stored flat (CSR: unit u owns tok[off[u]..off[u+1])) so the hot
 * loops read typed arrays, not arrays of arrays.
 */
import { idHasDigit, idOfCanonicalWord, internedCount, internReset, wordIdsInto, wordOfId } from "./tokenize-unit.ts";

export interface UnitTokens {
  /** Distinct local token ids of unit u (A's units first, then B's) are tok[off[u]..off[u+1]). */
  tok: Int32Array;
  off: Int32Array;
  /** Number of local ids; `words[t]` is the canonical word of id t. */
  V: number;
  words: string[];
  /** 1 where words[t] holds a digit (figures weigh more). */
  digits: Uint8Array;
  /** Distinct word bigrams of unit u (ids 0..nBigrams-1, in the order the words run) are
   * bigrams[bigramOff[u]..bigramOff[u+1]); anchors come from bigrams as well as words, since in
   * long or repetitive texts single words are rarely unique but word pairs often are. */
  bigrams: Int32Array;
  bigramOff: Int32Array;
  nBigrams: number;
}

// interned id -> local id, valid when stampOf[id] === call (module-level, grown on demand)
let localOf = new Int32Array(1024);
let stampOf = new Int32Array(1024);
let call = 0;

/**
 * Word ids of unit `unit` of side `side` (0 A, 1 B) from tokens the caller has already (see
 * `wordIdsFromTokens`), written into `out` from `at`; -1 when the unit's text must be scanned.
 */
export type UnitWordIds = (side: number, unit: number, out: Int32Array, at: number) => number;

/** Tokens of a's and b's units; see the module comment. */
export function unitTokens(aTexts: readonly string[], bTexts: readonly string[], fromTokens?: UnitWordIds): UnitTokens {
  // the interner may be reset (when full) unless the caller holds token ids from it
  if (!fromTokens) internReset();
  call++;
  const words: string[] = [];
  const digitList: number[] = [];
  let side = new Uint8Array(256); // by local id: bit 1 occurs in A, bit 2 in B
  let raw = new Int32Array(1024); // local ids of every unit in order, duplicates kept
  let used = 0;
  const grow = (need: number) => { if (used + need > raw.length) { const r = new Int32Array(Math.max(raw.length * 2, used + need)); r.set(raw); raw = r; } };
  const rawOff = [0];
  const texts = [aTexts, bTexts];
  // a text seen before in this call (a paragraph B kept verbatim, the usual case for wire copy)
  // reuses that unit's tokens instead of being scanned again
  const unitOfText = new Map<string, number>();
  for (let s = 0; s < 2; s++) {
    const bit = s + 1;
    const list = texts[s]!;
    for (let u = 0; u < list.length; u++) {
      const text = list[u]!;
      const same = unitOfText.get(text);
      if (same !== undefined) {
        grow(rawOff[same + 1]! - rawOff[same]!);
        for (let k = rawOff[same]!, e = rawOff[same + 1]!; k < e; k++) { const t = raw[k]!; side[t]! |= bit; raw[used++] = t; }
        rawOff.push(used);
        continue;
      }
      unitOfText.set(text, rawOff.length - 1);
      // ids land straight in the raw buffer and are mapped to local ids in place
      grow((text.length >> 1) + 1);
      let count = fromTokens ? fromTokens(s, u, raw, used) : -1;
      if (count < 0) count = wordIdsInto(text, raw, used);
      if (count < 0) { grow(-count); count = wordIdsInto(text, raw, used); }
      const n = internedCount();
      if (n > localOf.length) {
        const size = Math.max(n, localOf.length * 2);
        const l = new Int32Array(size), st = new Int32Array(size);
        l.set(localOf); st.set(stampOf);
        localOf = l; stampOf = st;
      }
      for (let k = used, e = used + count; k < e; k++) {
        const g = raw[k]!;
        let t: number;
        if (stampOf[g] === call) t = localOf[g]!;
        else {
          stampOf[g] = call; t = localOf[g] = words.length; words.push(wordOfId(g)); digitList.push(idHasDigit(g) ? 1 : 0);
          if (t >= side.length) { const d = new Uint8Array(side.length * 2); d.set(side); side = d; }
        }
        side[t]! |= bit;
        raw[k] = t;
      }
      used += count;
      rawOff.push(used);
    }
  }
  const localIdOf = (word: string): number | undefined => {
    const g = idOfCanonicalWord(word);
    return g !== undefined && g < stampOf.length && stampOf[g] === call ? localOf[g] : undefined;
  };
  // compounds: a word of one side only that splits into two words of the other side; found from
  // the (small) vocabulary, not from every bigram
  const joins = new Map<number, number>(); // first * 2^21 + second -> joined id
  const V0 = words.length;
  for (let id = 0; id < V0; id++) {
    const wd = words[id]!, own = side[id]!;
    if (own === 3 || wd.length < 6) continue;
    const other = own === 1 ? 2 : 1;
    for (let i = 2; i <= wd.length - 2; i++) {
      const x = localIdOf(wd.slice(0, i));
      if (x === undefined || !(side[x]! & other)) continue;
      const y = localIdOf(wd.slice(i));
      if (y !== undefined && (side[y]! & other)) joins.set(x * 2097152 + y, id);
    }
  }
  // distinct ids per unit, compounds joined
  const nUnits = rawOff.length - 1;
  const tok = new Int32Array(used);
  const off = new Int32Array(nUnits + 1);
  const inUnit = new Int32Array(V0).fill(-1);
  let w = 0;
  for (let u = 0; u < nUnits; u++) {
    off[u] = w;
    const e = rawOff[u + 1]!;
    for (let k = rawOff[u]!; k < e; k++) {
      let t = raw[k]!;
      if (joins.size && k + 1 < e) {
        const j = joins.get(t * 2097152 + raw[k + 1]!);
        if (j !== undefined) { t = j; k++; }
      }
      if (inUnit[t] !== u) { inUnit[t] = u; tok[w++] = t; }
    }
  }
  off[nUnits] = w;
  const { bigrams, bigramOff, nBigrams } = bigramsOf(raw, rawOff);
  return { tok: tok.subarray(0, w), off, V: V0, words, digits: Uint8Array.from(digitList), bigrams, bigramOff, nBigrams };
}

/** Distinct bigram ids per unit, through an open-addressing table of (first, second) pairs. */
function bigramsOf(raw: Int32Array, rawOff: readonly number[]): { bigrams: Int32Array; bigramOff: Int32Array; nBigrams: number } {
  const nUnits = rawOff.length - 1, total = rawOff[nUnits]!;
  let size = 1024;
  while (size < total * 1.5) size *= 2;
  const mask = size - 1;
  const slot = new Int32Array(size); // bigram id + 1; 0 = empty
  const firstOf = new Int32Array(total), secondOf = new Int32Array(total), lastUnit = new Int32Array(total).fill(-1);
  const bigrams = new Int32Array(total);
  const bigramOff = new Int32Array(nUnits + 1);
  let n = 0, w = 0;
  for (let u = 0; u < nUnits; u++) {
    bigramOff[u] = w;
    for (let k = rawOff[u]!, e = rawOff[u + 1]! - 1; k < e; k++) {
      const x = raw[k]!, y = raw[k + 1]!;
      let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
      let id: number;
      for (;;) {
        const sl = slot[h]!;
        if (sl === 0) { id = n++; slot[h] = id + 1; firstOf[id] = x; secondOf[id] = y; break; }
        if (firstOf[sl - 1] === x && secondOf[sl - 1] === y) { id = sl - 1; break; }
        h = (h + 1) & mask;
      }
      if (lastUnit[id] !== u) { lastUnit[id] = u; bigrams[w++] = id; }
    }
  }
  bigramOff[nUnits] = w;
  return { bigrams: bigrams.subarray(0, w), bigramOff, nBigrams: n };
}
