/**
 * @module Words of scripts written without spaces between them (Chinese and Japanese ideographs and
 * kana, Thai, Lao, Khmer, Myanmar): Intl.Segmenter's dictionary word breaks, in runs of those chars.
 * The tokenizer asks for one word at a time, left to right, so the breaks of a run are found once and
 * kept until the scan has passed them.
 */

/** A code unit of a script written without spaces (a high surrogate of CJK Extension B-F counts). */
export function isUnspaced(c: number): boolean {
  // (one comparison for Latin, Greek, Cyrillic, Arabic, Hebrew and Indic text)
  return c >= 0x0e00 && (c <= 0x0eff || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)
    || (c >= 0x3005 && c <= 0x3007) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)
    || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xff66 && c <= 0xff9f) || (c >= 0xd840 && c <= 0xd87f));
}

/**
 * Longest stretch segmented at once. ICU's dictionary break grows faster than linearly with the
 * length of the text it is given (90,000 chars of unpunctuated Chinese took 14 s in one call, 0.1 s
 * cut at sentence ends), so a run longer than this is segmented in pieces of this length; a word
 * that straddles a cut is split there (once per 512 chars of text with no punctuation).
 */
const CHUNK = 512;

const segmenter = typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
  ? new Intl.Segmenter("und", { granularity: "word" }) : null;

/** The breaks last found: word ends within text[from, to), ascending (to is the last). */
let cacheText = "", cacheFrom = 0, cacheTo = 0;
let cacheEnds: number[] = [];

/** End of the unspaced run at i (at most CHUNK past i). */
function runEnd(s: string, i: number): number {
  const limit = Math.min(s.length, i + CHUNK);
  let j = i;
  while (j < limit) {
    const c = s.charCodeAt(j);
    if (c >= 0xd840 && c <= 0xd87f && j + 1 < s.length) j += 2;
    else if (isUnspaced(c) && !(c >= 0xd800 && c <= 0xdbff)) j++;
    else break;
  }
  return Math.min(j, s.length);
}

/** End of the word that starts at s[i] (an unspaced char); always past i. */
export function unspacedWordEnd(s: string, i: number): number {
  if (s === cacheText && i >= cacheFrom && i < cacheTo) {
    for (const e of cacheEnds) if (e > i) return e;
  }
  const to = runEnd(s, i);
  if (to <= i) return i + 1;
  const ends: number[] = [];
  if (segmenter === null) {
    for (let k = i; k < to;) { k += s.charCodeAt(k) >= 0xd800 && s.charCodeAt(k) <= 0xdbff ? 2 : 1; ends.push(k); }
  } else {
    for (const seg of segmenter.segment(s.slice(i, to))) ends.push(i + seg.index + seg.segment.length);
  }
  cacheText = s; cacheFrom = i; cacheTo = to; cacheEnds = ends;
  return ends[0]!;
}
