/** @module Escape article text for Markdown so that it renders as the same visible text and never as markup. */

/**
 * Backslash-escape every ASCII punctuation character Markdown or HTML could act on (CommonMark allows
 * a backslash before any ASCII punctuation), and `&` as an entity so `&copy;` stays literal.
 * Line breaks inside one paragraph are kept as spaces by the caller.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]()#+\-.!|<>~"'=:/$%@^&]/g, (c) => (c === "&" ? "&amp;" : "\\" + c));
}
