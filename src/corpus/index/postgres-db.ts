/** @module The server engine: PostgreSQL through node-postgres, one connection, the same portable SQL. */
import pg from "pg";
import type { IndexDb, SqlValue } from "./index-db.ts";

/** `?` placeholders as PostgreSQL's `$1, $2 ...` (the index's queries hold no `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Connect to `url` (postgres://user@host:port/db). One corpus per database (or per schema in search_path). */
export async function openPostgresDb(url: string): Promise<IndexDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = async <T>(sql: string, params: readonly SqlValue[] = []) =>
    (await client.query(numberPlaceholders(sql), params as SqlValue[])).rows as T[];
  return {
    async exec(sql) { await client.query(sql); },
    async run(sql, params) { await query(sql, params); },
    all: query,
    async transaction(task) {
      await client.query("BEGIN");
      try {
        const out = await task();
        await client.query("COMMIT");
        return out;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      }
    },
    async close() { await client.end(); },
  };
}
