/** @module The corpus store: read article files, and one entry of a corpus folder with its checks. The only parser I/O. */
import { existsSync, type Stats } from "node:fs";
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

async function readSidecar(path: string): Promise<ArticleMeta | undefined> {
  const side = path.slice(0, path.length - extname(path).length) + SIDECAR_EXT;
  if (!existsSync(side)) return undefined;
  try {
    return JSON.parse(await readFile(side, "utf8")) as ArticleMeta;
  } catch (err) {
    throw new InputError("malformed", `bad sidecar ${basename(side)}: ${(err as Error).message}`);
  }
}

/** Parse one file (a .jsonl file gives one article per row). */
export async function readArticleFile(path: string): Promise<Article[]> {
  const format = formatOfPath(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError("not-found", code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${code}`);
  }
  const { text, warnings } = decodeText(bytes);
  const id = basename(path, extname(path));
  if (format === "jsonl") return parseJsonl(text, (n) => `${id}-${n}`, warnings);
  return [parseArticle({ id, format, text, meta: await readSidecar(path), warnings })];
}

/** A file of a corpus folder worth reading: an article format, not hidden (temporary files end in .tmp). */
export function isArticleFile(name: string): boolean {
  return !name.startsWith(".") && FORMAT_OF_EXT[extname(name).toLowerCase()] !== undefined;
}

/** What one file of a corpus folder gives: its articles, why anything in it was left out, and stamps. */
export interface FileRead {
  articles: Article[];
  errors: string[];
  /** The file's and its sidecar's stamps as read (null: absent), to tell a real change from a repeated event. */
  stamps: [name: string, stamp: string | null][];
}

/** Inode, size and modification time: what a change to a file changes. */
export type Stamp = string;
const stampOf = (st: Stats | null): Stamp | null => (st ? `${st.ino}:${st.size}:${st.mtimeMs}` : null);
const lstatOrNull = (path: string) => lstat(path).catch(() => null);

export async function stampFile(path: string): Promise<Stamp | null> {
  return stampOf(await lstatOrNull(path));
}

/**
 * Read one file of a corpus folder; null when it is absent. Refused, with the reason: a name (or a JSON
 * Lines row id) that is not a valid article id, since every page for it would be a 400; and a symbolic
 * link (the file or its sidecar) that leads out of the folder, which is all the server may show.
 */
export async function readCorpusFile(dir: string, name: string): Promise<FileRead | null> {
  const path = join(dir, name);
  const id = basename(name, extname(name));
  const st = await lstatOrNull(path);
  if (!st) return null;
  const stamps: FileRead["stamps"] = [[name, stampOf(st)]];
  const refuse = (message: string): FileRead => ({ articles: [], errors: [message], stamps });
  const jsonl = formatOfPath(name) === "jsonl";
  if (!jsonl && !isSafeId(id)) return refuse(`skipped: "${id}" is not a valid article id; rename the file to letters, digits, ".", "-" and "_"`);
  const side = id + SIDECAR_EXT;
  const sideSt = jsonl ? null : await lstatOrNull(join(dir, side));
  if (!jsonl) stamps.push([side, stampOf(sideSt)]);
  for (const [file, s] of [[name, st], [side, sideSt]] as const) {
    const outside = s?.isSymbolicLink() ? await linkOutside(dir, join(dir, file)) : null;
    if (outside) return refuse(`refused: ${file} is a symbolic link to ${outside}, outside the corpus folder`);
  }
  try {
    return { ...keepSafeIds(await readArticleFile(path)), stamps };
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

/** Where a symbolic link leads when that is outside `dir` (or nowhere); null when it stays inside. */
async function linkOutside(dir: string, path: string): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return "a missing file";
  }
  const rel = relative(await realpath(dir), target);
  return rel === "" || rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel) ? target : null;
}
