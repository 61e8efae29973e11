/** @module Open a corpus folder's index (`<corpus>/.wirediff/index.db`), creating it and its schema as needed. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { IndexDb } from "./index-db.ts";
import { migrate } from "./migrate.ts";
import { openSqliteDb } from "./sqlite-db.ts";

/** The index's folder inside the corpus folder: hidden, so never read as an article file. */
export const INDEX_DIR = ".wirediff";

export const indexPath = (corpusDir: string): string => join(corpusDir, INDEX_DIR, "index.db");

/** A PostgreSQL connection URL (`--db`, DATABASE_URL) rather than the embedded file. */
export const isPostgresUrl = (url: string | undefined): url is string => /^postgres(ql)?:\/\//.test(url ?? "");

/** The folder's index: embedded in `<corpus>/.wirediff/`, or in the PostgreSQL database `db` names. */
export async function openCorpusIndex(corpusDir: string, opts: { db?: string } = {}): Promise<IndexDb> {
  let db: IndexDb;
  if (isPostgresUrl(opts.db)) {
    // loaded only when asked for: an embedded index needs no PostgreSQL client
    const { openPostgresDb } = await import("./postgres-db.ts");
    db = await openPostgresDb(opts.db);
  } else {
    await mkdir(join(corpusDir, INDEX_DIR), { recursive: true });
    db = openSqliteDb(indexPath(corpusDir));
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
