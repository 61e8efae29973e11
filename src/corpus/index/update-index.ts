/**
 * @module Bring a corpus folder's index up to date, file by file: a file whose bytes (and sidecar's) are
 * unchanged is not read; a changed one replaces only its own rows, in a transaction that also marks the
 * ids and outlets whose shown rows it makes stale; those are recomputed last, in one more transaction.
 * A build killed anywhere leaves whole transactions only, and the next run finishes the work.
 */
import { readdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Article } from "../../core/article.ts";
import { InputError } from "../../core/errors.ts";
import { applyCorpusRoles } from "../../core/parse/apply-corpus-roles.ts";
import { STORY_DEFAULTS, type StoryOptions } from "../../core/story/defaults.ts";
import { SIDECAR_EXT, digestFile, formatOfPath, isArticleFile, readCorpusFile } from "../article-files.ts";
import type { IndexDb } from "./index-db.ts";
import { articleFromRows, fileRows, shownRows, type ArticleRow, type ParagraphRow } from "./rows.ts";

export interface UpdateOptions {
  story?: Partial<StoryOptions>;
  /** Called after each file is looked at. */
  onProgress?: (done: number, total: number) => void;
  /** Files whose rows are written in one transaction. @default 200 */
  batchFiles?: number;
}

export interface UpdateReport {
  added: number; changed: number; removed: number; unchanged: number;
  /** Articles the index holds after the update (every file's, duplicates included). */
  articles: number;
  ms: number;
}

type Pending = { name: string; rows: ReturnType<typeof fileRows> | null };

/** The digest that tells whether a file needs reading again: its bytes' and its sidecar's. */
async function fileDigest(dir: string, name: string): Promise<string> {
  const own = (await digestFile(join(dir, name))) ?? "-";
  if (formatOfPath(name) === "jsonl") return own;
  const side = basename(name, extname(name)) + SIDECAR_EXT;
  return `${own}|${(await digestFile(join(dir, side))) ?? "-"}`;
}

export async function updateIndex(db: IndexDb, dir: string, opts: UpdateOptions = {}): Promise<UpdateReport> {
  const t0 = performance.now();
  const story = { ...STORY_DEFAULTS, ...opts.story };
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort();
  } catch {
    throw new InputError("not-found", `no such corpus folder: ${dir}`);
  }
  const known = new Map((await db.all<{ name: string; digest: string }>("SELECT name, digest FROM files"))
    .map((r) => [r.name, r.digest]));
  const report: UpdateReport = { added: 0, changed: 0, removed: 0, unchanged: 0, articles: 0, ms: 0 };
  const batch: Pending[] = [];
  const flush = async () => {
    if (batch.length) await db.transaction(async () => { for (const p of batch) await replaceFile(db, p); });
    batch.length = 0;
  };
  const listed = new Set(names);
  for (const name of known.keys()) if (!listed.has(name)) { batch.push({ name, rows: null }); report.removed++; }
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const digest = await fileDigest(dir, name);
    if (known.get(name) === digest) report.unchanged++;
    else {
      const read = await readCorpusFile(dir, name);
      if (read || known.has(name)) {
        batch.push({ name, rows: read && fileRows(name, digest, read.articles, read.errors) });
        if (!read) report.removed++; else if (known.has(name)) report.changed++; else report.added++;
      }
    }
    if (batch.length >= (opts.batchFiles ?? 200)) await flush();
    opts.onProgress?.(i + 1, names.length);
  }
  await flush();
  await refreshShown(db, story);
  report.articles = Number((await db.all<{ n: number }>("SELECT COUNT(*) AS n FROM articles"))[0]!.n);
  report.ms = Math.round(performance.now() - t0);
  return report;
}

/** Replace one file's rows (null: the file is gone), marking what its old and new articles make stale. */
async function replaceFile(db: IndexDb, p: Pending): Promise<void> {
  const old = await db.all<{ id: string; outlet_key: string | null }>(
    "SELECT id, outlet_key FROM articles WHERE file = ?", [p.name]);
  await markStale(db, [...old, ...(p.rows?.articles ?? [])]);
  await db.run("DELETE FROM paragraphs WHERE file = ?", [p.name]);
  await db.run("DELETE FROM articles WHERE file = ?", [p.name]);
  await db.run("DELETE FROM files WHERE name = ?", [p.name]);
  if (!p.rows) return;
  const { file, articles, paragraphs } = p.rows;
  await db.run("INSERT INTO files (name, digest, errors) VALUES (?, ?, ?)", [file.name, file.digest, file.errors]);
  for (const a of articles) await insert(db, "articles", a);
  for (const q of paragraphs) await insert(db, "paragraphs", q);
}

