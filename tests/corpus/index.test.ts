/** The corpus index: updated file by file, it equals an index built from scratch and the folder read whole. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCorpusIndex } from "../../src/corpus/index/open-index.ts";
import { updateIndex } from "../../src/corpus/index/update-index.ts";
import type { IndexDb } from "../../src/corpus/index/index-db.ts";
import { dumpIndex, expectedShownView, shownByReading, shownView } from "./index-helpers.ts";
import { body, change, op } from "./index-ops.ts";

let dir: string, scratch: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-index-"));
  scratch = mkdtempSync(join(tmpdir(), "wd-index-scratch-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** The dump of an index built from nothing over a copy of the folder as it is now. */
async function fromScratch(): Promise<Record<string, unknown[]>> {
  rmSync(scratch, { recursive: true, force: true });
  cpSync(dir, scratch, { recursive: true, filter: (src) => !src.includes(".wirediff") });
  const db = await openCorpusIndex(scratch);
  try {
    await updateIndex(db, scratch);
    return await dumpIndex(db);
  } finally {
    await db.close();
  }
}

async function withIndex<T>(task: (db: IndexDb) => Promise<T>): Promise<T> {
  const db = await openCorpusIndex(dir);
  try { return await task(db); } finally { await db.close(); }
}

describe("corpus index", () => {
  it("after any sequence of adds, changes and deletes equals an index built from scratch", async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
      rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), "wd-index-"));
      await withIndex(async (db) => {
        for (const o of ops) {
          change(dir, o);
          await updateIndex(db, dir);
          expect(await shownView(db)).toEqual(expectedShownView(await shownByReading(dir)));
        }
        expect(await dumpIndex(db)).toEqual(await fromScratch());
      });
    }), { numRuns: 30 });
  });

  it("reads only the files that changed, and says what it did", async () => {
    writeFileSync(join(dir, "a.txt"), body([0, 2]));
    writeFileSync(join(dir, "b.txt"), body([4]));
    await withIndex(async (db) => {
      const counts = (added: number, changed: number, removed: number, unchanged: number) =>
        ({ added, changed, removed, unchanged });
      expect(await updateIndex(db, dir)).toMatchObject({ ...counts(2, 0, 0, 0), articles: 2 });
      expect(await updateIndex(db, dir)).toMatchObject(counts(0, 0, 0, 2));
      writeFileSync(join(dir, "b.meta.json"), JSON.stringify({ outlet: "Herald" }));
      writeFileSync(join(dir, "c.md"), body([5]));
      unlinkSync(join(dir, "a.txt"));
      expect(await updateIndex(db, dir)).toMatchObject({ ...counts(1, 1, 1, 0), articles: 2 });
      expect(await db.all("SELECT id, outlet FROM articles ORDER BY id")).toEqual([
        { id: "b", outlet: "Herald" }, { id: "c", outlet: null },
      ]);
    });
  });

  it("keeps the index beside the corpus, never read as an article", async () => {
    writeFileSync(join(dir, "a.txt"), body([0]));
    await withIndex((db) => updateIndex(db, dir));
    const r = await withIndex((db) => updateIndex(db, dir));
    expect(r).toMatchObject({ unchanged: 1, added: 0 });
  });
});
