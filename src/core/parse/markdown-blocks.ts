/** @module Markdown with YAML front matter: front matter is metadata; each block-level token of marked's lexer is one block. */
import matter from "gray-matter";
import { marked, type Token } from "marked";
import type { ArticleMeta } from "../article.ts";
import { InputError } from "../errors.ts";
import { collapse, splitTextBlocks } from "./text-blocks.ts";
import { markdownOverLimits } from "./cap-markdown.ts";
import type { FormatBlocks } from "./parse-article.ts";

const BLOCK_TYPES = new Set(["paragraph", "heading", "list", "blockquote", "code", "table", "html"]);

export function markdownBlocks(source: string): FormatBlocks {
  let content = source.replace(/^\uFEFF/, "");
  let data: Record<string, unknown> = {};
  try {
    const fm = matter(content);
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
    if (t.type === "heading") headings.add(blocks.length);
    if (t.type === "list" || t.type === "table" || t.type === "code") structured.add(blocks.length);
    blocks.push(collapse(plainText(t)));
  }
  const str = (k: string) => (typeof data[k] === "string" || data[k] instanceof Date ? String(data[k] instanceof Date ? (data[k] as Date).toISOString() : data[k]) : null);
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

/** The block's text without Markdown syntax where the token tree gives it; its raw text otherwise. */
function plainText(t: Token): string {
  switch (t.type) {
    case "paragraph":
    case "heading":
      return t.text;
    case "blockquote":
      return t.text;
    case "code":
      return t.text;
    default:
      return t.raw;
  }
}
