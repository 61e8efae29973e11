/** Helpers for the corpus index tests: a dump of every table, and the plain in-memory reading to hold it to. */
import { readdirSync } from "node:fs";
import type { Article } from "../../src/core/article.ts";
import { applyCorpusRoles } from "../../src/core/parse/apply-corpus-roles.ts";
import { articleShingles } from "../../src/core/story/shingles.ts";
import { STORY_DEFAULTS } from "../../src/core/story/defaults.ts";
import { isArticleFile, readCorpusFile } from "../../src/corpus/store.ts";
import type { IndexDb } from "../../src/corpus/index/index-db.ts";
import { decodeShingles } from "../../src/corpus/index/rows.ts";

const TABLES: Record<string, string> = {
  files: "name", articles: "file, position", paragraphs: "file, position, idx", shown: "id",
  story_keys: "hash, id", stale_ids: "id", stale_outlets: "outlet_key",
};

/** Every row of every table, in key order: two indexes are the same when their dumps are equal. */
export async function dumpIndex(db: IndexDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [t, key] of Object.entries(TABLES)) out[t] = await db.all(`SELECT * FROM ${t} ORDER BY ${key}`);
  return out;
}

/** The shown articles of a folder read whole: the first file by name gives an id, corpus roles over all. */
export async function shownByReading(dir: string): Promise<Article[]> {
  const articles: Article[] = [], seen = new Set<string>();
  for (const name of readdirSync(dir).filter(isArticleFile).sort()) {
    for (const a of (await readCorpusFile(dir, name))!.articles) {
      if (!seen.has(a.id)) { seen.add(a.id); articles.push(a); }
    }
  }
  return applyCorpusRoles(articles);
}

/** The index's shown rows checked against the folder read whole: roles and shingles per id. */
export async function shownView(db: IndexDb) {
  const rows = await db.all<{ id: string; roles: string; shingles: string }>(
    "SELECT id, roles, shingles FROM shown ORDER BY id");
  return rows.map((r) => ({
    id: r.id, roles: JSON.parse(r.roles) as unknown, shingles: [...decodeShingles(r.shingles)],
  }));
}

export function expectedShownView(articles: Article[]) {
  return [...articles].sort((x, y) => (x.id < y.id ? -1 : 1)).map((a) => ({
    id: a.id, roles: a.paragraphs.map((p) => [p.role, p.reason ?? null]),
    shingles: [...articleShingles(a, STORY_DEFAULTS.shingleSize)],
  }));
}

/** The same connection, failing at its `failAt`-th statement: a build stopped at any point. */
export function failing(db: IndexDb, failAt: number): IndexDb {
  let n = 0;
  const tick = () => { if (++n === failAt) throw new Error("stopped"); };
  return {
    ...db,
    exec: async (sql) => { tick(); return db.exec(sql); },
    run: async (sql, params) => { tick(); return db.run(sql, params); },
    transaction: (task) => db.transaction(task),
  };
}
