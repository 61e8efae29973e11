/**
 * @module The content words of each body sentence, as hashes of their first few letters: what survives
 * when an outlet rewords a sentence or a writethru updates a figure in it.
 */
import type { Article } from "../article.ts";
import { stemHash, WordScan } from "./word-scan.ts";

/**
 * Sentences of one article as (word, sentence) entries sorted by word, so two articles' sentences are
 * compared in one merge of their entries instead of one merge per pair of sentences. An entry packs a
 * 20-bit word hash above a 12-bit sentence number (4 bytes an entry: a 100,000-article index holds
 * about 30 million); a chance clash of two words' 20-bit hashes (one in a million) barely moves a Jaccard.
 */
export interface SentenceSets {
  /**
   * (word hash << SENTENCE_BITS | sentence), ascending; a word in several sentences has one entry each.
   * Sentences are numbered from 0 without gaps, so sizes and count follow from the entries (one typed
   * array an article: each more costs ~100 bytes of buffer bookkeeping, 10 MB per 100,000 articles).
   */
  entries: Uint32Array;
}

export const SENTENCE_BITS = 12;
const SENTENCE_MASK = (1 << SENTENCE_BITS) - 1;
/** Sentences past this many run into the last one (an article of over 4,000 sentences is not news). */
const MAX_SENTENCES = SENTENCE_MASK + 1;
export const entryWord = (e: number) => e >>> SENTENCE_BITS;
export const entrySentence = (e: number) => e & SENTENCE_MASK;

export interface SentenceSetOptions {
  /** Letters of a word that are hashed: a crude stem ("killed", "killing" -> "killin", "kille"...). */
  stemChars: number;
  /** A sentence with fewer content words is joined to the next (abbreviations, "he said." fragments). */
  sentenceMinWords: number;
}

/** Words of four letters or more that carry no content; shorter words are never content words. */
const STOP_WORDS = ("that with from have been were said says this they their them then than there these those will " +
  "would could should which while when where what about after also into more most over some such only just very " +
  "other being told added according year years week last first since before under until because however").split(" ");

const stopSets = new Map<number, Set<number>>();
function stopSet(stemChars: number): Set<number> {
  let s = stopSets.get(stemChars);
  if (!s) stopSets.set(stemChars, (s = new Set(STOP_WORDS.map((w) => stemHash(w, stemChars)))));
  return s;
}

const scans = new Map<number, WordScan>();

export function articleSentenceSets(a: Article, opts: SentenceSetOptions): SentenceSets {
  let scan = scans.get(opts.stemChars);
  if (!scan) scans.set(opts.stemChars, (scan = new WordScan(opts.stemChars)));
  return scanSentenceSets(scan.reset().addBody(a), opts);
}

/** The sentence sets of the words scanned so far (see articleSentenceSets). */
export function scanSentenceSets(w: WordScan, opts: SentenceSetOptions): SentenceSets {
  const stop = stopSet(opts.stemChars);
  // entries in text order; a sentence with too few content words keeps its number, so its words join
  // the next sentence
  let packed = scratch, n = 0;
  let sentence = 0, inSentence = 0;
  for (let k = 0; k < w.length; k++) {
    const stem = w.stem[k]!;
    if (stem !== 0 && !stop.has(stem)) {
      if (n === packed.length) { const grown = new Uint32Array(n * 2); grown.set(packed); packed = scratch = grown; }
      packed[n++] = ((stem & ~SENTENCE_MASK) | sentence) >>> 0;
      inSentence++;
    }
    if (w.end[k] && inSentence >= opts.sentenceMinWords && sentence < MAX_SENTENCES - 1) { sentence++; inSentence = 0; }
  }
  // a short fragment at the very end has no next sentence to join
  const count = inSentence > 0 && inSentence < opts.sentenceMinWords ? sentence : sentence + (inSentence > 0 ? 1 : 0);
  return dropRepeated(packed.subarray(0, n).sort(), count);
}

/** Reused between calls: the entries of one article before they are sorted and copied out (saves garbage). */
let scratch = new Uint32Array(4096);

/** The unique entries of `sorted`, renumbered by `keep` (dropped where it gives -1). */
function unpack(sorted: Uint32Array, keep: (sentence: number) => number): SentenceSets {
  let unique = 0;
  for (let x = 0; x < sorted.length; x++) {
    if ((x === 0 || sorted[x] !== sorted[x - 1]) && keep(entrySentence(sorted[x]!)) >= 0) unique++;
  }
  const entries = new Uint32Array(unique);
  let n = 0;
  for (let x = 0; x < sorted.length; x++) {
    if (x > 0 && sorted[x] === sorted[x - 1]) continue;
    const t = keep(entrySentence(sorted[x]!));
    if (t < 0) continue;
    entries[n++] = ((sorted[x]! & ~SENTENCE_MASK) | t) >>> 0;
  }
  return { entries };
}

/**
 * Sentences whose word set recurs within the article (a refrain, a template line filled in per
 * paragraph) say nothing about which story it tells, and would match every article that repeats them.
 */
function dropRepeated(sorted: Uint32Array, count: number): SentenceSets {
  const all = unpack(sorted, (t) => (t < count ? t : -1));
  const sizes = sentenceSizes(all);
  // an order-free hash of each sentence's set, with its size
  const sig = new Float64Array(count);
  for (const e of all.entries) {
    const t = entrySentence(e);
    sig[t] = (sig[t]! + (Math.imul(entryWord(e), 0x9e3779b1) >>> 0)) % 4294967296;
  }
  const keyed = sig.map((v, t) => v * 65536 + sizes[t]!);
  const sorted2 = keyed.slice().sort();
  let any = false;
  for (let k = 1; k < sorted2.length && !any; k++) any = sorted2[k] === sorted2[k - 1];
  if (!any) return all;
  const seen = new Map<number, number>();
  for (const v of keyed) seen.set(v, (seen.get(v) ?? 0) + 1);
  const renumber = new Int32Array(count).fill(-1);
  let n = 0;
  for (let t = 0; t < count; t++) if (seen.get(keyed[t]!)! === 1) renumber[t] = n++;
  return unpack(sorted, (t) => (t < count ? renumber[t]! : -1));
}

/** Distinct content words of each sentence; its length is the sentence count. */
export function sentenceSizes(s: SentenceSets): Uint16Array {
  let count = 0;
  for (const e of s.entries) if (entrySentence(e) >= count) count = entrySentence(e) + 1;
  const sizes = new Uint16Array(count);
  for (const e of s.entries) if (sizes[entrySentence(e)]! < 0xffff) sizes[entrySentence(e)]!++;
  return sizes;
}

export const sentenceCount = (s: SentenceSets) => sentenceSizes(s).length;
