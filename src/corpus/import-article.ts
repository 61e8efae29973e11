/**
 * @module Import one article into a corpus folder: checked in full before anything is written, found
 * again rather than doubled when the same text comes twice, written with its sidecar (both or neither)
 * and flushed to disk before it is acknowledged.
 */
import { createHash, randomBytes } from "node:crypto";
import { lstat, readFile, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Article, ArticleMeta, Format } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { parseArticle, type ParseInput } from "../core/parse/parse-article.ts";
import { decodeText } from "../core/text/decode.ts";
import { syncDir, writeExclusive } from "./durable-write.ts";
import { EXT_OF_FORMAT, FORMAT_OF_EXT, SIDECAR_EXT, isSafeId } from "./article-files.ts";

export interface ImportInput {
  format: Format;
  /** The article as given: an uploaded file's bytes (stored as they are), or pasted text (stored as UTF-8). */
  content: Uint8Array | string;
  /** The uploaded file's name, for messages. */
  fileName?: string;
  meta?: ArticleMeta;
  /** Wanted id; refused (conflict) when another article holds it, never overwritten. */
  id?: string;
}

export interface ImportOptions {
  /** Ids the folder's files already give, rows of a JSON Lines file included (no file is named for those). */
  isTaken?: (id: string) => boolean;
  /** The one call into the parsers (a worker with a time budget may stand in for it). */
  parse?: (input: ParseInput) => Article | Promise<Article>;
}

export interface Imported {
  /** As parsed, before corpus-level roles: what reading the written file back gives. */
  article: Article;
  /** The article file's name in the folder. */
  file: string;
  /** The same text, format and metadata were imported before, as `article.id`: nothing was written. */
  duplicate: boolean;
}

/** The parse an import makes: the same call that reading the written file back makes. */
export function parseForImport(input: ParseInput): Article {
  return parseArticle(input);
}

/** Check, parse, then write `<id>.<ext>` and its sidecar into the folder; never overwrites. */
export async function importArticle(dir: string, input: ImportInput, opts: ImportOptions = {}): Promise<Imported> {
  if (input.format === "jsonl") {
    const how = "put it in the corpus folder, or serve it with `wirediff serve --corpus FILE`";
    throw new InputError("unsupported", `a JSON Lines file holds many articles: ${how}`);
  }
  if (input.id != null && !isSafeId(input.id)) {
    throw new InputError("invalid", `unsafe id "${input.id}": use letters, digits, ".", "-" and "_"`);
  }
  const bytes = typeof input.content === "string" ? new TextEncoder().encode(input.content) : input.content;
  // the same decoding and parse as reading the file back, so nothing refused on load is ever written
  const { text, warnings } = decodeText(bytes);
  if (text.trim() === "") {
    throw new InputError("empty", input.fileName != null ? `the file "${input.fileName}" is empty`
      : "the text is empty: paste the article's text or choose a file");
  }
  const meta = cleanMeta(input.meta);
  const parse = opts.parse ?? parseForImport;
  const parsed = await parse({ id: input.id ?? "import", format: input.format, text, meta, warnings });
  const ext = EXT_OF_FORMAT[input.format];
  const seed = parsed.title ?? parsed.paragraphs.find((p) => p.role === "body")?.text ?? "article";
  const base = input.id ?? `${slug(seed)}-${contentHash(input.format, text, meta).slice(0, 8)}`;
  return exclusive(dir, async () => {
    for (let id = base, attempt = 0; ; attempt++, id = `${base}-${randomBytes(2).toString("hex")}`) {
      const done = { article: { ...parsed, id }, file: id + ext };
      const held = await heldBy(dir, id);
      if (held === done.file && (await sameArticle(dir, id, held, text, meta))) return { ...done, duplicate: true };
      const free = !held && !opts.isTaken?.(id);
      if (free && (await writeArticle(dir, id, done.file, bytes, meta))) return { ...done, duplicate: false };
      if (input.id != null) {
        throw new InputError("conflict", held?.endsWith(SIDECAR_EXT)
          ? `a sidecar ${held} without an article holds the id "${id}"` : `an article "${id}" already exists`);
      }
      if (attempt >= 20) throw new InputError("conflict", "could not find a free id");
    }
  });
}

/** Write the sidecar, then the article: a reader sees the article only with its metadata. False: a name was taken. */
async function writeArticle(
  dir: string, id: string, file: string, bytes: Uint8Array, meta: ArticleMeta,
): Promise<boolean> {
  const sidecar = Object.keys(meta).length ? join(dir, id + SIDECAR_EXT) : null;
  try {
    if (sidecar) await writeExclusive(sidecar, JSON.stringify(meta, null, 2) + "\n");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    await writeExclusive(join(dir, file), bytes);
  } catch (err) {
    if (sidecar) await unlink(sidecar).catch(() => {});
    await syncDir(dir);
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  await syncDir(dir);
  return true;
}

/** The name of the file (any article format, or the sidecar alone) that holds `id` in the folder, if any. */
async function heldBy(dir: string, id: string): Promise<string | null> {
  for (const ext of [...Object.keys(FORMAT_OF_EXT), SIDECAR_EXT]) {
    if (await lstat(join(dir, id + ext)).then(() => true, () => false)) return id + ext;
  }
  return null;
}

async function sameArticle(dir: string, id: string, file: string, text: string, meta: ArticleMeta): Promise<boolean> {
  try {
    if (decodeText(await readFile(join(dir, file))).text !== text) return false;
    const side = await readFile(join(dir, id + SIDECAR_EXT), "utf8")
      .then((s) => JSON.parse(s) as ArticleMeta, () => ({}));
    return canonical(side) === canonical(meta);
  } catch {
    return false;
  }
}

/** Imports into one folder run one at a time: choosing a free id and taking it is one step. */
const queues = new Map<string, Promise<unknown>>();
function exclusive<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(dir);
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => {});
  queues.set(key, tail);
  void tail.then(() => { if (queues.get(key) === tail) queues.delete(key); });
  return run;
}

function contentHash(format: Format, text: string, meta: ArticleMeta): string {
  return createHash("sha256").update(`${format}\u0000${text}\u0000${canonical(meta)}`).digest("hex");
}

function canonical(meta: ArticleMeta): string {
  return JSON.stringify(Object.entries(meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function slug(seed: string): string {
  const words = seed.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return words.split("-").slice(0, 8).join("-").slice(0, 60).replace(/-+$/, "") || "article";
}

function cleanMeta(meta: ArticleMeta | undefined): ArticleMeta {
  const out: ArticleMeta = {};
  for (const [k, v] of Object.entries(meta ?? {}) as [keyof ArticleMeta, unknown][]) {
    if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  }
  return out;
}
