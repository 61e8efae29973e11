/** @module Every edit tag, in the order DESIGN.md lists them: the lists that tables and profiles iterate. */
import type { StyleTag, SubstanceTag, Tag } from "./article.ts";

// typed as Records over the tag types, so a tag added to a type and not here fails to compile
const STYLE: Record<StyleTag, true> = {
  case: true,
  punctuation: true,
  quotemarks: true,
  dash: true,
  spacing: true,
  spelling: true,
  compound: true,
  numberformat: true,
  dateline: true,
  credit: true,
};
const SUBSTANCE: Record<SubstanceTag, true> = {
  number: true,
  date: true,
  quote: true,
  name: true,
  attribution: true,
  hedge: true,
};

export const STYLE_TAGS = Object.keys(STYLE) as readonly StyleTag[];
export const SUBSTANCE_TAGS = Object.keys(SUBSTANCE) as readonly SubstanceTag[];
export const ALL_TAGS: readonly Tag[] = [...STYLE_TAGS, ...SUBSTANCE_TAGS];

export function isStyleTag(t: Tag): t is StyleTag {
  return t in STYLE;
}
