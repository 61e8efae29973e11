/** A temporary copy of the bundled corpus, so tests that import never touch the repository's corpus/. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createApp, type AppOptions } from "../../src/server/app.tsx";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempCorpus(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "wd-corpus-"));
  cpSync("corpus", dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The real server on an ephemeral loopback port over a temporary corpus copy, with the Host check
 * knowing its port as `wirediff serve` does; `stop` undoes it all.
 */
export async function startServer(opts: Omit<AppOptions, "corpusDir"> = {}):
  Promise<{ base: string; port: number; dir: string; stop: () => void }> {
  const t = tempCorpus();
  let server: ServerType | undefined;
  const bound = () => (server ? { host: "127.0.0.1", port: (server.address() as AddressInfo).port } : null);
  const { app, state } = await createApp({ corpusDir: t.dir, watch: false, ...opts, security: { bound, ...opts.security } });
  await new Promise<void>((resolve) => { server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve()); });
  const port = (server!.address() as AddressInfo).port;
  const stop = () => { server!.close(); state.close(); t.cleanup(); };
  return { base: `http://127.0.0.1:${port}`, port, dir: t.dir, stop };
}
