/**
 * @module markdownOverLimits: whether Markdown nests lists or quotes deeper, or holds more list
 * items, than marked can read in bounded time and stack (see MARKDOWN_MAX_DEPTH in defaults.ts).
 * Such a file is read by the plain-text rule instead, so no text is lost.
 */
import { MARKDOWN_MAX_DEPTH, MARKDOWN_MAX_ITEMS } from "./defaults.ts";

export interface MarkdownLimits {
  /** @default MARKDOWN_MAX_DEPTH */
  maxDepth?: number;
  /** @default MARKDOWN_MAX_ITEMS */
  maxItems?: number;
}

const SPACE = 32, TAB = 9, GT = 62, DASH = 45, STAR = 42, PLUS = 43, DOT = 46, PAREN = 41, ZERO = 48, NINE = 57;
const isBlank = (c: number) => c === SPACE || c === TAB || c === 10 || c === 13 || Number.isNaN(c);
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Why the Markdown is over the limits ("lists or quotes nested 2,000 levels deep at line 1 (the
 * limit is 16)"), or null. Reads only each line's leading markers, so it is linear. A line's depth
 * is its `>` and list markers plus one per two columns of white space before them (a nested list
 * item is indented by at least two); it overestimates rather than misses. Lines in fenced code
 * blocks and thematic breaks ("- - -") are skipped.
 */
export function markdownOverLimits(md: string, limits: MarkdownLimits = {}): string | null {
  const maxDepth = limits.maxDepth ?? MARKDOWN_MAX_DEPTH, maxItems = limits.maxItems ?? MARKDOWN_MAX_ITEMS;
  let items = 0, fence = "", line = 0;
  for (let start = 0, end = 0; start < md.length; start = end + 1) {
    end = md.indexOf("\n", start);
    if (end < 0) end = md.length;
    line++;
    const text = md.slice(start, end);
    const f = FENCE.exec(text)?.[1];
    if (fence) {
      const closing = f && f[0] === fence[0] && f.length >= fence.length;
      if (closing && /^[ \t]*\r?$/.test(text.slice(text.indexOf(f) + f.length))) fence = "";
      continue;
    }
    if (f) { fence = f; continue; }
    if (THEMATIC_BREAK.test(text)) continue;
    let k = start, depth = 0, markers = 0;
    for (;;) {
      let ws = 0;
      for (let c = md.charCodeAt(k); (c === SPACE || c === TAB) && k < end; c = md.charCodeAt(++k)) {
        ws += c === TAB ? 4 : 1;
      }
      depth += ws >> 1;
      if (k >= end) break;
      const c = md.charCodeAt(k);
      let next = -1;
      if (c === GT) next = k + 1;
      else if ((c === DASH || c === STAR || c === PLUS) && isBlank(md.charCodeAt(k + 1))) next = k + 1;
      else if (c >= ZERO && c <= NINE) {
        let d = k;
        while (d < end && d - k < 9 && md.charCodeAt(d) >= ZERO && md.charCodeAt(d) <= NINE) d++;
        const m = md.charCodeAt(d);
        if ((m === DOT || m === PAREN) && isBlank(md.charCodeAt(d + 1))) next = d + 1;
      }
      if (next < 0) break;
      markers++;
      if (c !== GT) items++;
      k = next;
    }
    if (markers > 0 && depth + markers > maxDepth) {
      const levels = (depth + markers).toLocaleString("en");
      return `lists or quotes nested ${levels} levels deep at line ${line} (the limit is ${maxDepth})`;
    }
    if (items > maxItems) return `more than ${maxItems.toLocaleString("en")} list items (the limit)`;
  }
  return null;
}
