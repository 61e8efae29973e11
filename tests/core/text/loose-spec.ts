import { canonicalSpelling } from "../../../src/core/text/spelling.ts";

/** The loose form as first written with regular expressions: the specification `looseIds` keeps (src/core/text/loose-form.ts). */
export const looseSpec = (s: string) =>
  s.replace(/[\u201c\u201d\u201e\u00ab\u00bb"\u2018\u2019\u00b4'`.,;:!?()\u2013\u2014-]+/g, " ")
    .replace(/\p{L}+/gu, (w) => canonicalSpelling(w))
    .replace(/\s+/g, " ")
    .trim();
