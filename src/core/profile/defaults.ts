/** @module Limits of the outlet profile, in one place, with why each was chosen. */
export interface ProfileOptions {
  /**
   * Cases (altered quotations, changed numbers) kept per outlet with their links; the counts stay
   * exact past it. 200 fills a page a reader still scrolls, and bounds memory over 100,000 articles.
   * @default 200
   */
  maxCases: number;
  /** Distinct forms of one house-style tag listed per outlet, most frequent first. @default 12 */
  maxForms: number;
  /** Bands the source's body is cut into for "where it cuts" (tenths read as top ... bottom). @default 10 */
  cutBands: number;
  /** The name an article without an outlet is filed under. @default "(no outlet)" */
  unknownOutlet: string;
}

export const PROFILE_DEFAULTS: ProfileOptions = {
  maxCases: 200,
  maxForms: 12,
  cutBands: 10,
  unknownOutlet: "(no outlet)",
};
