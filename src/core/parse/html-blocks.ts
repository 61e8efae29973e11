/** @module Saved HTML pages: Readability finds the main content and metadata; its block elements are the blocks. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { InputError } from "../errors.ts";
import { collapse } from "./text-blocks.ts";
import { LIST_MAX_LINK_DENSITY } from "./defaults.ts";
import type { FormatBlocks } from "./parse-article.ts";
import { capHtml } from "./cap-html.ts";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

export function htmlBlocks(page: string): FormatBlocks {
  const { html, warnings } = capHtml(page);
  const { document } = parseHTML(html);
  // linkedom builds no document element from text without a tag, and Readability then throws a TypeError
  if (!document.documentElement) {
    throw new InputError("malformed", "the HTML has no tags: import it as plain text instead");
  }
  const pageTitle = document.querySelector("title")?.textContent?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null;
  // Readability mutates the document it reads: give it its own copy. Its default charThreshold (500)
  // retries a first pick shorter than that with looser rules; at 100 it kept a 41-word fragment of a
  // 1,436-word blog post (readability's test pages: the default fixed all three pages that differed).
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  const content = article?.content ? parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document : document;
  const blocks: string[] = [];
  const headings = new Set<number>(), structured = new Set<number>(), captions = new Set<number>();
  for (const el of content.querySelectorAll(BLOCK_SELECTOR)) {
    // A block inside another block element (p inside li or blockquote) is part of its parent.
    if (el.parentElement?.closest(BLOCK_SELECTOR)) continue;
    const text = collapse(el.textContent ?? "");
    if (text === "") continue;
    const tag = el.tagName;
    if (/^H[1-6]$/.test(tag)) headings.add(blocks.length);
    else if (tag === "FIGCAPTION") captions.add(blocks.length);
    // a list item is story text (key points, steps), as a Markdown list is, unless it is mostly a link
    // (a list of related articles); the role rules then judge it
    else if (tag === "PRE" || (tag === "LI" && linkDensity(el, text.length) < LIST_MAX_LINK_DENSITY)) {
      structured.add(blocks.length);
    }
    blocks.push(text);
  }
  if (blocks.length === 0) {
    const body = collapse(content.body?.textContent ?? "");
    if (body === "") throw new InputError("empty", "the HTML page has no readable text");
    blocks.push(body);
  }
  const outlet = article?.siteName?.trim() || null;
  return {
    blocks,
    headings,
    warnings,
    structured,
    captions,
    meta: {
      title: stripSiteName(article?.title || pageTitle, outlet),
      outlet,
      byline: article?.byline?.trim().replace(/^by:?\s+/i, "") || null,
      date: article?.publishedTime || null,
      url: canonical,
    },
  };
}

/** Share of an element's text inside links. */
function linkDensity(el: Element, textLength: number): number {
  let inLinks = 0;
  for (const a of el.querySelectorAll("a")) inLinks += collapse(a.textContent ?? "").length;
  return textLength === 0 ? 0 : inLinks / textLength;
}

/** "Storm hits the coast | Example Gazette" -> "Storm hits the coast" when the suffix is the site's name. */
function stripSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  for (const sep of [" | ", " - ", " – ", " — ", " :: "]) {
    if (title.endsWith(sep + site)) return title.slice(0, -(sep + site).length).trim();
  }
  return title;
}
