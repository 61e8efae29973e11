/** @module Bundle the browser client (src/client) into public/build/client.js with esbuild (~30 ms). */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT as root } from "../src/project-root.ts";

export async function buildClient(): Promise<void> {
  await build({
    entryPoints: [root + "src/client/main.tsx"],
    outfile: root + "public/build/client.js",
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "jsx-dom",
    logLevel: "warning",
  });
}

// run as a script (npm run build:client), not when bundled into a script of its own (dist/bench.mjs is
// then both the module and argv[1])
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[1].endsWith(".ts")) await buildClient();
