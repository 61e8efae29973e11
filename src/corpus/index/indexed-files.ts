/** @module What each file of the corpus folder gave, read back from the index instead of parsed again. */
import { basename, extname } from "node:path";
import { SIDECAR_EXT, formatOfPath, type FileRead } from "../article-files.ts";
import type { IndexDb } from "./index-db.ts";
import { articleFromRows, type ArticleRow, type ParagraphRow } from "./rows.ts";

/**
 * Every indexed file as `readCorpusFile` gave it: its articles as parsed, its errors, and the digests
 * of the file and its sidecar (as live-corpus.ts takes them, so an unchanged file is not read again).
 * A file refused without articles carries no digests: an event for it reads it again, as before.
 */
export async function indexedFiles(db: IndexDb): Promise<Map<string, FileRead>> {
  const out = new Map<string, FileRead>();
  const files = await db.all<{ name: string; digest: string; errors: string }>("SELECT * FROM files ORDER BY name");
  for (const f of files) {
    out.set(f.name, { articles: [], errors: JSON.parse(f.errors) as string[], digests: digestsOf(f.name, f.digest) });
  }
  const paragraphs = new Map<string, ParagraphRow[]>();
  for (const p of await db.all<ParagraphRow>("SELECT * FROM paragraphs ORDER BY file, position, idx")) {
    const key = `${p.file}\u0000${p.position}`;
    let list = paragraphs.get(key);
    if (!list) paragraphs.set(key, (list = []));
    list.push(p);
  }
  for (const a of await db.all<ArticleRow>("SELECT * FROM articles ORDER BY file, position")) {
    out.get(a.file)!.articles.push(articleFromRows(a, paragraphs.get(`${a.file}\u0000${a.position}`) ?? []));
  }
  for (const read of out.values()) if (read.articles.length === 0 && read.errors.length) read.digests = [];
  return out;
}

/** The index's digest column (`own|sidecar`, "-" for absent) as live-corpus.ts's digests. */
function digestsOf(name: string, digest: string): FileRead["digests"] {
  const [own, side] = digest.split("|");
  const value = (d: string | undefined) => (d === undefined || d === "-" ? null : d);
  if (formatOfPath(name) === "jsonl") return [[name, value(own)]];
  return [[name, value(own)], [basename(name, extname(name)) + SIDECAR_EXT, value(side)]];
}
