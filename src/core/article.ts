/** @module The data model shared by every stage of the pipeline (see DESIGN.md, "Data model"). */

/** Where a paragraph sits in the page. Only `body` is story text; the others are shown, never dropped. */
export type Role = "title" | "meta" | "caption" | "heading" | "boilerplate" | "body";
export const ROLES: readonly Role[] = ["title", "meta", "caption", "heading", "boilerplate", "body"];

export type Format = "txt" | "md" | "html" | "jsonl";

export interface Paragraph {
  /** The block's position in the input (0-based); stable across every stage. */
  index: number;
  /** The block with inner white space collapsed and outer white space trimmed (metadata prefix removed). */
  text: string;
  role: Role;
  /** Why a non-body role was given ("photo caption", "related headlines" ...); absent for body. */
  reason?: string;
}

export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  /** The wire agency a dateline or credit names: AFP, AP, Reuters, PA, AAP ... */
  agency: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  url: string | null;
  byline: string | null;
  /** The place as written, without agency or punctuation: "Washington", "SUEZ, Egypt". */
  dateline: string | null;
  format: Format;
  warnings: string[];
  paragraphs: Paragraph[];
}

/** Metadata known about an article but not present in its text (corpus sidecar, import form, JSONL row). */
export interface ArticleMeta {
  title?: string | null;
  outlet?: string | null;
  agency?: string | null;
  date?: string | null;
  url?: string | null;
  byline?: string | null;
}

export type LinkKind = "same" | "reworded" | "merged" | "split" | "regrouped" | "moved";

/** Why two groups of paragraphs were linked: what they share. */
export interface LinkEvidence {
  /** Sentence pairs the aligner matched inside the link: paragraph index and char span [start, end) of
   * the sentence on each side, and the pair's similarity (0..1), strongest first. */
  sentences: { a: number; aSpan: [number, number]; b: number; bSpan: [number, number]; similarity: number }[];
  /** Shared words rare in the two texts (rarest first), figures and names both sides hold. */
  words: string[];
  numbers: string[];
  names: string[];
}

/** A link between a group of A paragraphs and a group of B paragraphs (indices into Article.paragraphs). */
export interface Link {
  a: number[];
  b: number[];
  kind: LinkKind;
  /** 0..1 */
  similarity: number;
  evidence?: LinkEvidence;
}

export interface Alignment {
  links: Link[];
  /** A paragraphs in no link (cut by B), ascending. */
  onlyA: number[];
  /** B paragraphs in no link (added by B), ascending. */
  onlyB: number[];
}

export type EditOp = "equal" | "insert" | "delete" | "replace";
export type EditClass = "style" | "substance";
export type StyleTag =
  | "case" | "punctuation" | "quotemarks" | "dash" | "spacing" | "spelling"
  | "compound" | "numberformat" | "dateline" | "credit";
export type SubstanceTag = "number" | "date" | "quote" | "name" | "attribution" | "hedge";
export type Tag = StyleTag | SubstanceTag;

/**
 * One piece of a link's word diff. `a` is the text of A it covers ("" for insert),
 * `b` the text of B ("" for delete). Joining every edit's `a` rebuilds A's paragraphs of the
 * link joined by "\n\n"; likewise `b`.
 */
export type Edit =
  | { op: "equal"; a: string; b: string }
  | { op: "insert" | "delete" | "replace"; a: string; b: string; class: EditClass; tags: Tag[] };

export interface LinkWithEdits extends Link {
  edits: Edit[];
  /** Set when the diff fell back to a coarser level for size or time ("sentence", "paragraph"). */
  fallback?: "sentence" | "paragraph";
}

export interface Stats {
  /** Body words of A / of B. */
  aWords: number;
  bWords: number;
  /** Shares of A's body words: inside equal edits, style-only edits, substantive edits, deleted/unlinked. */
  verbatim: number;
  styleOnly: number;
  reworded: number;
  cut: number;
  /** Share of B's body words inserted or unlinked (new in B). */
  newInB: number;
  styleEdits: number;
  substantiveEdits: number;
  alteredQuotes: number;
  changedNumbers: number;
}

export type QuoteStatus = "verbatim" | "style" | "altered" | "truncated" | "missing";

export interface QuoteFate {
  /** Paragraph index in A. */
  a: number;
  text: string;
  status: QuoteStatus;
  /** Paragraph index in B where found. */
  b?: number;
  /** The quotation's B text when found. */
  bText?: string;
  edits?: Edit[];
}

/** The two headlines compared as a pair (when both articles have one), whatever they come from. */
export interface TitlePair {
  a: string;
  b: string;
  /** The paragraph that shows the headline on each side (role title), or null when it is metadata only. */
  aParagraph: number | null;
  bParagraph: number | null;
  /** The word diff of `a` and `b`, classified like a link's. */
  edits: Edit[];
}

export interface Comparison {
  a: Article;
  b: Article;
  links: LinkWithEdits[];
  onlyA: number[];
  onlyB: number[];
  stats: Stats;
  quotes: QuoteFate[];
  /** Absent unless both articles have a headline. Not part of stats, which count the links. */
  title?: TitlePair;
}

export interface Story {
  /** The source article's id. */
  id: string;
  source: string;
  versions: string[];
}
