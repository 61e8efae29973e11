/** Inputs that once held the server (issue 22, item 18), shared by the upload tests. */

/** A page within every cap that still takes Readability a while (about a second here). */
const P = "<p>Rivers rose again on Sunday, officials said, and more rain is due.</p>";
export const slowPage = `<html><body><article>${P.repeat(6000)}</article></body></html>`;

/** A page nesting `n` divs around one paragraph (1,000 levels: 11 KB). */
export const nestedDivs = (n: number) =>
  `<html><head><title>Deep</title></head><body>${"<div>".repeat(n)}<p>Deep text here.</p>${"</div>".repeat(n)}</body></html>`;
