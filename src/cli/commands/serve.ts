/** @module `wirediff serve` (and `npm start`): the browser app on the corpus, bound to loopback unless told otherwise. */
import type { CAC } from "cac";
import { serve } from "@hono/node-server";
import { createApp } from "../../server/app.tsx";
import { buildClient } from "../../../scripts/build-client.ts";
import { CliError } from "../errors.ts";

export function registerServe(cli: CAC): void {
  cli
    .command("serve", "Serve the corpus in the browser (the same as npm start)")
    .option("--port <n>", "Port (env PORT)", { default: process.env.PORT ?? "8787" })
    .option("--host <addr>", "Address to bind (env HOST); only loopback by default", { default: process.env.HOST ?? "127.0.0.1" })
    .option("--corpus <dir>", "Corpus folder or .jsonl/.csv export (env CORPUS)", { default: process.env.CORPUS ?? "corpus" })
    .action(async (opts: { port: string; host: string; corpus: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number, not "${opts.port}"`, 2);
      await buildClient();
      const { app, state } = await createApp({ corpusDir: opts.corpus });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        const host = info.address.includes(":") ? `[${info.address}]` : info.address;
        process.stdout.write(`wirediff: ${state.corpus.articles.length} articles from ${opts.corpus} at http://${host}:${info.port}\n`);
        for (const e of state.corpus.errors) process.stderr.write(`wirediff: skipped ${e.file}: ${e.message}\n`);
      });
      server.on("error", (err: NodeJS.ErrnoException) => {
        process.stderr.write(`wirediff: cannot listen on ${opts.host}:${port}: ${err.code === "EADDRINUSE" ? "the port is in use (try --port)" : err.message}\n`);
        process.exit(1);
      });
      const stop = () => { state.close(); server.close(); process.exit(0); };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
}
