/** @module Escape article text for Markdown so that it renders as the same visible text and never as markup, while staying readable as plain text. */

/**
 * Backslash-escape what Markdown (CommonMark + GFM, as marked reads it) could act on: emphasis,
 * code, links and images (`[`, `]`), raw HTML (`<`, `>`), tables (`|`), our own edit marks (`{`, `}`,
 * `~`), block markers at the start of the text (`#`, `>`, `-`, `+`, `=`, `1.`), GFM autolinks
 * (`://`, `www.`, `@`), and `&` as an entity so `&copy;` stays literal. Other punctuation is left
 * alone so the text reads normally.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_\[\]<>|{}~]/g, (c) => "\\" + c)
    .replace(/&/g, "&amp;")
    .replace(/:\/\//g, ":\\/\\/")
    .replace(/\bwww\./gi, (m) => m.slice(0, 3) + "\\.")
    .replace(/@/g, "\\@")
    .replace(/(^|\n)(\s*)([#+\-=]|\d+(?=[.)]))/g, (_m, nl: string, sp: string, c: string) => `${nl}${sp}${/\d/.test(c[0]!) ? c + "\\" : "\\" + c}`);
}
