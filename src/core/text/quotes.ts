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

const LETTER = /[\p{L}\p{N}]/u;
const OPENER_BEFORE = /[\s([{\u2014\u2013\-:;/]/;
/** The chars that can open a quotation. */
const OPENERS = /["\u201c\u00ab\u201e\u00bb\u2018']/g;
const DQ = 0x22, SQ = 0x27, LDQ = 0x201c, RDQ = 0x201d, LOW_DQ = 0x201e, LSQ = 0x2018, RSQ = 0x2019, LOW_SQ = 0x201a, LAQ = 0xab, RAQ = 0xbb, NL = 0x0a;

function isOpenPosition(text: string, i: number): boolean {
  if (i === 0) return true;
  return OPENER_BEFORE.test(text[i - 1]!);
}

function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[i]!);
}

/** Every direct quotation of `text`, in order, not nested. Scans char codes: it runs on every link. */
export function findQuotations(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // jump to the next char that can open a quotation (a native search, not a loop over every char)
    OPENERS.lastIndex = i;
    if (!OPENERS.test(text)) break;
    i = OPENERS.lastIndex - 1;
    const ch = text.charCodeAt(i);
    let close = -1;
    if (ch === DQ) close = DQ;
    else if (ch === LDQ) close = RDQ;
    else if (ch === LAQ) close = RAQ;
    else if (ch === LOW_DQ) close = LDQ;
    else if (ch === RAQ && isOpenPosition(text, i)) close = LAQ;
    else if ((ch === LSQ || ch === SQ) && isOpenPosition(text, i) && i + 1 < n && letterAt(text, i + 1)) close = ch === SQ ? SQ : RSQ;
    if (close === -1 || (ch === DQ && !isOpenPosition(text, i) && i > 0)) {
      i++;
      continue;
    }
    const start = i + 1;
    const single = close === SQ || close === RSQ;
    let j = start;
    let end = -1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === NL && text.charCodeAt(j + 1) === NL) break; // paragraph break
      if (c === close || (close === RDQ && c === DQ) || (close === DQ && c === RDQ)) {
        // a single quote closes only when not followed by a letter (so "Iraq's" is not a close)
        if (!single || j + 1 >= n || !letterAt(text, j + 1)) {
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
