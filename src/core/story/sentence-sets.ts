/**
 * @module The content words of each body sentence, as sorted unique 32-bit hashes of their first few
 * letters: what survives when an outlet rewords a sentence or a writethru updates a figure in it.
 */
import type { Article } from "../article.ts";

/**
 * Sentences of one article as (word, sentence) entries sorted by word, so two articles' sentences are
 * compared in one merge of their entries instead of one merge per pair of sentences.
 */
export interface SentenceSets {
  /** Content-word hashes, ascending (a word in several sentences has one entry per sentence). */
  words: Uint32Array;
  /** The sentence of each entry. */
  sentence: Uint16Array;
  /** Distinct content words of each sentence. */
  sizes: Uint16Array;
}

/** More sentences than this in one article are left out (an article of over 60,000 sentences is not news). */
const MAX_SENTENCES = 0xffff;

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

const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

function stemHash(word: string, stemChars: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < Math.min(word.length, stemChars); i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const stopSets = new Map<number, Set<number>>();
function stopSet(stemChars: number): Set<number> {
  let s = stopSets.get(stemChars);
  if (!s) stopSets.set(stemChars, (s = new Set(STOP_WORDS.map((w) => stemHash(w, stemChars)))));
  return s;
}

const isEnd = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41; // " ' ” ’ )

export function articleSentenceSets(a: Article, opts: SentenceSetOptions): SentenceSets {
  const stop = stopSet(opts.stemChars);
  const words: number[] = [];
  const starts: number[] = [0];
  let sentenceStart = 0;
  const endSentence = (force: boolean) => {
    if (words.length - sentenceStart < opts.sentenceMinWords && !force) return;
    if (words.length - sentenceStart < opts.sentenceMinWords) { words.length = sentenceStart; return; }
    const sorted = Uint32Array.from(words.slice(sentenceStart)).sort();
    let n = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[n - 1]) sorted[n++] = sorted[k]!;
    words.length = sentenceStart;
    for (let k = 0; k < n; k++) words.push(sorted[k]!);
    sentenceStart = words.length;
    starts.push(sentenceStart);
  };
  for (const p of a.paragraphs) {
    if (p.role !== "body") continue;
    const text = p.text;
    let h = FNV_OFFSET, len = 0;
    for (let i = 0; i <= text.length; i++) {
      let c = i < text.length ? text.charCodeAt(i) : 32;
      const isUpper = c >= 65 && c <= 90;
      const wordish = (c >= 48 && c <= 57) || isUpper || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
      if (wordish) {
        if (isUpper) c += 32;
        else if (c >= 0xc0) c = text[i]!.toLowerCase().charCodeAt(0);
        if (len < opts.stemChars) h = Math.imul(h ^ c, FNV_PRIME);
        len++;
        continue;
      }
      if (c === 39 || c === 0x2019 || c === 0xb4) continue; // apostrophes stay inside a word
      if (len >= 4) { const w = h >>> 0; if (!stop.has(w)) words.push(w); }
      h = FNV_OFFSET; len = 0;
      if (isEnd(c)) {
        let k = i + 1;
        while (k < text.length && isCloser(text.charCodeAt(k))) k++;
        if (k >= text.length || isSpace(text.charCodeAt(k))) endSentence(false);
      }
    }
    endSentence(false);
  }
  endSentence(true);
  return dropRepeated(words, starts);
}

/**
 * Sentences whose word set recurs within the article (a refrain, a template line filled in per
 * paragraph) say nothing about which story it tells, and would match every article that repeats them.
 */
function dropRepeated(words: number[], starts: number[]): SentenceSets {
  if (starts.length - 1 > MAX_SENTENCES) starts = starts.slice(0, MAX_SENTENCES + 1);
  const key = (k: number) => {
    let h = starts[k + 1]! - starts[k]!;
    for (let x = starts[k]!; x < starts[k + 1]!; x++) h = Math.imul(h ^ words[x]!, 0x9e3779b1) ^ (h >>> 15);
    return h;
  };
  const seen = new Map<number, number>();
  for (let k = 0; k + 1 < starts.length; k++) seen.set(key(k), (seen.get(key(k)) ?? 0) + 1);
  const entries: number[] = [], sizes: number[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    if (seen.size < starts.length - 1 && seen.get(key(k))! > 1) continue;
    // (word, sentence) packed in one float64 so one typed sort orders them
    for (let x = starts[k]!; x < starts[k + 1]!; x++) entries.push(words[x]! * 65536 + sizes.length);
    sizes.push(starts[k + 1]! - starts[k]!);
  }
  const sorted = Float64Array.from(entries).sort();
  const out = { words: new Uint32Array(sorted.length), sentence: new Uint16Array(sorted.length), sizes: Uint16Array.from(sizes) };
  for (let x = 0; x < sorted.length; x++) {
    const w = Math.floor(sorted[x]! / 65536);
    out.words[x] = w;
    out.sentence[x] = sorted[x]! - w * 65536;
  }
  return out;
}

export const sentenceCount = (s: SentenceSets) => s.sizes.length;
