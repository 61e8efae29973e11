/**
 * @module The text of an archived version: diffengine stores Readability's summary cleaned down to
 * <p> elements, NewsEdits the same kind of HTML or plain text. Paragraphs become blocks separated by
 * a blank line (the plain-text rule of DESIGN.md); other tags go, entities are decoded.
 */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

export function summaryToText(summary: string): string {
  if (!/<[a-z/][^>]*>/i.test(summary)) return summary.trim();
  return summary
    .split(/<\/?(?:p|div|h[1-6]|li|blockquote)(?:\s[^>]*)?>/i)
    .map((block) =>
      decodeEntities(block.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""))
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((b) => b !== "")
    .join("\n\n");
}
