/** The real server over any corpus (a folder or an export file, read only) with a Chromium page on it. */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { Page } from "playwright-core";
import { createApp } from "../../src/server/app.tsx";
import { launch } from "./browser.ts";

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

/** The server and a page, the console errors the page logs, and one call that closes both. */
export async function browseCorpus(
  corpusDir: string,
): Promise<{ base: string; page: Page; errors: string[]; close: () => Promise<void> }> {
  const { base, stop } = await serveCorpus(corpusDir);
  const ctx = await launch();
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  mkdirSync("test-artifacts", { recursive: true });
  return {
    base,
    page,
    errors,
    close: async () => {
      await ctx.close();
      stop();
    },
  };
}
