/** @module What each file of the corpus folder gave, read back from the index instead of parsed again. */
import { basename, extname } from "node:path";
import type { Article, Role } from "../../core/article.ts";
import { applyCorpusRoles } from "../../core/parse/apply-corpus-roles.ts";
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

type StoredRoles = [role: Role, reason: string | null][];

/** The corpus-level roles of each shown article, as the last update computed them. */
export async function indexedRoles(db: IndexDb): Promise<Map<string, StoredRoles>> {
  const rows = await db.all<{ id: string; roles: string }>("SELECT id, roles FROM shown");
  return new Map(rows.map((r) => [r.id, JSON.parse(r.roles) as StoredRoles]));
}

/**
 * applyCorpusRoles as the index holds its results: an outlet's articles take their stored roles, so a load
 * does not redo the corpus-wide pass. Where any article has none that fit, the pass runs after all.
 */
export function storedCorpusRoles(stored: Map<string, StoredRoles>): (articles: readonly Article[]) => Article[] {
  return (articles) => {
    const fit = articles.every((a) => stored.get(a.id)?.length === a.paragraphs.length);
    if (!fit) return applyCorpusRoles(articles);
    return articles.map((a) => {
      const roles = stored.get(a.id)!;
      if (a.paragraphs.every((p, i) => p.role === roles[i]![0] && (p.reason ?? null) === roles[i]![1])) return a;
      return { ...a, paragraphs: a.paragraphs.map((p, i) => {
        const [role, reason] = roles[i]!;
        const { reason: _drop, ...rest } = p;
        return reason === null ? { ...rest, role } : { ...rest, role, reason };
      }) };
    });
  };
}
