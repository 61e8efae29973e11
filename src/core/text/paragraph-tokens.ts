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
  // room for the worst case (a token per char, plus a sentinel per paragraph): no regrowth
  let room = 0;
  for (const x of [a, b]) for (const p of x.paragraphs) room += p.text.length + 1;
  const store = new TokenStore(room);
  const entries = (x: Article) => new Map(x.paragraphs.map((p) => [p.index, store.add(p.text)]));
  return { store, a: entries(a), b: entries(b) };
}
