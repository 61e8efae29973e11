/**
 * @module The headlines of two articles as a pair: word-diffed and classified like a link, so a
 * changed headline is read even when it comes from metadata (front matter, a JSON Lines title) and
 * is no paragraph that the aligner could link.
 */
import type { Article, Paragraph, TitlePair } from "../article.ts";
import type { DiffOptions } from "./defaults.ts";
import { diffLink } from "./diff-link.ts";

/** The paragraph showing the headline (the role rules give it to the first block only), or null. */
function titleParagraph(a: Article): Paragraph | null {
  return a.paragraphs.find((p) => p.role === "title" && p.text !== "") ?? null;
}

/**
 * Both headlines diffed, or null unless both articles have one. A side's headline is its title
 * paragraph as written when it has one (so the pair shows what the page shows), else its title.
 */
export function compareTitles(a: Article, b: Article, opts: DiffOptions = {}): TitlePair | null {
  if (!a.title || !b.title) return null;
  const pa = titleParagraph(a), pb = titleParagraph(b);
  const one = (art: Article, p: Paragraph | null): Paragraph => ({ index: 0, text: p?.text ?? art.title!, role: "title" });
  const ta = one(a, pa), tb = one(b, pb);
  const d = diffLink({ a: [0], b: [0], kind: "reworded", similarity: 1 }, { ...a, paragraphs: [ta] }, { ...b, paragraphs: [tb] },
    new Map([[0, ta]]), new Map([[0, tb]]), opts);
  return { a: ta.text, b: tb.text, aParagraph: pa?.index ?? null, bParagraph: pb?.index ?? null, edits: d.link.edits };
}