async function markStale(db: IndexDb, rows: readonly { id: string; outlet_key: string | null }[]): Promise<void> {
  for (const r of rows) {
    await db.run("INSERT INTO stale_ids (id) VALUES (?) ON CONFLICT DO NOTHING", [r.id]);
    if (r.outlet_key != null) {
      await db.run("INSERT INTO stale_outlets (outlet_key) VALUES (?) ON CONFLICT DO NOTHING", [r.outlet_key]);
    }
  }
}

async function insert(db: IndexDb, table: string, row: object): Promise<void> {
  const cols = Object.keys(row);
  await db.run(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    Object.values(row));
}

/**
 * The article that shows an id: the first file by name that gives it (as live-corpus.ts decides). Chosen
 * here, not by ORDER BY: a PostgreSQL database may sort text by its locale, and names sort by code unit.
 */
async function ownerOf(db: IndexDb, id: string): Promise<ArticleRow | null> {
  let first: ArticleRow | null = null;
  for (const r of await db.all<ArticleRow>("SELECT * FROM articles WHERE id = ?", [id])) {
    if (!first || r.file < first.file || (r.file === first.file && r.position < first.position)) first = r;
  }
  return first;
}

async function parsedArticle(db: IndexDb, row: ArticleRow): Promise<Article> {
  const ps = await db.all<ParagraphRow>(
    "SELECT * FROM paragraphs WHERE file = ? AND position = ?", [row.file, row.position]);
  return articleFromRows(row, ps);
}

/**
 * Recompute the shown rows of the stale ids and of every shown article of a stale outlet (corpus-level
 * roles look across one outlet's articles), then clear the marks: one transaction.
 */
async function refreshShown(db: IndexDb, story: StoryOptions): Promise<void> {
  await db.transaction(async () => {
    const ids = (await db.all<{ id: string }>("SELECT id FROM stale_ids")).map((r) => r.id);
    const outlets = new Set((await db.all<{ outlet_key: string }>("SELECT outlet_key FROM stale_outlets"))
      .map((r) => r.outlet_key));
    const write = new Map<string, { row: ArticleRow; article: Article }>();
    for (const id of ids) {
      const before = await db.all<{ outlet_key: string | null }>("SELECT outlet_key FROM shown WHERE id = ?", [id]);
      if (before[0]?.outlet_key != null) outlets.add(before[0].outlet_key);
      await dropShown(db, id);
      const row = await ownerOf(db, id);
      if (row?.outlet_key != null) outlets.add(row.outlet_key);
      else if (row) write.set(id, { row, article: await parsedArticle(db, row) });
    }
    for (const key of [...outlets].sort()) {
      const shownIds = await db.all<{ id: string }>("SELECT id FROM shown WHERE outlet_key = ?", [key]);
      for (const { id } of shownIds) await dropShown(db, id);
      const candidates = (await db.all<{ id: string }>("SELECT DISTINCT id FROM articles WHERE outlet_key = ?", [key]))
        .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      const members: { row: ArticleRow; article: Article }[] = [];
      for (const { id } of candidates) {
        const row = (await ownerOf(db, id))!;
        if (row.outlet_key === key) members.push({ row, article: await parsedArticle(db, row) });
      }
      const shown = applyCorpusRoles(members.map((m) => m.article));
      members.forEach((m, i) => write.set(m.row.id, { row: m.row, article: shown[i]! }));
    }
    for (const { row, article } of write.values()) {
      const { shown, keys } = shownRows(article, row.file, row.position, story);
      await insert(db, "shown", shown);
      for (const hash of keys) await db.run("INSERT INTO story_keys (hash, id) VALUES (?, ?)", [hash, shown.id]);
    }
    await db.run("DELETE FROM stale_ids");
    await db.run("DELETE FROM stale_outlets");
  });
}

async function dropShown(db: IndexDb, id: string): Promise<void> {
  await db.run("DELETE FROM story_keys WHERE id = ?", [id]);
  await db.run("DELETE FROM shown WHERE id = ?", [id]);
}
