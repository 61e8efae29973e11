/** @module Open a corpus folder's index (`<corpus>/.wirediff/index.db`), creating it and its schema as needed. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { IndexDb } from "./index-db.ts";
import { migrate } from "./migrate.ts";
import { openSqliteDb } from "./sqlite-db.ts";

/** The index's folder inside the corpus folder: hidden, so never read as an article file. */
export const INDEX_DIR = ".wirediff";

export const indexPath = (corpusDir: string): string => join(corpusDir, INDEX_DIR, "index.db");

export async function openCorpusIndex(corpusDir: string): Promise<IndexDb> {
  await mkdir(join(corpusDir, INDEX_DIR), { recursive: true });
  const db = openSqliteDb(indexPath(corpusDir));
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
