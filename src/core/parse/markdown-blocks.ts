/**
 * @module Markdown with YAML front matter: front matter is metadata; each block-level token of marked's
 * lexer is one block, and each item of a list is a block of its own (as an HTML li is).
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { marked, type Token, type Tokens } from "marked";
import type { ArticleMeta } from "../article.ts";
import { InputError } from "../errors.ts";
import { collapse, splitTextBlocks } from "./text-blocks.ts";
import { markdownOverLimits } from "./cap-markdown.ts";
import type { FormatBlocks } from "./parse-article.ts";

const BLOCK_TYPES = new Set(["paragraph", "heading", "list", "blockquote", "code", "table", "html"]);

// YAML's core schema has no timestamps: `date: 2024-05-02T23:30:00-05:00` stays the text written
// (js-yaml's default schema made it a Date in UTC, one day later)
const FRONT_MATTER = { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object } };

export function markdownBlocks(source: string): FormatBlocks {
  let content = source.replace(/^\uFEFF/, "");
  let data: Record<string, unknown> = {};
  try {
    const fm = matter(content, FRONT_MATTER);
    content = fm.content;
    data = fm.data ?? {};
  } catch (err) {
    throw new InputError("malformed", `bad YAML front matter: ${(err as Error).message.split("\n")[0]}`, { cause: err });
  }
  const over = markdownOverLimits(content);
  const tokens = over ? plainParagraphs(content) : marked.lexer(content).filter((t: Token) => BLOCK_TYPES.has(t.type));
  const blocks: string[] = [];
  const headings = new Set<number>();
  const structured = new Set<number>();
  for (const t of tokens) {
    if (t.type === "list") {
      for (const item of listItems(t as Tokens.List)) { structured.add(blocks.length); blocks.push(item); }
      continue;
    }
    if (t.type === "heading") headings.add(blocks.length);
    if (t.type === "table" || t.type === "code") structured.add(blocks.length);
    blocks.push(collapse(plainText(t)));
  }
  const str = (k: string) => (typeof data[k] === "string" || typeof data[k] === "number" ? String(data[k]) : null);
  const meta: ArticleMeta = {
    title: str("title"), outlet: str("outlet") ?? str("source") ?? str("publication"), agency: str("agency"),
    date: str("date"), url: str("url") ?? str("link"), byline: str("byline") ?? str("author"),
  };
  return { blocks, meta, headings, structured, warnings: over ? [`the Markdown has ${over}: read as plain text`] : [] };
}

/** Markdown over the limits, as paragraphs by the plain-text rule: no text lost, no structure read. */
function plainParagraphs(content: string): Token[] {
  return splitTextBlocks(content).map((text) => ({ type: "paragraph", raw: text, text, tokens: [] }));
}

/**
 * The text of each item of a list, without its marker, in document order; a nested list's items
 * follow their parent item's own text. Walked with a stack, not recursion: nesting depth is the input's.
 */
function listItems(list: Tokens.List): string[] {
  const out: string[] = [];
  const stack: Tokens.ListItem[] = [...list.items].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    const own: string[] = [];
    const nested: Tokens.ListItem[] = [];
    for (const t of item.tokens) {
      if (t.type === "list") nested.push(...(t as Tokens.List).items);
      else if (t.type !== "checkbox" && t.type !== "space") own.push(plainText(t));
    }
    const text = collapse(own.join(" "));
    if (text !== "") out.push(text);
    for (let k = nested.length - 1; k >= 0; k--) stack.push(nested[k]!);
  }
  return out;
}

/** The block's text without Markdown syntax where the token tree gives it; its raw text otherwise. */
function plainText(t: Token): string {
  switch (t.type) {
    case "paragraph":
    case "heading":
    case "text":
      return t.text;
    case "blockquote":
      return t.text;
    case "code":
      return t.text;
    default:
      return t.raw;
  }
}
