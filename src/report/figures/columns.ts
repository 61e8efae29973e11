/**
 * @module The columns of `wirediff figures`, each with its meaning: the one place the data
 * dictionary lives (the README's table is checked against it by a test).
 */
import type { Stats } from "../../core/article.ts";
import { ALL_TAGS } from "../../core/tags.ts";

export interface FigureColumn {
  name: string;
  type: "string" | "integer" | "number" | "string[]";
  doc: string;
}

const col = (name: string, type: FigureColumn["type"], doc: string): FigureColumn => ({ name, type, doc });

/** The compare JSON's stats, camelCase there, snake_case here; the Record type keeps it complete. */
export const STAT_COLUMNS: Record<keyof Stats, FigureColumn> = {
  aWords: col("a_words", "integer", "body words of the source"),
  bWords: col("b_words", "integer", "body words of the version"),
  verbatim: col("verbatim", "number", "share of the source's body words the version kept verbatim (0-1)"),
  styleOnly: col("style_only", "number", "share of the source's body words kept with house-style edits only"),
  reworded: col("reworded", "number", "share of the source's body words inside changes of substance"),
  cut: col("cut", "number", "share of the source's body words the version cut"),
  newInB: col("new_in_b", "number", "share of the version's body words that are not in the source"),
  styleEdits: col("style_edits", "integer", "house-style edits (class style)"),
  substantiveEdits: col("substantive_edits", "integer", "edits of substance (class substance)"),
  alteredQuotes: col("altered_quotes", "integer", "direct quotations of the source altered or truncated"),
  changedNumbers: col("changed_numbers", "integer", "substantive edits tagged number"),
};

export const TAGS = ALL_TAGS;
export const LINK_KINDS = ["same", "reworded", "merged", "split", "regrouped", "moved"] as const;
export const QUOTE_STATUSES = ["verbatim", "style", "altered", "truncated", "missing"] as const;

/** One row per (source, version) pair of every story with more than one version. */
export const PAIR_COLUMNS: readonly FigureColumn[] = [
  col("story_id", "string", "the story (its source's id, as `wirediff stories` prints it)"),
  col("story_versions", "integer", "versions in the story, the source included"),
  col("source_id", "string", "the source version's article id"),
  col("version_id", "string", "the other version's article id"),
  col("source_outlet", "string", "outlet of the source (empty when unknown)"),
  col("version_outlet", "string", "outlet of the version"),
  col("source_agency", "string", "wire agency the source's dateline or credit names"),
  col("version_agency", "string", "wire agency the version's dateline or credit names"),
  col("source_date", "string", "date of the source, YYYY-MM-DD"),
  col("version_date", "string", "date of the version, YYYY-MM-DD"),
  col("lag_days", "integer", "version_date minus source_date in days (empty when either is unknown)"),
  col("source_title", "string", "title of the source"),
  col("version_title", "string", "title of the version"),
  col("source_url", "string", "URL of the source"),
  col("version_url", "string", "URL of the version"),
  ...Object.values(STAT_COLUMNS),
  col(
    "cut_profile",
    "string",
    "which source body paragraphs the version dropped: none, bottom, middle, bottom and middle",
  ),
  col("paragraphs_cut", "integer", "source body paragraphs in no link (cut)"),
  col("paragraphs_added", "integer", "version body paragraphs in no link (added)"),
  col("links", "integer", "links between paragraph groups"),
  ...LINK_KINDS.map((k) => col(`links_${k}`, "integer", `links of kind ${k}`)),
  col("edits_insert", "integer", "insert edits (words the version added inside linked paragraphs)"),
  col("edits_delete", "integer", "delete edits (words the version cut inside linked paragraphs)"),
  col("edits_replace", "integer", "replace edits (words the version reworded)"),
  ...TAGS.map((t) => col(`tag_${t}`, "integer", `edits tagged ${t}`)),
  col("quotes", "integer", "direct quotations in the source's body"),
  ...QUOTE_STATUSES.map((s) => col(`quotes_${s}`, "integer", `quotations whose fate in the version is ${s}`)),
];

/** With `--edits`: one row per changed piece of every pair (equal stretches left out). */
export const EDIT_COLUMNS: readonly FigureColumn[] = [
  col("story_id", "string", "the story (its source's id)"),
  col("source_id", "string", "the source version's article id"),
  col("version_id", "string", "the other version's article id"),
  col("version_outlet", "string", "outlet of the version"),
  col(
    "link",
    "integer",
    "link number in the pair's comparison, from 1 in source order; empty for a cut or added paragraph",
  ),
  col(
    "kind",
    "string",
    "the link's kind (same, reworded, merged, split, regrouped, moved), or cut / added for a paragraph in no link",
  ),
  col("role", "string", "role of the first paragraph concerned (body, title, meta, caption, heading, boilerplate)"),
  col("a_paragraphs", "string", "source paragraph indices, space-separated"),
  col("b_paragraphs", "string", "version paragraph indices, space-separated"),
  col("op", "string", "insert, delete or replace"),
  col("class", "string", "style or substance"),
  col("tags", "string[]", "the edit's tags (CSV: joined by ';'; JSON Lines: an array)"),
  col("a_text", "string", "the source's text of the edit"),
  col("b_text", "string", "the version's text of the edit"),
];
