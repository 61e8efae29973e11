/** A temporary copy of the bundled corpus, so tests that import never touch the repository's corpus/. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "../../src/server/app.tsx";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempCorpus(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "wd-corpus-"));
  cpSync("corpus", dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real server on an ephemeral loopback port over a temporary corpus copy; `stop` undoes it all. */
export async function startServer(opts: { pageSize?: number } = {}): Promise<{ base: string; stop: () => void }> {
  const t = tempCorpus();
  const { app, state } = await createApp({ corpusDir: t.dir, watch: false, ...opts });
  let server!: ServerType;
  await new Promise<void>((resolve) => { server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve()); });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, stop: () => { server.close(); state.close(); t.cleanup(); } };
}
