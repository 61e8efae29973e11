/**
 * The corpus index on a real PostgreSQL server, started by the test: the same migrations and queries as the
 * embedded engine, the same results. Skipped only where PostgreSQL is not installed and not required
 * (.ci/run installs it and sets WIREDIFF_REQUIRE_PG=1).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../../src/corpus/index/migrate.ts";
import { openCorpusIndex } from "../../src/corpus/index/open-index.ts";
import { numberPlaceholders } from "../../src/corpus/index/postgres-db.ts";
import { updateIndex } from "../../src/corpus/index/update-index.ts";
import { dumpIndex, expectedShownView, failing, shownByReading, shownView } from "./index-helpers.ts";
import { change, op } from "./index-ops.ts";
import { CorpusState } from "../../src/server/corpus-state.ts";
import { runWirediff } from "../cli/run-wirediff.ts";
import { hasPostgres, startPostgres, type PgServer } from "./pg-server.ts";

const run = hasPostgres() || process.env.WIREDIFF_REQUIRE_PG === "1";
let server: PgServer;
let dir: string;
beforeAll(async () => { if (run) server = await startPostgres(); }, 60_000);
afterAll(() => server?.stop());
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-index-pg-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build from nothing, in a fresh database, over a copy of the folder as it is now. */
async function scratchDump(): Promise<Record<string, unknown[]>> {
  const copy = mkdtempSync(join(tmpdir(), "wd-index-pg-scratch-"));
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.includes(".wirediff") });
  const db = await openCorpusIndex(copy, { db: await server.createDb() });
  try { await updateIndex(db, copy); return await dumpIndex(db); } finally {
    await db.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("numberPlaceholders", () => {
  it("numbers the ? placeholders in order", () => {
    expect(numberPlaceholders("SELECT * FROM t WHERE a = ? AND b = ?"))
      .toBe("SELECT * FROM t WHERE a = $1 AND b = $2");
  });
});

describe.runIf(run)("corpus index on PostgreSQL", () => {
  it("applies the migrations once, and again applies none", async () => {
    const db = await openCorpusIndex(dir, { db: await server.createDb() });
    try {
      expect(await migrate(db)).toEqual([]);
      const rows = await db.all<{ name: string }>("SELECT name FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => r.name)).toEqual(["001-articles.sql", "002-stories.sql"]);
    } finally {
      await db.close();
    }
  });

  it("is what `wirediff index --db URL` builds, and what the server loads", async () => {
    cpSync("corpus", dir, { recursive: true });
    const url = await server.createDb();
    const r = runWirediff(["index", "--corpus", dir, "--db", url, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ added: 5, articles: 5 });
    expect(existsSync(join(dir, ".wirediff"))).toBe(false);
    const state = await new CorpusState({ corpusDir: dir, watch: false, db: url }).load();
    const plain = await new CorpusState({ corpusDir: dir, watch: false, index: "off" }).load();
    expect(JSON.stringify(state.corpus.articles)).toBe(JSON.stringify(plain.corpus.articles));
  });

  it("after any sequence of changes equals a build from scratch and the folder read whole", async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
      rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), "wd-index-pg-"));
      const db = await openCorpusIndex(dir, { db: await server.createDb() });
      try {
        for (const o of ops) {
          change(dir, o);
          await updateIndex(db, dir);
        }
        expect(await shownView(db)).toEqual(expectedShownView(await shownByReading(dir)));
        expect(await dumpIndex(db)).toEqual(await scratchDump());
      } finally {
        await db.close();
      }
    }), { numRuns: 8 });
  }, 120_000);

  it("a build that fails at any statement, run again, equals a build from scratch", async () => {
    for (const k of [0, 1, 2, 3]) {
      change(dir, { kind: "write", name: k, ext: "txt", picks: [1, 2, k + 2] });
      change(dir, { kind: "sidecar", name: k, outlet: "Gazette" });
    }
    const expected = await scratchDump();
    for (const failAt of [3, 40, 90]) {
      const db = await openCorpusIndex(dir, { db: await server.createDb() });
      try {
        await updateIndex(failing(db, failAt), dir, { batchFiles: 1 }).catch((e: Error) => {
          if (e.message !== "stopped") throw e;
        });
        await updateIndex(db, dir);
        expect(await dumpIndex(db)).toEqual(expected);
      } finally {
        await db.close();
      }
    }
  }, 60_000);
});
