/** @module The corpus store: read article files and folders, and import new articles atomically. The only parser I/O. */
import { randomBytes, createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { link, readdir, readFile, unlink, writeFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Article, ArticleMeta, Format } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { decodeText } from "../core/text/decode.ts";
import { parseArticle, type ParseInput } from "../core/parse/parse-article.ts";
import { parseJsonl } from "../core/parse/parse-jsonl.ts";
import { applyCorpusRoles } from "../core/parse/apply-corpus-roles.ts";

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

/** Load every article file of a folder (not recursive). Unreadable files are reported in `errors`. */
export async function loadCorpus(dir: string): Promise<Corpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    throw new InputError("not-found", `no such corpus folder: ${dir}`);
  }
  const articles: Article[] = [];
  const errors: Corpus["errors"] = [];
  const byId = new Map<string, Article>();
  for (const name of names) {
    if (!FORMAT_OF_EXT[extname(name).toLowerCase()] || name.startsWith(".")) continue;
    try {
      for (const a of await readArticleFile(join(dir, name))) {
        if (byId.has(a.id)) { errors.push({ file: name, message: `duplicate id "${a.id}"` }); continue; }
        byId.set(a.id, a);
        articles.push(a);
      }
    } catch (err) {
      errors.push({ file: name, message: (err as Error).message });
    }
  }
  const withRoles = applyCorpusRoles(articles);
  return { dir, articles: withRoles, byId: new Map(withRoles.map((a) => [a.id, a])), errors };
}

export interface ImportInput {
  format: Format;
  text: string;
  meta?: ArticleMeta;
  /** Wanted id; refused (conflict) when taken, never overwritten. */
  id?: string;
}

/**
 * Parse, then write `<id>.<ext>` (and its sidecar) into the corpus folder atomically; never overwrites.
 * `parse` may run elsewhere (the server parses uploads in a worker thread with a time budget).
 */
export async function importArticle(dir: string, input: ImportInput,
  parse: (input: ParseInput) => Article | Promise<Article> = parseArticle): Promise<Article> {
  if (input.format === "jsonl") throw new InputError("unsupported", "import one article at a time (.txt, .md or .html); load a JSON Lines export as a corpus instead");
  if (input.id != null && !isSafeId(input.id)) throw new InputError("invalid", `unsafe id "${input.id}": use letters, digits, ".", "-" and "_"`);
  const meta = cleanMeta(input.meta);
  const probe = await parse({ id: input.id ?? "import", format: input.format, text: input.text, meta });
  const ext = EXT_OF_FORMAT[input.format];
  let id = input.id ?? newId(probe.title ?? probe.paragraphs.find((p) => p.role === "body")?.text ?? "article", input.text);
  for (let attempt = 0; ; attempt++) {
    const file = join(dir, id + ext);
    if (!(await taken(dir, id))) {
      try {
        await writeExclusive(file, input.text);
        if (meta && Object.keys(meta).length) await writeExclusive(join(dir, id + SIDECAR_EXT), JSON.stringify(meta, null, 2) + "\n");
        return { ...probe, id }; // what reading the file back gives, without parsing it again
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    if (input.id != null) throw new InputError("conflict", `an article "${id}" already exists`);
    if (attempt > 20) throw new InputError("conflict", "could not find a free id");
    id = `${id.replace(/-[0-9a-f]{4}$/, "")}-${randomBytes(2).toString("hex")}`;
  }
}

async function taken(dir: string, id: string): Promise<boolean> {
  for (const ext of [...Object.keys(FORMAT_OF_EXT), SIDECAR_EXT]) {
    try { await stat(join(dir, id + ext)); return true; } catch { /* free */ }
  }
  return false;
}

/** Write to a temporary file, then hard-link it into place: the link fails if the name exists, so nothing is overwritten, and readers never see half a file. */
async function writeExclusive(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, data, { flag: "wx" });
  try {
    await link(tmp, file);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

function newId(seed: string, text: string): string {
  const slug = seed.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").split("-").slice(0, 8).join("-").slice(0, 60) || "article";
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 8);
  return `${slug}-${hash}`;
}

function cleanMeta(meta: ArticleMeta | undefined): ArticleMeta | undefined {
  if (!meta) return undefined;
  const out: ArticleMeta = {};
  for (const [k, v] of Object.entries(meta) as [keyof ArticleMeta, unknown][]) {
    if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  }
  return out;
}
