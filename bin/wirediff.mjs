#!/usr/bin/env node
// Entry point for `npx wirediff` and `npm start`: runs the command line from dist/wirediff.mjs, an
// esbuild bundle of src/cli/main.ts that scripts/bundle.mjs rebuilds whenever a source is newer
// (about 0.2 s). Where dist/ cannot be written (a read-only install), the sources run under tsx
// instead: the same commands, slower to start.
import { pathToFileURL } from "node:url";
import { TARGETS, bundled } from "../scripts/bundle.mjs";

const READ_ONLY = new Set(["EACCES", "EPERM", "EROFS"]);
let entry;
try {
  entry = pathToFileURL((await bundled(TARGETS.wirediff)).file).href;
} catch (err) {
  if (!READ_ONLY.has(err?.code)) {
    process.stderr.write(`wirediff: cannot build the command line from src/ (${err instanceof Error ? err.message : String(err)})\n`);
    process.exit(1);
  }
  const { register } = await import("tsx/esm/api");
  register();
  entry = new URL("../src/cli/main.ts", import.meta.url).href;
}
await import(entry);
