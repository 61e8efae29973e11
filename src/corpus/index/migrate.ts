/** @module Apply the numbered SQL files of ./migrations that a database has not seen, each in its own transaction. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../project-root.ts";
import type { IndexDb } from "./index-db.ts";

/** Found from the project's folder: the same in the sources and in the bundles of dist/. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "src/corpus/index/migrations/");

/** Files named `NNN-what.sql`, in number order. */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<{ version: number; name: string; sql: string }[]> {
  const names = (await readdir(dir)).filter((n) => /^\d{3}-[a-z0-9-]+\.sql$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({
    version: Number(name.slice(0, 3)), name, sql: await readFile(join(dir, name), "utf8"),
  })));
}

/** Bring the schema up to date. Returns the names applied. */
export async function migrate(db: IndexDb, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  const rows = await db.all<{ version: number }>("SELECT version FROM schema_migrations");
  const done = new Set(rows.map((r) => Number(r.version)));
  const applied: string[] = [];
  for (const m of await listMigrations(dir)) {
    if (done.has(m.version)) continue;
    await db.transaction(async () => {
      await db.exec(m.sql);
      await db.run("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [m.version, m.name]);
    });
    applied.push(m.name);
  }
  return applied;
}
