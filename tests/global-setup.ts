/** Builds what the tests need before any suite runs (the browser client bundle, once it exists). */
import { existsSync } from "node:fs";

export default async function setup(): Promise<void> {
  const script = "../scripts/build-client.ts";
  if (existsSync("scripts/build-client.ts")) {
    const mod = (await import(/* @vite-ignore */ script)) as { buildClient: () => Promise<void> };
    await mod.buildClient();
  }
}
