/**
 * @module A string's own characters in one flat block. V8 keeps the result of a concatenation as a
 * pair of pointers (a cons string) and a long `slice`, `trim` or `split` piece as a view into its
 * parent (a sliced string); every `charCodeAt` on such a string first finds where its characters
 * live, and loops that see flat and unflat strings alike are compiled for both. The pipeline reads
 * each paragraph char by char many times (tokenizer, aligner, classifier, quote search), so parsed
 * paragraphs are flattened once, when the article is built. On the bench's inputs, comparisons ran
 * 2-6% faster and varied less between processes, and the aligner run after a comparison in the same
 * process (as the server does) 10% faster (alternating runs).
 */

/**
 * The same text as a flat string: a JSON round trip is an exact copy that always builds a new flat
 * string (lone surrogates survive it: JSON.stringify escapes them; `normalize` would change text,
 * and concatenating or slicing builds the pointer kinds again); about 3 ns per char, paid once per
 * parsed article.
 */
export function flatString(s: string): string {
  // (V8 makes neither kind of string below 13 chars: a short piece is always copied)
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
