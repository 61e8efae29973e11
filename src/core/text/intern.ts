/**
 * @module Exact-text interner: a character range of any string gets an integer id, the same id for
 * the same characters wherever they stand. The word diff compares token ids instead of slicing
 * every token out of its text (bench/compare.bench.ts); the aligner's words get their ids here too.
 *
 * An open-addressing table keyed by an FNV-1a hash of the characters; each distinct text is kept
 * once in a flat char pool and compared against the source there, so a text seen before costs no
 * allocation. Module state, bounded: `internerReset` forgets everything past a size, and callers
 * call it only between uses of the ids (ids from before a reset are stale).
 */

const FNV_OFFSET = 0x811c9dc5 | 0, FNV_PRIME = 0x01000193;
const MAX_TEXTS = 500_000;

let slots = 1 << 14;
let slotId = new Int32Array(slots).fill(-1);
let count = 0;
let hashOf = new Int32Array(1 << 13);
let startOf = new Int32Array(1 << 13);
let lengthOf = new Int32Array(1 << 13);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
/** Bumped at every reset, so caches keyed by id know to forget. */
let generation = 0;

/** Ids below this are single UTF-16 units (the id is the char code): no table needed. */
const SINGLE = 65536;
/** The first id of a text longer than one UTF-16 unit: a smaller id is the char code of a one-char text. */
export const FIRST_TEXT_ID = SINGLE;

/** The id of s[start, end). */
export function internRange(s: string, start: number, end: number): number {
  if (end - start === 1) return s.charCodeAt(start);
  return internHashed(s, start, end, fnv1a(s, start, end));
}

/** FNV-1a over the char codes of s[start, end), as a signed 32-bit integer (the hash the table keys on). */
export function fnv1a(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The FNV-1a hash `internHashed` expects: start from FNV_OFFSET_BASIS, then `Math.imul(h ^ c, FNV_PRIME)` per char. */
export const FNV_OFFSET_BASIS = FNV_OFFSET, FNV_32_PRIME = FNV_PRIME;

/** The id of s[start, end), whose FNV-1a hash the caller computed while scanning it. */
export function internHashed(s: string, start: number, end: number, h: number): number {
  if (end - start === 1) return s.charCodeAt(start);
  const mask = slots - 1, len = end - start;
  let i = h & mask;
  for (;;) {
    const id = slotId[i]!;
    if (id === -1) break;
    if (hashOf[id] === h && lengthOf[id] === len) {
      const p = startOf[id]!;
      let q = 0;
      while (q < len && pool[p + q] === s.charCodeAt(start + q)) q++;
      if (q === len) return SINGLE + id;
    }
    i = (i + 1) & mask;
  }
  return add(s, start, end, h, i);
}

function add(s: string, start: number, end: number, h: number, slot: number): number {
  const len = end - start;
  if (poolUsed + len > pool.length) { const p = new Uint16Array(Math.max(pool.length * 2, poolUsed + len)); p.set(pool); pool = p; }
  if (count === hashOf.length) { hashOf = grow(hashOf); startOf = grow(startOf); lengthOf = grow(lengthOf); }
  const id = count++;
  hashOf[id] = h; startOf[id] = poolUsed; lengthOf[id] = len;
  for (let q = start; q < end; q++) pool[poolUsed++] = s.charCodeAt(q);
  slotId[slot] = id;
  if (count * 2 > slots) rehash();
  return SINGLE + id;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function rehash(): void {
  slots *= 2;
  slotId = new Int32Array(slots).fill(-1);
  const mask = slots - 1;
  for (let id = 0; id < count; id++) {
    let i = hashOf[id]! & mask;
    while (slotId[i] !== -1) i = (i + 1) & mask;
    slotId[i] = id;
  }
}

/** Forget every id once the table holds more than `limit` texts (call only between uses of ids). */
export function internerReset(limit = MAX_TEXTS): void {
  if (count <= limit) return;
  count = 0; poolUsed = 0; generation++;
  slots = 1 << 14; slotId = new Int32Array(slots).fill(-1);
}

/** Number of distinct texts interned since the last reset. */
export function internedTexts(): number {
  return count;
}

/** Changes whenever ids are forgotten (a cache keyed by id is stale when this moved). */
export function internerGeneration(): number {
  return generation;
}
