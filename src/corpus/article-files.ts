/** @module Article files: read one file (CLI), and one file of a corpus folder with its checks. The only parser I/O. */
import { createHash } from "node:crypto";
import { lstat, readFile, realpath } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, sep } from "node:path";
import type { Article, ArticleMeta, Format } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { decodeText } from "../core/text/decode.ts";
import { parseArticle } from "../core/parse/parse-article.ts";
import { parseJsonl } from "../core/parse/parse-jsonl.ts";

export const FORMAT_OF_EXT: Record<string, Format> = { ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl" };
export const EXT_OF_FORMAT: Record<Format, string> = { txt: ".txt", md: ".md", html: ".html", jsonl: ".jsonl" };
/** Sidecar metadata for an article file: `<id>.meta.json` beside it, holding facts not in the text. */
export const SIDECAR_EXT = ".meta.json";

export interface Corpus {
  dir: string;
  articles: Article[];
  byId: Map<string, Article>;
  /** Files that could not be read or parsed; the rest of the corpus still loads. */
  errors: { file: string; message: string }[];
}

/** Ids name files inside the corpus folder: letters, digits, dot, dash, underscore; no path, no "..". */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id) && !id.includes("..");
}

export function formatOfPath(path: string): Format {
  const f = FORMAT_OF_EXT[extname(path).toLowerCase()];
  if (!f) throw new InputError("unsupported", `unsupported file type "${extname(path) || basename(path)}" (use .txt, .md, .html or .jsonl)`);
  return f;
}

function sidecarPath(path: string): string {
  return path.slice(0, path.length - extname(path).length) + SIDECAR_EXT;
}

/** The bytes of a file, or null when it is absent. */
async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/** The articles of a file's bytes, with its sidecar's bytes (null: none). A .jsonl file gives one per row. */
function articlesFrom(path: string, bytes: Uint8Array, sidecar: Buffer | null): Article[] {
  const format = formatOfPath(path);
  const { text, warnings } = decodeText(bytes);
  const id = basename(path, extname(path));
  if (format === "jsonl") return parseJsonl(text, (n) => `${id}-${n}`, warnings);
  let meta: ArticleMeta | undefined;
  try {
    meta = sidecar ? (JSON.parse(sidecar.toString("utf8")) as ArticleMeta) : undefined;
  } catch (err) {
    throw new InputError("malformed", `bad sidecar ${basename(sidecarPath(path))}: ${(err as Error).message}`);
  }
  return [parseArticle({ id, format, text, meta, warnings })];
}

/** Parse one file (a .jsonl file gives one article per row). */
export async function readArticleFile(path: string): Promise<Article[]> {
  formatOfPath(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError("not-found", code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${code}`);
  }
  return articlesFrom(path, bytes, formatOfPath(path) === "jsonl" ? null : await readOrNull(sidecarPath(path)));
}

/** A file of a corpus folder worth reading: an article format, not hidden (temporary files end in .tmp). */
export function isArticleFile(name: string): boolean {
  return !name.startsWith(".") && FORMAT_OF_EXT[extname(name).toLowerCase()] !== undefined;
}

/** A digest of a file's bytes (null: absent): what tells a change from a repeated or an own event. */
export type Digest = string;
const digestOf = (bytes: Uint8Array | null): Digest | null =>
  (bytes ? createHash("sha1").update(bytes).digest("base64") : null);

export async function digestFile(path: string): Promise<Digest | null> {
  try {
    return digestOf(await readOrNull(path));
  } catch (err) {
    return `unreadable: ${(err as NodeJS.ErrnoException).code}`;
  }
}

/** What one file of a corpus folder gives: its articles, why anything in it was left out, and digests. */
export interface FileRead {
  articles: Article[];
  errors: string[];
  /** The digests of the file and its sidecar as read. */
  digests: [name: string, digest: Digest | null][];
}

/**
 * Read one file of a corpus folder; null when it is absent. Refused, with the reason: a name (or a JSON
 * Lines row id) that is not a valid article id, since every page for it would be a 400; and a symbolic
 * link (the file or its sidecar) that leads out of the folder, which is all the server may show.
 */
export async function readCorpusFile(dir: string, name: string): Promise<FileRead | null> {
  const path = join(dir, name);
  const id = basename(name, extname(name));
  const jsonl = formatOfPath(name) === "jsonl";
  const side = id + SIDECAR_EXT;
  const digests: FileRead["digests"] = [];
  const refuse = (message: string): FileRead => ({ articles: [], errors: [message], digests });
  try {
    const st = await lstat(path).catch(() => null);
    if (!st) return null;
    if (!jsonl && !isSafeId(id)) {
      return refuse(`skipped: "${id}" is not a valid article id; rename the file to letters, digits, ".", "-" and "_"`);
    }
    for (const file of jsonl ? [name] : [name, side]) {
      const outside = await linkOutside(dir, join(dir, file));
      if (outside) return refuse(`refused: ${file} is a symbolic link to ${outside}, outside the corpus folder`);
    }
    const bytes = await readOrNull(path);
    if (!bytes) return null;
    const sidecar = jsonl ? null : await readOrNull(join(dir, side));
    digests.push([name, digestOf(bytes)]);
    if (!jsonl) digests.push([side, digestOf(sidecar)]);
    return { ...keepSafeIds(articlesFrom(path, bytes, sidecar)), digests };
  } catch (err) {
    return refuse((err as Error).message);
  }
}

/** Split off the articles whose ids are not valid (rows of a JSON Lines or CSV export). */
export function keepSafeIds(articles: Article[]): { articles: Article[]; errors: string[] } {
  const bad = articles.filter((a) => !isSafeId(a.id));
  if (bad.length === 0) return { articles, errors: [] };
  return {
    articles: articles.filter((a) => isSafeId(a.id)),
    errors: bad.map((a) => `skipped a row: "${a.id}" is not a valid article id (letters, digits, ".", "-" and "_")`),
  };
}

/** Where `path` leads when it is a symbolic link out of `dir` (or to nothing); null otherwise. */
async function linkOutside(dir: string, path: string): Promise<string | null> {
  const st = await lstat(path).catch(() => null);
  if (!st?.isSymbolicLink()) return null;
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return "a missing file";
  }
  const rel = relative(await realpath(dir), target);
  return rel === "" || rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel) ? target : null;
}
