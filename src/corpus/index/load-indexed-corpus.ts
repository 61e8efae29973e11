/** @module A corpus folder loaded through its index: brought up to date first, then read back without parsing. */
import { existsSync } from "node:fs";
import { LiveCorpus } from "../live-corpus.ts";
import { indexedFiles, indexedRoles, storedCorpusRoles } from "./indexed-files.ts";
import { indexPath, openCorpusIndex } from "./open-index.ts";
import { updateIndex } from "./update-index.ts";

/** Whether the folder has an index (`wirediff index` was run on it). */
export const hasCorpusIndex = (dir: string): boolean => existsSync(indexPath(dir));

/**
 * Update the folder's index (embedded, or in the PostgreSQL database `db` names), reading only the files
 * that changed, then load the corpus from it.
 */
export async function loadIndexedCorpus(dir: string, opts: { db?: string } = {}): Promise<LiveCorpus> {
  const db = await openCorpusIndex(dir, opts);
  try {
    await updateIndex(db, dir);
    return LiveCorpus.fromReads(dir, await indexedFiles(db), storedCorpusRoles(await indexedRoles(db)));
  } finally {
    await db.close();
  }
}
