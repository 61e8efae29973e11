/**
 * @module How much of a comparison one compare page renders. hono/jsx renders a row in about 0.15 ms
 * (a 200,000-row page took 30 s and 140 MB of HTML), so a page is bounded by rows, and long runs of
 * cut or added paragraphs (an article pasted with a whole site's text) are folded to their ends.
 */

/** Rows one page shows before the rest is offered as a link: about 75 ms of rendering, a few hundred KB. @default 500 */
export const PAGE_ROWS = 500;
/** A run of more cut (or added) paragraphs than this in a row is folded: longer than any story's own cuts. @default 50 */
export const RUN_FOLD = 50;
/** Rows kept at each end of a folded run, so the reader sees where it starts and ends. @default 3 */
export const RUN_KEEP = 3;
