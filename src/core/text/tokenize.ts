/**
 * @module Lossless tokenizer: words (with inner apostrophes, hyphens and periods: "Iraq's",
 * "self-defence", "U.S."), numbers ("1,000.5", "$3bn", "40%", "1990s"), punctuation and white space,
 * each with its offset. Joining every token's text gives the input back exactly.
 */

export type TokenKind = "word" | "number" | "punct" | "space";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the token's first character in the input. */
  start: number;
}

// Order matters: abbreviations like U.S. before plain words; numbers before words so "3bn" is one token.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    // currency, digits with , or . groups, optional attached unit or suffix: $3bn, 1,000.5, 40%, 1990s, 3rd, 5m
    String.raw`(?<number>[$£€¥]?\d+(?:[.,:]\d+)*(?:%|(?:bn|tn|trn|mn|[kmb]|st|nd|rd|th|s)(?![\p{L}\p{N}]))?)`,
    // dotted abbreviations: U.S., U.N., e.g.
    String.raw`(?<abbr>(?:\p{L}\.){2,})`,
    // words: letters/digits/marks joined by apostrophes (straight, curly, acute), hyphens or inner periods
    String.raw`(?<word>[\p{L}\p{M}\p{N}]+(?:['\u2019\u00b4\u02bc\-.\u2010\u2011&][\p{L}\p{M}\p{N}]+)*)`,
    // runs of one dash or dot character count as one token ("--", "...")
    String.raw`(?<punct>--+|\.\.\.+|[\s\S])`,
  ].join("|"),
  "gu",
);

/** Split text into tokens; `tokens.map(t => t.text).join("") === text` always holds. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const g = m.groups!;
    const kind: TokenKind = g.space !== undefined ? "space" : g.number !== undefined ? "number" : g.punct !== undefined ? "punct" : "word";
    out.push({ kind, text: m[0], start: m.index });
  }
  return out;
}

/** Count of word and number tokens (what the stats call "words"). */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.kind === "word" || t.kind === "number") n++;
  return n;
}
