/** The real server over any corpus (a folder or an export file, read only) on an ephemeral loopback port. */
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "../../src/server/app.tsx";

export async function serveCorpus(corpusDir: string): Promise<{ base: string; stop: () => void }> {
  const { app, state } = await createApp({ corpusDir, watch: false });
  let server!: ServerType;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => {
      server.close();
      state.close();
    },
  };
}
