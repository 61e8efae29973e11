/**
 * @module The compare JSON of DESIGN.md ("npx wirediff compare A B --json", GET /api/compare): the
 * align object (both articles with their paragraphs and roles, links, onlyA, onlyB) plus `edits` on
 * every link, `stats` and `quotes`. The field names are the contract; keep them.
 */
import type { Article, Comparison, Edit, LinkWithEdits, QuoteFate, Stats, TitlePair } from "../article.ts";

/** An article as the JSON contracts carry it: every metadata field of Article, paragraphs as plain objects. */
export type ArticleJson = Omit<Article, "paragraphs"> & {
  paragraphs: Array<{ index: number; text: string; role: string; reason?: string }>;
};

export interface ComparisonJson {
  a: ArticleJson;
  b: ArticleJson;
  links: LinkWithEdits[];
  onlyA: number[];
  onlyB: number[];
  stats: Stats;
  quotes: QuoteFate[];
  /** An extra field (the contract allows them): both headlines diffed, when both articles have one. */
  title?: TitlePair;
}

/** The inspect object of DESIGN.md (also the `a` and `b` of the compare object). */
export function articleToJson(a: Article): ArticleJson {
  return {
    id: a.id, title: a.title, outlet: a.outlet, agency: a.agency, date: a.date, url: a.url, byline: a.byline,
    dateline: a.dateline, format: a.format, warnings: a.warnings,
    paragraphs: a.paragraphs.map((p) => (p.reason ? { index: p.index, text: p.text, role: p.role, reason: p.reason } : { index: p.index, text: p.text, role: p.role })),
  };
}

function editJson(e: Edit): Edit {
  return e.op === "equal" ? { op: "equal", a: e.a, b: e.b } : { op: e.op, a: e.a, b: e.b, class: e.class, tags: e.tags };
}

/** Plain JSON of a comparison, in document order, with the contract's field names. */
export function comparisonToJson(c: Comparison): ComparisonJson {
  return {
    a: articleToJson(c.a),
    b: articleToJson(c.b),
    links: [...c.links]
      .sort((x, y) => Math.min(...x.a) - Math.min(...y.a))
      .map((l) => ({
        a: l.a, b: l.b, kind: l.kind, similarity: l.similarity, ...(l.evidence ? { evidence: l.evidence } : {}),
        edits: l.edits.map(editJson), ...(l.fallback ? { fallback: l.fallback } : {}),
      })),
    onlyA: c.onlyA,
    onlyB: c.onlyB,
    stats: c.stats,
    quotes: c.quotes,
    ...(c.title ? { title: { ...c.title, edits: c.title.edits.map(editJson) } } : {}),
  };
}
