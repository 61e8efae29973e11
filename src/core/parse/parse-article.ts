/** @module parseArticle: text of one article in any supported format -> Article (metadata + paragraphs with roles). */
import type { Article, ArticleMeta, Format } from "../article.ts";
import { InputError } from "../errors.ts";
import { assignRoles, type RoleContext } from "./assign-roles.ts";
import { markdownBlocks } from "./markdown-blocks.ts";
import { htmlBlocks } from "./html-blocks.ts";
import { splitDatePrefix } from "./metadata.ts";
import { readDate } from "./read-date.ts";
import { splitTextBlocks } from "./text-blocks.ts";
import { flatString } from "../text/flat-string.ts";

export interface ParseInput {
  id: string;
  format: Format;
  /** Decoded text (see decodeText). For jsonl, use parseJsonl instead. */
  text: string;
  /** Metadata known from outside the text (sidecar, import form, JSON Lines fields); wins over what the text says. */
  meta?: ArticleMeta;
  /** Warnings from decoding, carried into the article. */
  warnings?: string[];
}

/** Blocks of a format plus what the format itself says about them. */
export interface FormatBlocks {
  blocks: string[];
  meta: ArticleMeta;
  headings?: Set<number>;
  /** Lists, tables and code blocks: content by their structure, whatever their shape. */
  structured?: Set<number>;
  /** Blocks the format marks as captions (HTML figcaption). */
  captions?: Set<number>;
  warnings?: string[];
}

export function parseArticle(input: ParseInput): Article {
  if (input.format === "jsonl") throw new InputError("invalid", "a JSON Lines file holds several articles: use parseJsonl");
  if (input.text.trim() === "") throw new InputError("empty", `article "${input.id}" is empty`);
  const fb = formatBlocks(input.format, input.text);
  return buildArticle(input.id, input.format, fb, input.meta ?? {}, [...(input.warnings ?? []), ...(fb.warnings ?? [])]);
}

function formatBlocks(format: Format, text: string): FormatBlocks {
  switch (format) {
    case "txt": return { blocks: splitTextBlocks(text), meta: {} };
    case "md": return markdownBlocks(text);
    case "html": return htmlBlocks(text);
    case "jsonl": throw new InputError("invalid", "use parseJsonl for JSON Lines");
    default: {
      const never: never = format;
      throw new InputError("unsupported", `unsupported format ${String(never)}`);
    }
  }
}

/** Shared by every format: date prefixes, roles, metadata precedence (outside metadata, then the format's, then the text's). */
/** The first of `values` that is a calendar date; each given value that is not one is a warning. */
function firstDate(values: unknown[], warnings: string[]): string | null {
  for (const v of values) {
    const read = readDate(v);
    if (read.problem) warnings.push(`date ${read.problem}: ignored`);
    if (read.date) return read.date;
  }
  return null;
}

export function buildArticle(id: string, format: Format, fb: FormatBlocks, outside: ArticleMeta, warnings: string[]): Article {
  let date: string | null = null;
  const metaOnly = new Set<number>();
  const texts = fb.blocks.map((b, i) => {
    const p = splitDatePrefix(b);
    if (!p) return b;
    const read = readDate(p.date);
    if (!read.date) {
      // not metadata after all: the block keeps its words
      warnings.push(`block ${i}: "date ${p.date}" is not a calendar date (YYYY-MM-DD); kept as text`);
      return b;
    }
    date ??= read.date;
    if (p.rest === "") metaOnly.add(i);
    return p.rest;
  });
  if (texts.length === 0) throw new InputError("empty", `article "${id}" has no text`);
  const ctx: RoleContext = {
    knownTitle: outside.title ?? fb.meta.title ?? null,
    headings: fb.headings, structured: fb.structured, captions: fb.captions, metaOnly,
  };
  const r = assignRoles(texts, ctx);
  // every stage reads paragraphs char by char: flat strings once here (text/flat-string.ts)
  for (const p of r.paragraphs) p.text = flatString(p.text);
  return {
    id,
    title: outside.title ?? fb.meta.title ?? r.title,
    outlet: outside.outlet ?? fb.meta.outlet ?? null,
    agency: outside.agency ?? fb.meta.agency ?? r.agency,
    date: firstDate([outside.date, fb.meta.date], warnings) ?? date,
    url: outside.url ?? fb.meta.url ?? null,
    byline: outside.byline ?? fb.meta.byline ?? r.byline,
    dateline: r.dateline,
    format,
    warnings,
    paragraphs: r.paragraphs,
  };
}
