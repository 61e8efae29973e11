/**
 * @module Read a diffengine or NewsEdits SQLite archive row by row (node-sqlite3-wasm reads pages from
 * the file as the query needs them, so a file of gigabytes is fine) and write each version as a JSON
 * Lines article, ready to be a corpus: versions of one entry share its URL, so they form one timeline.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { createRequire } from "node:module";
import { archiveVersionToRow, type ArchiveVersion } from "../core/archive/archive-version.ts";
import { InputError } from "../core/errors.ts";

export interface ArchiveImportOptions {
  /** Prefix of every article id. @default the file's name */
  prefix: string;
  /** Outlet of every version, where the archive names none (or to replace its names). */
  outlet?: string;
}

type SqliteWasm = typeof import("node-sqlite3-wasm");
type Database = InstanceType<SqliteWasm["Database"]>;

// Loaded on first use, not with the command line: its WebAssembly memory, once grown, detaches an
// ArrayBuffer, and V8 then checks every typed-array access of the process (compare runs on them).
// A CommonJS package whose named exports Node's ESM loader cannot see, hence require.
const sqliteWasm = (): SqliteWasm => createRequire(import.meta.url)("node-sqlite3-wasm") as SqliteWasm;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The query that reads every version, built from the columns the file has. */
function versionQuery(db: Database): string {
  const tables = new Set(
    db.all("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r.name).toLowerCase()),
  );
  if (!tables.has("entryversion"))
    throw new InputError("unsupported", "not a diffengine or NewsEdits archive: it has no table entryversion");
  const cols = new Set(db.all("PRAGMA table_info(entryversion)").map((r) => String(r.name).toLowerCase()));
  const text = ["summary", "text", "body"].find((c) => cols.has(c));
  if (!text || !cols.has("entry_id"))
    throw new InputError("malformed", "the table entryversion needs entry_id and summary columns");
  const col = (c: string) => (cols.has(c) ? `ev.${q(c)}` : "NULL");
  const entryUrl = tables.has("entry") ? `(SELECT e.url FROM entry e WHERE e.id = ev.entry_id)` : "NULL";
  // diffengine: the feed an entry came from names the outlet; NewsEdits: the source column
  const outlet = cols.has("source")
    ? "ev.source"
    : tables.has("feed") && tables.has("feedentry")
      ? "(SELECT f.name FROM feedentry fe JOIN feed f ON f.url = fe.feed_id " +
        "WHERE fe.entry_id = ev.entry_id ORDER BY fe.id LIMIT 1)"
      : "NULL";
  return `SELECT ev.rowid AS rowid_, ev.entry_id AS entry, ${col("version")} AS version, ${col("title")} AS title,
    COALESCE(${entryUrl}, ${col("url")}) AS url, ${outlet} AS outlet, ${col("created")} AS created,
    ev.${q(text)} AS summary FROM entryversion ev`;
}

const str = (v: unknown) => (v == null ? null : String(v));

/** Stream every version of `file` to `out` as JSON Lines; returns the versions written and those without text. */
export async function importArchive(
  file: string,
  out: Writable,
  opts: ArchiveImportOptions,
): Promise<{ written: number; empty: number }> {
  let db: Database;
  try {
    db = new (sqliteWasm().Database)(file, { readOnly: true });
  } catch (err) {
    throw new InputError("not-found", `cannot open ${file} as SQLite: ${(err as Error).message}`);
  }
  let written = 0,
    empty = 0;
  try {
    let sql: string;
    try {
      sql = versionQuery(db);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError("malformed", `${file} is not a readable SQLite database: ${(err as Error).message}`);
    }
    const stmt = db.prepare(sql);
    try {
      for (const r of stmt.iterate()) {
        const v: ArchiveVersion = {
          entry: str(r.entry) ?? "",
          version: r.version == null ? null : Number(r.version),
          rowid: Number(r.rowid_),
          title: str(r.title),
          url: str(r.url),
          outlet: opts.outlet ?? str(r.outlet),
          created: str(r.created),
          summary: str(r.summary),
        };
        const row = archiveVersionToRow(v, opts.prefix);
        if (!row) {
          empty++;
          continue;
        }
        if (!out.write(JSON.stringify(row) + "\n")) await once(out, "drain");
        written++;
      }
    } finally {
      stmt.finalize();
    }
  } finally {
    db.close();
  }
  return { written, empty };
}
