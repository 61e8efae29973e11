/** @module The outlet profile's data: what one outlet does to the copy it takes from its stories' sources. */
import type { CutProfile } from "../story/story-matrix.ts";
import type { QuoteStatus, StyleTag } from "../article.ts";

/** Where a case sits: the pair's comparison and the row anchor on its page (views/rows.ts). */
export interface CaseLink {
  source: string;
  version: string;
  anchor: string;
}

export interface NumberCase extends CaseLink {
  a: string;
  b: string;
}

export interface QuoteCase extends CaseLink {
  text: string;
  bText: string | null;
  status: QuoteStatus;
}

/** One house-style change as the outlet applies it: the form (shape) and one real example. */
export interface StyleForm {
  form: string;
  count: number;
  example: CaseLink & { a: string; b: string };
}

export interface StyleHabit {
  tag: StyleTag;
  count: number;
  forms: StyleForm[];
}

export type LedeFate = "kept" | "style" | "reworded" | "replaced" | "cut" | "none";

export interface OutletProfile {
  outlet: string;
  /** (source, version) pairs where the version is this outlet's. */
  pairs: number;
  stories: number;
  /** Body words of the sources, and of the outlet's versions. */
  sourceWords: number;
  versionWords: number;
  /** Word-weighted shares of the sources' body words (verbatim ... cut) and of the versions' (added). */
  shares: { verbatim: number; styleOnly: number; reworded: number; cut: number; added: number };
  cutProfiles: Record<CutProfile, number>;
  lede: Record<LedeFate, number>;
  /** Per band of the source's body, top to bottom: paragraphs there, and how many the outlet cut. */
  cutBands: { paragraphs: number; cut: number }[];
  style: StyleHabit[];
  styleEdits: number;
  substantiveEdits: number;
  quotes: { total: number; altered: number; truncated: number; cases: QuoteCase[] };
  numbers: { changed: number; cases: NumberCase[] };
}
