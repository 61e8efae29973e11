/**
 * @module Direct quotations in a text: spans between double quotes (straight or curly), guillemets
 * and low-high quotes, and single quotes told apart from apostrophes (an opening single quote follows
 * a space, a bracket or the start; a closing one is followed by a non-letter). A quotation never
 * crosses a paragraph break; one left open at the end of a paragraph runs to that end, as news copy
 * does for quotes that continue in the next paragraph.
 */

export interface QuoteSpan {
  /** Offset of the first character inside the marks. */
  start: number;
  /** Offset just past the last character inside the marks. */
  end: number;
  text: string;
}

const OPEN_CLOSE: Record<string, string> = { "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019", "\u201a": "\u2018", "\u00bb": "\u00ab" };
const LETTER = /[\p{L}\p{N}]/u;
const OPENER_BEFORE = /[\s([{\u2014\u2013\-:;/]/;

function isOpenPosition(text: string, i: number): boolean {
  if (i === 0) return true;
  return OPENER_BEFORE.test(text[i - 1]!);
}

/** Every direct quotation of `text`, in order, not nested. */
export function findQuotations(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    let close: string | null = null;
    if (ch === '"') close = '"';
    else if (ch === "\u201c" || ch === "\u00ab" || ch === "\u201e") close = OPEN_CLOSE[ch]!;
    else if (ch === "\u00bb" && isOpenPosition(text, i)) close = "\u00ab";
    else if ((ch === "\u2018" || ch === "'") && isOpenPosition(text, i) && i + 1 < n && LETTER.test(text[i + 1]!)) close = ch === "'" ? "'" : "\u2019";
    if (close === null || (ch === '"' && !isOpenPosition(text, i) && i > 0)) {
      i++;
      continue;
    }
    const start = i + 1;
    const single = close === "'" || close === "\u2019";
    let j = start;
    let end = -1;
    while (j < n) {
      const c = text[j]!;
      if (c === "\n" && text[j + 1] === "\n") break; // paragraph break
      if (c === close || (close === "\u201d" && c === '"') || (close === '"' && c === "\u201d")) {
        // a single quote closes only when not followed by a letter (so "Iraq's" is not a close)
        if (!single || j + 1 >= n || !LETTER.test(text[j + 1]!)) {
          end = j;
          break;
        }
      }
      j++;
    }
    if (end === -1) {
      if (single) { i++; continue; } // an unmatched single quote is an apostrophe
      end = j; // open double quote runs to the paragraph's end
    }
    const inner = text.slice(start, end);
    // a one-letter single-quoted run is an elision ("rock 'n' roll"), not a quotation
    if (/[\p{L}\p{N}]/u.test(inner) && !(single && inner.length < 2)) out.push({ start, end, text: inner });
    i = end + 1;
  }
  return out;
}
