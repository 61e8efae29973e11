/** @module The substance tags a reader can see beside an edit and filter the rows by (`&only=number`). */
import type { Edit, SubstanceTag } from "../core/article.ts";
import type { ViewRow } from "./rows.ts";

/** The tags labelled beside an edit and offered by the "show only" filter, in the filter's order. */
export const SHOWN_TAGS = ["number", "quote", "name", "attribution", "hedge", "date"] as const satisfies
  readonly SubstanceTag[];
export type ShownTag = (typeof SHOWN_TAGS)[number];

/** What the filter calls each tag ("show only: numbers"). */
export const TAG_FILTER_LABEL: Record<ShownTag, string> = {
  number: "numbers", quote: "quotes", name: "names", attribution: "attribution", hedge: "hedges", date: "dates",
};

export function isShownTag(s: string): s is ShownTag {
  return (SHOWN_TAGS as readonly string[]).includes(s);
}

/** The tags of an edit that get a visible label, in SHOWN_TAGS order (none for an equal edit). */
export function shownTags(e: Edit): ShownTag[] {
  if (e.op === "equal") return [];
  return SHOWN_TAGS.filter((t) => (e.tags as readonly string[]).includes(t));
}

export type TagCounts = Partial<Record<ShownTag, { style: number; subst: number }>>;

/** How many of a row's edits carry each shown tag, by class (what the filter counts and j/k walks). */
export function rowTagCounts(r: ViewRow): TagCounts {
  const out: TagCounts = {};
  for (const e of r.edits ?? []) {
    if (e.op === "equal") continue;
    for (const t of shownTags(e)) {
      const n = (out[t] ??= { style: 0, subst: 0 });
      if (e.class === "style") n.style++; else n.subst++;
    }
  }
  return out;
}

/** The counts as one attribute value for the client ("number:0:2 quote:1:0"). */
export function tagCountsAttr(c: TagCounts): string {
  return SHOWN_TAGS.filter((t) => c[t]).map((t) => `${t}:${c[t]!.style}:${c[t]!.subst}`).join(" ");
}

/** The rows holding an edit with tag `only`; every row when `only` is null. */
export function rowsWithTag(rows: ViewRow[], only: ShownTag | null): ViewRow[] {
  return only ? rows.filter((r) => rowTagCounts(r)[only]) : rows;
}
