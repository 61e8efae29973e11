/** @module JSON Lines: one article a row; id, title, outlet, date, url (and agency, byline) are metadata, `text` follows the plain-text rule. */
import type { Article } from "../article.ts";
import { InputError } from "../errors.ts";
import { buildArticle } from "./parse-article.ts";
import { splitTextBlocks } from "./text-blocks.ts";

const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : null);

/** Parse every row; `fallbackId(n)` names a row without an id (n is its 1-based line number). */
export function parseJsonl(text: string, fallbackId: (line: number) => string = (n) => `row-${n}`, warnings: string[] = []): Article[] {
  const out: Article[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const seen = new Set<string>();
  lines.forEach((line, k) => {
    if (line.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      throw new InputError("malformed", `line ${k + 1}: not valid JSON (${(err as Error).message})`);
    }
    if (!row || typeof row !== "object" || Array.isArray(row)) throw new InputError("malformed", `line ${k + 1}: expected a JSON object`);
    const r = row as Record<string, unknown>;
    const body = typeof r.text === "string" ? r.text : null;
    if (body == null || body.trim() === "") throw new InputError("malformed", `line ${k + 1}: no "text" field`);
    const id = str(r.id) ?? fallbackId(k + 1);
    if (seen.has(id)) throw new InputError("malformed", `line ${k + 1}: duplicate id "${id}"`);
    seen.add(id);
    out.push(buildArticle(id, "jsonl", { blocks: splitTextBlocks(body), meta: {} },
      { title: str(r.title), outlet: str(r.outlet), date: str(r.date), url: str(r.url), agency: str(r.agency), byline: str(r.byline) }, [...warnings]));
  });
  if (out.length === 0) throw new InputError("empty", "the JSON Lines file has no articles");
  return out;
}
