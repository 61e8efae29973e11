/** @module The embedded engine: SQLite through better-sqlite3 (native, synchronous; README, "Corpus index"). */
import Database from "better-sqlite3";
import type { IndexDb, SqlValue } from "./index-db.ts";

/** Open (creating) the index file. WAL: readers are not blocked by a writer, a commit is one fsync. */
export function openSqliteDb(path: string): IndexDb {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    async exec(sql) { db.exec(sql); },
    async run(sql, params: readonly SqlValue[] = []) { prepared(sql).run(...params); },
    async all<T>(sql: string, params: readonly SqlValue[] = []) { return prepared(sql).all(...params) as T[]; },
    async transaction(task) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const out = await task();
        db.exec("COMMIT");
        return out;
      } catch (err) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw err;
      }
    },
    async close() { db.close(); },
  };
}
