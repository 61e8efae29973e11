/**
 * A throwaway PostgreSQL server for the index tests: initdb and pg_ctl (Debian's postgresql package) on a
 * temporary folder and a free loopback port, trust auth, C locale; as root, run as the postgres user.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
export const hasPostgres = (): boolean => existsSync(join(PG_BIN, "initdb"));

export interface PgServer { url: (db?: string) => string; createDb: () => Promise<string>; stop: () => void }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    }).on("error", reject);
  });
}

export async function startPostgres(): Promise<PgServer> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "wd-pg-"));
  const data = join(dir, "data");
  const pgUser = root ? Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })) : null;
  if (pgUser !== null) chownSync(dir, pgUser, Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  const run = (bin: string, args: string[]) => execFileSync(root ? "runuser" : join(PG_BIN, bin),
    root ? ["-u", "postgres", "--", join(PG_BIN, bin), ...args] : args, { stdio: "pipe", cwd: dir });
  run("initdb", ["-D", data, "-U", "wirediff", "--auth=trust", "--locale=C", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  run("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
  const url = (db = "postgres") => `postgres://wirediff@127.0.0.1:${port}/${db}`;
  let n = 0;
  return {
    url,
    async createDb() {
      const name = `t${++n}`;
      const c = new pg.Client({ connectionString: url() });
      await c.connect();
      try { await c.query(`CREATE DATABASE ${name}`); } finally { await c.end(); }
      return url(name);
    },
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
