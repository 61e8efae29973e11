/**
 * @module Both versions' paragraphs tokenized once per comparison, into one token store: the aligner
 * reads its words from these tokens (align/tokenize-unit.ts `wordIdsFromTokens`) and the word diff
 * copies each link's tokens from them (TokenList.fillFrom), so no paragraph is scanned twice.
 */
import type { Article } from "../article.ts";
import { internerReset } from "./intern.ts";
import { TokenStore } from "./tokenize.ts";

/** The store, and each paragraph's entry in it by paragraph index. */
export interface ParagraphTokens {
  store: TokenStore;
  a: Map<number, number>;
  b: Map<number, number>;
}

/** Tokenize every paragraph of a and b into a fresh store (its ids stay valid for the whole comparison). */
export function tokenizeArticles(a: Article, b: Article): ParagraphTokens {
  internerReset();
  // room for a token per two chars, plus the longest paragraph's worst case (a token per char)
  // and a sentinel per paragraph: prose runs at about one token per three chars, so the store
  // rarely grows, and it does not allocate (and zero) the worst case of the whole text
  let chars = 0, longest = 0, count = 0;
  for (const x of [a, b]) for (const p of x.paragraphs) { chars += p.text.length; longest = Math.max(longest, p.text.length); count++; }
  const store = new TokenStore((chars >> 1) + longest + count + 1);
  const entries = (x: Article) => new Map(x.paragraphs.map((p) => [p.index, store.add(p.text)]));
  return { store, a: entries(a), b: entries(b) };
}
