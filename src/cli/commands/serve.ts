/** @module `wirediff serve` (and `npm start`): the browser app on the corpus, bound to loopback unless told otherwise. */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import type { CAC } from "cac";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "../../server/app.tsx";
import { isLoopback, isWildcard } from "../../server/security/addresses.ts";
import { buildClient } from "../../../scripts/build-client.ts";
import { CliError } from "../errors.ts";
import { isPostgresUrl } from "../../corpus/index/open-index.ts";

/** The write token: WIREDIFF_TOKEN when set, a fresh one when others can reach the server, else none. */
function tokenFor(host: string, fromEnv: string | undefined): string | null {
  if (fromEnv?.trim()) return fromEnv.trim();
  return isLoopback(host) ? null : randomBytes(24).toString("base64url");
}

/** How another machine reaches the server: its first outside IPv4 address when bound to every interface. */
function publicHost(host: string, address: string): string {
  if (!isWildcard(host)) return host.includes(":") ? `[${host}]` : host;
  const outside = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
  return outside?.address ?? (address.includes(":") ? `[${address}]` : address);
}

export function registerServe(cli: CAC): void {
  cli
    .command("serve", "Serve the corpus in the browser (the same as npm start)")
    .option("--port <n>", "Port (env PORT)", { default: process.env.PORT ?? "8787" })
    .option("--host <addr>", "Address to bind (env HOST); only loopback by default (beyond it, changes need a token)",
      { default: process.env.HOST ?? "127.0.0.1" })
    .option("--allow-host <names>", "More host names to answer to, comma-separated (env ALLOW_HOSTS), e.g. a proxy's",
      { default: process.env.ALLOW_HOSTS ?? "" })
    .option("--corpus <dir>", "Corpus folder or .jsonl/.csv export (env CORPUS)", { default: process.env.CORPUS ?? "corpus" })
    .option("--index", "Build the folder's index at start if it has none (one with an index is read through it)")
    .option("--db <url>", "PostgreSQL URL holding the folder's index (env DATABASE_URL)",
      { default: process.env.DATABASE_URL })
    .action(async (opts: { port: string; host: string; allowHost: string; corpus: string; index?: boolean;
      db?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number, not "${opts.port}"`, 2);
      await buildClient();
      const token = tokenFor(opts.host, process.env.WIREDIFF_TOKEN);
      let server: ServerType | undefined;
      const bound = () => {
        const a = server?.address() as AddressInfo | null | undefined;
        return a ? { host: opts.host, port: a.port, address: a.address } : null;
      };
      const allowedHosts = String(opts.allowHost).split(",").map((h) => h.trim()).filter(Boolean);
      const { app, state } = await createApp({
        corpusDir: opts.corpus, index: opts.index ? "build" : "auto", db: isPostgresUrl(opts.db) ? opts.db : undefined, security: { bound, token, allowedHosts } });
      server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        const host = info.address.includes(":") ? `[${info.address}]` : info.address;
        process.stdout.write(`wirediff: ${state.corpus.articles.length} articles from ${opts.corpus} at http://${host}:${info.port}\n`);
        for (const e of state.corpus.errors) process.stderr.write(`wirediff: skipped ${e.file}: ${e.message}\n`);
        if (token) {
          const url = `http://${publicHost(opts.host, info.address)}:${info.port}/?token=${token}`;
          process.stdout.write(`wirediff: changes (imports) need this server's token: open ${url} once in the browser, `
            + `or send the header "X-Wirediff-Token: ${token}"\n`);
        }
      });
      server.on("error", (err: NodeJS.ErrnoException) => {
        process.stderr.write(`wirediff: cannot listen on ${opts.host}:${port}: ${err.code === "EADDRINUSE" ? "the port is in use (try --port)" : err.message}\n`);
        process.exit(1);
      });
      const stop = () => { state.close(); server?.close(); process.exit(0); };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
}
