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

let dir: string, scratch: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-index-"));
  scratch = mkdtempSync(join(tmpdir(), "wd-index-scratch-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

// short blocks that recur across one outlet's stories turn into boilerplate (apply-corpus-roles.ts)
const PARAS = [
  "Storm hits the coast", "Follow our live coverage all day.",
  "Winds reached 120 km/h on Monday along the northern coast, officials said in a statement.",
  "Sign up for our newsletter.", "Schools stay closed until Wednesday, the council said after a meeting.",
  "Power was cut to 4,000 homes overnight and crews were working to restore it by noon.",
];
const NAMES = ["a", "b", "c", "d"];
const body = (picks: number[]) => picks.map((k) => PARAS[k]!).join("\n\n");

type Op =
  | { kind: "write"; name: number; ext: "txt" | "md"; picks: number[] }
  | { kind: "rows"; name: number; ids: number[]; picks: number[] }
  | { kind: "sidecar"; name: number; outlet: string | null }
  | { kind: "delete"; name: number; ext: "txt" | "md" | "jsonl" };

const paraIndex = fc.integer({ min: 0, max: PARAS.length - 1 });
const picks = fc.tuple(fc.boolean(), fc.array(paraIndex, { minLength: 1, maxLength: 4 }))
  .map(([furniture, more]) => (furniture ? [1, ...more] : more));
const name = fc.integer({ min: 0, max: NAMES.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), name, ext: fc.constantFrom("txt" as const, "md" as const), picks }),
  fc.record({ kind: fc.constant("rows" as const), name, ids: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
    picks }),
  fc.record({ kind: fc.constant("sidecar" as const), name,
    outlet: fc.constantFrom("Gazette", "gazette", "Herald", null) }),
  fc.record({ kind: fc.constant("delete" as const), name,
    ext: fc.constantFrom("txt" as const, "md" as const, "jsonl" as const) }),
);

function change(o: Op): void {
  const base = NAMES[o.name]!;
  switch (o.kind) {
    case "write": writeFileSync(join(dir, `${base}.${o.ext}`), body(o.picks)); return;
    case "rows": {
      const rows = o.ids.map((i) => JSON.stringify({ id: NAMES[i], outlet: "Gazette", text: body(o.picks) }));
      writeFileSync(join(dir, `${base}.jsonl`), rows.join("\n"));
      return;
    }
    case "sidecar":
      if (o.outlet) writeFileSync(join(dir, `${base}.meta.json`), JSON.stringify({ outlet: o.outlet }));
      else try { unlinkSync(join(dir, `${base}.meta.json`)); } catch { /* absent */ }
      return;
    case "delete":
      try { unlinkSync(join(dir, `${base}.${o.ext}`)); } catch { /* absent */ }
  }
}

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
          change(o);
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
