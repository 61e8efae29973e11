/**
 * @module Sentence boundaries of a paragraph for the aligner's sentence evidence: a sentence ends
 * after . ! or ? (and any closing quotes or brackets) followed by white space and a capital, a
 * figure or an opening quote, unless the period closes a common abbreviation (Mr., Gen., Jan.) or
 * an initial (U.S., John F. Kennedy). Language-neutral apart from the abbreviation list; a missed
 * boundary only makes one sentence of two.
 */

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
  "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
  "vs", "etc", "mt", "ft", "rev", "adm", "maj", "cmdr", "supt", "insp", "det", "hon", "messrs",
]);

const BOUNDARY = /[.!?]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE_PERIOD = /([\p{L}.]+)\.$/u;

/** [start, end) of each sentence of text, trimmed, in order; a text without a boundary is one sentence. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index!;
    if (text.charCodeAt(at) === 46 && isAbbreviation(text.slice(Math.max(start, at - 12), at + 1))) continue;
    push(out, text, start, at + m[0].length);
    start = at + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

/** `before` ends with a period that closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(before: string): boolean {
  const w = WORD_BEFORE_PERIOD.exec(before)?.[1];
  if (!w) return false;
  // an initial (J.) or a dotted abbreviation (U.S., a.m.)
  if (/^\p{Lu}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w)) return true;
  return ABBREVIATIONS.has(w.toLowerCase());
}

function push(out: [number, number][], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) out.push([from, to]);
}
