/** @module Load a JSON Lines or CSV export (one article a row) as a corpus, without splitting it into files. */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Article } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { buildArticle } from "../core/parse/parse-article.ts";
import { parseJsonl } from "../core/parse/parse-jsonl.ts";
import { splitTextBlocks } from "../core/parse/text-blocks.ts";
import { applyCorpusRoles } from "../core/parse/apply-corpus-roles.ts";
import { decodeText } from "../core/text/decode.ts";
import { keepSafeIds, loadCorpus, type Corpus } from "./store.ts";

/** CSV rows: a header with `text` and optionally id, title, outlet, date, url, agency, byline. */
export function parseCsvExport(text: string): Article[] {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (err) {
    throw new InputError("malformed", `bad CSV: ${(err as Error).message}`);
  }
  if (rows.length && !("text" in rows[0]!)) throw new InputError("malformed", 'the CSV needs a "text" column');
  const seen = new Set<string>();
  const out: Article[] = [];
  rows.forEach((r, k) => {
    const id = r.id?.trim() || `row-${k + 1}`;
    if (seen.has(id)) throw new InputError("malformed", `row ${k + 1}: duplicate id "${id}"`);
    seen.add(id);
    if (!r.text?.trim()) throw new InputError("malformed", `row ${k + 1}: empty "text"`);
    const v = (x: string | undefined) => (x?.trim() ? x.trim() : null);
    out.push(buildArticle(id, "txt", { blocks: splitTextBlocks(r.text), meta: {} },
      { title: v(r.title), outlet: v(r.outlet), date: v(r.date), url: v(r.url), agency: v(r.agency), byline: v(r.byline) }, []));
  });
  return out;
}

/** A corpus from a folder, or from a .jsonl/.csv export file. */
export async function openCorpus(path: string): Promise<Corpus> {
  let isDir = false;
  try { isDir = (await stat(path)).isDirectory(); } catch { throw new InputError("not-found", `no such corpus: ${path}`); }
  if (isDir) return loadCorpus(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".jsonl" && ext !== ".ndjson" && ext !== ".csv") throw new InputError("unsupported", `a corpus is a folder or a .jsonl/.csv export, not ${path}`);
  const { text, warnings } = decodeText(await readFile(path));
  const parsed = keepSafeIds(ext === ".csv" ? parseCsvExport(text) : parseJsonl(text, (n) => `row-${n}`, warnings));
  const articles = applyCorpusRoles(parsed.articles);
  const errors = parsed.errors.map((message) => ({ file: basename(path), message }));
  return { dir: path, articles, byId: new Map(articles.map((a) => [a.id, a])), errors };
}
