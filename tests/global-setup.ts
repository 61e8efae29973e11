/**
 * Builds what the tests need before any suite runs: the browser client bundle, and the command
 * line's bundle (dist/wirediff.mjs), so the suites that start bin/wirediff.mjs in parallel find it
 * built instead of each building it.
 */
import { existsSync } from "node:fs";

export default async function setup(): Promise<void> {
  const script = "../scripts/build-client.ts";
  if (existsSync("scripts/build-client.ts")) {
    const mod = (await import(/* @vite-ignore */ script)) as { buildClient: () => Promise<void> };
    await mod.buildClient();
  }
  const { TARGETS, bundled } = (await import(/* @vite-ignore */ "../scripts/bundle.mjs")) as typeof import("../scripts/bundle.mjs");
  await bundled(TARGETS.wirediff);
}
